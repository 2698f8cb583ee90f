#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace relm {

/// Maps calendar time to horizontal pixels for the Gantt chart, at zoom levels from hours to
/// quarters, and names the header's divisions.
class TimeScale final {
public:
    enum class Zoom { Hours, Days, Weeks, Months, Quarters };

    struct Tick {
        QDateTime at;
        QString label;
    };

    TimeScale() = default;
    TimeScale(QDateTime origin, Zoom zoom);

    Zoom zoom() const { return m_zoom; }
    void setZoom(Zoom zoom) { m_zoom = zoom; }
    bool zoomIn();
    bool zoomOut();
    QDateTime origin() const { return m_origin; }
    void setOrigin(const QDateTime &origin) { m_origin = origin; }

    double pixelsPerDay() const;
    double x(const QDateTime &at) const;
    QDateTime at(double x) const;
    /// Snaps an instant to what a drag at this zoom can mean: the hour, or the working day's start.
    QDateTime snap(const QDateTime &at, QTime dayStart = QTime(8, 0)) const;

    /// The upper header row (coarse) and lower header row (fine) divisions in [from, to].
    QList<Tick> majorTicks(const QDateTime &from, const QDateTime &to) const;
    QList<Tick> minorTicks(const QDateTime &from, const QDateTime &to) const;

private:
    enum class Unit { Hour, Day, Week, Month, Quarter, Year };
    QList<Tick> ticks(Unit unit, const QDateTime &from, const QDateTime &to) const;

    QDateTime m_origin;
    Zoom m_zoom = Zoom::Days;
};

} // namespace relm
