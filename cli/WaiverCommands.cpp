#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/WaiverChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "storage/AcceptanceStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// The release named by the first word, with its waivers.
Result<std::pair<Release, QList<FindingWaiver>>> releaseWithWaivers(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return release.error();
    auto waivers = cli.workspace().acceptance().waivers(release->id);
    if (!waivers)
        return waivers.error();
    return std::pair{*release, *waivers};
}

} // namespace

int waiverAdd(CliContext &cli) {
    if (cli.words().size() < 3)
        return cli.usage(tr("waiver add needs a release and a finding key (shown by \u201Cpackage check\u201D)."));
    if (!cli.isSet(u"reason"_s))
        return cli.usage(tr("waiver add needs --reason: why the finding may be accepted."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    WaiveFinding change(release->id, cli.word(2), cli.option(u"reason"_s));
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    cli.out() << tr("Waived for %1: %2").arg(release->name, change.waiver().finding) << Qt::endl;
    return ExitOk;
}

int waiverWithdraw(CliContext &cli) {
    if (cli.words().size() < 3)
        return cli.usage(tr("waiver withdraw needs a release and a finding key (shown by \u201Cwaiver list\u201D)."));
    auto found = releaseWithWaivers(cli);
    if (!found)
        return cli.fail(found.error());
    const auto &[release, waivers] = *found;
    for (const FindingWaiver &w : waivers) {
        if (w.findingKey != cli.word(2))
            continue;
        WithdrawWaiver change(w);
        if (auto r = cli.workspace().apply(change); !r)
            return cli.fail(r.error());
        cli.out() << tr("Withdrew the waiver of: %1").arg(w.finding) << Qt::endl;
        return ExitOk;
    }
    return cli.fail(makeError(ErrorCode::NotFound, tr("%1 has no waiver for %2.").arg(release.name, cli.word(2))));
}

int waiverList(CliContext &cli) {
    auto found = releaseWithWaivers(cli);
    if (!found)
        return cli.fail(found.error());
    const auto &[release, waivers] = *found;
    if (cli.json()) {
        QJsonArray array;
        for (const FindingWaiver &w : waivers)
            array.append(json::toJson(w));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Finding"), tr("Waived by"), tr("When (UTC)"), tr("Reason"), tr("Key")});
    for (const FindingWaiver &w : waivers)
        table.addRow({w.finding, u"%1 (%2)"_s.arg(w.printedName, labelOf(w.role)),
                      w.waivedAt.toString(u"yyyy-MM-dd HH:mm"_s), w.reason, w.findingKey});
    table.print(cli.out());
    return ExitOk;
}

} // namespace relm::cli
