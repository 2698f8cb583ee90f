#pragma once

#include "calendar/CalendarGridView.h"

namespace relm {

/// A week by the hour: seven day columns from 00:00 to 24:00 (scrolling to the chosen day's or the
/// week's first event), events
/// as blocks by time, freezes and maintenance windows as translucent spans behind them, and
/// all-day milestones in a strip under the day names. Slots are 30 minutes.
class WeekView final : public CalendarGridView {
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WeekView)

    void showDate(const QDate &day) override;
    /// The selected 30-minute slot (minutes after midnight).
    int selectedSlot() const { return m_slot; }
    /// Scrolls so that the hour is at the top.
    void scrollToHour(int hour);
    /// Where a moment is drawn (viewport coordinates, the middle of its day's column); null when
    /// its day is not in view.
    QPoint pointAt(const QDateTime &utc) const;
    static constexpr int kSlotMinutes = 30;

protected:
    QDate dayAt(const QPoint &viewportPos) const override;
    QDateTime dropStart(const QPoint &viewportPos, const CalendarEvent &moving) const override;
    void stepSelection(int key) override;
    qint64 altStep(int key) const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void eventsChanged() override;

private:
    /// Minutes after midnight of the earliest deployment starting on those days (else meeting,
    /// else window); -1 when they have none.
    int firstEventMinutes(const QList<QDate> &days) const;
    int gutterWidth() const;
    int headerHeight() const; ///< day names plus the all-day strip
    int hourHeight() const;
    qreal columnWidth() const;
    qreal yOf(const QDateTime &utc, const QDate &day) const; ///< viewport y of a moment on a day
    int minutesAt(int y) const;
    void updateScrollBar();
    void paintGrid(QPainter &painter) const;
    void paintDay(QPainter &painter, int column);
    void paintBlock(QPainter &painter, const QRectF &rect, int index);
    void paintHeader(QPainter &painter);
    static QString dayLabel(const QDate &day, bool longDate);

    int m_slot = 9 * 60;
    QString m_grabbedUid;         ///< the timed event the mouse pressed on
    int m_grabOffsetMinutes = 0;  ///< how far into it, so that a drop keeps the grab point
    bool m_scrollOnEvents = true; ///< a new week is shown: scroll to its first event once it arrives
};

} // namespace relm
