#include "PackageChecker.h"

#include "domain/VersionNumber.h"
#include "i18n/ShownDates.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm", text);
}

QString name(const ComponentVersion &v) {
    return v.componentName + u' ' + v.version;
}

QStringList versionsOf(const Contents &items) {
    QStringList names;
    for (const ComponentVersion &v : items)
        names.append(v.version);
    return names;
}

/// The release's content indexed for the checks.
class CheckContext final {
public:
    explicit CheckContext(const PackageCheckInput &input)
        : m_input(input) {
        for (const Package &p : input.packages) {
            for (const ComponentVersion &v : p.contents) {
                m_all.append(v);
                m_byComponent[v.componentName.toLower()].append(v);
            }
        }
        for (const ComponentVersion &v : input.environment)
            m_environment[v.componentName.toLower()].append(v);
    }

    const Contents &all() const { return m_all; }
    Contents inRelease(const QString &component) const { return m_byComponent.value(component.toLower()); }
    Contents inEnvironment(const QString &component) const { return m_environment.value(component.toLower()); }
    const QMap<QString, Contents> &byComponent() const { return m_byComponent; }
    QString environmentName() const { return m_input.environmentName; }

    /// The newest catalogue version of a component in a range, for "add X" suggestions.
    std::optional<ComponentVersion> newestMatching(const QString &component, const VersionRange &range,
                                                   bool inside = true) const {
        if (!m_input.catalogueVersions)
            return std::nullopt;
        std::optional<ComponentVersion> best;
        for (const ComponentVersion &v : m_input.catalogueVersions(component)) {
            if (v.retired || range.matches(v.version) != inside)
                continue;
            if (!best || VersionNumber(best->version) < VersionNumber(v.version))
                best = v;
        }
        return best;
    }

private:
    const PackageCheckInput &m_input;
    Contents m_all;
    QMap<QString, Contents> m_byComponent;
    QHash<QString, Contents> m_environment;
};

Finding finding(Finding::Kind kind, Finding::Severity severity, const QString &message, const QString &fix,
                const QStringList &components, const QList<Id> &versions) {
    return Finding{kind, severity, message, fix, components, versions, 0};
}

bool anyMatches(const Contents &items, const VersionRange &range) {
    return std::any_of(items.cbegin(), items.cend(),
                       [&](const ComponentVersion &v) { return range.matches(v.version); });
}

void checkRequirement(const CheckContext &ctx, const ComponentVersion &v, const VersionRelation &r,
                      const VersionRange &range, QList<Finding> &out) {
    const Contents inRelease = ctx.inRelease(r.component);
    if (anyMatches(inRelease, range))
        return;
    // What the release does not bring, the target environment may already run, unless the
    // release replaces that component with a version outside the range.
    const Contents inEnvironment = ctx.inEnvironment(r.component);
    if (inRelease.isEmpty() && anyMatches(inEnvironment, range))
        return;

    QString found;
    if (!inRelease.isEmpty())
        found = tr("the release has %1").arg(versionsOf(inRelease).join(u", "_s));
    else if (ctx.environmentName().isEmpty())
        found = tr("the release does not have it and no target environment is set");
    else if (inEnvironment.isEmpty())
        found = tr("neither the release nor %1 has it").arg(ctx.environmentName());
    else
        found = tr("the release does not have it and %1 runs %2")
                    .arg(ctx.environmentName(), versionsOf(inEnvironment).join(u", "_s));

    QString fix;
    if (const auto suggestion = ctx.newestMatching(r.component, range)) {
        fix = inRelease.isEmpty() ? tr("Add %1 to the release.").arg(name(*suggestion))
                                  : tr("Replace %1 with %2.").arg(name(inRelease.first()), suggestion->version);
    } else {
        fix = tr("No version of %1 in the catalogue matches \u201C%2\u201D: add one to the catalogue, or change the "
                 "requirement of %3.")
                  .arg(r.component, r.range, name(v));
    }
    QList<Id> ids{v.id};
    for (const ComponentVersion &other : inRelease)
        ids.append(other.id);
    out.append(finding(Finding::Kind::UnmetRequirement, Finding::Severity::Error,
                       tr("%1 requires %2 %3, but %4.").arg(name(v), r.component, r.range, found), fix,
                       {v.componentName, r.component}, ids));
}

void checkConflict(const CheckContext &ctx, const ComponentVersion &v, const VersionRelation &r,
                   const VersionRange &range, QList<Finding> &out) {
    const Contents inRelease = ctx.inRelease(r.component);
    for (const ComponentVersion &other : inRelease) {
        if (!range.matches(other.version))
            continue;
        out.append(finding(
            Finding::Kind::Conflict, Finding::Severity::Error,
            tr("%1 conflicts with %2 %3, and the release has %4.").arg(name(v), r.component, r.range, name(other)),
            tr("Remove %1 or %2, or choose a version of %3 outside \u201C%4\u201D.")
                .arg(name(v), name(other), r.component, r.range),
            {v.componentName, r.component}, {v.id, other.id}));
    }
    if (!inRelease.isEmpty())
        return; // the release replaces what the environment runs
    for (const ComponentVersion &other : ctx.inEnvironment(r.component)) {
        if (!range.matches(other.version))
            continue;
        out.append(finding(Finding::Kind::Conflict, Finding::Severity::Error,
                           tr("%1 conflicts with %2 %3, and %4 runs %5.")
                               .arg(name(v), r.component, r.range, ctx.environmentName(), name(other)),
                           ctx.newestMatching(r.component, range, false)
                               ? tr("Add %1 to the release, or remove %2.")
                                     .arg(name(*ctx.newestMatching(r.component, range, false)), name(v))
                               : tr("Add a version of %1 outside \u201C%2\u201D to the release, or remove %3.")
                                     .arg(r.component, r.range, name(v)),
                           {v.componentName, r.component}, {v.id}));
    }
}

void checkRelations(const CheckContext &ctx, QList<Finding> &out) {
    for (const ComponentVersion &v : ctx.all()) {
        for (const VersionRelation &r : v.relations) {
            const auto range = VersionRange::parse(r.range);
            if (!range) {
                out.append(finding(
                    Finding::Kind::UnmetRequirement, Finding::Severity::Error,
                    tr("%1 states an unreadable range for %2: %3").arg(name(v), r.component, range.errorMessage()),
                    tr("Correct the range in the catalogue."), {v.componentName, r.component}, {v.id}));
                continue;
            }
            if (r.kind == VersionRelation::Kind::Requires)
                checkRequirement(ctx, v, r, *range, out);
            else
                checkConflict(ctx, v, r, *range, out);
        }
    }
}

void checkDuplicates(const CheckContext &ctx, QList<Finding> &out) {
    for (auto it = ctx.byComponent().begin(); it != ctx.byComponent().end(); ++it) {
        QStringList versions = versionsOf(*it);
        versions.removeDuplicates();
        if (versions.size() < 2)
            continue;
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return VersionNumber(a) < VersionNumber(b); });
        QList<Id> ids;
        for (const ComponentVersion &v : *it)
            ids.append(v.id);
        const QString component = it->first().componentName;
        // Suggest the newest proper release; a pre-release only when there is nothing else.
        QString keep = versions.last();
        for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
            if (!VersionNumber(*v).isPreRelease()) {
                keep = *v;
                break;
            }
        }
        out.append(finding(
            Finding::Kind::DuplicateComponent, Finding::Severity::Error,
            tr("The release has %1 versions of %2: %3.").arg(versions.size()).arg(component, versions.join(u", "_s)),
            tr("Keep one version of %1 (usually %2) and remove the others.").arg(component, keep), {component}, ids));
    }
}

void checkVersions(const PackageCheckInput &input, const CheckContext &ctx, QList<Finding> &out) {
    for (const ComponentVersion &v : ctx.all()) {
        if (input.release.requireFingerprints && v.sha256.isEmpty())
            out.append(finding(
                Finding::Kind::MissingFingerprint, Finding::Severity::Error,
                tr("%1 has no SHA-256 fingerprint, and this release requires one for every version.").arg(name(v)),
                tr("Record the fingerprint of %1 in the catalogue (compute it from the artefact file).").arg(name(v)),
                {v.componentName}, {v.id}));
        if (v.retired)
            out.append(finding(Finding::Kind::RetiredVersion, Finding::Severity::Warning,
                               tr("%1 is retired in the catalogue.").arg(name(v)),
                               tr("Replace %1 with a current version.").arg(name(v)), {v.componentName}, {v.id}));
    }
}

void checkBaseline(const PackageCheckInput &input, const CheckContext &ctx, QList<Finding> &out) {
    if (!input.baseline || contents::fingerprint(ctx.all()) == input.baseline->fingerprint)
        return;
    const ContentDiff diff = contents::compare(input.baseline->content, ctx.all());
    QStringList parts;
    QStringList components;
    for (const ComponentVersion &v : diff.added) {
        parts.append(tr("added %1").arg(name(v)));
        components.append(v.componentName);
    }
    for (const ComponentVersion &v : diff.removed) {
        parts.append(tr("removed %1").arg(name(v)));
        components.append(v.componentName);
    }
    for (const auto &[before, after] : diff.changed) {
        parts.append(tr("%1 %2 \u2192 %3").arg(after.componentName, before.version, after.version));
        components.append(after.componentName);
    }
    if (parts.isEmpty())
        parts.append(tr("the same components are listed in another combination"));
    out.append(finding(
        Finding::Kind::BaselineChanged, Finding::Severity::Warning,
        tr("Baseline changed since it was frozen on %1 by %2: %3.")
            .arg(shown_dates::dateTime(input.baseline->frozenAt), input.baseline->frozenBy, parts.join(u"; "_s)),
        tr("Undo the change, or freeze the release again to accept it (approvals on the old baseline "
           "no longer hold)."),
        components, {}));
}

} // namespace

QString Finding::key() const {
    QStringList names = components;
    names.sort(Qt::CaseInsensitive);
    QList<Id> ids = versionIds;
    std::sort(ids.begin(), ids.end());
    QStringList idTexts;
    for (Id id : ids)
        idTexts.append(QString::number(id));
    return kindKey() + u':' + names.join(u',') + u':' + idTexts.join(u',');
}

QString Finding::kindKey() const {
    switch (kind) {
    case Kind::UnmetRequirement:
        return u"unmet_requirement"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::DuplicateComponent:
        return u"duplicate_component"_s;
    case Kind::MissingFingerprint:
        return u"missing_fingerprint"_s;
    case Kind::RetiredVersion:
        return u"retired_version"_s;
    case Kind::BaselineChanged:
        return u"baseline_changed"_s;
    case Kind::CalendarConflict:
        return u"calendar_conflict"_s;
    }
    return {};
}

QList<Finding> PackageChecker::check(const PackageCheckInput &input) {
    const CheckContext ctx(input);
    QList<Finding> findings;
    checkRelations(ctx, findings);
    checkDuplicates(ctx, findings);
    checkVersions(input, ctx, findings);
    checkBaseline(input, ctx, findings);
    for (Finding &f : findings)
        f.releaseId = input.release.id;
    return findings;
}

} // namespace relm
