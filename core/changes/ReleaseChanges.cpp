#include "ReleaseChanges.h"

#include "checks/ReleaseGate.h"

#include "domain/ReleaseLifecycle.h"
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

namespace {

Release withStatus(Release release, ReleaseStatus status) {
    release.status = status;
    return release;
}

} // namespace

SetReleaseStatus::SetReleaseStatus(const Release &release, ReleaseStatus to, Gate gate)
    : EditRecord<Release>(release, withStatus(release, to),
                          QCoreApplication::translate("relm::ReleaseChanges", "%1: %2")
                              .arg(ReleaseLifecycle::actionLabel(to), release.name))
    , m_gate(gate) {}

Result<void> SetReleaseStatus::redo(ChangeContext &context) {
    // Check against the stored status: the release may have moved since this change was made.
    auto current = context.releases().release(before().id);
    if (!current)
        return current.error();
    if (auto r = ReleaseLifecycle::checkMove(current->status, after().status); !r)
        return r;
    if (m_gate == Gate::Check && ReleaseGate::isGated(current->status, after().status)) {
        auto gate = ReleaseGate::check(AssuranceSources::of(context), current->id, after().status, context.now());
        if (!gate)
            return gate.error();
        if (!gate->passed())
            return makeError(ErrorCode::Invalid, gate->refusal(current->name));
    }
    return EditRecord<Release>::redo(context);
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
    auto r = mode == Mode::Add ? context.releases().addToPackage(m_package.id, m_version.id)
                               : context.releases().removeFromPackage(m_package.id, m_version.id);
    if (!r)
        return r;
    const QJsonObject item{
        {u"package"_s, m_package.name}, {u"component"_s, m_version.componentName}, {u"version"_s, m_version.version}};
    context.notify({Entity::PackageItem, mode == Mode::Add ? ChangeNotice::Kind::Created : ChangeNotice::Kind::Removed,
                    m_package.id, m_package.releaseId});
    return context.audit(u"package_item"_s, m_package.id, mode == Mode::Add ? u"add"_s : u"remove"_s,
                         m_package.releaseId, text(), mode == Mode::Add ? QJsonObject() : item,
                         mode == Mode::Add ? item : QJsonObject());
}

} // namespace relm
