#pragma once

#include "changes/Change.h"
#include "changes/ChangeContext.h"
#include "changes/EditConflict.h"
#include "changes/RecordTraits.h"
#include "domain/JsonCodec.h"
#include "rules/RecordRules.h"

#include <QCoreApplication>

namespace relm {

namespace detail {
QString recordChangeText(const char *pattern, const QString &what);
}

/// Creates a record; undo removes it again, and a redo afterwards restores it with the same id.
template<typename T>
class CreateRecord final : public Change {
    using Traits = RecordTraits<T>;

public:
    explicit CreateRecord(T record)
        : m_record(std::move(record)) {}

    /// The record as stored by the last redo (with its id).
    const T &record() const { return m_record; }

    QString text() const override {
        return detail::recordChangeText(QT_TRANSLATE_NOOP("relm::RecordChanges", "Create %1"),
                                        Traits::describe(m_record));
    }

    Result<void> redo(ChangeContext &context) override { return insert(context, {}); }
    Result<void> undo(ChangeContext &context) override {
        return erase(context, detail::recordChangeText(QT_TRANSLATE_NOOP("relm::RecordChanges", "Undo: create %1"),
                                                       Traits::describe(m_record)));
    }

private:
    template<typename>
    friend class RemoveRecord;

    /// Stores the record (again, with its id after an undo), audited with `auditText`, or with
    /// text() once the record has its id when that is empty.
    Result<void> insert(ChangeContext &context, const QString &auditText) {
        if (auto r = Traits::validate(m_record); !r)
            return r;
        if (auto r = rules::checkWrite<T>(context, m_record, nullptr); !r)
            return r;
        auto id = Traits::insert(context, m_record);
        if (!id)
            return id.error();
        auto stored = Traits::load(context, *id);
        if (!stored)
            return stored.error();
        m_record = *stored;
        context.notify({Traits::entity(), ChangeNotice::Kind::Created, m_record.id, Traits::releaseIdOf(m_record)});
        return context.audit(Traits::key(), m_record.id, QStringLiteral("create"), Traits::releaseIdOf(m_record),
                             auditText.isEmpty() ? text() : auditText, {}, Traits::toJson(m_record));
    }

    /// Removes the record if nobody changed it since, audited with `auditText`.
    Result<void> erase(ChangeContext &context, const QString &auditText) {
        // Removing a record someone changed since would lose their change with it.
        if (auto r = context.lockRow(Traits::table(), m_record.id); !r)
            return r;
        auto stored = Traits::load(context, m_record.id);
        if (!stored)
            return stored.error();
        if (auto r = rules::unchangedSince(Traits::describe(*stored), Traits::toJson(m_record), Traits::toJson(*stored),
                                           derivedFields<T>(), fieldLabels<T>());
            !r)
            return r;
        if (auto r = rules::checkRemove<T>(context, *stored); !r)
            return r;
        if (auto r = Traits::remove(context, m_record.id); !r)
            return r;
        context.notify({Traits::entity(), ChangeNotice::Kind::Removed, m_record.id, Traits::releaseIdOf(m_record)});
        return context.audit(Traits::key(), m_record.id, QStringLiteral("delete"), Traits::releaseIdOf(m_record),
                             auditText, Traits::toJson(m_record), {});
    }

    T m_record;
};

/// Replaces a record's fields; the audit entry holds just the fields that changed. A redo
/// refused because someone saved the record in between keeps what they saved, so that the
/// person can resolve the conflict (see ConflictingEdit).
template<typename T>
class EditRecord : public Change, public ConflictingEdit {
    using Traits = RecordTraits<T>;

public:
    EditRecord(T before, T after, QString text = {})
        : m_before(std::move(before))
        , m_after(std::move(after))
        , m_text(std::move(text)) {}

    const T &before() const { return m_before; }
    const T &after() const { return m_after; }

    QString text() const override {
        if (!m_text.isEmpty())
            return m_text;
        return detail::recordChangeText(QT_TRANSLATE_NOOP("relm::RecordChanges", "Edit %1"), Traits::describe(m_after));
    }

    Result<void> redo(ChangeContext &context) override {
        m_theirs.reset();
        return write(context, m_after, m_before, actionKey());
    }
    Result<void> undo(ChangeContext &context) override { return write(context, m_before, m_after, actionKey()); }

    std::optional<EditConflict> conflict() const override {
        if (!m_theirs)
            return std::nullopt;
        EditConflict found = conflictOf<T>(Traits::describe(*m_theirs), Traits::toJson(m_before),
                                           Traits::toJson(m_after), Traits::toJson(*m_theirs));
        found.entity = Traits::key();
        found.id = m_theirs->id;
        return found;
    }

    std::unique_ptr<Change> resolvedWith(const QStringList &mine) const override {
        const T &theirs = m_theirs ? *m_theirs : m_before;
        return std::make_unique<EditRecord<T>>(theirs, mergedRecord(theirs, m_after, mine), m_text);
    }

protected:
    virtual QString actionKey() const { return QStringLiteral("update"); }

private:
    /// Writes `target` over the record, which must still be as `previous` left it; both are kept
    /// as stored, so that the next undo or redo compares like with like.
    Result<void> write(ChangeContext &context, T &target, T &previous, const QString &action) {
        if (auto r = context.lockRow(Traits::table(), target.id); !r)
            return r;
        auto current = Traits::load(context, target.id);
        if (!current)
            return current.error();
        if (auto r = rules::unchangedSince(Traits::describe(*current), Traits::toJson(previous),
                                           Traits::toJson(*current), derivedFields<T>(), fieldLabels<T>());
            !r) {
            if (&target == &m_after)
                m_theirs = *current;
            return r;
        }
        if (auto r = Traits::validate(target); !r)
            return r;
        if (auto r = rules::checkWrite<T>(context, target, &*current); !r)
            return r;
        if (auto r = Traits::update(context, target); !r)
            return r;
        auto stored = Traits::load(context, target.id);
        if (!stored)
            return stored.error();
        const auto [before, after] = json::difference(Traits::toJson(*current), Traits::toJson(*stored));
        previous = *current;
        target = *stored;
        context.notify({Traits::entity(), ChangeNotice::Kind::Updated, target.id, Traits::releaseIdOf(target)});
        return context.audit(Traits::key(), target.id, action, Traits::releaseIdOf(target), text(), before, after);
    }

    T m_before;
    T m_after;
    QString m_text;
    std::optional<T> m_theirs; ///< the record as someone else saved it, when the last redo found that
};

/// Removes a record; undo restores it with the same id.
template<typename T>
class RemoveRecord final : public Change {
    using Traits = RecordTraits<T>;

public:
    explicit RemoveRecord(T record)
        : m_create(std::move(record)) {}

    QString text() const override {
        return detail::recordChangeText(QT_TRANSLATE_NOOP("relm::RecordChanges", "Remove %1"),
                                        Traits::describe(m_create.record()));
    }
    Result<void> redo(ChangeContext &context) override { return m_create.erase(context, text()); }
    Result<void> undo(ChangeContext &context) override {
        return m_create.insert(context,
                               detail::recordChangeText(QT_TRANSLATE_NOOP("relm::RecordChanges", "Undo: remove %1"),
                                                        Traits::describe(m_create.record())));
    }

private:
    CreateRecord<T> m_create;
};

} // namespace relm
