#include "CliApp.h"

#include "CliCommands.h"
#include "CliContext.h"
#include "PlanFileCommands.h"
#include "ServerCommands.h"
#include "TransferCommands.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// An option given more than once ("--start A --start B"): the first such, as typed; empty when
/// none. Only the options a command reads as a list may repeat: the releases of "change add", the
/// predecessors of "task add" (--after) and the headings of "template set".
QString repeatedOption(const QCommandLineParser &parser) {
    const QStringList words = parser.positionalArguments().mid(0, 2);
    QStringList repeatable;
    if (words == QStringList{u"change"_s, u"add"_s})
        repeatable = {u"release"_s};
    else if (words == QStringList{u"task"_s, u"add"_s})
        repeatable = {u"after"_s};
    else if (words == QStringList{u"template"_s, u"set"_s})
        repeatable = {u"heading"_s};
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name))
            return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        seen.append(name);
    }
    return {};
}

struct Command {
    QStringList words; ///< e.g. {"release", "show"}
    const char *synopsis;
    int (*run)(CliContext &);
    bool createsDatabase = false; ///< init: a new file is created empty, not seeded
    bool opensDatabase = true;    ///< false: the command makes its own database (a restore)
};

const QList<Command> &commands() {
    static const QList<Command> list = {
        {{u"init"_s}, "init [--demo]                  create a database (with demo data when asked)", &cli::init, true},
        {{u"release"_s, u"list"_s}, "release list [--json]", &cli::releaseList},
        {{u"release"_s, u"show"_s}, "release show NAME [--json]", &cli::releaseShow},
        {{u"release"_s, u"create"_s},
         "release create NAME --type TYPE [--start DATE --end DATE] [--owner LOGIN] [--service TEXT] "
         "[--label VERSION] [--description TEXT]",
         &cli::releaseCreate},
        {{u"release"_s, u"set-status"_s}, "release set-status NAME STATUS", &cli::releaseSetStatus},
        {{u"release"_s, u"freeze"_s}, "release freeze NAME", &cli::releaseFreeze},
        {{u"package"_s, u"add"_s}, "package add RELEASE[/PACKAGE] COMPONENT[@VERSION]...", &cli::packageAdd},
        {{u"package"_s, u"remove"_s}, "package remove RELEASE[/PACKAGE] COMPONENT[@VERSION]...", &cli::packageRemove},
        {{u"package"_s, u"check"_s},
         "package check RELEASE [--json]   (exit 1 when there are findings)",
         &cli::packageCheck},
        {{u"build"_s, u"record"_s},
         "build record RELEASE --number N [--outcome succeeded|failed|partial] [--notes TEXT]",
         &cli::buildRecord},
        {{u"build"_s, u"notes"_s}, "build notes RELEASE --number N [--json]", &cli::buildNotes},
        {{u"build"_s, u"list"_s}, "build list RELEASE [--json]", &cli::buildList},
        {{u"schedule"_s, u"conflicts"_s},
         "schedule conflicts [--json]   (plan tasks booking one environment at once; exit 1 when any)",
         &cli::conflictList},
        {{u"schedule"_s, u"export"_s},
         "schedule export RELEASE -o FILE.pdf|FILE.png [--paper A4|A3|Letter|Legal] [--landscape|--portrait] "
         "[--pages-wide N] [--width PIXELS]   (the Gantt chart)",
         &cli::scheduleExport},
        {{u"schedule"_s},
         "schedule RELEASE [--json] | schedule --portfolio [--json] | schedule RELEASE --montecarlo N [--seed S] "
         "[--target DATE] [--json]",
         &cli::schedule},
        {{u"baseline"_s, u"save"_s}, "baseline save RELEASE NAME", &cli::baselineSave},
        {{u"baseline"_s, u"variance"_s}, "baseline variance RELEASE [NAME] [--json]", &cli::baselineVariance},
        {{u"task"_s, u"add"_s},
         "task add RELEASE NAME [--duration 3d] [--milestone] [--phase TASK] [--after TASK]... [--estimate 2d,5d] "
         "[--snet|--snlt|--fnet|--fnlt|--mso|--mfo DATE|--alap] [--deployment] [--emergency] [--env ENV]",
         &cli::taskAdd},
        {{u"link"_s, u"add"_s},
         "link add RELEASE PREDECESSOR SUCCESSOR [--type FS|SS|FF|SF] [--lag 1d|-4h|50%]",
         &cli::linkAdd},
        {{u"link"_s, u"remove"_s}, "link remove RELEASE PREDECESSOR SUCCESSOR", &cli::linkRemove},
        {{u"import"_s, u"mspdi"_s},
         "import mspdi RELEASE FILE.xml [--move-to-release-start] [--json]   (Microsoft Project XML; the plan keeps "
         "its dates unless moved)",
         &cli::importMspdi},
        {{u"import"_s, u"gan"_s},
         "import gan RELEASE FILE.gan [--json]   (GanttProject: tasks, phases, dependencies, calendar; says where "
         "Relm's dates differ from the file's)",
         &cli::importGanttProject},
        {{u"import"_s, u"planner"_s},
         "import planner RELEASE FILE.planner [--json]   (GNOME Planner: tasks, phases, dependencies, calendar; says "
         "where Relm's dates differ from the file's)",
         &cli::importPlanner},
        {{u"import"_s, u"cyclonedx"_s},
         "import cyclonedx RELEASE FILE.json [--package NAME] [--json]   (a CycloneDX 1.4-1.6 SBOM into a package)",
         &cli::importCycloneDx},
        {{u"import"_s, u"spdx"_s},
         "import spdx RELEASE FILE.json [--package NAME] [--json]   (an SPDX 2.2/2.3 SBOM into a package)",
         &cli::importSpdx},
        {{u"server"_s, u"init"_s},
         "server init URL [--demo]   (as the database's owner: Relm's tables, the role relm_app, append-only audit "
         "trail and sign-offs)",
         &cli::serverInit,
         false,
         false},
        {{u"server"_s, u"admit"_s},
         "server admit URL LOGIN [--role ROLE,...]   (lets a server login use Relm as the person of that login)",
         &cli::serverAdmit,
         false,
         false},
        {{u"migrate"_s},
         "migrate --to URL [--json]   (copies this database to an empty one on a PostgreSQL server, checked by each "
         "table's rows, the audit trail and the signatures)",
         &cli::serverMigrate},
        {{u"import"_s, u"json"_s},
         "import json FILE.json --to NEW.db|URL [--json]   (restore a backup into a new database, or an empty one "
         "on a server)",
         &cli::restoreBackup,
         false,
         false},
        {{u"export"_s, u"cyclonedx"_s},
         "export cyclonedx RELEASE [-o FILE.json] [--json]   (the release's content as a CycloneDX 1.5 SBOM)",
         &cli::exportCycloneDx},
        {{u"export"_s, u"json"_s},
         "export json -o FILE.json [--json]   (a backup of the whole database, audit trail and signatures included)",
         &cli::exportBackup},
        {{u"import"_s, u"csv"_s},
         "import csv components|versions|tasks|risks|changes FILE.csv [--release R] [--map field=Column,...] "
         "[--date-format yyyy-MM-dd] [--delimiter ,|;|tab] [--json]   (all or nothing)",
         &cli::importCsv},
        {{u"export"_s, u"csv"_s},
         "export csv components|versions|tasks|risks|changes [--release R] [-o FILE.csv] [--delimiter ,|;|tab] "
         "[--date-format yyyy-MM-dd] [--json]",
         &cli::exportCsv},
        {{u"import"_s},
         "import RELEASE FILE.xml [--move-to-release-start] [--json]   (the same as import mspdi)",
         &cli::importMspdi},
        {{u"export"_s, u"mspdi"_s},
         "export mspdi RELEASE -o FILE.xml [--json]   (the plan and its computed dates as Microsoft Project XML)",
         &cli::exportMspdi},
        {{u"calendar"_s, u"holiday"_s}, "calendar holiday DATE [--calendar NAME]", &cli::calendarHoliday},
        {{u"calendar"_s, u"hours"_s},
         "calendar hours DAYS HOURS [--calendar NAME]   e.g. mon-fri 08:00-12:00,13:00-17:00",
         &cli::calendarHours},
        {{u"freeze"_s, u"add"_s},
         "freeze add NAME --from DATE[THH:MM] --to DATE[THH:MM] [--zone ZONE] [--repeat weekly|monthly|yearly] "
         "[--every N] [--on mon,fri|15|last|-3|3sat] [--until DATE] [--service S,..] [--env E,..] "
         "[--component C,..] [--reason TEXT] [--override-role ROLE] [--maintenance]",
         &cli::freezeAdd},
        {{u"freeze"_s, u"set"_s}, "freeze set NAME [the options of freeze add]", &cli::freezeSet},
        {{u"freeze"_s, u"remove"_s}, "freeze remove NAME", &cli::freezeRemove},
        {{u"freeze"_s, u"list"_s}, "freeze list [--json]", &cli::freezeList},
        {{u"freeze"_s, u"override"_s}, "freeze override NAME DEPLOYMENT-ID --reason TEXT", &cli::freezeOverride},
        {{u"freeze"_s, u"withdraw"_s},
         "freeze withdraw NAME DEPLOYMENT-ID   (takes an override back; the overriding role only)",
         &cli::freezeWithdraw},
        {{u"calendar"_s},
         "calendar [--from DATE] [--to DATE] [--service S] [--env E] [--owner LOGIN] [--json]",
         &cli::calendar},
        {{u"conflicts"_s}, "conflicts [--from DATE] [--to DATE] [--release NAME] [--json]", &cli::conflicts},
        {{u"risk"_s, u"add"_s},
         "risk add RELEASE TITLE --likelihood 1-5 --impact 1-5 [--category C] [--owner LOGIN] [--mitigation T] "
         "[--contingency T] [--review DATE] [--task TASK --delay 2d]",
         &cli::riskAdd},
        {{u"risk"_s, u"list"_s}, "risk list RELEASE [--json]", &cli::riskList},
        {{u"risk"_s, u"set"_s},
         "risk set NUMBER [--status open|mitigating|accepted|closed] [--likelihood N] [--impact N] ...",
         &cli::riskSet},
        {{u"criterion"_s, u"add"_s},
         "criterion add RELEASE DESCRIPTION [--category functional|operational|security|performance|documentation|"
         "training] [--role ROLE] [--evidence-note T] [--evidence-link URL] [--evidence-file PATH]",
         &cli::criterionAdd},
        {{u"criterion"_s, u"list"_s}, "criterion list RELEASE [--json]", &cli::criterionList},
        {{u"criterion"_s, u"set"_s},
         "criterion set NUMBER [--status open|met|not_met|waived] [--reason TEXT] [--evidence-...] ...",
         &cli::criterionSet},
        {{u"policy"_s, u"list"_s}, "policy list [--json]", &cli::policyList},
        {{u"policy"_s, u"set"_s},
         "policy set TYPE [--signoffs change_board:3,test_manager] [--categories functional,security] "
         "[--lead-hours N] [--frozen-baseline yes|no] [--emergency-role ROLE|none]",
         &cli::policySet},
        {{u"gate"_s, u"check"_s},
         "gate check RELEASE [--to STATUS] [--json]   (exit 1 when something is missing)",
         &cli::gateCheck},
        {{u"signoff"_s, u"list"_s}, "signoff list RELEASE [--json]", &cli::signOffList},
        {{u"signoff"_s},
         "signoff RELEASE --role ROLE --as PERSON --meaning reviewed|approved|rejected|authorised [--criterion N] "
         "[--comment TEXT]   (passphrase from $RELM_PASSPHRASE or stdin)",
         &cli::signOff},
        {{u"person"_s, u"set-passphrase"_s},
         "person set-passphrase PERSON   (new passphrase from $RELM_PASSPHRASE or stdin; to replace a key, the "
         "current one first, then the new one or $RELM_NEW_PASSPHRASE)",
         &cli::personSetPassphrase},
        {{u"deploy"_s, u"plan"_s},
         "deploy plan RELEASE --env ENV [--package NAME] [--start DATETIME] [--end DATETIME]",
         &cli::deployPlan},
        {{u"deploy"_s, u"record"_s},
         "deploy record NUMBER --outcome succeeded|failed|partial [--start DATETIME] [--end DATETIME] [--notes T] "
         "[--emergency --reason TEXT]",
         &cli::deployRecord},
        {{u"deploy"_s, u"rollback"_s}, "deploy rollback NUMBER --reason TEXT", &cli::deployRollback},
        {{u"deploy"_s, u"list"_s}, "deploy list [RELEASE] [--json]", &cli::deployList},
        {{u"runbook"_s, u"add"_s},
         "runbook add DEPLOYMENT TITLE [--owner LOGIN] [--minutes N] [--backout] [--point-of-no-return]",
         &cli::runbookAdd},
        {{u"waiver"_s, u"add"_s},
         "waiver add RELEASE FINDING_KEY --reason TEXT   (the key is shown by package check)",
         &cli::waiverAdd},
        {{u"waiver"_s, u"list"_s}, "waiver list RELEASE [--json]", &cli::waiverList},
        {{u"waiver"_s, u"withdraw"_s}, "waiver withdraw RELEASE FINDING_KEY", &cli::waiverWithdraw},
        {{u"runbook"_s, u"done"_s}, "runbook done STEP", &cli::runbookDone},
        {{u"runbook"_s, u"skip"_s}, "runbook skip STEP --reason TEXT", &cli::runbookSkip},
        {{u"runbook"_s, u"reopen"_s}, "runbook reopen STEP", &cli::runbookReopen},
        {{u"runbook"_s, u"list"_s}, "runbook list DEPLOYMENT [--json]", &cli::runbookList},
        {{u"known-error"_s, u"add"_s},
         "known-error add RELEASE TITLE [--symptom T] [--workaround T] [--reference R]",
         &cli::knownErrorAdd},
        {{u"known-error"_s, u"fix"_s}, "known-error fix NUMBER --in RELEASE", &cli::knownErrorFix},
        {{u"known-error"_s, u"list"_s},
         "known-error list RELEASE [--json]   (with those carried forward)",
         &cli::knownErrorList},
        {{u"review"_s, u"set"_s},
         "review set RELEASE [--outcome-text T] [--incidents N] [--incident-notes T] [--sla met|missed] "
         "[--lessons T] [--follow-ups T] [--complete]",
         &cli::reviewSet},
        {{u"review"_s, u"show"_s}, "review show RELEASE [--json]", &cli::reviewShow},
        {{u"change"_s, u"add"_s},
         "change add REFERENCE --title T [--kind feature|improvement|fix] [--status S] [--summary PUBLIC] "
         "[--detail INTERNAL] [--action T] [--release R]...",
         &cli::changeAdd},
        {{u"change"_s, u"list"_s}, "change list [--release R] [--json]", &cli::changeList},
        {{u"change"_s, u"show"_s}, "change show REFERENCE [--json]", &cli::changeShow},
        {{u"change"_s, u"set"_s},
         "change set REFERENCE [--title T] [--kind K] [--status S] [--summary T] [--detail T] [--action T]",
         &cli::changeSet},
        {{u"change"_s, u"remove"_s}, "change remove REFERENCE", &cli::changeRemove},
        {{u"change"_s, u"link"_s}, "change link REFERENCE RELEASE", &cli::changeLink},
        {{u"change"_s, u"unlink"_s}, "change unlink REFERENCE RELEASE", &cli::changeUnlink},
        {{u"change"_s, u"import"_s},
         "change import FILE.csv [--release R]   (columns: reference,title,kind,status,summary,detail,action,releases)",
         &cli::changeImport},
        {{u"notes"_s},
         "notes RELEASE --audience customer|service|technical [--format pdf|html|md] -o FILE | notes --env ENV "
         "--from DATE|#DEPLOYMENT --to DATE|#DEPLOYMENT [--audience customer|service] [--format F] -o FILE",
         &cli::releaseNotes},
        {{u"branding"_s, u"show"_s}, "branding show [--json]", &cli::brandingShow},
        {{u"branding"_s, u"set"_s},
         "branding set [--organisation NAME] [--logo FILE.png|none] [--primary #RRGGBB] [--accent #RRGGBB]",
         &cli::brandingSet},
        {{u"template"_s, u"show"_s},
         "template show AUDIENCE [--json]   (customer, service, technical, cab)",
         &cli::templateShow},
        {{u"template"_s, u"set"_s},
         "template set AUDIENCE [--title T] [--footer T] [--show S,S] [--hide S,S] [--fields F,F] "
         "[--heading SECTION=TEXT]",
         &cli::templateSet},
        {{u"template"_s, u"reset"_s}, "template reset AUDIENCE   (back to Relm's default)", &cli::templateReset},
        {{u"template"_s, u"export"_s},
         "template export -o FILE.json   (every template and the branding)",
         &cli::templateExport},
        {{u"template"_s, u"import"_s}, "template import FILE.json", &cli::templateImport},
        {{u"export"_s, u"ical"_s},
         "export ical [--service S] [--env ENV] [--from DATE] [--to DATE] [-o FILE.ics]   (the change calendar "
         "as iCalendar: deployments, freezes, maintenance windows, meetings, milestones; stdout without -o)",
         &cli::exportICalendar},
        {{u"cab-pack"_s}, "cab-pack RELEASE -o FILE.pdf   (the change board pack)", &cli::changeBoardPack},
        {{u"meeting"_s, u"add"_s},
         "meeting add TITLE --at YYYY-MM-DDTHH:MM [--zone Europe/Berlin] [--minutes 60] [--location TEXT] "
         "[--members LOGIN,LOGIN] [--horizon DAYS]   (a change board meeting)",
         &cli::meetingAdd},
        {{u"meeting"_s, u"list"_s}, "meeting list [--json]", &cli::meetingList},
        {{u"meeting"_s, u"agenda"_s},
         "meeting agenda TITLE|#ID [--json] [-o FILE.pdf]   (the releases to decide on, and the minutes)",
         &cli::meetingAgenda},
        {{u"component"_s, u"list"_s}, "component list [--json]", &cli::componentList},
        {{u"person"_s, u"list"_s}, "person list [--json]", &cli::personList},
        {{u"env"_s, u"list"_s}, "env list [--json]", &cli::environmentList},
        {{u"env"_s, u"show"_s}, "env show ENV [--json]", &cli::environmentShow},
        {{u"env"_s, u"diff"_s},
         "env diff ENV_A ENV_B [--json] | env diff ENV --release RELEASE [--json]",
         &cli::environmentDiff},
        {{u"env"_s, u"set"_s}, "env set ENV COMPONENT[@VERSION]... [--reason TEXT]", &cli::environmentSet},
        {{u"audit"_s, u"log"_s}, "audit log [--release NAME] [--json]", &cli::auditLog},
        {{u"audit"_s, u"verify"_s}, "audit verify [--json]", &cli::auditVerify},
    };
    return list;
}

QString helpText(const QCommandLineParser &parser) {
    QString text = parser.helpText();
    text += u"\n"_s + QCoreApplication::translate("relm::CliApp", "Commands:") + u"\n"_s;
    for (const Command &command : commands())
        text += u"  "_s + QString::fromLatin1(command.synopsis) + u"\n"_s;
    text += u"\n"_s +
            QCoreApplication::translate(
                "relm::CliApp", "Dates are ISO 8601 (YYYY-MM-DD). Exit codes: 0 done, 1 findings, 2 usage, 3 refused "
                                "(invalid input, not found, conflict), 4 database problem, 5 nobody to act as "
                                "(use --as LOGIN).") +
            u"\n"_s;
    return text;
}

const Command *findCommand(const QStringList &positional) {
    for (const Command &command : commands()) {
        if (positional.size() >= command.words.size() && positional.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

} // namespace

int CliApp::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("relm::CliApp", "Relm release and deployment planner, command-line tool."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {u"db"_s,
         QCoreApplication::translate("relm::CliApp", "The database file (default: $RELM_DB, else Relm's data folder)."),
         u"path"_s},
        {u"server"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "A shared database on a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE "
                                     "(default: $RELM_SERVER)."),
         u"url"_s},
        {u"as"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "Act as this person (login; default: $RELM_USER, else the OS user)."),
         u"login"_s},
        {u"json"_s, QCoreApplication::translate("relm::CliApp", "Print JSON instead of text.")},
        {u"demo"_s, QCoreApplication::translate("relm::CliApp", "init: fill the new database with demo data.")},
        {u"type"_s, QCoreApplication::translate("relm::CliApp", "Release type: major, minor, patch, emergency."),
         u"type"_s},
        {u"start"_s, QCoreApplication::translate("relm::CliApp", "Planned start date; deploy: a UTC date and time."),
         u"date"_s},
        {u"end"_s, QCoreApplication::translate("relm::CliApp", "Planned end date; deploy: a UTC date and time."),
         u"date"_s},
        {u"owner"_s, QCoreApplication::translate("relm::CliApp", "The release owner (login)."), u"login"_s},
        {u"service"_s,
         QCoreApplication::translate("relm::CliApp", "The target service; export ical: only this service's events."),
         u"text"_s},
        {u"label"_s, QCoreApplication::translate("relm::CliApp", "The release's version label."), u"version"_s},
        {u"description"_s, QCoreApplication::translate("relm::CliApp", "A description."), u"text"_s},
        {u"release"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "audit log: only entries of this release; env diff: compare with this release."),
         u"name"_s},
        {u"number"_s, QCoreApplication::translate("relm::CliApp", "Build number."), u"n"_s},
        {u"outcome"_s,
         QCoreApplication::translate("relm::CliApp", "Build or deployment outcome: succeeded, failed, partial."),
         u"outcome"_s},
        {u"notes"_s, QCoreApplication::translate("relm::CliApp", "Build or deployment notes."), u"text"_s},
        {u"reason"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "Why: an inventory change, a freeze or its override, a waiver, a rollback."),
         u"text"_s},
        {u"portfolio"_s, QCoreApplication::translate("relm::CliApp", "schedule: every release together.")},
        {u"montecarlo"_s, QCoreApplication::translate("relm::CliApp", "schedule: simulate this many iterations."),
         u"n"_s},
        {u"seed"_s, QCoreApplication::translate("relm::CliApp", "Monte Carlo random seed."), u"s"_s},
        {u"target"_s, QCoreApplication::translate("relm::CliApp", "Monte Carlo target date."), u"date"_s},
        {u"duration"_s, QCoreApplication::translate("relm::CliApp", "Working time: 3d, 4h, 90m, 2w."), u"time"_s},
        {u"milestone"_s, QCoreApplication::translate("relm::CliApp", "The task is a milestone.")},
        {u"phase"_s, QCoreApplication::translate("relm::CliApp", "The phase (summary task) it belongs to."), u"task"_s},
        {u"after"_s, QCoreApplication::translate("relm::CliApp", "A predecessor (finish-to-start)."), u"task"_s},
        {u"estimate"_s, QCoreApplication::translate("relm::CliApp", "Optimistic,pessimistic durations."), u"o,p"_s},
        {u"snet"_s, QCoreApplication::translate("relm::CliApp", "Start no earlier than."), u"date"_s},
        {u"fnlt"_s, QCoreApplication::translate("relm::CliApp", "Finish no later than."), u"date"_s},
        {u"snlt"_s, QCoreApplication::translate("relm::CliApp", "Start no later than."), u"date"_s},
        {u"fnet"_s, QCoreApplication::translate("relm::CliApp", "Finish no earlier than."), u"date"_s},
        {u"mso"_s, QCoreApplication::translate("relm::CliApp", "Must start on."), u"date"_s},
        {u"mfo"_s, QCoreApplication::translate("relm::CliApp", "Must finish on."), u"date"_s},
        {u"alap"_s, QCoreApplication::translate("relm::CliApp", "As late as possible.")},
        {u"deployment"_s, QCoreApplication::translate("relm::CliApp", "The task deploys (freeze windows apply).")},
        {u"emergency"_s, QCoreApplication::translate("relm::CliApp", "An authorised emergency deployment.")},
        {u"env"_s,
         QCoreApplication::translate(
             "relm::CliApp", "The environment it deploys to or books; export ical: only this environment's events."),
         u"env"_s},
        {u"lag"_s, QCoreApplication::translate("relm::CliApp", "Link lag: 1d, -4h or 50%."), u"lag"_s},
        {u"from"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "Start: of a window (date or date and time), or of a period (calendar, "
                                     "conflicts, export ical)."),
         u"date"_s},
        {u"to"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "End: of a window (its last day, or a date and time), or of a period (calendar, "
                                     "conflicts, export ical); gate check: the status to move to; import json: "
                                     "the new database file."),
         u"date"_s},
        {u"zone"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "A time zone, e.g. Europe/Berlin (freeze: UTC unless told; meeting: this "
                                     "computer's)."),
         u"zone"_s},
        {u"repeat"_s, QCoreApplication::translate("relm::CliApp", "A window repeats: once, weekly, monthly, yearly."),
         u"how"_s},
        {u"every"_s, QCoreApplication::translate("relm::CliApp", "Repeat every N weeks, months or years."), u"n"_s},
        {u"on"_s,
         QCoreApplication::translate("relm::CliApp", "Which days: mon,fri; 15; last; -3 (from month end); 3sat."),
         u"days"_s},
        {u"until"_s, QCoreApplication::translate("relm::CliApp", "The last day a window repeats."), u"date"_s},
        {u"component"_s, QCoreApplication::translate("relm::CliApp", "Components a window applies to."), u"names"_s},
        {u"override-role"_s, QCoreApplication::translate("relm::CliApp", "The role that may override a freeze."),
         u"role"_s},
        {u"maintenance"_s,
         QCoreApplication::translate("relm::CliApp", "freeze add: a maintenance window (changes preferred).")},

        {u"calendar"_s, QCoreApplication::translate("relm::CliApp", "Calendar name."), u"name"_s},
        {u"likelihood"_s, QCoreApplication::translate("relm::CliApp", "Risk likelihood, 1 to 5."), u"n"_s},
        {u"impact"_s, QCoreApplication::translate("relm::CliApp", "Risk impact, 1 to 5."), u"n"_s},
        {u"category"_s, QCoreApplication::translate("relm::CliApp", "Risk category."), u"text"_s},
        {u"mitigation"_s, QCoreApplication::translate("relm::CliApp", "How the risk is reduced."), u"text"_s},
        {u"contingency"_s, QCoreApplication::translate("relm::CliApp", "What happens if it occurs."), u"text"_s},
        {u"status"_s, QCoreApplication::translate("relm::CliApp", "Risk status."), u"status"_s},
        {u"review"_s, QCoreApplication::translate("relm::CliApp", "Next review date."), u"date"_s},
        {u"task"_s, QCoreApplication::translate("relm::CliApp", "The schedule task a risk threatens."), u"task"_s},
        {u"delay"_s, QCoreApplication::translate("relm::CliApp", "How long that task slips if it happens."), u"time"_s},
        {u"role"_s, QCoreApplication::translate("relm::CliApp", "A role, e.g. change_board, test_manager."), u"role"_s},
        {u"meaning"_s, QCoreApplication::translate("relm::CliApp", "What a signature means."), u"meaning"_s},
        {u"criterion"_s, QCoreApplication::translate("relm::CliApp", "Sign one criterion (its number)."), u"n"_s},
        {u"comment"_s, QCoreApplication::translate("relm::CliApp", "A sign-off comment (required to reject)."),
         u"text"_s},
        {u"evidence-note"_s, QCoreApplication::translate("relm::CliApp", "Evidence: a note."), u"text"_s},
        {u"evidence-link"_s, QCoreApplication::translate("relm::CliApp", "Evidence: a link."), u"url"_s},
        {u"evidence-file"_s, QCoreApplication::translate("relm::CliApp", "Evidence: a file; its SHA-256 is recorded."),
         u"path"_s},
        {u"signoffs"_s, QCoreApplication::translate("relm::CliApp", "Policy: roles that sign, with quorum."),
         u"roles"_s},
        {u"categories"_s, QCoreApplication::translate("relm::CliApp", "Policy: required criterion categories."),
         u"list"_s},
        {u"lead-hours"_s, QCoreApplication::translate("relm::CliApp", "Policy: hours between approval and deployment."),
         u"n"_s},
        {u"frozen-baseline"_s, QCoreApplication::translate("relm::CliApp", "Policy: a frozen baseline is required."),
         u"yes|no"_s},
        {u"emergency-role"_s,
         QCoreApplication::translate("relm::CliApp", "Policy: the role that may authorise an emergency."), u"role"_s},
        {u"package"_s,
         QCoreApplication::translate("relm::CliApp", "Deploy only this package; import: the package to fill."),
         u"name"_s},
        {u"minutes"_s,
         QCoreApplication::translate("relm::CliApp", "Expected minutes of a runbook step; how long a meeting sits."),
         u"n"_s},
        {u"at"_s,
         QCoreApplication::translate("relm::CliApp", "meeting: its date and wall-clock time, YYYY-MM-DDTHH:MM."),
         u"datetime"_s},
        {u"location"_s, QCoreApplication::translate("relm::CliApp", "meeting: where it sits."), u"text"_s},
        {u"members"_s, QCoreApplication::translate("relm::CliApp", "meeting: its members, comma-separated logins."),
         u"logins"_s},
        {u"horizon"_s,
         QCoreApplication::translate("relm::CliApp", "meeting: how many days after it the agenda covers."), u"days"_s},
        {u"backout"_s, QCoreApplication::translate("relm::CliApp", "The step belongs to the back-out plan.")},
        {u"point-of-no-return"_s,
         QCoreApplication::translate("relm::CliApp", "After this step the deployment cannot be rolled back.")},
        {u"symptom"_s, QCoreApplication::translate("relm::CliApp", "What users see."), u"text"_s},
        {u"workaround"_s, QCoreApplication::translate("relm::CliApp", "How to work around it."), u"text"_s},
        {u"reference"_s, QCoreApplication::translate("relm::CliApp", "A problem or ticket reference."), u"ref"_s},
        {u"in"_s, QCoreApplication::translate("relm::CliApp", "The release that fixes it."), u"release"_s},
        {u"outcome-text"_s, QCoreApplication::translate("relm::CliApp", "Review: the outcome against the plan."),
         u"text"_s},
        {u"incidents"_s, QCoreApplication::translate("relm::CliApp", "Review: incidents caused."), u"n"_s},
        {u"incident-notes"_s, QCoreApplication::translate("relm::CliApp", "Review: about the incidents."), u"text"_s},
        {u"sla"_s, QCoreApplication::translate("relm::CliApp", "Review: service levels met or missed."),
         u"met|missed"_s},
        {u"lessons"_s, QCoreApplication::translate("relm::CliApp", "Review: lessons learned."), u"text"_s},
        {u"follow-ups"_s, QCoreApplication::translate("relm::CliApp", "Review: follow-up actions."), u"text"_s},
        {u"complete"_s, QCoreApplication::translate("relm::CliApp", "Review: mark it complete.")},
        {u"audience"_s, QCoreApplication::translate("relm::CliApp", "notes: customer, service or technical."),
         u"audience"_s},
        {u"format"_s, QCoreApplication::translate("relm::CliApp", "notes: pdf, html or md."), u"format"_s},
        {u"title"_s, QCoreApplication::translate("relm::CliApp", "change: its title; template: the document title."),
         u"text"_s},
        {u"kind"_s, QCoreApplication::translate("relm::CliApp", "change: feature, improvement or fix."), u"kind"_s},
        {u"summary"_s, QCoreApplication::translate("relm::CliApp", "change: the public summary customers read."),
         u"text"_s},
        {u"detail"_s, QCoreApplication::translate("relm::CliApp", "change: internal detail, never shown to customers."),
         u"text"_s},
        {u"action"_s, QCoreApplication::translate("relm::CliApp", "change: what users need to do because of it."),
         u"text"_s},
        {u"organisation"_s, QCoreApplication::translate("relm::CliApp", "branding: the organisation's name."),
         u"name"_s},
        {u"logo"_s, QCoreApplication::translate("relm::CliApp", "branding: a PNG logo, or none."), u"file"_s},
        {u"primary"_s, QCoreApplication::translate("relm::CliApp", "branding: the main colour, #RRGGBB."), u"colour"_s},
        {u"accent"_s, QCoreApplication::translate("relm::CliApp", "branding: the highlight colour, #RRGGBB."),
         u"colour"_s},
        {u"footer"_s, QCoreApplication::translate("relm::CliApp", "template: the text at the foot of every page."),
         u"text"_s},
        {u"show"_s, QCoreApplication::translate("relm::CliApp", "template: sections to show (comma-separated keys)."),
         u"keys"_s},
        {u"hide"_s, QCoreApplication::translate("relm::CliApp", "template: sections to hide (comma-separated keys)."),
         u"keys"_s},
        {u"fields"_s,
         QCoreApplication::translate("relm::CliApp", "template: the optional fields shown (comma-separated keys)."),
         u"keys"_s},
        {u"heading"_s, QCoreApplication::translate("relm::CliApp", "template: a section's own heading, KEY=TEXT."),
         u"key=text"_s},
        {u"paper"_s, QCoreApplication::translate("relm::CliApp", "schedule export: A4, A3, Letter or Legal."),
         u"size"_s},
        {u"landscape"_s,
         QCoreApplication::translate("relm::CliApp", "schedule export: landscape pages (the default).")},
        {u"portrait"_s, QCoreApplication::translate("relm::CliApp", "schedule export: portrait pages.")},
        {u"pages-wide"_s,
         QCoreApplication::translate("relm::CliApp", "schedule export: fit the dates to this many pages across."),
         u"n"_s},
        {u"width"_s, QCoreApplication::translate("relm::CliApp", "schedule export: a PNG's width in pixels."),
         u"pixels"_s},
        {u"map"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "import csv: which column gives which field, e.g. name=Vorgang,duration=Dauer."),
         u"field=column,..."_s},
        {u"date-format"_s,
         QCoreApplication::translate("relm::CliApp", "import/export csv: how dates are written (default yyyy-MM-dd)."),
         u"format"_s},
        {u"delimiter"_s,
         QCoreApplication::translate("relm::CliApp", "import/export csv: the field separator: , ; | or tab."), u"c"_s},
        {{u"o"_s, u"output"_s}, QCoreApplication::translate("relm::CliApp", "The file to write."), u"file"_s},
        {u"move-to-release-start"_s,
         QCoreApplication::translate("relm::CliApp",
                                     "import: move the plan to the release's planned start instead of keeping its "
                                     "dates.")},
        {{u"h"_s, u"help"_s}, QCoreApplication::translate("relm::CliApp", "Show this help.")},
        {u"version"_s, QCoreApplication::translate("relm::CliApp", "Show the version.")},
    });
    if (!parser.parse(arguments)) {
        err << u"relm-cli: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty()) {
        err << u"relm-cli: "_s
            << QCoreApplication::translate("relm::CliApp", "%1 is given more than once: give it once.").arg(repeated)
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << helpText(parser);
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"relm-cli "_s << QStringLiteral(RELM_VERSION) << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const Command *command = findCommand(positional);
    if (!command) {
        CliContext context(parser, positional, out, err);
        return positional.isEmpty()
                   ? context.usage(QCoreApplication::translate("relm::CliApp", "No command given."))
                   : context.usage(QCoreApplication::translate("relm::CliApp", "Unknown command \u201C%1\u201D.")
                                       .arg(positional.join(u' ')));
    }
    // words() starts at the command's last word, so "release show X" gives {"show", "X"}.
    CliContext context(parser, positional.mid(command->words.size() - 1), out, err);
    if (!command->opensDatabase)
        return command->run(context);
    if (parser.isSet(u"server"_s) && parser.value(u"server"_s).trimmed().isEmpty())
        return context.usage(QCoreApplication::translate(
            "relm::CliApp", "--server is empty: give the server's address, postgresql://USER@HOST:PORT/DATABASE."));
    if (const QString server = context.serverOption(); !server.isEmpty()) {
        if (parser.isSet(u"db"_s))
            return context.usage(QCoreApplication::translate(
                "relm::CliApp", "Name either a database file (--db) or a server (--server), not both."));
        if (auto address = ServerAddress::parse(server); !address)
            return context.usage(address.errorMessage());
    }
    if (auto r = context.openWorkspace(command->createsDatabase); !r)
        return context.fail(r.error());
    return command->run(context);
}

} // namespace relm
