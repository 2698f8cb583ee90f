#include "Validation.h"

#include "i18n/ShownDates.h"
#include "schedule/ScheduleLimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::validation {

namespace {

/// No task, lag or delay is longer than the scheduler plans with.
constexpr qint64 maximumWorkMinutes = scheduleLimits::kMaxWorkingMinutes;

/// Compiled once: names and versions are checked for every row of an import.
const QRegularExpression &whitespace() {
    static const QRegularExpression pattern(QStringLiteral("\\s"));
    return pattern;
}

QString tr(const char *text) {
    return QCoreApplication::translate("relm::validation", text);
}

Result<void> invalid(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

/// Characters that reorder the text around them without being seen (bidirectional embeddings,
/// overrides and isolates): they let a name read differently from what it is.
bool reordersText(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

/// Characters that show nothing on their own: spaces, zero-width and other format characters.
bool invisible(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || category == QChar::Other_Format || category == QChar::Mark_NonSpacing ||
           category == QChar::Mark_Enclosing || c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0;
}

/// Characters that take no room in a name, so that it would look like another name (a zero-width
/// space after "Build"); joiners between letters are left to the scripts that need them.
bool hiddenInName(char32_t c) {
    if (c == 0x200C || c == 0x200D)
        return false;
    return QChar::category(c) == QChar::Other_Format || c == 0x2800 || c == 0x3164 || c == 0x115F || c == 0x1160 ||
           c == 0xFFA0;
}

/// The value as a message may quote it: cut to 40 characters, and every character a terminal or
/// a reader would not show as itself written as ⟨U+XXXX⟩.
QString quoted(const QString &value) {
    QString shown;
    for (const uint c : value.left(40).toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format || c == 0x2028 || c == 0x2029 ||
            hiddenInName(c) || category == QChar::Other_Surrogate || QChar::isNonCharacter(c))
            shown += u"\u27E8U+%1\u27E9"_s.arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
        else
            shown += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    return shown;
}

/// The first character that has no place in text Relm stores, or 0 when there is none.
char32_t forbiddenIn(const QString &value, bool multiLine) {
    for (const uint c : value.toUcs4()) {
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || c == 0x2028 || c == 0x2029 || reordersText(c) ||
            category == QChar::Other_Surrogate || QChar::isNonCharacter(c))
            return c;
    }
    return 0;
}

QString describeCharacter(char32_t c) {
    if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029)
        return tr("a line break");
    if (c == 0x1B)
        return tr("a terminal escape character");
    if (reordersText(c))
        return tr("an invisible character that reverses or reorders text (U+%1)")
            .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
    return tr("the control character U+%1").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
}

Result<void> requireText(const QString &value, const char *message, int maxLength = 200) {
    return checkName(value, tr(message), maxLength);
}

/// Free text fields of a record, each checked with checkText.
Result<void> checkTexts(std::initializer_list<const QString *> fields) {
    for (const QString *field : fields) {
        if (auto r = checkText(*field); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> checkName(const QString &value, const QString &emptyMessage, int maxLength) {
    const QList<uint> characters = value.toUcs4();
    if (std::all_of(characters.cbegin(), characters.cend(), invisible)) {
        if (value.isEmpty())
            return invalid(emptyMessage);
        return invalid(tr("%1 \u201C%2\u201D shows nothing: it holds only spaces or invisible characters.")
                           .arg(emptyMessage, quoted(value)));
    }
    if (value.size() > maxLength)
        return invalid(tr("%1 characters is too long; at most %2 are allowed.").arg(value.size()).arg(maxLength));
    if (const char32_t c = forbiddenIn(value, false))
        return invalid(
            tr("\u201C%1\u201D cannot hold %2: use plain text on one line.").arg(quoted(value), describeCharacter(c)));
    if (const auto hidden = std::find_if(characters.cbegin(), characters.cend(), hiddenInName);
        hidden != characters.cend())
        return invalid(tr("\u201C%1\u201D holds an invisible character (U+%2), so it would look like another "
                          "name: type it again without it.")
                           .arg(quoted(value), QString::number(*hidden, 16).toUpper().rightJustified(4, u'0')));
    return {};
}

Result<void> checkText(const QString &value, const QString &emptyMessage, int maxLength) {
    if (!emptyMessage.isEmpty() && value.trimmed().isEmpty())
        return invalid(emptyMessage);
    if (value.size() > maxLength)
        return invalid(tr("%1 characters is too long; at most %2 are allowed.").arg(value.size()).arg(maxLength));
    if (const char32_t c = forbiddenIn(value, true))
        return invalid(
            tr("The text \u201C%1\u201D cannot hold %2; remove it.").arg(quoted(value), describeCharacter(c)));
    return {};
}

Result<void> checkDateInRange(const QDate &date, const QString &fieldLabel) {
    if (!date.isValid())
        return {};
    if (date < scheduleLimits::firstDate() || date > scheduleLimits::lastDate())
        return invalid(tr("%1: %2 is outside the dates Relm plans with (%3 to %4).")
                           .arg(fieldLabel, shown_dates::date(date), shown_dates::date(scheduleLimits::firstDate()),
                                shown_dates::date(scheduleLimits::lastDate())));
    return {};
}

Result<void> check(const Release &release) {
    if (auto r = requireText(release.name, QT_TRANSLATE_NOOP("relm::validation", "A release needs a name.")); !r)
        return r;
    if (release.name != release.name.trimmed())
        return invalid(tr("A release name cannot start or end with spaces."));
    if (release.name.contains(u'/'))
        return invalid(tr("A release name cannot contain '/' (it separates release and package on the command line)."));
    if (release.plannedStart.isValid() && release.plannedEnd.isValid() && release.plannedEnd < release.plannedStart)
        return invalid(tr("The planned end (%1) is before the planned start (%2).")
                           .arg(shown_dates::date(release.plannedEnd), shown_dates::date(release.plannedStart)));
    if (release.ownerId == 0)
        return invalid(tr("A release needs an owner (its release manager)."));
    if (auto r = checkDateInRange(release.plannedStart, tr("Planned start")); !r)
        return r;
    if (auto r = checkDateInRange(release.plannedEnd, tr("Planned end")); !r)
        return r;
    if (!release.version.isEmpty()) {
        if (auto r = checkName(release.version, {}, 64); !r)
            return r;
    }
    if (!release.targetService.isEmpty()) {
        if (auto r = checkName(release.targetService, {}); !r)
            return r;
    }
    return checkTexts({&release.backoutPlan, &release.description});
}

Result<void> check(const Component &component) {
    if (auto r = requireText(component.name, QT_TRANSLATE_NOOP("relm::validation", "A component needs a name.")); !r)
        return r;
    if (component.name.contains(u'@') || component.name.contains(whitespace()))
        return invalid(tr("A component name cannot contain spaces or '@' (e.g. use \"auth-service\")."));
    return checkTexts({&component.description});
}

Result<void> check(const ComponentVersion &version) {
    if (auto r =
            requireText(version.version,
                        QT_TRANSLATE_NOOP("relm::validation", "A version needs a version string, e.g. 2.4.1."), 64);
        !r)
        return r;
    if (version.version.contains(whitespace()))
        return invalid(tr("A version string cannot contain spaces."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!version.sha256.isEmpty() && !hex.match(version.sha256).hasMatch())
        return invalid(tr("A SHA-256 fingerprint is 64 hexadecimal digits (0-9, a-f)."));
    if (!version.sourceRef.isEmpty()) {
        if (auto r = checkName(version.sourceRef, {}, 500); !r)
            return r;
    }
    return {};
}

Result<void> check(const Person &person) {
    if (auto r = requireText(person.login, QT_TRANSLATE_NOOP("relm::validation", "A person needs a login name."), 64);
        !r)
        return r;
    if (person.login.contains(whitespace()))
        return invalid(tr("A login name cannot contain spaces."));
    if (auto r =
            requireText(person.displayName, QT_TRANSLATE_NOOP("relm::validation", "A person needs a display name."));
        !r)
        return r;
    if (!person.email.isEmpty())
        return checkName(person.email, {});
    return {};
}

Result<void> check(const Environment &environment) {
    if (auto r = requireText(environment.name, QT_TRANSLATE_NOOP("relm::validation", "An environment needs a name."));
        !r)
        return r;
    return checkTexts({&environment.description});
}

Result<void> check(const Package &package) {
    if (auto r = requireText(package.name, QT_TRANSLATE_NOOP("relm::validation", "A package needs a name.")); !r)
        return r;
    if (package.name.contains(u'/'))
        return invalid(tr("A package name cannot contain '/'."));
    return {};
}

Result<void> check(const ChangeRequest &change) {
    if (auto r = requireText(
            change.reference,
            QT_TRANSLATE_NOOP("relm::validation", "A change request needs a reference, e.g. RFC-1042."), 64);
        !r)
        return r;
    if (auto r = requireText(change.title, QT_TRANSLATE_NOOP("relm::validation", "A change request needs a title."));
        !r)
        return r;
    return checkTexts({&change.description, &change.publicSummary, &change.userAction});
}

Result<void> check(const NotesTemplate &t) {
    if (!notes_catalogue::audiences().contains(t.audience))
        return invalid(tr("\u201C%1\u201D is not an audience of release notes: use customer, service, technical or "
                          "cab.")
                           .arg(quoted(t.audience)));
    if (!t.title.isEmpty()) {
        if (auto r = checkName(t.title, tr("A document title"), 120); !r)
            return r;
    }
    for (const SectionChoice &c : t.sections) {
        if (!notes_catalogue::section(c.key))
            return invalid(tr("Relm has no notes section \u201C%1\u201D.").arg(quoted(c.key)));
        if (!c.heading.isEmpty()) {
            if (auto r = checkName(c.heading, tr("A heading"), 120); !r)
                return r;
        }
    }
    for (const QString &f : t.fields) {
        if (!notes_catalogue::field(f))
            return invalid(tr("Relm has no notes field \u201C%1\u201D.").arg(quoted(f)));
    }
    if (t.footer.size() > 500)
        return invalid(tr("The footer has %1 characters; at most 500 fit at the foot of a page.").arg(t.footer.size()));
    return checkTexts({&t.footer});
}

Result<void> check(const NotesBranding &b) {
    if (!b.organisation.isEmpty()) {
        if (auto r = checkName(b.organisation, tr("The organisation's name"), 120); !r)
            return r;
    }
    static const QRegularExpression colour(u"^#[0-9A-Fa-f]{6}$"_s);
    for (const QString *c : {&b.primaryColour, &b.accentColour}) {
        if (!colour.match(*c).hasMatch())
            return invalid(tr("\u201C%1\u201D is not a colour: write it as #RRGGBB, e.g. #1F3A5F.").arg(quoted(*c)));
    }
    if (b.logoPng.size() > maximumLogoBytes)
        return invalid(tr("The logo is %1 KB; at most %2 KB fit in a document. Use a smaller PNG (a few hundred "
                          "pixels wide is plenty).")
                           .arg(b.logoPng.size() / 1024)
                           .arg(maximumLogoBytes / 1024));
    if (!b.logoPng.isEmpty() && !b.logoPng.startsWith("\x89PNG\r\n\x1a\n"))
        return invalid(tr("The logo must be a PNG image."));
    return {};
}

Result<void> check(const PlanTask &task) {
    if (auto r = requireText(task.name, QT_TRANSLATE_NOOP("relm::validation", "A task needs a name.")); !r)
        return r;
    if (task.duration < 0)
        return invalid(tr("A duration cannot be negative."));
    if (task.duration > maximumWorkMinutes || task.pessimistic > maximumWorkMinutes)
        return invalid(tr("\u201C%1\u201D lasts longer than Relm plans (at most 10 years of working time); "
                          "shorten it or split it into phases.")
                           .arg(task.name.trimmed()));
    if (task.constraintDate.isValid()) {
        if (auto r = checkDateInRange(task.constraintDate.date(), tr("The constraint date of %1").arg(task.name)); !r)
            return r;
    }
    if (task.percentComplete < 0 || task.percentComplete > 100)
        return invalid(tr("Progress is a percentage from 0 to 100."));
    if (constraintHasDate(task.constraint) && !task.constraintDate.isValid())
        return invalid(tr("A date constraint needs its date."));
    if ((task.optimistic >= 0 && task.optimistic > task.duration) ||
        (task.pessimistic >= 0 && task.pessimistic < task.duration))
        return invalid(tr("A three-point estimate needs optimistic \u2264 most likely \u2264 pessimistic."));
    return {};
}

Result<void> check(const PlanLink &link) {
    if (link.predecessorId == link.successorId)
        return invalid(tr("A task cannot depend on itself."));
    if (link.lag > maximumWorkMinutes || link.lag < -maximumWorkMinutes)
        return invalid(tr("A lag or lead is at most 10 years of working time."));
    if (link.lagIsPercent &&
        (!std::isfinite(link.lagPercent) || std::abs(link.lagPercent) > scheduleLimits::kMaxLagPercent))
        return invalid(tr("A lag in percent lies between -%1 % and %1 % of the predecessor's duration.")
                           .arg(scheduleLimits::kMaxLagPercent));
    return {};
}

namespace {

Result<void> checkWorkingHours(const QList<WorkInterval> &intervals, const QString &day) {
    auto clock = [](int minute) {
        return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
    };
    for (int i = 0; i < intervals.size(); ++i) {
        const WorkInterval &w = intervals.at(i);
        if (w.start < 0 || w.end > 24 * 60 || w.start >= w.end)
            return invalid(tr("%1: %2\u2013%3 is not a period of working time; the end comes after the start, "
                              "within the day (00:00 to 24:00).")
                               .arg(day, clock(w.start), clock(w.end)));
        for (int j = 0; j < i; ++j) {
            const WorkInterval &o = intervals.at(j);
            if (w.start < o.end && o.start < w.end)
                return invalid(tr("%1: working hours %2\u2013%3 and %4\u2013%5 overlap; give each period once, e.g. "
                                  "%6\u2013%7.")
                                   .arg(day, clock(o.start), clock(o.end), clock(w.start), clock(w.end),
                                        clock(std::min(o.start, w.start)), clock(std::max(o.end, w.end))));
        }
    }
    return {};
}

} // namespace

Result<void> check(const PlanCalendar &calendar) {
    if (auto r = requireText(calendar.name, QT_TRANSLATE_NOOP("relm::validation", "A calendar needs a name.")); !r)
        return r;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (auto r = checkWorkingHours(calendar.calendar.weekday(day), QLocale().dayName(day)); !r)
            return r;
    }
    for (auto it = calendar.calendar.exceptions().cbegin(); it != calendar.calendar.exceptions().cend(); ++it) {
        if (auto r = checkDateInRange(it.key(), tr("An exception date")); !r)
            return r;
        if (auto r = checkWorkingHours(*it, it.key().toString(Qt::ISODate)); !r)
            return r;
    }
    if (!calendar.calendar.hasWorkingTime())
        return invalid(tr("A calendar needs some working time in its week."));
    return {};
}

Result<void> check(const Risk &risk) {
    if (auto r = requireText(risk.title, QT_TRANSLATE_NOOP("relm::validation", "A risk needs a title.")); !r)
        return r;
    if (risk.likelihood < 1 || risk.likelihood > 5)
        return invalid(tr("Likelihood is rated from 1 (rare) to 5 (almost certain), not %1.").arg(risk.likelihood));
    if (risk.impact < 1 || risk.impact > 5)
        return invalid(tr("Impact is rated from 1 (negligible) to 5 (severe), not %1.").arg(risk.impact));
    if (risk.expectedDelay < 0)
        return invalid(tr("An expected delay cannot be negative."));
    if (risk.expectedDelay > maximumWorkMinutes)
        return invalid(tr("An expected delay is at most 10 years of working time."));
    if (risk.expectedDelay > 0 && risk.taskId == 0)
        return invalid(tr("A delay needs the task it would delay: name the task too."));
    if (risk.releaseId == 0)
        return invalid(tr("A risk belongs to a release."));
    if (!risk.category.isEmpty()) {
        if (auto r = checkName(risk.category, {}); !r)
            return r;
    }
    return checkTexts({&risk.description, &risk.mitigation, &risk.contingency});
}

Result<void> check(const AcceptanceCriterion &criterion) {
    if (auto r = requireText(criterion.description,
                             QT_TRANSLATE_NOOP("relm::validation", "A criterion needs a description."));
        !r)
        return r;
    if (criterion.releaseId == 0)
        return invalid(tr("A criterion belongs to a release."));
    if (criterion.status == CriterionStatus::Waived && criterion.waiverReason.trimmed().isEmpty())
        return invalid(tr("A waived criterion needs the reason it was waived."));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!criterion.evidenceSha256.isEmpty() && !sha256.match(criterion.evidenceSha256).hasMatch())
        return invalid(tr("The evidence fingerprint must be a SHA-256: 64 hexadecimal digits."));
    if (criterion.status == CriterionStatus::Met && !criterion.hasEvidence())
        return invalid(tr("A criterion is met on evidence: add a note, a link or a file first."));
    return checkTexts(
        {&criterion.evidenceNote, &criterion.evidenceLink, &criterion.evidenceFile, &criterion.waiverReason});
}

Result<void> check(const ReleasePolicy &policy) {
    QList<Role> seen;
    for (const SignOffRequirement &r : policy.signOffs) {
        if (r.quorum < 1 || r.quorum > 25)
            return invalid(tr("A quorum is between 1 and 25 people, not %1.").arg(r.quorum));
        if (seen.contains(r.role))
            return invalid(tr("%1 is listed twice among the sign-offs.").arg(labelOf(r.role)));
        seen.append(r.role);
    }
    if (policy.minimumLeadHours < 0 || policy.minimumLeadHours > 24 * 90)
        return invalid(tr("The lead time is between 0 and 2160 hours (90 days)."));
    return {};
}

Result<void> check(const Deployment &d) {
    if (d.releaseId == 0 || d.environmentId == 0)
        return invalid(tr("A deployment names a release and an environment."));
    if (d.plannedStart.isValid() && d.plannedEnd.isValid() && d.plannedEnd < d.plannedStart)
        return invalid(tr("The planned window ends before it starts."));
    if (d.actualStart.isValid() && d.actualEnd.isValid() && d.actualEnd < d.actualStart)
        return invalid(tr("The deployment ends before it starts."));
    if (d.outcome != DeploymentOutcome::Planned && !d.actualStart.isValid())
        return invalid(tr("A deployment that ran needs its actual start."));
    if (d.emergency && d.emergencyReason.trimmed().isEmpty())
        return invalid(tr("An emergency deployment needs the reason it could not wait."));
    for (const QDateTime &at : {d.plannedStart, d.plannedEnd, d.actualStart, d.actualEnd}) {
        if (auto r = checkDateInRange(at.date(), tr("A deployment time")); !r)
            return r;
    }
    return checkTexts({&d.notes, &d.emergencyReason});
}

Result<void> check(const RunbookStep &step) {
    if (auto r = requireText(step.title, QT_TRANSLATE_NOOP("relm::validation", "A runbook step needs a title.")); !r)
        return r;
    if (step.expectedMinutes < 0 || step.expectedMinutes > 60 * 24 * 365)
        return invalid(tr("A step takes between 0 minutes and a year."));
    return checkTexts({&step.skipReason});
}

Result<void> check(const KnownError &error) {
    if (auto r = requireText(error.title, QT_TRANSLATE_NOOP("relm::validation", "A known error needs a title.")); !r)
        return r;
    if (error.fixedInReleaseId == error.releaseId && error.releaseId != 0)
        return invalid(tr("A known error cannot be fixed in the release it was found in; remove it instead."));
    return checkTexts({&error.symptom, &error.workaround, &error.reference});
}

Result<void> check(const ReleaseReview &review) {
    if (review.incidents < 0)
        return invalid(tr("Incidents are counted from 0."));
    if (review.complete && !review.missing().isEmpty())
        return invalid(tr("The review is not complete yet: it still needs %1.").arg(review.missing().join(u", ")));
    return checkTexts({&review.outcome, &review.incidentNotes, &review.lessons, &review.followUps});
}

Result<QDate> parseDate(const QString &text, const QString &fieldLabel) {
    // Strictly the date: Qt's own ISO reading would take "2026-01-01T25:00" as 2026-01-01.
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = form.match(text.trimmed()).hasMatch() ? QDate::fromString(text.trimmed(), Qt::ISODate) : QDate();
    if (!date.isValid())
        return makeError(ErrorCode::Invalid,
                         tr("%1: \"%2\" is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.").arg(fieldLabel, text));
    if (auto r = checkDateInRange(date, fieldLabel); !r)
        return r.error();
    return date;
}

Result<QDateTime> parseUtcDateTime(const QString &text, const QString &fieldLabel) {
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?Z?$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const QTime time = match.captured(2).isEmpty()
                           ? QTime(0, 0)
                           : QTime(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (!date.isValid() || !time.isValid())
        return makeError(ErrorCode::Invalid, tr("%1: \"%2\" is not a valid UTC date and time; use YYYY-MM-DDTHH:MM "
                                                "with hours 00-23, e.g. 2026-11-24T22:00.")
                                                 .arg(fieldLabel, text));
    if (auto r = checkDateInRange(date, fieldLabel); !r)
        return r.error();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace relm::validation
