#include "ChangeImport.h"

#include "changes/ChangeRequestChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "import/CsvReader.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ChangeImport", text);
}

/// The columns Relm reads, with the other names spreadsheets commonly give them.
const QList<std::pair<QString, QStringList>> columnNames = {
    {u"reference"_s, {u"reference"_s, u"ref"_s, u"id"_s, u"key"_s}},
    {u"title"_s, {u"title"_s, u"name"_s}},
    {u"kind"_s, {u"kind"_s, u"type"_s}},
    {u"status"_s, {u"status"_s, u"state"_s}},
    {u"summary"_s, {u"summary"_s, u"public_summary"_s, u"public summary"_s}},
    {u"detail"_s, {u"detail"_s, u"description"_s, u"internal detail"_s}},
    {u"action"_s, {u"action"_s, u"user_action"_s, u"user action"_s}},
    {u"releases"_s, {u"releases"_s, u"release"_s}},
};

Result<QHash<QString, int>> columnsOf(const QStringList &header) {
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        for (const auto &[column, names] : columnNames) {
            if (names.contains(name) && !columns.contains(column))
                columns.insert(column, i);
        }
    }
    for (const QString &required : {u"reference"_s, u"title"_s}) {
        if (!columns.contains(required))
            return makeError(ErrorCode::Invalid,
                             tr("The first line must name the columns, with at least \u201Creference\u201D and "
                                "\u201Ctitle\u201D; it has: %1.")
                                 .arg(header.join(u", "_s)));
    }
    return columns;
}

Error rowError(int row, const QString &reference, const QString &message) {
    return makeError(ErrorCode::Invalid, reference.isEmpty() ? tr("Line %1: %2").arg(row).arg(message)
                                                             : tr("Line %1 (%2): %3").arg(row).arg(reference, message));
}

} // namespace

QString ChangeImport::summary() const {
    return tr("%1 new, %2 updated, %3 links added, %4 unchanged").arg(created).arg(updated).arg(linked).arg(unchanged);
}

Result<ChangeImport> prepareChangeImport(Workspace &workspace, const QByteArray &csv, Id releaseId) {
    auto records = csv::read(csv);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorCode::Invalid, tr("The file is empty: it needs a header line and one line per change."));
    auto columns = columnsOf(records->constFirst());
    if (!columns)
        return columns.error();
    auto releases = workspace.releases().releases();
    if (!releases)
        return releases.error();
    QHash<QString, Release> releaseByName;
    for (const Release &r : *releases)
        releaseByName.insert(r.name.toLower(), r);
    Release fallback;
    if (releaseId) {
        auto release = workspace.releases().release(releaseId);
        if (!release)
            return release.error();
        fallback = *release;
    }

    ChangeImport result;
    result.change = std::make_unique<CompositeChange>(tr("Import change requests"));
    QSet<QString> seen;
    for (int i = 1; i < records->size(); ++i) {
        const QStringList &record = records->at(i);
        const int line = i + 1;
        const auto cell = [&](const QString &column) {
            return columns->contains(column) ? record.value(columns->value(column)).trimmed() : QString();
        };
        const QString reference = cell(u"reference"_s);
        if (seen.contains(reference.toLower()))
            return rowError(line, reference, tr("the reference appears twice in the file."));
        seen.insert(reference.toLower());

        auto existing = workspace.releases().changeRequestByReference(reference);
        if (!existing && existing.error().code != ErrorCode::NotFound)
            return existing.error();
        const bool known = bool(existing);
        ChangeRequest change = known ? *existing : ChangeRequest{};
        change.reference = reference;
        change.title = cell(u"title"_s);
        if (!known)
            change.createdAt = workspace.clock()();
        if (const QString kind = cell(u"kind"_s); !kind.isEmpty()) {
            const auto value = fromKey<ChangeKind>(kind);
            if (!value)
                return rowError(line, reference,
                                tr("kind \u201C%1\u201D is not feature, improvement or fix.").arg(kind));
            change.kind = *value;
        }
        if (const QString status = cell(u"status"_s); !status.isEmpty()) {
            const auto value = fromKey<ChangeStatus>(status);
            if (!value)
                return rowError(line, reference,
                                tr("status \u201C%1\u201D is not proposed, approved, in_progress, implemented or "
                                   "rejected.")
                                    .arg(status));
            change.status = *value;
        }
        for (const auto &[column, field] :
             {std::pair{u"summary"_s, &change.publicSummary}, std::pair{u"detail"_s, &change.description},
              std::pair{u"action"_s, &change.userAction}}) {
            if (columns->contains(column))
                *field = cell(column);
        }
        if (auto r = validation::check(change); !r)
            return rowError(line, reference, r.errorMessage());

        QList<Release> targets;
        if (releaseId)
            targets.append(fallback);
        for (const QString &name : cell(u"releases"_s).split(u'|', Qt::SkipEmptyParts)) {
            const auto found = releaseByName.constFind(name.trimmed().toLower());
            if (found == releaseByName.cend())
                return rowError(line, reference,
                                tr("there is no release \u201C%1\u201D (release names are as the portfolio shows "
                                   "them, separated by \u201C|\u201D).")
                                    .arg(name.trimmed()));
            if (!std::any_of(targets.cbegin(), targets.cend(), [&](const Release &r) { return r.id == found->id; }))
                targets.append(*found);
        }

        if (!known) {
            for (const Release &r : targets)
                change.releaseIds.append(r.id);
            result.change->add(std::make_unique<CreateRecord<ChangeRequest>>(change));
            ++result.created;
            result.linked += int(targets.size());
            continue;
        }
        if (change != *existing) {
            result.change->add(std::make_unique<EditRecord<ChangeRequest>>(*existing, change));
            ++result.updated;
        } else {
            ++result.unchanged;
        }
        for (const Release &r : targets) {
            if (!existing->releaseIds.contains(r.id)) {
                result.change->add(std::make_unique<LinkChangeRequest>(LinkChangeRequest::Mode::Link, change, r));
                ++result.linked;
            }
        }
    }
    if (result.change->isEmpty())
        result.change.reset();
    return result;
}

} // namespace relm
