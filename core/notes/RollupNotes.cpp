#include "RollupNotes.h"

#include "changes/Workspace.h"
#include "notes/NotesParts.h"
#include "notes/NotesTemplates.h"
#include "storage/AuditLog.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/NotesTemplateStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

QString moment(const QDateTime &at) {
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

/// When a deployment counts as having happened: when it finished, else when it started.
QDateTime ranAt(const Deployment &d) {
    return d.actualEnd.isValid() ? d.actualEnd : d.actualStart;
}

/// A heading: the template's own wording where it changed it.
QString headingIn(const NotesTemplate &t, const QString &key) {
    for (const SectionChoice &c : t.sections) {
        if (c.key == key && !c.heading.isEmpty())
            return c.heading;
    }
    return notes_catalogue::headingOf(key);
}

class RollupBuilder {
public:
    RollupBuilder(Workspace &ws, const NotesTemplate &notesTemplate, bool forService)
        : m_ws(ws)
        , m_template(notesTemplate)
        , m_forService(forService) {}

    Result<void> load(const RollupRange &range) {
        auto deployments = m_ws.deployments().deployments(0);
        if (!deployments)
            return deployments.error();
        for (const Deployment &d : *deployments) {
            const QDateTime at = ranAt(d);
            if (d.environmentId != range.environmentId || d.outcome == DeploymentOutcome::Planned || !at.isValid() ||
                at <= range.from || at > range.to)
                continue;
            if (!m_forService && d.isFailure())
                continue; // customers read what they got, not what was tried and taken back
            m_deployments.append(d);
        }
        std::sort(m_deployments.begin(), m_deployments.end(),
                  [](const Deployment &a, const Deployment &b) { return ranAt(a) < ranAt(b); });
        for (const Deployment &d : std::as_const(m_deployments)) {
            if (!d.isFailure() && !m_order.contains(d.releaseId))
                m_order.append(d.releaseId);
            if (m_releases.contains(d.releaseId))
                continue;
            auto release = m_ws.releases().release(d.releaseId);
            auto changes = m_ws.releases().changeRequests(d.releaseId);
            if (!release || !changes)
                return release ? changes.error() : release.error();
            m_releases.insert(d.releaseId, *release);
            m_changes.insert(d.releaseId, *changes);
        }
        return {};
    }

    QList<NotesSection> sections() {
        QList<NotesSection> result{deployed()};
        if (m_forService) {
            if (NotesSection failures = failed(); !failures.blocks.isEmpty())
                result.append(failures);
        }
        for (const auto &[key, kind] :
             {std::pair{u"new"_s, ChangeKind::Feature}, std::pair{u"improved"_s, ChangeKind::Improvement},
              std::pair{u"fixed"_s, ChangeKind::Fix}}) {
            NotesSection s{headingIn(m_template, key), {}, key};
            QStringList lines;
            for (Id releaseId : std::as_const(m_order)) {
                for (const QString &line : changeLines(m_changes.value(releaseId), kind, m_template, m_warnings))
                    lines.append(tr("%1 (%2)").arg(line, m_releases.value(releaseId).name));
            }
            if (!lines.isEmpty()) {
                s.blocks.append(NotesBlock::bullets(lines));
                result.append(s);
            }
        }
        QStringList actions;
        for (Id releaseId : std::as_const(m_order)) {
            for (const QString &line : userActionLines(m_changes.value(releaseId)))
                actions.append(tr("%1 (%2)").arg(line, m_releases.value(releaseId).name));
        }
        if (!actions.isEmpty())
            result.append(NotesSection{
                headingIn(m_template, u"user_actions"_s), {NotesBlock::bullets(actions)}, u"user_actions"_s});
        return result;
    }

    const QStringList &warnings() const { return m_warnings; }
    qsizetype releaseCount() const { return m_order.size(); }

private:
    NotesSection deployed() const {
        NotesSection s{tr("Releases deployed"), {}, u"deployments"_s};
        QList<QStringList> rows;
        for (const Deployment &d : m_deployments) {
            const Release &r = m_releases[d.releaseId];
            QStringList row{moment(ranAt(d)), r.name, r.version};
            if (m_forService)
                row.append(labelOf(d.outcome) + (d.emergency ? tr(" (emergency)") : QString()));
            rows.append(row);
        }
        QStringList header{tr("When"), tr("Release"), tr("Version")};
        if (m_forService)
            header.append(tr("Outcome"));
        s.blocks.append(rows.isEmpty() ? NotesBlock::paragraph(tr("Nothing was deployed in this period."))
                                       : NotesBlock::tableOf(header, rows));
        return s;
    }

    NotesSection failed() const {
        NotesSection s{tr("Deployments that failed or were rolled back"), {}, u"failures"_s};
        for (const Deployment &d : m_deployments) {
            if (d.isFailure())
                s.blocks.append(
                    NotesBlock::notice(tr("%1 %2 at %3: %4")
                                           .arg(m_releases[d.releaseId].name, labelOf(d.outcome), moment(ranAt(d)),
                                                d.notes.isEmpty() ? tr("no notes") : d.notes)));
        }
        return s;
    }

    Workspace &m_ws;
    NotesTemplate m_template;
    bool m_forService;
    QList<Deployment> m_deployments;
    QHash<Id, Release> m_releases;
    QList<Id> m_order; ///< releases in the order they first went in successfully
    QHash<Id, QList<ChangeRequest>> m_changes;
    QStringList m_warnings;
};

} // namespace

Result<RollupRange> rangeOfDays(Id environmentId, const QDate &fromDay, const QDate &toDay) {
    if (!fromDay.isValid() || !toDay.isValid() || toDay < fromDay)
        return makeError(ErrorCode::Invalid,
                         tr("The period runs backwards: %1 is after %2. Give the earlier day first.")
                             .arg(fromDay.toString(Qt::ISODate), toDay.toString(Qt::ISODate)));
    return RollupRange{environmentId, fromDay.startOfDay(Qt::UTC).addMSecs(-1),
                       toDay.addDays(1).startOfDay(Qt::UTC).addMSecs(-1)};
}

Result<RollupRange> rangeBetweenDeployments(Workspace &workspace, Id first, Id last) {
    auto a = workspace.deployments().deployment(first);
    auto b = workspace.deployments().deployment(last);
    if (!a)
        return a.error();
    if (!b)
        return b.error();
    if (a->environmentId != b->environmentId)
        return makeError(
            ErrorCode::Invalid,
            tr("Deployments #%1 and #%2 went to different environments; a roll-up covers one.").arg(first).arg(last));
    for (const Deployment *d : {&*a, &*b}) {
        if (!ranAt(*d).isValid())
            return makeError(ErrorCode::Invalid,
                             tr("Deployment #%1 has not run yet, so it cannot bound a roll-up.").arg(d->id));
    }
    if (ranAt(*b) < ranAt(*a))
        return makeError(ErrorCode::Invalid,
                         tr("Deployment #%1 ran before #%2: give the earlier one first.").arg(last).arg(first));
    return RollupRange{a->environmentId, ranAt(*a), ranAt(*b)};
}

Result<NotesDocument> buildRollup(Workspace &workspace, const RollupRange &range, Audience audience,
                                  const QDate &today) {
    if (audience != Audience::Customer && audience != Audience::Service)
        return makeError(ErrorCode::Invalid, tr("Roll-up notes are written for customers or for service management."));
    auto environment = workspace.directory().environment(range.environmentId);
    if (!environment)
        return environment.error();
    auto notesTemplate = templateFor(workspace.notesTemplates(), audienceKey(audience));
    auto branding = brandingOf(workspace.notesTemplates());
    if (!notesTemplate)
        return notesTemplate.error();
    if (!branding)
        return branding.error();
    RollupBuilder builder(workspace, *notesTemplate, audience == Audience::Service);
    if (auto r = builder.load(range); !r)
        return r.error();
    NotesDocument doc;
    doc.title = audience == Audience::Customer ? tr("What changed") : tr("Changes deployed");
    doc.release = environment->name;
    doc.date = today;
    const QString period = u"%1 \u2013 %2"_s.arg(range.from.addMSecs(1).toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                                                 range.to.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    doc.sections = builder.sections();
    doc.titleFacts = {{tr("Period"), period},
                      {tr("Releases"), QString::number(builder.releaseCount())},
                      {tr("Date"), today.toString(Qt::ISODate)}};
    if (shows(*notesTemplate, u"audit_head"_s)) {
        auto head = workspace.auditLog().head();
        doc.auditHead = head ? *head : QString();
    }
    doc.look = lookOf(*branding, *notesTemplate);
    doc.warnings = builder.warnings();
    return doc;
}

} // namespace relm::notes
