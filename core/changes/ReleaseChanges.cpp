#include "ReleaseChanges.h"

#include "checks/ReleaseGate.h"

#include "domain/ReleaseLifecycle.h"
#include "rules/RecordRules.h"
#include "storage/ReleaseStore.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm {

CreateRelease::CreateRelease(Release release, QString firstPackageName)
    : m_release(std::move(release))
    , m_packageName(firstPackageName.isEmpty() ? QCoreApplication::translate("relm::ReleaseChanges", "Main")
                                               : std::move(firstPackageName)) {}

QString CreateRelease::text() const {
    return QCoreApplication::translate("relm::ReleaseChanges", "Create release %1").arg(m_release.record().name);
}

Result<void> CreateRelease::redo(ChangeContext &context) {
    if (auto r = m_release.redo(context); !r)
        return r;
    if (!m_package)
        m_package.emplace(Package{0, m_release.record().id, m_packageName, {}});
    return m_package->redo(context);
}

Result<void> CreateRelease::undo(ChangeContext &context) {
    if (auto r = m_package->undo(context); !r)
        return r;
    return m_release.undo(context);
}

SetReleaseStatus::SetReleaseStatus(const Release &release, ReleaseStatus to, Gate gate)
    : m_releaseId(release.id)
    , m_name(release.name)
    , m_from(release.status)
    , m_to(to)
    , m_gate(gate) {}

QString SetReleaseStatus::text() const {
    return QCoreApplication::translate("relm::ReleaseChanges", "%1: %2")
        .arg(ReleaseLifecycle::actionLabel(m_to), m_name);
}

Result<void> SetReleaseStatus::redo(ChangeContext &context) {
    if (auto r = context.lockRelease(m_releaseId); !r)
        return r;
    // Check against the stored status: the release may have moved since this change was made.
    auto current = context.releases().release(m_releaseId);
    if (!current)
        return current.error();
    if (auto r = ReleaseLifecycle::checkMove(current->status, m_to); !r)
        return r;
    if (ReleaseGate::isGated(current->status, m_to)) {
        if (auto r = passGate(context, *current, m_to); !r)
            return r;
    }
    m_from = current->status;
    return move(context, *current, m_to, text());
}

Result<void> SetReleaseStatus::undo(ChangeContext &context) {
    auto current = context.releases().release(m_releaseId);
    if (!current)
        return current.error();
    if (current->status != m_to)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("relm::ReleaseChanges",
                                                     "%1 has moved on to %2 since; undoing this step would jump "
                                                     "back from there. Move it with its status actions instead.")
                             .arg(current->name, labelOf(current->status)));
    const int from = ReleaseLifecycle::stage(m_from);
    const int to = ReleaseLifecycle::stage(m_to);
    const bool arrivesForward = to < 0 || from > to;
    if (arrivesForward && ReleaseGate::isGatedStatus(m_from)) {
        if (auto r = passGate(context, *current, m_from); !r)
            return r;
    }
    return move(context, *current, m_from, QCoreApplication::translate("relm::ReleaseChanges", "Undo: %1").arg(text()));
}

Result<void> SetReleaseStatus::passGate(ChangeContext &context, const Release &release, ReleaseStatus to) const {
    if (m_gate == Gate::Skip)
        return {};
    auto gate = ReleaseGate::check(AssuranceSources::of(context), release.id, to, context.now());
    if (!gate)
        return gate.error();
    if (!gate->passed())
        return makeError(ErrorCode::Invalid, gate->refusal(release.name));
    return {};
}

Result<void> SetReleaseStatus::move(ChangeContext &context, const Release &release, ReleaseStatus to,
                                    const QString &summary) {
    Release updated = release;
    updated.status = to;
    if (auto r = context.releases().update(updated); !r)
        return r;
    context.notify({Entity::Release, ChangeNotice::Kind::Updated, release.id, release.id});
    return context.audit(u"release"_s, release.id, u"status"_s, release.id, summary,
                         {{u"status"_s, keyOf(release.status)}}, {{u"status"_s, keyOf(to)}});
}

PackageContentChange::PackageContentChange(Mode mode, Package package, ComponentVersion version)
    : m_mode(mode)
    , m_package(std::move(package))
    , m_version(std::move(version)) {}

QString PackageContentChange::text() const {
    const QString item = m_version.componentName + u'@' + m_version.version;
    return m_mode == Mode::Add
               ? QCoreApplication::translate("relm::ReleaseChanges", "Add %1 to %2").arg(item, m_package.name)
               : QCoreApplication::translate("relm::ReleaseChanges", "Remove %1 from %2").arg(item, m_package.name);
}

Result<void> PackageContentChange::redo(ChangeContext &context) {
    return apply(context, m_mode);
}

Result<void> PackageContentChange::undo(ChangeContext &context) {
    return apply(context, m_mode == Mode::Add ? Mode::Remove : Mode::Add);
}

Result<void> PackageContentChange::apply(ChangeContext &context, Mode mode) {
    const QString named = m_version.componentName + u' ' + m_version.version;
    if (auto open = rules::checkPackageContent(context, m_package.releaseId, named, mode == Mode::Add); !open)
        return open;
    auto changed = mode == Mode::Add ? context.releases().addToPackage(m_package.id, m_version.id)
                                     : context.releases().removeFromPackage(m_package.id, m_version.id);
    if (!changed)
        return changed.error();
    // Adding what is there already, or removing what is gone, would record a change that did not
    // happen, and undoing it would then take away someone else's.
    if (!*changed)
        return makeError(ErrorCode::Conflict,
                         mode == Mode::Add
                             ? QCoreApplication::translate("relm::ReleaseChanges", "%1 %2 is already in %3.")
                                   .arg(m_version.componentName, m_version.version, m_package.name)
                             : QCoreApplication::translate("relm::ReleaseChanges", "%1 %2 is no longer in %3.")
                                   .arg(m_version.componentName, m_version.version, m_package.name));
    const QJsonObject item{
        {u"package"_s, m_package.name}, {u"component"_s, m_version.componentName}, {u"version"_s, m_version.version}};
    context.notify({Entity::PackageItem, mode == Mode::Add ? ChangeNotice::Kind::Created : ChangeNotice::Kind::Removed,
                    m_package.id, m_package.releaseId});
    return context.audit(u"package_item"_s, m_package.id, mode == Mode::Add ? u"add"_s : u"remove"_s,
                         m_package.releaseId, text(), mode == Mode::Add ? QJsonObject() : item,
                         mode == Mode::Add ? item : QJsonObject());
}

} // namespace relm
