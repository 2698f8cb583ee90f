#pragma once

#include "domain/Ids.h"
#include "gantt/TimeScale.h"

#include <QAbstractScrollArea>

namespace relm {

class GanttModel;

/// The Gantt chart's timeline: bars, milestones, phases, dependency arrows, critical tasks, baseline
/// ghosts, progress, non-working days, freeze windows and the today line. Only visible rows are
/// painted. Rows line up with the task table beside it (same row height, shared vertical offset).
/// Mouse: drag a bar to move it, drag its right end to change its length, Shift-drag from one bar
/// to another to link them, double-click to edit. Edits are requested through signals.
class GanttTimeline final : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit GanttTimeline(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GanttTimeline)

    void setModel(GanttModel *model);
    void setRowHeight(int height);
    int rowHeight() const { return m_rowHeight; }
    int headerHeight() const { return m_headerHeight; }
    void setHeaderHeight(int height);
    /// Vertical offset in pixels, shared with the task table.
    void setVerticalOffset(int pixels);
    void setToday(const QDateTime &today);
    QDateTime today() const { return m_today; }

    TimeScale &scale() { return m_scale; }
    void zoomIn();
    void zoomOut();
    /// Scrolls so that an instant is in view (the release start, today).
    void scrollTo(const QDateTime &at);

    /// Where a row's bar is drawn, in viewport coordinates (for tests and hit testing).
    QRect barRect(int row) const;
    /// The dates in view, from the left edge to the right edge.
    std::pair<QDateTime, QDateTime> visibleRange() const;
    /// What the shapes, patterns and colours mean, in words.
    static QString legend();

Q_SIGNALS:
    void moveRequested(relm::Id taskId, const QDateTime &newStart);
    void resizeRequested(relm::Id taskId, const QDateTime &newFinish);
    void linkRequested(relm::Id predecessorId, relm::Id successorId);
    void activated(relm::Id taskId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    enum class Drag { None, Move, Resize, Link };

    void paintAll(QPainter &painter, const QRect &area, int horizontalOffset, int verticalOffset);
    void paintHeader(QPainter &painter, const QRect &area, int horizontalOffset) const;
    void paintBackground(QPainter &painter, const QRect &area, int horizontalOffset) const;
    void paintRow(QPainter &painter, int row, int y, int horizontalOffset) const;
    void paintLinks(QPainter &painter, int firstRow, int lastRow, int horizontalOffset, int verticalOffset) const;
    void updateRange();
    /// Keeps the accessible description a text summary of the chart.
    void describe();
    int rowAt(int y) const;
    QRect barRectAt(int row, int horizontalOffset, int verticalOffset) const;

    GanttModel *m_model = nullptr;
    TimeScale m_scale;
    QDateTime m_rangeStart;
    QDateTime m_rangeEnd;
    QDateTime m_today;
    int m_rowHeight = 24;
    int m_headerHeight = 40;
    int m_verticalOffset = 0;
    Drag m_drag = Drag::None;
    int m_dragRow = -1;
    QPoint m_pressAt;
    QPoint m_dragAt;
};

} // namespace relm
