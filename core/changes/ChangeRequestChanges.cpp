#include "ChangeRequestChanges.h"

#include "changes/ChangeContext.h"
#include "changes/Workspace.h"
#include "rules/RecordRules.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ChangeRequestChanges", text);
}

} // namespace

LinkChangeRequest::LinkChangeRequest(Mode mode, ChangeRequest change, Release release)
    : m_mode(mode)
    , m_change(std::move(change))
    , m_release(std::move(release)) {}

QString LinkChangeRequest::text() const {
    return m_mode == Mode::Link ? tr("Deliver %1 with %2").arg(m_change.reference, m_release.name)
                                : tr("Take %1 out of %2").arg(m_change.reference, m_release.name);
}

Result<void> LinkChangeRequest::redo(ChangeContext &context) {
    return apply(context, m_mode);
}

Result<void> LinkChangeRequest::undo(ChangeContext &context) {
    return apply(context, m_mode == Mode::Link ? Mode::Unlink : Mode::Link);
}

Result<void> LinkChangeRequest::apply(ChangeContext &context, Mode mode) {
    auto current = context.releases().changeRequest(m_change.id);
    if (!current)
        return current.error();
    // Taking out what is not there says so before any rule about the release.
    if (mode == Mode::Unlink && !current->releaseIds.contains(m_release.id))
        return makeError(ErrorCode::Conflict, tr("%1 is not delivered by %2.").arg(m_change.reference, m_release.name));
    if (auto r = rules::checkChangeLink(context, m_change, m_release.id, mode == Mode::Link); !r)
        return r;
    auto changed = mode == Mode::Link ? context.releases().linkChangeRequest(m_change.id, m_release.id)
                                      : context.releases().unlinkChangeRequest(m_change.id, m_release.id);
    if (!changed)
        return changed.error();
    // Linking what is linked, or unlinking what is not, would record a change that did not happen.
    if (!*changed)
        return makeError(ErrorCode::Conflict,
                         mode == Mode::Link
                             ? tr("%1 is already delivered by %2.").arg(m_change.reference, m_release.name)
                             : tr("%1 is not delivered by %2.").arg(m_change.reference, m_release.name));
    const QJsonObject link{{u"change_request"_s, m_change.reference}, {u"release"_s, m_release.name}};
    context.notify({Entity::ChangeRequest, ChangeNotice::Kind::Updated, m_change.id, m_release.id});
    return context.audit(u"change_request"_s, m_change.id, mode == Mode::Link ? u"link"_s : u"unlink"_s, m_release.id,
                         mode == m_mode ? text() : tr("Undo: %1").arg(text()),
                         mode == Mode::Link ? QJsonObject() : link, mode == Mode::Link ? link : QJsonObject());
}

Result<std::unique_ptr<Change>> linkChangesTo(Workspace &workspace, const QList<Id> &changeIds, Id releaseId) {
    auto release = workspace.releases().release(releaseId);
    if (!release)
        return release.error();
    auto composite = std::make_unique<CompositeChange>(tr("Deliver change requests with %1").arg(release->name));
    QStringList already;
    for (Id id : changeIds) {
        auto change = workspace.releases().changeRequest(id);
        if (!change)
            return change.error();
        if (change->releaseIds.contains(releaseId))
            already.append(change->reference);
        else
            composite->add(std::make_unique<LinkChangeRequest>(LinkChangeRequest::Mode::Link, *change, *release));
    }
    if (composite->isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already delivers %2.").arg(release->name, already.join(QStringLiteral(", "))));
    return std::unique_ptr<Change>(std::move(composite));
}

} // namespace relm
