#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// Applies the options a risk command may carry to a risk; an error names the bad option.
Result<void> applyOptions(CliContext &cli, Risk &risk) {
    for (const auto &[option, field] :
         {std::pair{u"likelihood"_s, &risk.likelihood}, std::pair{u"impact"_s, &risk.impact}}) {
        if (!cli.isSet(option))
            continue;
        bool ok = false;
        *field = cli.option(option).toInt(&ok);
        if (!ok)
            return makeError(ErrorCode::Invalid, tr("--%1 takes a rating from 1 to 5.").arg(option));
    }
    for (const auto &[option, field] :
         {std::pair{u"category"_s, &risk.category}, std::pair{u"mitigation"_s, &risk.mitigation},
          std::pair{u"contingency"_s, &risk.contingency}, std::pair{u"description"_s, &risk.description}}) {
        if (cli.isSet(option))
            *field = cli.option(option);
    }
    if (cli.isSet(u"status"_s)) {
        auto status = riskStatusFromKey(cli.option(u"status"_s));
        if (!status)
            return makeError(ErrorCode::Invalid, tr("--status is open, mitigating, accepted or closed."));
        risk.status = *status;
    }
    if (cli.isSet(u"review"_s)) {
        auto date = validation::parseDate(cli.option(u"review"_s), u"--review"_s);
        if (!date)
            return date.error();
        risk.reviewDate = *date;
    }
    if (cli.isSet(u"owner"_s)) {
        auto owner = cli.workspace().directory().personByLogin(cli.option(u"owner"_s));
        if (!owner)
            return owner.error();
        risk.ownerId = owner->id;
    }
    if (cli.isSet(u"task"_s)) {
        bool found = false;
        if (auto tasks = cli.workspace().plan().tasks(risk.releaseId)) {
            for (const PlanTask &t : *tasks) {
                if (t.name.compare(cli.option(u"task"_s), Qt::CaseInsensitive) == 0) {
                    risk.taskId = t.id;
                    found = true;
                }
            }
        }
        if (!found)
            return makeError(ErrorCode::NotFound,
                             tr("The release has no task named \u201C%1\u201D.").arg(cli.option(u"task"_s)));
    }
    if (cli.isSet(u"delay"_s)) {
        static const QRegularExpression pattern(u"^(\\d+(?:\\.\\d+)?)\\s*([hdw]?)$"_s);
        const auto match = pattern.match(cli.option(u"delay"_s).trimmed().toLower());
        if (!match.hasMatch())
            return makeError(ErrorCode::Invalid, tr("--delay takes working time such as 2d or 6h."));
        const QString unit = match.captured(2);
        const double minutes = match.captured(1).toDouble() * (unit == u"h"_s ? 60 : unit == u"w"_s ? 2400 : 480);
        risk.expectedDelay = qint64(std::min(minutes, 1e13)); // far beyond a plan: refused by the risk rules
    }
    return {};
}

QJsonObject riskJson(const Risk &r, const QDate &today) {
    QJsonObject object = json::toJson(r);
    object.insert(u"review_overdue"_s, r.reviewOverdue(today));
    return object;
}

} // namespace

int riskAdd(CliContext &cli) {
    if (!cli.isSet(u"likelihood"_s) || !cli.isSet(u"impact"_s))
        return cli.usage(tr("risk add needs --likelihood and --impact, each a rating from 1 to 5: how likely the "
                            "risk is, and how bad it would be."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    Risk risk;
    risk.releaseId = release->id;
    risk.title = cli.word(2);
    risk.ownerId = cli.workspace().actingPerson().id;
    if (auto r = applyOptions(cli, risk); !r)
        return cli.fail(r.error());
    CreateRecord<Risk> create(risk);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    cli.out() << tr("Added risk #%1 \u201C%2\u201D (exposure %3, %4).")
                     .arg(create.record().id)
                     .arg(risk.title)
                     .arg(risk.exposure())
                     .arg(riskBandLabel(risk.band()))
              << Qt::endl;
    return ExitOk;
}

int riskList(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto risks = cli.workspace().risks().risks(release->id);
    if (!risks)
        return cli.fail(risks.error());
    const QDate today = QDate::currentDate();
    if (cli.json()) {
        QJsonArray array;
        for (const Risk &r : *risks)
            array.append(riskJson(r, today));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Risk"), tr("L"), tr("I"), tr("Exposure"), tr("Status"), tr("Review")});
    for (const Risk &r : *risks)
        table.addRow({QString::number(r.id), r.title, QString::number(r.likelihood), QString::number(r.impact),
                      u"%1 %2"_s.arg(r.exposure()).arg(riskBandLabel(r.band())), riskStatusLabel(r.status),
                      r.reviewDate.toString(Qt::ISODate) + (r.reviewOverdue(today) ? tr(" (overdue)") : QString())});
    table.print(cli.out());
    return ExitOk;
}

int riskSet(CliContext &cli) {
    bool ok = false;
    const Id id = cli.word(1).toLongLong(&ok);
    if (!ok)
        return cli.usage(tr("risk set takes the risk's number (see risk list)."));
    auto risk = cli.workspace().risks().risk(id);
    if (!risk)
        return cli.fail(risk.error());
    Risk updated = *risk;
    if (auto r = applyOptions(cli, updated); !r)
        return cli.fail(r.error());
    if (updated == *risk) {
        cli.out() << tr("Nothing to change.") << Qt::endl;
        return ExitOk;
    }
    EditRecord<Risk> edit(*risk, updated);
    if (auto r = cli.workspace().apply(edit); !r)
        return cli.fail(r.error());
    cli.out()
        << tr("Updated risk #%1 (exposure %2, %3).").arg(id).arg(updated.exposure()).arg(riskBandLabel(updated.band()))
        << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli
