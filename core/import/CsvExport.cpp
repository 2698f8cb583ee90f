#include "CsvExport.h"

#include "changes/Workspace.h"
#include "domain/Risk.h"
#include "schedule/WorkTimeText.h"
#include "storage/CatalogueStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

using Rows = QList<QStringList>;

QString relations(const ComponentVersion &v, VersionRelation::Kind kind) {
    QStringList entries;
    for (const VersionRelation &r : v.relations) {
        if (r.kind == kind)
            entries.append(r.range.isEmpty() ? r.component : r.component + u' ' + r.range);
    }
    return entries.join(u" | "_s);
}

Result<QHash<Id, QString>> loginsById(Workspace &workspace) {
    auto people = workspace.directory().people();
    if (!people)
        return people.error();
    QHash<Id, QString> logins;
    for (const Person &p : *people)
        logins.insert(p.id, p.login);
    return logins;
}

Result<Rows> componentRows(Workspace &workspace) {
    auto components = workspace.catalogue().components();
    if (!components)
        return components.error();
    Rows rows;
    for (const Component &c : *components)
        rows.append({c.name, keyOf(c.kind), c.ownerLogin, c.description, formatFlag(c.retired)});
    return rows;
}

Result<Rows> versionRows(Workspace &workspace) {
    auto versions = workspace.catalogue().versions();
    if (!versions)
        return versions.error();
    Rows rows;
    rows.reserve(versions->size());
    for (const ComponentVersion &v : *versions)
        rows.append({v.componentName, v.version, v.sha256, v.sourceRef, formatFlag(v.retired),
                     relations(v, VersionRelation::Kind::Requires), relations(v, VersionRelation::Kind::Conflicts)});
    return rows;
}

/// Tasks with every phase before its own tasks, otherwise in the schedule's order.
QList<PlanTask> phasesFirst(const QList<PlanTask> &tasks) {
    QHash<Id, qsizetype> indexOf;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        indexOf.insert(tasks.at(i).id, i);
    QList<PlanTask> ordered;
    ordered.reserve(tasks.size());
    QList<bool> placed(tasks.size(), false);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QList<qsizetype> chain; // the task and those of its phases not placed yet, innermost first
        for (qsizetype at = i; at >= 0 && !placed.at(at) && !chain.contains(at);
             at = indexOf.value(tasks.at(at).parentId, -1))
            chain.append(at);
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            placed[*it] = true;
            ordered.append(tasks.at(*it));
        }
    }
    return ordered;
}

Result<Rows> taskRows(Workspace &workspace, const ExportOptions &options) {
    auto tasks = workspace.plan().tasks(options.releaseId);
    if (!tasks)
        return tasks.error();
    auto links = workspace.plan().links(options.releaseId);
    if (!links)
        return links.error();
    auto environments = workspace.directory().environments();
    if (!environments)
        return environments.error();
    QHash<Id, QString> names;
    for (const PlanTask &t : *tasks)
        names.insert(t.id, t.name);
    QHash<Id, QString> environmentNames;
    for (const Environment &e : *environments)
        environmentNames.insert(e.id, e.name);
    QHash<Id, QStringList> predecessors;
    for (const PlanLink &l : *links) {
        if (l.type == LinkType::FinishToStart && l.lag == 0 && !l.lagIsPercent && names.contains(l.predecessorId) &&
            names.contains(l.successorId))
            predecessors[l.successorId].append(names.value(l.predecessorId));
    }
    const auto date = [&](const PlanTask &t, ConstraintType type) {
        return t.constraint == type ? t.constraintDate.date().toString(options.formats.dateFormat) : QString();
    };
    const auto estimate = [](qint64 minutes) {
        return minutes < 0 ? QString() : work_time::format(minutes);
    };
    Rows rows;
    rows.reserve(tasks->size());
    for (const PlanTask &t : phasesFirst(*tasks))
        rows.append({t.name, work_time::format(t.duration), formatFlag(t.milestone), names.value(t.parentId),
                     predecessors.value(t.id).join(u" | "_s), date(t, ConstraintType::StartNoEarlierThan),
                     date(t, ConstraintType::FinishNoLaterThan), QString::number(t.percentComplete),
                     formatFlag(t.deployment), environmentNames.value(t.environmentId), estimate(t.optimistic),
                     estimate(t.pessimistic)});
    return rows;
}

Result<Rows> riskRows(Workspace &workspace, const ExportOptions &options) {
    auto risks = workspace.risks().risks(options.releaseId);
    if (!risks)
        return risks.error();
    auto logins = loginsById(workspace);
    if (!logins)
        return logins.error();
    auto tasks = workspace.plan().taskNames(options.releaseId);
    if (!tasks)
        return tasks.error();
    QHash<Id, QString> taskNames;
    for (const auto &[id, name] : *tasks)
        taskNames.insert(id, name);
    Rows rows;
    for (const Risk &r : *risks)
        rows.append({r.title, r.description, r.category, QString::number(r.likelihood), QString::number(r.impact),
                     logins->value(r.ownerId), r.mitigation, r.contingency, riskStatusKey(r.status),
                     r.reviewDate.isValid() ? r.reviewDate.toString(options.formats.dateFormat) : QString(),
                     taskNames.value(r.taskId), r.expectedDelay > 0 ? work_time::format(r.expectedDelay) : QString()});
    return rows;
}

Result<Rows> changeRows(Workspace &workspace, const ExportOptions &options) {
    auto changes = workspace.releases().changeRequests(options.releaseId);
    if (!changes)
        return changes.error();
    auto releases = workspace.releases().releases();
    if (!releases)
        return releases.error();
    QHash<Id, QString> releaseNames;
    for (const Release &r : *releases)
        releaseNames.insert(r.id, r.name);
    Rows rows;
    for (const ChangeRequest &c : *changes) {
        QStringList delivered;
        for (Id id : c.releaseIds)
            delivered.append(releaseNames.value(id));
        rows.append({c.reference, c.title, keyOf(c.kind), keyOf(c.status), c.publicSummary, c.description, c.userAction,
                     delivered.join(u" | "_s)});
    }
    return rows;
}

Result<Rows> rowsOf(Workspace &workspace, RecordKind kind, const ExportOptions &options) {
    switch (kind) {
    case RecordKind::Components:
        return componentRows(workspace);
    case RecordKind::Versions:
        return versionRows(workspace);
    case RecordKind::Tasks:
        return taskRows(workspace, options);
    case RecordKind::Risks:
        return riskRows(workspace, options);
    case RecordKind::Changes:
        break;
    }
    return changeRows(workspace, options);
}

} // namespace

QString csvLine(const QStringList &fields, QChar delimiter) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n') ||
                                 field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
        quoted.append(needsQuotes ? u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"' : field);
    }
    return quoted.join(delimiter);
}

Result<ExportedCsv> exportRecords(Workspace &workspace, RecordKind kind, const ExportOptions &options) {
    if (needsRelease(kind) && options.releaseId == 0)
        return makeError(ErrorCode::Invalid,
                         tr("%1 belong to a release: name the release to export them from.").arg(labelOf(kind)));
    auto rows = rowsOf(workspace, kind, options);
    if (!rows)
        return rows.error();
    QStringList header;
    for (const Field &field : fieldsOf(kind))
        header.append(field.key);
    QString text = csvLine(header, options.delimiter) + u"\r\n"_s;
    for (const QStringList &row : std::as_const(*rows))
        text += csvLine(row, options.delimiter) + u"\r\n"_s;
    return ExportedCsv{text.toUtf8(), int(rows->size())};
}

} // namespace relm::csv
