// A change window as the database may hold it (edited outside Relm): line 1 the stored rule,
// line 2 the scope JSON, line 3 the time zone, lines 4 and 5 start and end. Checking it and
// expanding it must never crash, hang or overflow, valid or not.
#include "calendar/WindowOccurrences.h"
#include "domain/Validation.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    relm::ChangeWindow w;
    w.name = QStringLiteral("fuzz");
    w.recurrence = relm::Recurrence::fromRuleText(lines.value(0)).value_or(relm::Recurrence{});
    w.scope = relm::WindowScope::fromJson(lines.value(1).toUtf8());
    w.timeZone = lines.value(2).toUtf8();
    w.start = QDateTime::fromString(lines.value(3), Qt::ISODate);
    w.end = QDateTime::fromString(lines.value(4), Qt::ISODate);
    (void)relm::validation::check(w);
    (void)w.recurrence.describe();
    (void)w.recurrence.storedText();
    (void)relm::window_occurrences::startFollowsRule(w);
    (void)relm::window_occurrences::firstDayFrom(w.recurrence, w.start.date());
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    (void)relm::window_occurrences::of(w, from, from.addYears(2));
    (void)relm::window_occurrences::freezesTouching({w}, {1, QStringLiteral("Billing"), {1, 2}}, from,
                                                    from.addDays(400));
    return 0;
}
