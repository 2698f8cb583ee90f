#pragma once

#include "gantt/GanttChart.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

class QPaintDevice;

namespace relm::gantt {

/// What a printed chart shows besides the chart itself.
struct SheetParts {
    bool titleBlock = true;
    bool legend = true;
    bool pageNumbers = true;
    QString note; ///< a line above the legend (e.g. which rows a picture leaves out)
};

/// Where everything of a printed chart goes, in points (1/72 inch): the title block, the task
/// table's columns, the timeline's scale and divisions (the finest whose labels fit), the rows on
/// each page, and the legend's lines. "Pages wide" scales the timeline so that the whole span of
/// dates fits that many pages across; each page column shows its slice of it.
class GanttLayout final {
public:
    enum class Unit { Day, Week, Month, Quarter, Year, None };
    enum LegendKind {
        LegendTask,
        LegendCritical,
        LegendPhase,
        LegendMilestone,
        LegendBaseline,
        LegendFreeze,
        LegendToday,
        LegendLink
    };
    struct Tick {
        double x; ///< on the whole timeline
        QDate date;
    };
    struct RowGeometry {
        double x1, x2;   ///< the bar, on the whole timeline
        double bx1, bx2; ///< the baseline; bx1 < 0 without one
        QString start, finish, slack;
    };
    struct LegendItem {
        int kind;
        QString text;
        double width;
    };

    static constexpr double textSize = 7.5;
    static constexpr double smallSize = 6.5;
    static constexpr double titleSize = 13;
    static constexpr double pad = 3;
    static constexpr double indent = 8;

    /// `page` is one page's printable size; a height of 0 makes one page tall enough for every row.
    GanttLayout(const Chart &chart, QSizeF page, int pagesWide, SheetParts parts);

    /// A font of `points` points for a painter whose units are points on `device`.
    static QFont font(double points, bool bold, const QPaintDevice *device);
    /// A date as the table writes it (ISO 8601), a dash when there is none.
    static QString dateText(const QDateTime &at);

    int pageCount() const { return m_rowBands * m_pagesWide; }
    QSizeF page() const { return m_page; }
    int pagesWide() const { return m_pagesWide; }
    double titleHeight() const { return m_titleHeight; }
    double tierHeight() const { return m_tierHeight; }
    double headerHeight() const { return m_headerHeight; }
    double rowHeight() const { return m_rowHeight; }
    double footerHeight() const { return m_footerHeight; }
    int rowsPerPage() const { return m_rowsPerPage; }
    bool freezeTier() const { return m_freezeTier; }
    bool anyBaseline() const { return m_anyBaseline; }
    double nameWidth() const { return m_nameWidth; }
    double nameWidthLater() const { return m_nameWidthLater; }
    double dateWidth() const { return m_dateWidth; }
    double floatWidth() const { return m_floatWidth; }
    double days() const { return m_days; }
    double pointsPerDay() const { return m_pointsPerDay; }
    qint64 day0() const { return m_day0; }
    const std::vector<double> &sliceStart() const { return m_sliceStart; }
    Unit major() const { return m_major; }
    Unit minor() const { return m_minor; }
    const std::vector<Tick> &majorTicks() const { return m_majorTicks; }
    const std::vector<Tick> &minorTicks() const { return m_minorTicks; }
    const std::vector<RowGeometry> &geometry() const { return m_geometry; }
    const std::vector<std::vector<int>> &linksFrom() const { return m_linksFrom; }
    const std::vector<std::vector<int>> &linksTo() const { return m_linksTo; }
    const std::vector<std::vector<LegendItem>> &legendLines() const { return m_legendLines; }

    /// The task table's width on a page of page column `column` (the first shows every column).
    double tableWidth(int column) const;
    /// Where an instant (calendar-local) or the start of a day falls on the whole timeline.
    double x(const QDateTime &at) const;
    double xOfDate(const QDate &date) const;
    /// The top of a row on the page whose first row is `firstRow`.
    double rowY(int row, int firstRow) const;
    /// A division's labels, longest first.
    QStringList labels(Unit unit, const QDate &date, bool major) const;
    /// Where a row's bar goes on a page of page column `column`, its row starting at `y`.
    QRectF barRect(int row, double y, int column) const;

private:
    void layOut();
    std::vector<Tick> ticks(Unit unit) const;

    const Chart &m_chart;
    QSizeF m_page;
    int m_pagesWide = 1;
    SheetParts m_parts;

    double m_titleHeight = 0;
    double m_tierHeight = 0;
    double m_headerHeight = 0;
    double m_rowHeight = 0;
    double m_footerHeight = 0;
    int m_rowsPerPage = 1;
    int m_rowBands = 1;
    bool m_freezeTier = false;
    bool m_anyBaseline = false;

    double m_nameWidth = 0;
    double m_nameWidthLater = 0;
    double m_dateWidth = 0;
    double m_floatWidth = 0;

    qint64 m_day0 = 0;
    double m_days = 1;
    double m_pointsPerDay = 1;
    std::vector<double> m_sliceStart;
    Unit m_major = Unit::Month;
    Unit m_minor = Unit::Week;
    std::vector<Tick> m_majorTicks;
    std::vector<Tick> m_minorTicks;

    std::vector<RowGeometry> m_geometry;
    std::vector<std::vector<int>> m_linksFrom;
    std::vector<std::vector<int>> m_linksTo;
    std::vector<std::vector<LegendItem>> m_legendLines;
};

} // namespace relm::gantt
