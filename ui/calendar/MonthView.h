#pragma once

#include "calendar/CalendarGridView.h"

namespace relm {

/// The month at a glance: six weeks of seven days, each day listing its events (freezes as a
/// hatched red band, maintenance in green, deployments in their environment's colour, milestones
/// as ◆), with "+N more" when a day is full.
class MonthView final : public CalendarGridView {
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MonthView)

    void showDate(const QDate &day) override;
    /// The month being shown (its first day).
    QDate month() const { return m_month; }
    QSize minimumSizeHint() const override;
    /// Where a day in view is drawn (viewport coordinates); empty for days not in view.
    QRectF dayRect(const QDate &day) const;

protected:
    QDate dayAt(const QPoint &viewportPos) const override;
    QDateTime dropStart(const QPoint &viewportPos, const CalendarEvent &moving) const override;
    void stepSelection(int key) override;
    qint64 altStep(int key) const override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    /// "+N more" on a full day: a click shows the day's week, where every event has room.
    struct MoreHit {
        QRectF rect;
        QDate day;
    };
    const MoreHit *moreAt(const QPoint &viewportPos) const;

    static constexpr int kWeeks = 6;
    int headerHeight() const;
    int lineHeight() const;
    QRectF cellRect(int index) const;
    void paintHeader(QPainter &painter) const;
    void paintCell(QPainter &painter, int index);
    void paintItem(QPainter &painter, const QRectF &rect, int index);
    void paintMore(QPainter &painter, const QRectF &rect, const QString &more) const;

    QDate m_month;
    QList<MoreHit> m_more;
};

} // namespace relm
