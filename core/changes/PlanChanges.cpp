#include "PlanChanges.h"

#include "changes/ChangeContext.h"
#include "storage/PlanStore.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm {

SaveScheduleBaseline::SaveScheduleBaseline(PlanBaseline baseline)
    : m_baseline(std::move(baseline)) {}

QString SaveScheduleBaseline::text() const {
    return QCoreApplication::translate("relm::SaveScheduleBaseline", "Save schedule baseline \u201C%1\u201D")
        .arg(m_baseline.name);
}

Result<void> SaveScheduleBaseline::redo(ChangeContext &context) {
    if (m_baseline.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::SaveScheduleBaseline", "A baseline needs a name."));
    if (!m_baseline.savedAt.isValid())
        m_baseline.savedAt = context.now();
    if (m_baseline.savedBy.isEmpty())
        m_baseline.savedBy = context.actor().login;
    auto id = context.plan().insert(m_baseline);
    if (!id)
        return id.error();
    m_baseline.id = *id;
    context.notify({Entity::ScheduleBaseline, ChangeNotice::Kind::Created, m_baseline.id, m_baseline.releaseId});
    return context.audit(u"schedule_baseline"_s, m_baseline.id, u"create"_s, m_baseline.releaseId, text(), {},
                         {{u"name"_s, m_baseline.name}, {u"tasks"_s, m_baseline.dates.size()}});
}

Result<void> SaveScheduleBaseline::undo(ChangeContext &context) {
    if (auto r = context.plan().removeBaseline(m_baseline.id); !r)
        return r;
    context.notify({Entity::ScheduleBaseline, ChangeNotice::Kind::Removed, m_baseline.id, m_baseline.releaseId});
    return context.audit(u"schedule_baseline"_s, m_baseline.id, u"delete"_s, m_baseline.releaseId,
                         QCoreApplication::translate("relm::SaveScheduleBaseline", "Undo: %1").arg(text()),
                         {{u"name"_s, m_baseline.name}}, {});
}

} // namespace relm
