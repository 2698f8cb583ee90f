#pragma once

#include "Result.h"
#include "schedule/WorkCalendar.h"

#include "import/XmlReader.h"
#include <QDate>
#include <QHash>
#include <QList>

#include <array>

namespace relm::planner {

/// One <calendar> of a Planner file as written: day types by weekday, the working hours of the
/// day types it overrides, and dates given another day type. Derived calendars name their base.
struct RawCalendar {
    int id = 0;
    int base = -1; ///< index of the calendar it derives from, -1 for none
    QString name;
    std::array<qint64, 7> week{-1, -1, -1, -1, -1, -1, -1}; ///< Monday first; -1: not given
    QHash<qint64, QList<WorkInterval>> dayTypes;
    struct Day {
        QDate date;
        qint64 dayType = 0;
    };
    QList<Day> days;
    qint64 line = 0;
};

/// Reads <calendars> (with nested derived calendars) into `calendars`; false with `problem` set
/// (and the reader at the line at fault) when a value is malformed.
bool readCalendars(xml_plan::XmlReader &xml, QList<RawCalendar> &calendars, QString &problem);

/// The working calendar a Planner calendar stands for, its base calendars resolved. `days` counts
/// the dates it sets apart.
Result<WorkCalendar> resolve(const QList<RawCalendar> &calendars, int index, int &days);

} // namespace relm::planner
