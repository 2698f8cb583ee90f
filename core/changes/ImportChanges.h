#pragma once

#include "changes/RecordChanges.h"

#include <QJsonArray>

namespace relm {

namespace detail {
QString importText(const char *pattern, const QString &source);
}

/// Creates many records of one kind as one step (a file import): each is checked by its field
/// rules and the rules that relate it to other records, as a single creation would be, but the
/// step notifies and audits once, naming every record it created. Undo removes them again, each
/// only if nobody changed it since; a redo restores them with their ids. The records come with
/// the fields filled on read (names of what they refer to) as the database would fill them, so
/// that they need not be read back after writing.
template<typename T>
class CreateRecords final : public Change {
    using Traits = RecordTraits<T>;

public:
    /// `source`: where the records come from (a file name), for the Edit menu and the audit trail.
    CreateRecords(QList<T> records, QString source)
        : m_records(std::move(records))
        , m_source(std::move(source)) {}

    qsizetype size() const { return m_records.size(); }

    QString text() const override {
        return detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Import %1"), m_source);
    }

    Result<void> redo(ChangeContext &context) override {
        QJsonArray created;
        for (T &record : m_records) {
            if (auto r = Traits::validate(record); !r)
                return refuse(record, r.error());
            if (auto r = rules::checkWrite<T>(context, record, nullptr); !r)
                return refuse(record, r.error());
            auto id = Traits::insert(context, record);
            if (!id)
                return refuse(record, id.error());
            record.id = *id; // a redo after an undo inserts it with this id again
            created.append(QJsonArray{record.id, Traits::describe(record)});
        }
        context.notify({Traits::entity(), ChangeNotice::Kind::Created, 0, releaseId()});
        return context.audit(Traits::key(), 0, QStringLiteral("import"), releaseId(), text(), {},
                             {{QStringLiteral("source"), m_source},
                              {QStringLiteral("count"), created.size()},
                              {QStringLiteral("created"), created}});
    }

    Result<void> undo(ChangeContext &context) override {
        for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
            auto stored = Traits::load(context, it->id);
            if (!stored)
                return stored.error();
            if (auto r = rules::unchangedSince(Traits::describe(*stored), Traits::toJson(*it), Traits::toJson(*stored),
                                               derivedFields<T>());
                !r)
                return r;
            if (auto r = rules::checkRemove<T>(context, *stored); !r)
                return r;
            if (auto r = Traits::remove(context, it->id); !r)
                return r;
        }
        context.notify({Traits::entity(), ChangeNotice::Kind::Removed, 0, releaseId()});
        return context.audit(Traits::key(), 0, QStringLiteral("delete"), releaseId(),
                             detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Undo: import %1"), m_source),
                             {{QStringLiteral("source"), m_source}, {QStringLiteral("count"), m_records.size()}}, {});
    }

private:
    Id releaseId() const { return m_records.isEmpty() ? 0 : Traits::releaseIdOf(m_records.constFirst()); }

    static Error refuse(const T &record, const Error &error) {
        return {error.code, Traits::describe(record) + QStringLiteral(": ") + error.message};
    }

    QList<T> m_records;
    QString m_source;
};

/// A task of an import, given by its id when the release has it already, else by its place
/// among the tasks the import creates.
struct ImportedTaskRef {
    Id id = 0;
    int index = -1;
};

/// A task the import creates; its phase is a task the release has (task.parentId) or one the
/// import creates before it (parentIndex).
struct ImportedTask {
    PlanTask task;
    int parentIndex = -1;
};

/// A finish-to-start dependency the import adds.
struct ImportedLink {
    ImportedTaskRef predecessor;
    ImportedTaskRef successor;
};

/// Adds tasks (with their phases) and finish-to-start dependencies to a release as one step. Task
/// names stay unique in the release, a phase is a task of the release and not a milestone, and
/// the schedule rule at the write door refuses a dependency cycle. Undo removes them again.
class ImportTasks final : public Change {
public:
    ImportTasks(Id releaseId, QList<ImportedTask> tasks, QList<ImportedLink> links, QString source);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<Id> idOf(const ImportedTaskRef &ref) const;
    Result<void> checkPhase(ChangeContext &context, const ImportedTask &staged, const PlanTask &task) const;

    Id m_releaseId;
    QList<ImportedTask> m_tasks;
    QList<ImportedLink> m_links;
    QString m_source;
    QList<Id> m_createdTasks;
    QList<Id> m_createdLinks;
};

} // namespace relm
