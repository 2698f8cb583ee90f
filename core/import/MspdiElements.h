#pragma once

#include "schedule/WorkCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include <tuple>

namespace relm::mspdi {

/// One <Task> as the file has it, before it becomes a scheduler task.
struct RawTask {
    int uid = 0;
    bool hasUid = false;
    QString name;
    int outlineLevel = 0;
    qint64 duration = 0; ///< working minutes
    bool elapsed = false;
    bool milestone = false;
    bool isNull = false;
    int constraint = 0;
    QDateTime constraintDate;
    struct Link {
        int predecessorUid = -1;
        int type = 1;
        qint64 lag = 0; ///< tenths of a minute, or tenths of a percent
        int lagFormat = 7;
    };
    QList<Link> links;
    QString problem; ///< the first malformed value, e.g. "<Duration> is “abc”, not a duration such as PT8H0M0S"
};

/// One <Calendar>: its week (MSPDI day type 1 = Sunday ... 7 = Saturday) and exception periods.
struct RawCalendar {
    int uid = 0;
    QString name;
    QHash<int, QList<WorkInterval>> week;
    QList<std::tuple<QDate, QDate, QList<WorkInterval>>> exceptions;
    QString problem;
};

/// Readers for the MSPDI elements Relm uses. Each reads from the element's start tag to its end
/// tag and notes the first malformed value in `problem` instead of guessing a number.
RawTask readTask(QXmlStreamReader &xml);
RawCalendar readCalendar(QXmlStreamReader &xml);

/// Skips the current element and everything in it; raises an error on absurdly deep nesting.
void skipElement(QXmlStreamReader &xml);
/// An MSPDI date-time ("2026-01-05T08:00:00"); invalid when malformed.
QDateTime parseDate(const QString &text);
/// A whole number from an element's text; false (and `problem` set) when it is not one. Empty text
/// keeps `value` as it is.
bool readInteger(QXmlStreamReader &xml, int &value, QString &problem);

} // namespace relm::mspdi
