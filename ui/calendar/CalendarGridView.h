#pragma once

#include "calendar/CalendarEvents.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>

namespace relm {

/// What the month and week views share: the events of the days in view bucketed by local day, the
/// selected day and event, hit-testing, tooltips, dragging planned deployments and the keyboard.
/// Subclasses lay out and paint; they never read the database.
class CalendarGridView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit CalendarGridView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarGridView)

    /// The first local day shown and how many.
    QDate firstDay() const { return m_firstDay; }
    int dayCount() const { return m_dayCount; }
    /// [first day's local midnight, the day after the last) in UTC.
    QDateTime rangeStartUtc() const;
    QDateTime rangeEndUtc() const;
    /// Shows the period holding `day` and selects that day.
    virtual void showDate(const QDate &day) = 0;

    /// The events of the range (already filtered), and the environment kinds for their colours.
    void setEvents(const QList<CalendarEvent> &events, const QHash<Id, EnvironmentKind> &environmentKinds);
    const QList<CalendarEvent> &events() const { return m_events; }
    /// Indexes into events() of those on a local day in view.
    QList<int> eventsOn(const QDate &day) const;

    QDate selectedDay() const { return m_selectedDay; }
    void selectDay(const QDate &day);
    const CalendarEvent *selectedEvent() const;
    /// Selects an event by its uid and start (occurrences of one window share the uid).
    bool selectEvent(const QString &uid, const QDateTime &start = {});
    void clearEventSelection();
    /// Where an event's block was last painted, in viewport coordinates; empty when not in view.
    QRect eventRect(const QString &uid, const QDateTime &start) const;

Q_SIGNALS:
    /// A planned deployment was dropped on a new slot, or moved with Alt+arrow keys.
    void moveRequested(relm::Id deploymentId, const QDateTime &newStartUtc);
    void selectionChanged();
    /// The selected day left the period in view (arrow keys); the owner pages to it.
    void dateNavigated(const QDate &day);
    void dayActivated(const QDate &day);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    struct Hit {
        QRectF rect; ///< viewport coordinates
        int index = -1;
    };

    void setDays(const QDate &first, int count);
    /// What the view shows and how to use it; the accessible description adds what is in view.
    void setAbout(const QString &about);
    /// Called once setEvents() has bucketed the new events by day.
    virtual void eventsChanged() {}
    /// The local midnight starting `day`, in UTC.
    static QDateTime dayStartUtc(const QDate &day);
    EnvironmentKind environmentKind(const CalendarEvent &event) const;
    bool isSelected(int index) const;
    /// Whether a window's ⚠ belongs on `day`: a deployment there shares one of its conflicts, or
    /// the day is the window's first in view and no day in view shares one. A freeze over many
    /// days is thus marked where its clashes are, not on every day.
    bool marksConflictOn(int band, const QDate &day) const;
    int dayIndex(const QDate &day) const { return int(m_firstDay.daysTo(day)); }

    /// Hit rectangles, rebuilt by the subclass while painting.
    void clearHits() { m_hits.clear(); }
    void addHit(const QRectF &rect, int index) { m_hits.append({rect, index}); }
    int eventAt(const QPoint &viewportPos) const;

    virtual QDate dayAt(const QPoint &viewportPos) const = 0;
    /// Where a drop at `viewportPos` would start `moving` (UTC); invalid: not a slot.
    virtual QDateTime dropStart(const QPoint &viewportPos, const CalendarEvent &moving) const = 0;
    /// Arrow keys without Alt: move the selected day (or slot).
    virtual void stepSelection(int key) = 0;
    /// Alt+arrow keys: how far the selected deployment moves, in seconds (0: not at all).
    virtual qint64 altStep(int key) const = 0;
    /// Where a drop would land, painted by the subclass; invalid when nothing is dragged.
    QDateTime dropPreview() const { return m_dropPreview; }
    const CalendarEvent *dragged() const;

    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void cycleEvents(bool forward);
    void startDrag();

    QDate m_firstDay;
    int m_dayCount = 0;
    QList<CalendarEvent> m_events;
    QList<QList<int>> m_byDay;
    QHash<Id, EnvironmentKind> m_environmentKinds;
    QString m_about;
    QList<Hit> m_hits;
    QDate m_selectedDay;
    QString m_selectedUid;
    QDateTime m_selectedStart;
    QPoint m_pressPos;
    Id m_draggedId = 0;
    QDateTime m_dropPreview;
};

} // namespace relm
