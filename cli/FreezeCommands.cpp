// relm-cli freeze add/list/set/remove/override: freeze and maintenance windows on the change calendar.
#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "WindowScopeText.h"
#include "calendar/WindowOccurrences.h"
#include "changes/CalendarChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "storage/CalendarStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

Error usageError(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

std::optional<Qt::DayOfWeek> weekday(const QString &text) {
    static const QStringList names = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    const qsizetype i = names.indexOf(text.left(3).toLower());
    return i < 0 ? std::nullopt : std::optional(Qt::DayOfWeek(i + 1));
}

/// --on: "mon,fri" (weekly), "15", "last", "-3" (counted from the month's end), "3sat", "last-fri".
Result<void> applyOn(Recurrence &rule, const QString &text) {
    const QString on = text.trimmed().toLower();
    if (rule.frequency == Recurrence::Frequency::Weekly) {
        for (const QString &part : on.split(u',', Qt::SkipEmptyParts)) {
            const auto day = weekday(part.trimmed());
            if (!day)
                return usageError(tr("--on for a weekly window lists days: mon,tue,wed,thu,fri,sat,sun."));
            rule.weekdays.append(*day);
        }
        return {};
    }
    static const QRegularExpression ordinalDay(u"^(last|-?[1-5])(?:st|nd|rd|th)?-?([a-z]{3})[a-z]*$"_s);
    if (const auto m = ordinalDay.match(on); m.hasMatch() && weekday(m.captured(2))) {
        rule.ordinal = m.captured(1) == u"last"_s ? -1 : m.captured(1).toInt();
        rule.ordinalDay = *weekday(m.captured(2));
        return {};
    }
    bool ok = false;
    const int day = on == u"last"_s ? -1 : on.toInt(&ok);
    if (on != u"last"_s && !ok)
        return usageError(tr("--on \u201C%1\u201D is not understood. Use a day of the month (15), last, a day counted "
                             "from the month's end (-3), or a weekday in the month (3sat, last-fri).")
                              .arg(text));
    rule.monthDay = day;
    return {};
}

/// The window's time: a date-time in its zone, or a date (from midnight; --to: through that day).
std::optional<QDateTime> wallClock(const QString &text, bool endOfDay) {
    const QString t = text.trimmed();
    if (!t.contains(u'T') && !t.contains(u' ')) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0));
    }
    QDateTime at = QDateTime::fromString(QString(t).replace(u' ', u'T'), u"yyyy-MM-ddTHH:mm"_s);
    if (!at.isValid())
        at = QDateTime::fromString(QString(t).replace(u' ', u'T'), u"yyyy-MM-ddTHH:mm:ss"_s);
    return at.isValid() ? std::optional(at) : std::nullopt;
}

Result<QList<Id>> environmentIds(Workspace &ws, const QString &names) {
    QList<Id> ids;
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts)) {
        auto env = ws.directory().environmentByName(name.trimmed());
        if (!env)
            return env.error();
        ids.append(env->id);
    }
    return ids;
}

Result<QList<Id>> componentIds(Workspace &ws, const QString &names) {
    QList<Id> ids;
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts)) {
        auto component = ws.catalogue().componentByName(name.trimmed());
        if (!component)
            return component.error();
        ids.append(component->id);
    }
    return ids;
}

/// Fills a window from the options given; those not given keep the window's values.
Result<void> applyOptions(CliContext &cli, ChangeWindow &w, QStringList &notes) {
    Workspace &ws = cli.workspace();
    if (cli.isSet(u"maintenance"_s))
        w.kind = WindowKind::Maintenance;
    if (cli.isSet(u"zone"_s)) {
        w.timeZone = cli.option(u"zone"_s).trimmed().toUtf8(); // checked with the window's other rules
    }
    const qint64 length = w.start.isValid() ? w.start.secsTo(w.end) : 0;
    if (cli.isSet(u"from"_s)) {
        const auto from = wallClock(cli.option(u"from"_s), false);
        if (!from) {
            const QString problem = missingDayProblem(cli.option(u"from"_s));
            return usageError(problem.isEmpty()
                                  ? tr("--from needs a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).")
                                  : problem);
        }
        w.start = *from;
        if (!cli.isSet(u"to"_s) && length > 0)
            w.end = w.start.addSecs(length);
    }
    if (cli.isSet(u"to"_s)) {
        const auto to = wallClock(cli.option(u"to"_s), true);
        if (!to) {
            const QString problem = missingDayProblem(cli.option(u"to"_s));
            return usageError(problem.isEmpty()
                                  ? tr("--to needs a date (the last day) or a date and time (YYYY-MM-DDTHH:MM).")
                                  : problem);
        }
        w.end = *to;
    }
    if (cli.isSet(u"repeat"_s)) {
        const QString repeat = cli.option(u"repeat"_s).trimmed().toLower();
        Recurrence rule;
        if (repeat == u"weekly"_s)
            rule.frequency = Recurrence::Frequency::Weekly;
        else if (repeat == u"monthly"_s)
            rule.frequency = Recurrence::Frequency::Monthly;
        else if (repeat == u"yearly"_s) {
            rule.frequency = Recurrence::Frequency::Yearly;
            rule.month = w.start.date().month();
        } else if (repeat != u"once"_s && repeat != u"none"_s)
            return usageError(tr("--repeat is once, weekly, monthly or yearly."));
        rule.until = w.recurrence.until;
        w.recurrence = rule;
    }
    if (cli.isSet(u"every"_s)) {
        bool ok = false;
        w.recurrence.interval = cli.option(u"every"_s).toInt(&ok);
        if (!ok)
            return usageError(tr("--every needs a number of weeks, months or years."));
    }
    if (cli.isSet(u"on"_s)) {
        if (!w.recurrence.repeats())
            return usageError(tr("--on says which days a window repeats on: give --repeat weekly, monthly or yearly "
                                 "too."));
        w.recurrence.weekdays.clear();
        w.recurrence.monthDay = 0;
        w.recurrence.ordinal = 0;
        if (auto r = applyOn(w.recurrence, cli.option(u"on"_s)); !r)
            return r;
    }
    if (cli.isSet(u"until"_s)) {
        w.recurrence.until = QDate::fromString(cli.option(u"until"_s).trimmed(), Qt::ISODate);
        if (!w.recurrence.until.isValid() && !cli.option(u"until"_s).trimmed().isEmpty())
            return usageError(tr("--until needs a date (YYYY-MM-DD), or nothing for no end."));
    }
    if (cli.isSet(u"service"_s))
        w.scope.services = cli.option(u"service"_s).split(u',', Qt::SkipEmptyParts);
    // Spelt as the releases spell it, whatever case was typed ("online billing").
    QStringList served;
    if (const auto releases = ws.releases().releases()) {
        for (const Release &r : *releases)
            served.append(r.targetService.trimmed());
    }
    for (QString &s : w.scope.services) {
        s = s.trimmed();
        const auto same = std::find_if(served.cbegin(), served.cend(),
                                       [&s](const QString &name) { return name.compare(s, Qt::CaseInsensitive) == 0; });
        if (same != served.cend())
            s = *same;
    }
    if (cli.isSet(u"env"_s)) {
        auto ids = environmentIds(ws, cli.option(u"env"_s));
        if (!ids)
            return ids.error();
        w.scope.environmentIds = *ids;
    }
    if (cli.isSet(u"component"_s)) {
        auto ids = componentIds(ws, cli.option(u"component"_s));
        if (!ids)
            return ids.error();
        w.scope.componentIds = *ids;
    }
    if (cli.isSet(u"reason"_s))
        w.reason = cli.option(u"reason"_s);
    if (cli.isSet(u"override-role"_s)) {
        const auto role = fromKey<Role>(cli.option(u"override-role"_s));
        if (!role)
            return usageError(tr("--override-role \u201C%1\u201D is not a role: use change_board, release_manager, "
                                 "business_owner, ….")
                                  .arg(cli.option(u"override-role"_s)));
        w.overrideRole = *role;
    }
    // iCalendar counts the first start as an occurrence: start on a day the rule gives.
    if (w.recurrence.repeats() && w.start.isValid() && !window_occurrences::startFollowsRule(w)) {
        const QDate first = window_occurrences::firstDayFrom(w.recurrence, w.start.date());
        const qint64 shift = w.start.date().daysTo(first);
        w.start = w.start.addDays(shift);
        w.end = w.end.addDays(shift);
        notes.append(
            tr("The first occurrence is on %1, the first day the rule gives.").arg(first.toString(Qt::ISODate)));
    }
    return {};
}

/// A malformed option value is a usage error (exit 2); a name that is not there is a refusal.
int optionProblem(CliContext &cli, const Error &error) {
    return error.code == ErrorCode::Invalid ? cli.usage(error.message) : cli.fail(error);
}

int printNotes(CliContext &cli, const QStringList &notes) {
    for (const QString &n : notes)
        cli.out() << n << Qt::endl;
    return ExitOk;
}

} // namespace

int freezeAdd(CliContext &cli) {
    if (cli.word(1).trimmed().isEmpty() || !cli.isSet(u"from"_s) || !cli.isSet(u"to"_s))
        return cli.usage(tr("freeze add needs NAME --from DATE[THH:MM] --to DATE[THH:MM]."));
    ChangeWindow w;
    w.name = cli.word(1).trimmed();
    w.timeZone = "UTC";
    QStringList notes;
    if (auto r = applyOptions(cli, w, notes); !r)
        return optionProblem(cli, r.error());
    CreateRecord<ChangeWindow> create(w);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    cli.out() << (w.kind == WindowKind::Freeze ? tr("Added the freeze \u201C%1\u201D (%2, %3).")
                                               : tr("Added the maintenance window \u201C%1\u201D (%2, %3)."))
                     .arg(w.name, w.recurrence.describe(), QString::fromUtf8(w.timeZone))
              << Qt::endl;
    if (w.kind == WindowKind::Freeze)
        reportHeldBack(cli, create.record().id);
    return printNotes(cli, notes);
}

int freezeSet(CliContext &cli) {
    auto stored = cli.workspace().calendar().windowByName(cli.word(1));
    if (!stored)
        return cli.fail(stored.error());
    ChangeWindow w = *stored;
    QStringList notes;
    if (auto r = applyOptions(cli, w, notes); !r)
        return optionProblem(cli, r.error());
    EditRecord<ChangeWindow> update(*stored, w);
    if (auto r = cli.workspace().apply(update); !r)
        return cli.fail(r.error());
    cli.out() << tr("Changed \u201C%1\u201D.").arg(w.name) << Qt::endl;
    return printNotes(cli, notes);
}

int freezeRemove(CliContext &cli) {
    auto stored = cli.workspace().calendar().windowByName(cli.word(1));
    if (!stored)
        return cli.fail(stored.error());
    RemoveRecord<ChangeWindow> remove(*stored);
    if (auto r = cli.workspace().apply(remove); !r)
        return cli.fail(r.error());
    cli.out() << tr("Removed \u201C%1\u201D.").arg(stored->name) << Qt::endl;
    return ExitOk;
}

int freezeList(CliContext &cli) {
    Workspace &ws = cli.workspace();
    auto windows = ws.calendar().windows();
    if (!windows)
        return cli.fail(windows.error());
    if (cli.json()) {
        QJsonArray array;
        for (const ChangeWindow &w : *windows) {
            QJsonObject o = json::toJson(w);
            o.insert(u"scope_text"_s, windowScopeText(ws, w.scope));
            array.append(o);
        }
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Window"), tr("Kind"), tr("From"), tr("Until"), tr("Zone"), tr("Repeats"), tr("Applies to"),
                     tr("Override by")});
    for (const ChangeWindow &w : *windows)
        table.addRow({w.name, labelOf(w.kind), w.start.toString(u"yyyy-MM-dd HH:mm"_s),
                      w.end.toString(u"yyyy-MM-dd HH:mm"_s), QString::fromUtf8(w.timeZone), w.recurrence.describe(),
                      windowScopeText(ws, w.scope),
                      w.kind == WindowKind::Freeze ? labelOf(w.overrideRole) : QString()});
    table.print(cli.out());
    return ExitOk;
}

namespace {
/// NAME DEPLOYMENT-ID of `freeze override` and `freeze withdraw`: the window, and the deployment's
/// number (0 when the word is not one).
struct OverrideTarget {
    Result<ChangeWindow> window;
    Id deployment = 0;
};

OverrideTarget overrideTargetOf(CliContext &cli) {
    bool ok = false;
    const Id deployment = cli.word(2).remove(u'#').toLongLong(&ok);
    return {cli.workspace().calendar().windowByName(cli.word(1)), ok ? deployment : 0};
}
} // namespace

int freezeOverride(CliContext &cli) {
    Workspace &ws = cli.workspace();
    OverrideTarget target = overrideTargetOf(cli); // named members: clang 14 cannot capture bindings
    const Result<ChangeWindow> &window = target.window;
    const Id deployment = target.deployment;
    if (!window)
        return cli.fail(window.error());
    if (deployment == 0 || !cli.isSet(u"reason"_s))
        return cli.usage(tr("freeze override needs NAME DEPLOYMENT-ID --reason TEXT."));
    OverrideFreeze change(window->id, deployment, cli.option(u"reason"_s));
    if (auto r = ws.apply(change); !r)
        return cli.fail(r.error());
    cli.out() << tr("Deployment #%1 may run in \u201C%2\u201D: overridden by %3 (%4).")
                     .arg(deployment)
                     .arg(window->name, change.freezeOverride().printedName, labelOf(change.freezeOverride().role))
              << Qt::endl;
    return ExitOk;
}

int freezeWithdraw(CliContext &cli) {
    Workspace &ws = cli.workspace();
    OverrideTarget target = overrideTargetOf(cli); // named members: clang 14 cannot capture bindings
    const Result<ChangeWindow> &window = target.window;
    const Id deployment = target.deployment;
    if (!window)
        return cli.fail(window.error());
    if (deployment == 0)
        return cli.usage(tr("freeze withdraw needs NAME DEPLOYMENT-ID."));
    auto overrides = ws.calendar().overrides(deployment);
    if (!overrides)
        return cli.fail(overrides.error());
    const auto given = std::find_if(overrides->cbegin(), overrides->cend(),
                                    [&](const FreezeOverride &o) { return o.windowId == window->id; });
    if (given == overrides->cend())
        return cli.fail(
            makeError(ErrorCode::NotFound,
                      tr("Deployment #%1 has no override of \u201C%2\u201D.").arg(deployment).arg(window->name)));
    WithdrawOverride change(*given);
    if (auto r = ws.apply(change); !r)
        return cli.fail(r.error());
    cli.out()
        << tr("Withdrew the override that let deployment #%1 run in \u201C%2\u201D.").arg(deployment).arg(window->name)
        << Qt::endl;
    return ExitOk;
}

QString windowScopeText(Workspace &ws, const WindowScope &scope) {
    if (scope.everything())
        return tr("everything");
    QStringList parts;
    if (!scope.services.isEmpty())
        parts << tr("services: %1").arg(scope.services.join(u", "_s));
    QStringList names;
    for (Id id : scope.environmentIds) {
        if (auto env = ws.directory().environment(id))
            names << env->name;
    }
    if (!names.isEmpty())
        parts << tr("environments: %1").arg(names.join(u", "_s));
    names.clear();
    for (Id id : scope.componentIds) {
        if (auto c = ws.catalogue().component(id))
            names << c->name;
    }
    if (!names.isEmpty())
        parts << tr("components: %1").arg(names.join(u", "_s));
    return parts.join(u"; "_s);
}

} // namespace relm::cli
