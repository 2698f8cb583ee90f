#include "ChangeWindow.h"

#include "i18n/ShownDates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr const char *dayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QString dayCode(Qt::DayOfWeek day) {
    return QString::fromLatin1(dayCodes[int(day) - 1]);
}

std::optional<Qt::DayOfWeek> dayFromCode(QStringView code) {
    for (int i = 0; i < 7; ++i) {
        if (code.compare(QLatin1StringView(dayCodes[i]), Qt::CaseInsensitive) == 0)
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

QString translated(const char *text) {
    return QCoreApplication::translate("relm::Recurrence", text);
}

QString dayName(Qt::DayOfWeek day) {
    static const char *names[] = {
        QT_TRANSLATE_NOOP("relm::Recurrence", "Monday"),    QT_TRANSLATE_NOOP("relm::Recurrence", "Tuesday"),
        QT_TRANSLATE_NOOP("relm::Recurrence", "Wednesday"), QT_TRANSLATE_NOOP("relm::Recurrence", "Thursday"),
        QT_TRANSLATE_NOOP("relm::Recurrence", "Friday"),    QT_TRANSLATE_NOOP("relm::Recurrence", "Saturday"),
        QT_TRANSLATE_NOOP("relm::Recurrence", "Sunday")};
    return translated(names[int(day) - 1]);
}

QString ordinalName(int ordinal) {
    static const char *names[] = {
        QT_TRANSLATE_NOOP("relm::Recurrence", "first"), QT_TRANSLATE_NOOP("relm::Recurrence", "second"),
        QT_TRANSLATE_NOOP("relm::Recurrence", "third"), QT_TRANSLATE_NOOP("relm::Recurrence", "fourth"),
        QT_TRANSLATE_NOOP("relm::Recurrence", "fifth")};
    if (ordinal == -1)
        return QCoreApplication::translate("relm::Recurrence", "last");
    if (ordinal < -1)
        return QCoreApplication::translate("relm::Recurrence", "%1th from last").arg(-ordinal);
    return translated(names[std::clamp(ordinal, 1, 5) - 1]);
}

/// "on the last day", "on day 15", "on the third Saturday"
QString dayInMonth(const Recurrence &r) {
    if (r.ordinal != 0)
        return QCoreApplication::translate("relm::Recurrence", "on the %1 %2")
            .arg(ordinalName(r.ordinal), dayName(r.ordinalDay));
    if (r.monthDay == -1)
        return QCoreApplication::translate("relm::Recurrence", "on the last day");
    if (r.monthDay < -1)
        return QCoreApplication::translate("relm::Recurrence", "on day %1 counted from the month's end")
            .arg(-r.monthDay);
    if (r.monthDay > 0)
        return QCoreApplication::translate("relm::Recurrence", "on day %1").arg(r.monthDay);
    return {};
}

} // namespace

QString Recurrence::ruleText() const {
    QStringList parts;
    switch (frequency) {
    case Frequency::Once:
        return {};
    case Frequency::Weekly:
        parts << u"FREQ=WEEKLY"_s;
        break;
    case Frequency::Monthly:
        parts << u"FREQ=MONTHLY"_s;
        break;
    case Frequency::Yearly:
        parts << u"FREQ=YEARLY"_s;
        break;
    }
    if (interval > 1)
        parts << u"INTERVAL=%1"_s.arg(interval);
    if (frequency == Frequency::Weekly && !weekdays.isEmpty()) {
        QStringList days;
        for (Qt::DayOfWeek d : weekdays)
            days << dayCode(d);
        parts << u"BYDAY="_s + days.join(u',');
    }
    if (frequency == Frequency::Yearly && month > 0)
        parts << u"BYMONTH=%1"_s.arg(month);
    if (frequency != Frequency::Weekly) {
        if (ordinal != 0)
            parts << u"BYDAY=%1%2"_s.arg(ordinal).arg(dayCode(ordinalDay));
        else if (monthDay != 0)
            parts << u"BYMONTHDAY=%1"_s.arg(monthDay);
    }
    return parts.join(u';');
}

QString Recurrence::storedText() const {
    QString text = ruleText();
    if (!text.isEmpty() && until.isValid())
        text += u";UNTIL="_s + until.toString(u"yyyyMMdd"_s);
    return text;
}

std::optional<Recurrence> Recurrence::fromRuleText(const QString &text) {
    Recurrence r;
    if (text.trimmed().isEmpty())
        return r;
    bool frequencySeen = false;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        const QString name = part.left(eq).trimmed().toUpper();
        const QString value = part.mid(eq + 1).trimmed();
        bool ok = true;
        if (name == u"FREQ") {
            const QString f = value.toUpper();
            if (f == u"WEEKLY")
                r.frequency = Frequency::Weekly;
            else if (f == u"MONTHLY")
                r.frequency = Frequency::Monthly;
            else if (f == u"YEARLY")
                r.frequency = Frequency::Yearly;
            else
                return std::nullopt;
            frequencySeen = true;
        } else if (name == u"INTERVAL") {
            r.interval = value.toInt(&ok);
        } else if (name == u"BYMONTH") {
            r.month = value.toInt(&ok);
        } else if (name == u"BYMONTHDAY") {
            r.monthDay = value.toInt(&ok);
        } else if (name == u"UNTIL") {
            r.until = QDate::fromString(value.left(8), u"yyyyMMdd"_s);
            ok = r.until.isValid();
        } else if (name == u"BYDAY") {
            for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
                const QString code = item.right(2);
                const auto day = dayFromCode(code);
                if (!day)
                    return std::nullopt;
                const QString prefix = item.left(item.size() - 2);
                if (prefix.isEmpty()) {
                    r.weekdays.append(*day);
                } else {
                    r.ordinal = prefix.toInt(&ok);
                    r.ordinalDay = *day;
                }
            }
        } else {
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    if (!frequencySeen)
        return std::nullopt;
    return r;
}

QString Recurrence::describe() const {
    QString text;
    switch (frequency) {
    case Frequency::Once:
        return QCoreApplication::translate("relm::Recurrence", "once");
    case Frequency::Weekly: {
        text = (interval == 1 ? QCoreApplication::translate("relm::Recurrence", "every week")
                              : QCoreApplication::translate("relm::Recurrence", "every %1 weeks").arg(interval));
        QStringList days;
        for (Qt::DayOfWeek d : weekdays)
            days << dayName(d);
        if (!days.isEmpty())
            text += u' ' + QCoreApplication::translate("relm::Recurrence", "on %1").arg(days.join(u", "_s));
        break;
    }
    case Frequency::Monthly:
        text = (interval == 1 ? QCoreApplication::translate("relm::Recurrence", "every month")
                              : QCoreApplication::translate("relm::Recurrence", "every %1 months").arg(interval));
        if (const QString day = dayInMonth(*this); !day.isEmpty())
            text += u' ' + day;
        break;
    case Frequency::Yearly:
        text = (interval == 1 ? QCoreApplication::translate("relm::Recurrence", "every year")
                              : QCoreApplication::translate("relm::Recurrence", "every %1 years").arg(interval));
        if (month > 0)
            text += u' ' + QCoreApplication::translate("relm::Recurrence", "in %1")
                               .arg(QLocale().standaloneMonthName(month, QLocale::LongFormat));
        if (const QString day = dayInMonth(*this); !day.isEmpty())
            text += u' ' + day;
        break;
    }
    if (until.isValid())
        text += u' ' + QCoreApplication::translate("relm::Recurrence", "until %1").arg(shown_dates::date(until));
    return text;
}

QByteArray WindowScope::toJson() const {
    QJsonObject o;
    auto ids = [](const QList<Id> &list) {
        QJsonArray a;
        for (Id id : list)
            a.append(id);
        return a;
    };
    if (!services.isEmpty())
        o.insert(u"services"_s, QJsonArray::fromStringList(services));
    if (!environmentIds.isEmpty())
        o.insert(u"environments"_s, ids(environmentIds));
    if (!componentIds.isEmpty())
        o.insert(u"components"_s, ids(componentIds));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

WindowScope WindowScope::fromJson(const QByteArray &json) {
    WindowScope scope;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const QJsonValue v : o.value(u"services"_s).toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            scope.services.append(v.toString().trimmed());
    }
    auto ids = [&](const QString &key, QList<Id> &into) {
        for (const QJsonValue v : o.value(key).toArray()) {
            if (v.isDouble() && v.toDouble() >= 1)
                into.append(Id(v.toDouble()));
        }
    };
    ids(u"environments"_s, scope.environmentIds);
    ids(u"components"_s, scope.componentIds);
    return scope;
}

QDateTime wallClockToUtc(const QDate &day, const QTime &time, const QTimeZone &zone) {
    const QDateTime naive(day, time, Qt::UTC);
    if (!zone.isValid() || !naive.isValid())
        return naive;
    // The offsets in force a day either side; a transition lies between them, if any.
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    QList<QDateTime> readings;
    for (const int offset : {before, after}) {
        const QDateTime utc = naive.addSecs(-offset);
        if (zone.offsetFromUtc(utc) == offset && !readings.contains(utc))
            readings.append(utc);
    }
    if (readings.isEmpty())
        return naive.addSecs(-before);                            // in the gap: the offset from before it
    return *std::min_element(readings.cbegin(), readings.cend()); // twice: the first
}

QDateTime CabMeeting::startUtc() const {
    const QTimeZone zone(timeZone);
    return wallClockToUtc(start.date(), start.time(), zone.isValid() ? zone : QTimeZone::utc());
}

} // namespace relm
