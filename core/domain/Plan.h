#pragma once

#include "domain/Ids.h"
#include "schedule/ScheduleInput.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace relm {

/// A task (or milestone, or phase) in a release's plan. Durations are working minutes.
struct PlanTask {
    Id id = 0;
    Id releaseId = 0;
    Id parentId = 0; ///< the phase (summary task) it belongs to
    int position = 0;
    QString name;
    qint64 duration = 0;
    bool milestone = false;
    ConstraintType constraint = ConstraintType::AsSoonAsPossible;
    QDateTime constraintDate; ///< calendar-local
    Id calendarId = 0;        ///< its own calendar, 0: the release's
    bool deployment = false;
    bool emergency = false;
    Id environmentId = 0; ///< the environment it deploys to or occupies
    int percentComplete = 0;
    qint64 optimistic = -1;
    qint64 pessimistic = -1;
    QString sourceUid;     ///< its id in an imported file
    QDateTime manualStart; ///< a manually scheduled task starts here whatever its dependencies say
    QDateTime actualStart; ///< when work on it began; invalid: not begun
    QDateTime actualFinish;

    bool operator==(const PlanTask &) const = default;
};

/// How a release's plan is dated: where its work may start (invalid: the release's planned start,
/// 08:00) and its status date (invalid: none).
struct PlanSettings {
    QDateTime start;
    QDateTime statusDate;

    bool isEmpty() const { return !start.isValid() && !statusDate.isValid(); }
    bool operator==(const PlanSettings &) const = default;
};

/// A dependency between two tasks, possibly of two releases.
struct PlanLink {
    Id id = 0;
    Id predecessorId = 0;
    Id successorId = 0;
    LinkType type = LinkType::FinishToStart;
    qint64 lag = 0;
    double lagPercent = 0;
    bool lagIsPercent = false;

    bool operator==(const PlanLink &) const = default;
};

/// A named working calendar kept in the database.
struct PlanCalendar {
    Id id = 0;
    QString name;
    WorkCalendar calendar;

    bool operator==(const PlanCalendar &other) const {
        return id == other.id && name == other.name && calendar.toJson() == other.calendar.toJson();
    }
};

/// A saved copy of a release's task dates, to measure slip against.
struct PlanBaseline {
    Id id = 0;
    Id releaseId = 0;
    QString name;
    QDateTime savedAt; ///< UTC
    QString savedBy;
    QHash<Id, std::pair<QDateTime, QDateTime>> dates; ///< task id -> (start, finish)
};

/// A baseline's dates as stored: {"task id": ["start", "finish"]}, calendar-local times without a
/// zone. Reading takes any bytes: entries that are not a task id with two times are left out.
QByteArray baselineDatesToJson(const QHash<Id, std::pair<QDateTime, QDateTime>> &dates);
QHash<Id, std::pair<QDateTime, QDateTime>> baselineDatesFromJson(const QByteArray &json);

QString linkTypeKey(LinkType type); ///< "FS", "SS", "FF", "SF"
std::optional<LinkType> linkTypeFromKey(const QString &key);
/// The dependency type's name for people ("Finish to start"), translated.
QString linkTypeName(LinkType type);
/// Reads a dependency's lag as people write it into `link`: working time ("1d", "-4h": a minus is
/// a lead), a share of the predecessor's duration ("50%"), or nothing (no lag). False, leaving
/// `link` as it was, when the text is none of these.
bool setLagFromText(PlanLink &link, QStringView text);
/// The lag as setLagFromText reads it: "" (none), "1d", "-4h" or "50%".
QString lagText(const PlanLink &link);
QString constraintKey(ConstraintType type); ///< "asap", "alap", "snet", "snlt", "fnet", "fnlt", "mso", "mfo"
std::optional<ConstraintType> constraintFromKey(const QString &key);
/// The constraint's name for people ("Finish no later than"), translated.
QString constraintName(ConstraintType type);

} // namespace relm
