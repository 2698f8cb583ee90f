#include "CalendarGridView.h"

#include "calendar/CalendarMime.h"
#include "calendar/CalendarStyle.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolTip>

namespace relm {

CalendarGridView::CalendarGridView(QWidget *parent)
    : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(false);
    setFrameShape(QFrame::NoFrame);
}

QDateTime CalendarGridView::dayStartUtc(const QDate &day) {
    return QDateTime(day, QTime(0, 0)).toUTC();
}

QDateTime CalendarGridView::rangeStartUtc() const {
    return dayStartUtc(m_firstDay);
}

QDateTime CalendarGridView::rangeEndUtc() const {
    return dayStartUtc(m_firstDay.addDays(m_dayCount));
}

void CalendarGridView::setDays(const QDate &first, int count) {
    m_firstDay = first;
    m_dayCount = count;
}

void CalendarGridView::setAbout(const QString &about) {
    m_about = about;
    setAccessibleDescription(m_about + u' ' + calendar_style::summary(m_events));
}

void CalendarGridView::setEvents(const QList<CalendarEvent> &events,
                                 const QHash<Id, EnvironmentKind> &environmentKinds) {
    m_events = events;
    m_environmentKinds = environmentKinds;
    m_byDay = QList<QList<int>>(m_dayCount);
    QList<QDateTime> starts;
    for (int d = 0; d <= m_dayCount; ++d)
        starts.append(dayStartUtc(m_firstDay.addDays(d)));
    for (int i = 0; i < m_events.size(); ++i) {
        const CalendarEvent &e = m_events.at(i);
        for (int d = 0; d < m_dayCount; ++d) {
            if (e.start < starts.at(d + 1) && e.end > starts.at(d))
                m_byDay[d].append(i);
        }
    }
    if (!selectedEvent())
        clearEventSelection();
    setAccessibleDescription(m_about + u' ' + calendar_style::summary(m_events));
    eventsChanged();
    viewport()->update();
}

QList<int> CalendarGridView::eventsOn(const QDate &day) const {
    const int d = dayIndex(day);
    return d >= 0 && d < m_byDay.size() ? m_byDay.at(d) : QList<int>();
}

void CalendarGridView::selectDay(const QDate &day) {
    if (day == m_selectedDay)
        return;
    m_selectedDay = day;
    viewport()->update();
    Q_EMIT selectionChanged();
}

const CalendarEvent *CalendarGridView::selectedEvent() const {
    if (m_selectedUid.isEmpty())
        return nullptr;
    for (const CalendarEvent &e : m_events) {
        if (e.uid == m_selectedUid && (!m_selectedStart.isValid() || e.start == m_selectedStart))
            return &e;
    }
    return nullptr;
}

bool CalendarGridView::selectEvent(const QString &uid, const QDateTime &start) {
    for (const CalendarEvent &e : m_events) {
        if (e.uid == uid && (!start.isValid() || e.start == start)) {
            m_selectedUid = uid;
            m_selectedStart = e.start;
            const QDate day = e.start.toLocalTime().date();
            m_selectedDay = dayIndex(day) >= 0 && dayIndex(day) < m_dayCount ? day : m_selectedDay;
            viewport()->update();
            Q_EMIT selectionChanged();
            return true;
        }
    }
    return false;
}

void CalendarGridView::clearEventSelection() {
    if (m_selectedUid.isEmpty())
        return;
    m_selectedUid.clear();
    m_selectedStart = {};
    viewport()->update();
    Q_EMIT selectionChanged();
}

bool CalendarGridView::isSelected(int index) const {
    const CalendarEvent &e = m_events.at(index);
    return e.uid == m_selectedUid && e.start == m_selectedStart;
}

EnvironmentKind CalendarGridView::environmentKind(const CalendarEvent &event) const {
    return m_environmentKinds.value(event.environmentId, EnvironmentKind::Other);
}

int CalendarGridView::eventAt(const QPoint &viewportPos) const {
    // Later hits are painted on top.
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
        if (it->rect.contains(viewportPos))
            return it->index;
    }
    return -1;
}

QRect CalendarGridView::eventRect(const QString &uid, const QDateTime &start) const {
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
        const CalendarEvent &e = m_events.at(it->index);
        if (e.uid == uid && e.start == start)
            return it->rect.toRect();
    }
    return {};
}

const CalendarEvent *CalendarGridView::dragged() const {
    for (const CalendarEvent &e : m_events) {
        if (e.kind == CalendarEvent::Kind::Deployment && e.id == m_draggedId)
            return &e;
    }
    return nullptr;
}

bool CalendarGridView::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = eventAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), calendar_style::tooltip(m_events.at(index)), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CalendarGridView::mousePressEvent(QMouseEvent *event) {
    m_pressPos = event->position().toPoint();
    if (const QDate day = dayAt(m_pressPos); day.isValid())
        selectDay(day);
    const int index = eventAt(m_pressPos);
    if (index >= 0)
        selectEvent(m_events.at(index).uid, m_events.at(index).start);
    else
        clearEventSelection();
}

void CalendarGridView::mouseMoveEvent(QMouseEvent *event) {
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    startDrag();
}

void CalendarGridView::startDrag() {
    const CalendarEvent *e = selectedEvent();
    if (!e || !e->movable)
        return;
    m_draggedId = e->id;
    auto *drag = new QDrag(this);
    drag->setMimeData(calendar_mime::encodeDeployment(e->id));
    drag->exec(Qt::MoveAction);
    m_draggedId = 0;
    m_dropPreview = {};
    viewport()->update();
}

void CalendarGridView::mouseDoubleClickEvent(QMouseEvent *event) {
    if (const QDate day = dayAt(event->position().toPoint()); day.isValid())
        Q_EMIT dayActivated(day);
}

void CalendarGridView::keyPressEvent(QKeyEvent *event) {
    const int key = event->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && event->modifiers() & Qt::AltModifier) {
        const CalendarEvent *e = selectedEvent();
        if (const qint64 step = altStep(key); e && e->movable && step != 0)
            Q_EMIT moveRequested(e->id, e->start.addSecs(step));
        return;
    }
    if (arrow) {
        clearEventSelection();
        stepSelection(key);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (!selectedEvent())
            cycleEvents(true);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool CalendarGridView::focusNextPrevChild(bool next) {
    // Tab cycles the selected day's events; past the last one, focus moves on as usual.
    const QList<int> day = eventsOn(m_selectedDay);
    const CalendarEvent *current = selectedEvent();
    const int at = current ? int(day.indexOf(int(current - m_events.constData()))) : -1;
    if (day.isEmpty() || (next && at == day.size() - 1) || (!next && at == 0))
        return QAbstractScrollArea::focusNextPrevChild(next);
    cycleEvents(next);
    return true;
}

void CalendarGridView::cycleEvents(bool forward) {
    const QList<int> day = eventsOn(m_selectedDay);
    if (day.isEmpty())
        return;
    const CalendarEvent *current = selectedEvent();
    const int at = current ? int(day.indexOf(int(current - m_events.constData()))) : -1;
    const int next = at < 0 ? (forward ? 0 : int(day.size()) - 1) : (at + (forward ? 1 : -1) + day.size()) % day.size();
    const CalendarEvent &e = m_events.at(day.at(next));
    const QDate keep = m_selectedDay;
    selectEvent(e.uid, e.start);
    m_selectedDay = keep; // a freeze that began days ago still belongs to the day being walked
}

void CalendarGridView::contextMenuEvent(QContextMenuEvent *event) {
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QPoint pos = event->pos(); // forwarded from the viewport, in its coordinates
        if (const QDate day = dayAt(pos); day.isValid())
            selectDay(day);
        if (const int index = eventAt(pos); index >= 0)
            selectEvent(m_events.at(index).uid, m_events.at(index).start);
    }
    Q_EMIT contextMenuRequested(event->globalPos());
}

void CalendarGridView::dragEnterEvent(QDragEnterEvent *event) {
    if (calendar_mime::decodeDeployment(event->mimeData()) != 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarGridView::dragMoveEvent(QDragMoveEvent *event) {
    const Id id = calendar_mime::decodeDeployment(event->mimeData());
    m_draggedId = id ? id : m_draggedId;
    const CalendarEvent *moving = dragged();
    m_dropPreview = moving ? dropStart(event->position().toPoint(), *moving) : QDateTime();
    viewport()->update();
    if (m_dropPreview.isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarGridView::dragLeaveEvent(QDragLeaveEvent *) {
    m_dropPreview = {};
    viewport()->update();
}

void CalendarGridView::dropEvent(QDropEvent *event) {
    m_draggedId = calendar_mime::decodeDeployment(event->mimeData());
    const CalendarEvent *moving = dragged();
    const QDateTime start = moving ? dropStart(event->position().toPoint(), *moving) : QDateTime();
    m_dropPreview = {};
    viewport()->update();
    if (!start.isValid() || !moving->movable) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const Id id = moving->id;
    m_draggedId = 0;
    if (start != moving->start)
        Q_EMIT moveRequested(id, start);
}

bool CalendarGridView::marksConflictOn(int band, const QDate &day) const {
    const CalendarEvent &e = events().at(band);
    if (e.conflicts.isEmpty())
        return false;
    const auto shares = [&](const QList<int> &items) {
        return std::any_of(items.cbegin(), items.cend(), [&](int i) {
            const QStringList &other = events().at(i).conflicts;
            return i != band &&
                   std::any_of(other.cbegin(), other.cend(), [&](const QString &c) { return e.conflicts.contains(c); });
        });
    };
    if (shares(eventsOn(day)))
        return true;
    // No deployment in view shares it (filtered out, or in another month): the band's first day
    // in view carries the mark, so that the conflict is still seen.
    const QDate first = std::max(e.start.toLocalTime().date(), firstDay());
    const QDate last = std::min(e.end.addMSecs(-1).toLocalTime().date(), firstDay().addDays(dayCount() - 1));
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (shares(eventsOn(d)))
            return false;
    }
    return day == first;
}

} // namespace relm
