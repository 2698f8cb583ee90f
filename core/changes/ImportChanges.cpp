#include "ImportChanges.h"

#include "domain/Validation.h"
#include "storage/PlanStore.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ImportChanges", text);
}

} // namespace

namespace detail {
QString importText(const char *pattern, const QString &source) {
    return QCoreApplication::translate("relm::ImportChanges", pattern).arg(source);
}
} // namespace detail

ImportTasks::ImportTasks(Id releaseId, QList<ImportedTask> tasks, QList<ImportedLink> links, QString source)
    : m_releaseId(releaseId)
    , m_tasks(std::move(tasks))
    , m_links(std::move(links))
    , m_source(std::move(source)) {}

QString ImportTasks::text() const {
    return detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Import %1"), m_source);
}

Result<Id> ImportTasks::idOf(const ImportedTaskRef &ref) const {
    if (ref.index < 0)
        return ref.id;
    if (ref.index >= m_createdTasks.size())
        return makeError(ErrorCode::Invalid, tr("The import links a task that it does not create."));
    return m_createdTasks.at(ref.index);
}

Result<void> ImportTasks::checkPhase(ChangeContext &context, const ImportedTask &staged, const PlanTask &task) const {
    QString phaseName;
    bool phaseIsMilestone = false;
    if (staged.parentIndex >= 0) {
        const PlanTask &phase = m_tasks.at(staged.parentIndex).task;
        phaseName = phase.name;
        phaseIsMilestone = phase.milestone;
    } else if (task.parentId != 0) {
        auto phase = context.plan().task(task.parentId);
        if (!phase)
            return phase.error();
        if (phase->releaseId != task.releaseId)
            return makeError(ErrorCode::Invalid,
                             tr("\u201C%1\u201D can only belong to a phase of its own release.").arg(task.name));
        phaseName = phase->name;
        phaseIsMilestone = phase->milestone;
    }
    if (phaseIsMilestone)
        return makeError(
            ErrorCode::Invalid,
            tr("\u201C%1\u201D is a milestone, not a phase: tasks cannot be placed in it.").arg(phaseName));
    return {};
}

Result<void> ImportTasks::redo(ChangeContext &context) {
    const QList<Id> previous = m_createdTasks;
    m_createdTasks.clear();
    m_createdLinks.clear();
    auto existing = context.plan().taskNames(m_releaseId);
    if (!existing)
        return existing.error();
    QSet<QString> taken;
    for (const auto &[id, name] : *existing)
        taken.insert(name.trimmed().toCaseFolded());
    const int offset = int(existing->size());
    // A redo keeps the ids; a first run reserves new ones, so that phases have
    // their ids before their tasks are stored, all in a few statements.
    QList<Id> ids = previous;
    if (ids.size() != m_tasks.size()) {
        auto reserved = context.plan().reserveTaskIds(m_tasks.size());
        if (!reserved)
            return reserved.error();
        ids = std::move(reserved).value();
    }
    QList<PlanTask> stored;
    stored.reserve(m_tasks.size());
    for (int i = 0; i < m_tasks.size(); ++i) {
        const ImportedTask &staged = m_tasks.at(i);
        PlanTask task = staged.task;
        task.id = ids.at(i);
        task.releaseId = m_releaseId;
        task.position = offset + i;
        if (staged.parentIndex >= i)
            return makeError(ErrorCode::Invalid,
                             tr("\u201C%1\u201D is placed in a phase that does not come before it.").arg(task.name));
        if (staged.parentIndex >= 0)
            task.parentId = stored.at(staged.parentIndex).id;
        if (auto r = validation::check(task); !r)
            return makeError(r.error().code, tr("Task %1: %2").arg(task.name, r.errorMessage()));
        if (auto r = checkPhase(context, staged, task); !r)
            return r;
        const QString key = task.name.trimmed().toCaseFolded();
        if (taken.contains(key))
            return makeError(ErrorCode::Conflict,
                             tr("The release already has a task named \u201C%1\u201D. Task names identify tasks: "
                                "rename it in the file, e.g. \u201C%1 (2)\u201D.")
                                 .arg(task.name.trimmed()));
        taken.insert(key);
        stored.append(task);
    }
    if (auto r = context.plan().insertAll(stored); !r)
        return r;
    for (const PlanTask &task : std::as_const(stored))
        m_createdTasks.append(task.id);
    for (const ImportedLink &staged : std::as_const(m_links)) {
        auto predecessor = idOf(staged.predecessor);
        auto successor = idOf(staged.successor);
        if (!predecessor)
            return predecessor.error();
        if (!successor)
            return successor.error();
        PlanLink link;
        link.predecessorId = *predecessor;
        link.successorId = *successor;
        if (auto r = validation::check(link); !r)
            return r;
        if (auto r = rules::checkWrite<PlanLink>(context, link, nullptr); !r)
            return r;
        auto id = context.plan().insert(link);
        if (!id)
            return id.error();
        m_createdLinks.append(*id);
    }
    context.notify({Entity::Task, ChangeNotice::Kind::Created, 0, m_releaseId});
    if (!m_links.isEmpty())
        context.notify({Entity::TaskLink, ChangeNotice::Kind::Created, 0, m_releaseId});
    QJsonArray created;
    for (int i = 0; i < m_tasks.size(); ++i)
        created.append(QJsonArray{m_createdTasks.at(i), m_tasks.at(i).task.name});
    return context.audit(u"task"_s, m_releaseId, u"import"_s, m_releaseId, text(), {},
                         {{u"source"_s, m_source},
                          {u"tasks"_s, int(m_tasks.size())},
                          {u"links"_s, int(m_links.size())},
                          {u"created"_s, created}});
}

Result<void> ImportTasks::undo(ChangeContext &context) {
    for (auto it = m_createdLinks.crbegin(); it != m_createdLinks.crend(); ++it) {
        if (auto r = context.plan().removeLink(*it); !r)
            return r;
    }
    // Children first, so that removing a phase never takes a task with it twice.
    for (auto it = m_createdTasks.crbegin(); it != m_createdTasks.crend(); ++it) {
        if (auto r = context.plan().removeTask(*it); !r)
            return r;
    }
    context.notify({Entity::Task, ChangeNotice::Kind::Removed, 0, m_releaseId});
    return context.audit(u"task"_s, m_releaseId, u"delete"_s, m_releaseId,
                         detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Undo: import %1"), m_source),
                         {{u"source"_s, m_source}, {u"tasks"_s, int(m_tasks.size())}}, {});
}

} // namespace relm
