#include "DeliveryChanges.h"

#include "changes/ChangeContext.h"
#include "domain/JsonCodec.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

FreezeRelease::FreezeRelease(Id releaseId, QString releaseName)
    : m_releaseId(releaseId)
    , m_releaseName(std::move(releaseName)) {}

QString FreezeRelease::text() const {
    return QCoreApplication::translate("relm::FreezeRelease", "Freeze %1").arg(m_releaseName);
}

Result<void> FreezeRelease::redo(ChangeContext &context) {
    if (!m_recorded) {
        auto previous = context.delivery().baseline(m_releaseId);
        if (!previous)
            return previous.error();
        m_previous = *previous;
        auto content = context.releases().content(m_releaseId);
        if (!content)
            return content.error();
        m_baseline =
            Baseline{m_releaseId, contents::fingerprint(*content), context.now(), context.actor().login, *content};
        m_recorded = true;
    } else {
        // A redo freezes what was frozen then; when the package has changed since, that would be a
        // baseline of contents the release no longer has.
        auto content = context.releases().content(m_releaseId);
        if (!content)
            return content.error();
        if (contents::fingerprint(*content) != m_baseline.fingerprint)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("relm::FreezeRelease",
                                                         "The package of %1 changed since it was frozen; freeze it "
                                                         "again to record what it holds now.")
                                 .arg(m_releaseName));
    }
    if (auto r = context.delivery().setBaseline(m_baseline); !r)
        return r;
    context.notify({Entity::Baseline, ChangeNotice::Kind::Updated, m_releaseId, m_releaseId});
    return context.audit(u"baseline"_s, m_releaseId, u"freeze"_s, m_releaseId, text(),
                         m_previous ? json::toJson(*m_previous) : QJsonObject(), json::toJson(m_baseline));
}

Result<void> FreezeRelease::undo(ChangeContext &context) {
    auto current = context.delivery().baseline(m_releaseId);
    if (!current)
        return current.error();
    if (!*current || (*current)->fingerprint != m_baseline.fingerprint)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("relm::FreezeRelease",
                                                     "%1 was frozen again since; undoing this freeze would overwrite "
                                                     "that baseline, so nothing was changed.")
                             .arg(m_releaseName));
    auto r = m_previous ? context.delivery().setBaseline(*m_previous) : context.delivery().removeBaseline(m_releaseId);
    if (!r)
        return r;
    context.notify({Entity::Baseline, ChangeNotice::Kind::Updated, m_releaseId, m_releaseId});
    return context.audit(u"baseline"_s, m_releaseId, u"unfreeze"_s, m_releaseId,
                         QCoreApplication::translate("relm::FreezeRelease", "Undo: freeze %1").arg(m_releaseName),
                         json::toJson(m_baseline), m_previous ? json::toJson(*m_previous) : QJsonObject());
}

RecordBuild::RecordBuild(Build build, QString releaseName)
    : m_build(std::move(build))
    , m_releaseName(std::move(releaseName)) {}

QString RecordBuild::text() const {
    return QCoreApplication::translate("relm::RecordBuild", "Record build %1 of %2")
        .arg(m_build.number)
        .arg(m_releaseName);
}

Result<void> RecordBuild::redo(ChangeContext &context) {
    if (m_build.number <= 0)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::RecordBuild", "A build number is a whole number from 1."));
    if (!m_snapshotTaken) {
        auto content = context.releases().content(m_build.releaseId);
        if (!content)
            return content.error();
        m_build.content = *content;
        if (!m_build.builtAt.isValid())
            m_build.builtAt = context.now();
        if (m_build.builtBy.isEmpty())
            m_build.builtBy = context.actor().login;
        m_snapshotTaken = true;
    }
    auto id = context.delivery().insert(m_build);
    if (!id)
        return id.error();
    m_build.id = *id;
    context.notify({Entity::Build, ChangeNotice::Kind::Created, m_build.id, m_build.releaseId});
    return context.audit(u"build"_s, m_build.id, u"create"_s, m_build.releaseId, text(), {}, json::toJson(m_build));
}

Result<void> RecordBuild::undo(ChangeContext &context) {
    if (auto r = context.delivery().removeBuild(m_build.id); !r)
        return r;
    context.notify({Entity::Build, ChangeNotice::Kind::Removed, m_build.id, m_build.releaseId});
    return context.audit(u"build"_s, m_build.id, u"delete"_s, m_build.releaseId,
                         QCoreApplication::translate("relm::RecordBuild", "Undo: %1").arg(text()),
                         json::toJson(m_build), {});
}

SetEnvironmentInventory::SetEnvironmentInventory(Id environmentId, QString environmentName, Contents content,
                                                 QString reason, Id releaseId)
    : m_environmentId(environmentId)
    , m_environmentName(std::move(environmentName))
    , m_content(std::move(content))
    , m_reason(std::move(reason))
    , m_releaseId(releaseId) {}

QString SetEnvironmentInventory::text() const {
    return QCoreApplication::translate("relm::SetEnvironmentInventory", "Set what %1 runs").arg(m_environmentName);
}

Result<void> SetEnvironmentInventory::redo(ChangeContext &context) {
    auto previous = context.delivery().inventory(m_environmentId);
    if (!previous)
        return previous.error();
    m_previous = *previous;
    auto snapshot = context.delivery().insert(EnvironmentSnapshot{
        m_snapshotId, m_environmentId, context.now(), context.actor().login, m_reason, m_releaseId, m_content});
    if (!snapshot)
        return snapshot.error();
    m_snapshotId = *snapshot;
    return write(context, m_previous, m_content, u"inventory"_s);
}

Result<void> SetEnvironmentInventory::undo(ChangeContext &context) {
    // Another deployment or edit may have changed what the environment runs since: putting the old
    // state back would silently undo that too.
    auto current = context.delivery().inventory(m_environmentId);
    if (!current)
        return current.error();
    if (contents::fingerprint(*current) != contents::fingerprint(m_content))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("relm::SetEnvironmentInventory",
                                                     "What %1 runs changed since (another deployment or edit); "
                                                     "putting back what it ran before would overwrite that, so "
                                                     "nothing was changed.")
                             .arg(m_environmentName));
    if (auto r = context.delivery().removeSnapshot(m_snapshotId); !r)
        return r;
    return write(context, m_content, m_previous, u"inventory"_s);
}

Result<void> SetEnvironmentInventory::write(ChangeContext &context, const Contents &from, const Contents &to,
                                            const QString &action) {
    QList<Id> ids;
    for (const ComponentVersion &v : to)
        ids.append(v.id);
    if (auto r = context.delivery().setInventory(m_environmentId, ids); !r)
        return r;
    context.notify({Entity::EnvironmentInventory, ChangeNotice::Kind::Updated, m_environmentId, 0});
    const ContentDiff diff = contents::compare(from, to);
    return context.audit(u"environment"_s, m_environmentId, action, m_releaseId, text(),
                         QJsonObject{{u"runs"_s, contents::toJson(from)}},
                         QJsonObject{{u"runs"_s, contents::toJson(to)},
                                     {u"reason"_s, m_reason},
                                     {u"change"_s, contents::diffToJson(diff)}});
}

} // namespace relm
