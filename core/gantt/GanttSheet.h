#pragma once

#include "gantt/GanttLayout.h"

#include <atomic>

class QPainter;

namespace relm::gantt {

/// Paints a chart's pages as its GanttLayout places them: a title block, the task table beside the
/// timeline (the table's names and both headers repeated on every page), bars, phases as brackets,
/// milestones as diamonds, baselines, hatched freeze windows, elbow links, the today line, and a
/// legend with the page number.
class GanttSheet final {
public:
    using Parts = SheetParts;

    GanttSheet(const Chart &chart, QSizeF page, int pagesWide, Parts parts);

    int pageCount() const { return m_layout.pageCount(); }
    /// The printable size of every page, in points.
    QSizeF pageSize() const { return m_layout.page(); }
    /// Paints one page (0-based) with the painter's units in points; false when cancelled.
    bool paint(QPainter &painter, int page, const std::atomic<bool> *cancel = nullptr) const;

private:
    using Unit = GanttLayout::Unit;
    using Tick = GanttLayout::Tick;
    using RowGeometry = GanttLayout::RowGeometry;
    using LegendItem = GanttLayout::LegendItem;

    void paintTitle(QPainter &p) const;
    void paintTableHeader(QPainter &p, int column) const;
    void paintTimeHeader(QPainter &p, int column) const;
    void paintTier(QPainter &p, Unit unit, const std::vector<Tick> &ticks, double top, int column, bool major) const;
    void paintFreezeTier(QPainter &p, int column) const;
    void paintBackground(QPainter &p, int column, int firstRow, int lastRow) const;
    void paintTable(QPainter &p, int column, int firstRow, int lastRow) const;
    void paintLinks(QPainter &p, int column, int firstRow, int lastRow) const;
    bool paintBars(QPainter &p, int column, int firstRow, int lastRow, const std::atomic<bool> *cancel) const;
    void paintFooter(QPainter &p, int page) const;

    const Chart &m_chart;
    Parts m_parts;
    GanttLayout m_layout;
};

} // namespace relm::gantt
