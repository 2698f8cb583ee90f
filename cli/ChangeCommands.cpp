#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/ChangeRequestChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "import/ChangeImport.h"
#include "storage/ReleaseStore.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// The names of the releases that deliver a change, in planned order.
QStringList releaseNames(Workspace &ws, const ChangeRequest &change) {
    QStringList names;
    for (Id id : change.releaseIds) {
        if (auto release = ws.releases().release(id))
            names.append(release->name);
    }
    return names;
}

QJsonObject changeJson(Workspace &ws, const ChangeRequest &change) {
    QJsonObject object = json::toJson(change);
    object.insert(u"release_names"_s, QJsonArray::fromStringList(releaseNames(ws, change)));
    return object;
}

/// Applies the options of change add/set; a malformed value gives the usage message to print.
std::optional<QString> applyOptions(CliContext &cli, ChangeRequest &change) {
    if (cli.isSet(u"kind"_s)) {
        const auto kind = fromKey<ChangeKind>(cli.option(u"kind"_s));
        if (!kind)
            return tr("--kind is feature, improvement or fix.");
        change.kind = *kind;
    }
    if (cli.isSet(u"status"_s)) {
        const auto status = fromKey<ChangeStatus>(cli.option(u"status"_s));
        if (!status)
            return tr("--status of a change is proposed, approved, in_progress, implemented or rejected.");
        change.status = *status;
    }
    for (const auto &[option, field] :
         {std::pair{u"title"_s, &change.title}, std::pair{u"summary"_s, &change.publicSummary},
          std::pair{u"detail"_s, &change.description}, std::pair{u"action"_s, &change.userAction}}) {
        if (cli.isSet(option))
            *field = cli.option(option);
    }
    return std::nullopt;
}

/// The change request and the release named by words 1 and 2 (change link/unlink).
Result<std::pair<ChangeRequest, Release>> changeAndRelease(CliContext &cli) {
    auto change = cli.workspace().releases().changeRequestByReference(cli.word(1));
    if (!change)
        return change.error();
    auto release = cli.workspace().releases().releaseByName(cli.word(2));
    if (!release)
        return release.error();
    return std::pair{*change, *release};
}

int link(CliContext &cli, LinkChangeRequest::Mode mode) {
    if (cli.words().size() < 3)
        return cli.usage(tr("Name the change request and the release, e.g. \u201C"
                            "change link RFC-1042 2026.4\u201D."));
    auto found = changeAndRelease(cli);
    if (!found)
        return cli.fail(found.error());
    LinkChangeRequest change(mode, found->first, found->second);
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    cli.out() << change.text() << Qt::endl;
    return ExitOk;
}

} // namespace

int changeAdd(CliContext &cli) {
    if (cli.word(1).isEmpty() || !cli.isSet(u"title"_s))
        return cli.usage(tr("change add needs the reference (the id in your change system) and --title."));
    ChangeRequest change;
    change.reference = cli.word(1);
    change.createdAt = cli.workspace().clock()();
    if (auto message = applyOptions(cli, change))
        return cli.usage(*message);
    for (const QString &name : cli.parser().values(u"release"_s)) {
        auto release = cli.workspace().releases().releaseByName(name);
        if (!release)
            return cli.fail(release.error());
        change.releaseIds.append(release->id);
    }
    CreateRecord<ChangeRequest> create(change);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    const QStringList names = releaseNames(cli.workspace(), create.record());
    cli.out() << (names.isEmpty() ? tr("Added %1 \u201C%2\u201D.").arg(change.reference, change.title)
                                  : tr("Added %1 \u201C%2\u201D, delivered by %3.")
                                        .arg(change.reference, change.title, names.join(u", "_s)))
              << Qt::endl;
    return ExitOk;
}

int changeList(CliContext &cli) {
    Id releaseId = 0;
    if (cli.isSet(u"release"_s)) {
        auto release = cli.workspace().releases().releaseByName(cli.option(u"release"_s));
        if (!release)
            return cli.fail(release.error());
        releaseId = release->id;
    }
    auto changes = cli.workspace().releases().changeRequests(releaseId);
    if (!changes)
        return cli.fail(changes.error());
    if (cli.json()) {
        QJsonArray array;
        for (const ChangeRequest &c : *changes)
            array.append(changeJson(cli.workspace(), c));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Reference"), tr("Kind"), tr("Status"), tr("Title"), tr("Releases")});
    for (const ChangeRequest &c : *changes)
        table.addRow(
            {c.reference, labelOf(c.kind), labelOf(c.status), c.title, releaseNames(cli.workspace(), c).join(u", "_s)});
    table.print(cli.out());
    return ExitOk;
}

int changeShow(CliContext &cli) {
    auto change = cli.workspace().releases().changeRequestByReference(cli.word(1));
    if (!change)
        return cli.fail(change.error());
    if (cli.json()) {
        cli.printJson(changeJson(cli.workspace(), *change));
        return ExitOk;
    }
    const QString none = tr("(none)");
    const QList<std::pair<QString, QString>> lines = {
        {tr("Reference"), change->reference},
        {tr("Title"), change->title},
        {tr("Kind"), labelOf(change->kind)},
        {tr("Status"), labelOf(change->status)},
        {tr("Public summary"), change->publicSummary.isEmpty() ? none : change->publicSummary},
        {tr("Users need to"), change->userAction.isEmpty() ? none : change->userAction},
        {tr("Internal detail"), change->description.isEmpty() ? none : change->description},
        {tr("Delivered by"),
         change->releaseIds.isEmpty() ? none : releaseNames(cli.workspace(), *change).join(u", "_s)},
        {tr("Created"), change->createdAt.toString(Qt::ISODate)}};
    for (const auto &[label, value] : lines)
        cli.out() << label << u": "_s << value << Qt::endl;
    return ExitOk;
}

int changeSet(CliContext &cli) {
    auto change = cli.workspace().releases().changeRequestByReference(cli.word(1));
    if (!change)
        return cli.fail(change.error());
    ChangeRequest updated = *change;
    if (auto message = applyOptions(cli, updated))
        return cli.usage(*message);
    if (updated == *change) {
        cli.out() << tr("Nothing to change.") << Qt::endl;
        return ExitOk;
    }
    EditRecord<ChangeRequest> edit(*change, updated);
    if (auto r = cli.workspace().apply(edit); !r)
        return cli.fail(r.error());
    cli.out() << tr("Updated %1.").arg(updated.reference) << Qt::endl;
    return ExitOk;
}

int changeRemove(CliContext &cli) {
    auto change = cli.workspace().releases().changeRequestByReference(cli.word(1));
    if (!change)
        return cli.fail(change.error());
    RemoveRecord<ChangeRequest> remove(*change);
    if (auto r = cli.workspace().apply(remove); !r)
        return cli.fail(r.error());
    cli.out() << tr("Removed %1.").arg(change->reference) << Qt::endl;
    return ExitOk;
}

int changeLink(CliContext &cli) {
    return link(cli, LinkChangeRequest::Mode::Link);
}

int changeUnlink(CliContext &cli) {
    return link(cli, LinkChangeRequest::Mode::Unlink);
}

int changeImport(CliContext &cli) {
    if (cli.word(1).isEmpty())
        return cli.usage(tr("change import needs a CSV file."));
    QFile file(cli.word(1));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(makeError(ErrorCode::Storage, tr("Cannot read %1: %2").arg(cli.word(1), file.errorString())));
    Id releaseId = 0;
    if (cli.isSet(u"release"_s)) {
        auto release = cli.workspace().releases().releaseByName(cli.option(u"release"_s));
        if (!release)
            return cli.fail(release.error());
        releaseId = release->id;
    }
    auto import = prepareChangeImport(cli.workspace(), file.read(16 * 1024 * 1024), releaseId);
    if (!import)
        return cli.fail(import.error());
    if (import->change) {
        if (auto r = cli.workspace().apply(*import->change); !r)
            return cli.fail(r.error());
    }
    cli.out() << tr("Imported change requests: %1.").arg(import->summary()) << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli
