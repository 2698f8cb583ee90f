#include "PlanFileChanges.h"

#include "changes/ChangeContext.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ImportPlanFile", text);
}

/// `wanted`, or `wanted (2)`, `wanted (3)` ... whichever `taken` (case-folded) does not hold.
QString unusedName(const QString &wanted, const QSet<QString> &taken) {
    QString name = wanted;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = u"%1 (%2)"_s.arg(wanted).arg(n);
    return name;
}

} // namespace

ImportPlanFile::ImportPlanFile(Id releaseId, std::shared_ptr<const PlanFile> plan, QString source)
    : m_releaseId(releaseId)
    , m_plan(std::move(plan))
    , m_source(std::move(source)) {}

ImportPlanFile::ImportPlanFile(Release release, std::shared_ptr<const PlanFile> plan, QString source)
    : m_newRelease(std::move(release))
    , m_plan(std::move(plan))
    , m_source(std::move(source)) {}

ImportPlanFile::ImportPlanFile(Id releaseId, PlanFile plan, QString source)
    : ImportPlanFile(releaseId, std::make_shared<const PlanFile>(std::move(plan)), std::move(source)) {}

ImportPlanFile::ImportPlanFile(Release release, PlanFile plan, QString source)
    : ImportPlanFile(std::move(release), std::make_shared<const PlanFile>(std::move(plan)), std::move(source)) {}

Id ImportPlanFile::releaseId() const {
    return m_create ? m_create->release().id : m_releaseId;
}

QString ImportPlanFile::releaseName() const {
    return m_create ? m_create->release().name : QString();
}

QList<Id> ImportPlanFile::taskIds() const {
    return m_tasks ? m_tasks->createdIds() : QList<Id>();
}

QString ImportPlanFile::text() const {
    return tr("Import the plan %1").arg(m_source);
}

Result<void> ImportPlanFile::createRelease(ChangeContext &context) {
    if (!m_create) {
        auto releases = context.releases().releases();
        if (!releases)
            return releases.error();
        QSet<QString> taken;
        for (const Release &r : *releases)
            taken.insert(r.name.toCaseFolded());
        Release release = *m_newRelease;
        release.name = unusedName(release.name, taken);
        m_create.emplace(release);
    }
    return m_create->redo(context);
}

Result<void> ImportPlanFile::redo(ChangeContext &context) {
    if (m_newRelease) {
        if (auto r = createRelease(context); !r)
            return r;
    }
    if (!m_calendar) {
        auto calendars = context.plan().calendars();
        if (!calendars)
            return calendars.error();
        QSet<QString> taken;
        for (const PlanCalendar &c : *calendars)
            taken.insert(c.name.toCaseFolded());
        const QString own = m_plan->schedule.input.calendar.name.trimmed();
        const QString wanted = tr("%1 from %2").arg(own.isEmpty() ? tr("Calendar") : own, m_source);
        m_calendar.emplace(releaseId(), PlanCalendar{0, unusedName(wanted, taken), m_plan->schedule.input.calendar});
    }
    if (auto r = m_calendar->redo(context); !r)
        return r;
    if (!m_tasks)
        // The step shares the file's schedule (read once) with whoever else still reads it.
        m_tasks.emplace(releaseId(), std::shared_ptr<const ImportedSchedule>(m_plan, &m_plan->schedule), m_source);
    return m_tasks->redo(context);
}

Result<void> ImportPlanFile::undo(ChangeContext &context) {
    if (auto r = m_tasks->undo(context); !r)
        return r;
    if (auto r = m_calendar->undo(context); !r)
        return r;
    return m_create ? m_create->undo(context) : Result<void>();
}

} // namespace relm
