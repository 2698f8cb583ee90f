#include "WeekView.h"

#include "calendar/CalendarStyle.h"
#include "i18n/ShownDates.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace relm {

namespace {
bool isBand(const CalendarEvent &e) {
    return e.kind == CalendarEvent::Kind::Freeze || e.kind == CalendarEvent::Kind::Maintenance;
}
constexpr int kAllDayRows = 2;
} // namespace

WeekView::WeekView(QWidget *parent)
    : CalendarGridView(parent) {
    setAccessibleName(tr("Week calendar"));
    setAbout(tr("Seven days by the hour with their deployments, meetings and windows. Arrow keys "
                "select a day and a 30-minute slot, Tab the day's events, Alt+arrow keys move a "
                "planned deployment by a day or 30 minutes."));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalScrollBar()->setSingleStep(hourHeight() / 2);
    showDate(QDate::currentDate());
    updateScrollBar();
    scrollToHour(6);
}

void WeekView::showDate(const QDate &day) {
    const int offset = (day.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
    if (day.addDays(-offset) != firstDay())
        m_scrollOnEvents = true;
    setDays(day.addDays(-offset), 7);
    selectDay(day);
    viewport()->update();
}

void WeekView::scrollToHour(int hour) {
    verticalScrollBar()->setValue(hour * hourHeight());
}

int WeekView::firstEventMinutes(const QList<QDate> &days) const {
    // Deployments are what the week is read for; then meetings; then windows starting in it.
    enum Rank { Deployments, Others, Windows, Ranks };
    int earliest[Ranks] = {-1, -1, -1};
    for (const QDate &day : days) {
        for (int index : eventsOn(day)) {
            const CalendarEvent &e = events().at(index);
            const QDateTime local = e.start.toLocalTime();
            if (e.allDay || local.date() != day)
                continue; // shown in the all-day strip, or begun on an earlier day
            const int minutes = local.time().hour() * 60 + local.time().minute();
            const Rank rank = isBand(e) ? Windows : e.kind == CalendarEvent::Kind::Deployment ? Deployments : Others;
            earliest[rank] = earliest[rank] < 0 ? minutes : std::min(earliest[rank], minutes);
        }
    }
    for (int minutes : earliest) {
        if (minutes >= 0)
            return minutes;
    }
    return -1;
}

void WeekView::eventsChanged() {
    if (!m_scrollOnEvents)
        return;
    m_scrollOnEvents = false;
    // An hour before the first event, so that what leads up to it shows too; the working
    // morning when the week is empty.
    // The chosen day's first event (a day opened from the month), else the week's.
    QList<QDate> week;
    for (int column = 0; column < dayCount(); ++column)
        week.append(firstDay().addDays(column));
    int minutes = selectedDay().isValid() ? firstEventMinutes({selectedDay()}) : -1;
    if (minutes < 0)
        minutes = firstEventMinutes(week);
    if (minutes < 0) {
        scrollToHour(6);
        return;
    }
    const int hour = std::max(0, minutes / 60 - 1);
    scrollToHour(hour);
    m_slot = minutes / kSlotMinutes * kSlotMinutes;
}

QPoint WeekView::pointAt(const QDateTime &utc) const {
    const QDate day = utc.toLocalTime().date();
    const int column = dayIndex(day);
    if (column < 0 || column >= dayCount())
        return {};
    return QPointF(gutterWidth() + (column + 0.5) * columnWidth(), yOf(utc, day)).toPoint();
}

int WeekView::gutterWidth() const {
    const int time = fontMetrics().horizontalAdvance(calendar_style::clockText(QTime(23, 0)));
    return std::max(time, fontMetrics().horizontalAdvance(tr("All day"))) + 14;
}

int WeekView::headerHeight() const {
    return (fontMetrics().height() + 8) + kAllDayRows * (fontMetrics().height() + 4) + 4;
}

int WeekView::hourHeight() const {
    return std::max(40, 2 * (fontMetrics().height() + 6));
}

qreal WeekView::columnWidth() const {
    return (viewport()->width() - gutterWidth()) / 7.0;
}

qreal WeekView::yOf(const QDateTime &utc, const QDate &day) const {
    const qint64 minutes = std::clamp<qint64>(dayStartUtc(day).secsTo(utc) / 60, 0, 24 * 60);
    return headerHeight() + minutes * hourHeight() / 60.0 - verticalScrollBar()->value();
}

int WeekView::minutesAt(int y) const {
    const qreal minutes = (y - headerHeight() + verticalScrollBar()->value()) * 60.0 / hourHeight();
    return std::clamp(int(minutes) / kSlotMinutes * kSlotMinutes, 0, 24 * 60 - kSlotMinutes);
}

void WeekView::updateScrollBar() {
    const int content = 24 * hourHeight();
    const int visible = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
}

void WeekView::resizeEvent(QResizeEvent *event) {
    CalendarGridView::resizeEvent(event);
    updateScrollBar();
}

void WeekView::scrollContentsBy(int, int) {
    viewport()->update();
}

QDate WeekView::dayAt(const QPoint &pos) const {
    if (pos.x() < gutterWidth())
        return {};
    const int column = int((pos.x() - gutterWidth()) / columnWidth());
    return column >= 0 && column < 7 ? firstDay().addDays(column) : QDate();
}

QDateTime WeekView::dropStart(const QPoint &pos, const CalendarEvent &moving) const {
    const QDate day = dayAt(pos);
    if (!day.isValid() || pos.y() < headerHeight())
        return {};
    // The block keeps the point it was grabbed by: a drag sideways keeps its time of day.
    const int offset = moving.uid == m_grabbedUid ? m_grabOffsetMinutes : 0;
    const int minutes = (minutesAt(pos.y()) - offset) / kSlotMinutes * kSlotMinutes;
    return QDateTime(day, QTime(0, 0)).addSecs(qint64(minutes) * 60).toUTC();
}

void WeekView::mousePressEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    m_grabbedUid.clear();
    m_grabOffsetMinutes = 0;
    if (pos.y() >= headerHeight()) {
        m_slot = minutesAt(pos.y());
        if (const int index = eventAt(pos); index >= 0 && dayAt(pos).isValid()) {
            const CalendarEvent &e = events().at(index);
            const QDateTime pressed = QDateTime(dayAt(pos), QTime(0, 0)).addSecs(qint64(m_slot) * 60);
            m_grabbedUid = e.uid;
            m_grabOffsetMinutes = int(std::max<qint64>(0, e.start.toLocalTime().secsTo(pressed) / 60));
        }
    }
    CalendarGridView::mousePressEvent(event);
}

void WeekView::stepSelection(int key) {
    QDate day = selectedDay().isValid() ? selectedDay() : firstDay();
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        m_slot = std::clamp(m_slot + (key == Qt::Key_Up ? -kSlotMinutes : kSlotMinutes), 0, 24 * 60 - kSlotMinutes);
        const int top = m_slot * hourHeight() / 60;
        const int visible = viewport()->height() - headerHeight();
        if (top < verticalScrollBar()->value())
            verticalScrollBar()->setValue(top);
        else if (top + hourHeight() / 2 > verticalScrollBar()->value() + visible)
            verticalScrollBar()->setValue(top + hourHeight() / 2 - visible);
        viewport()->update();
        return;
    }
    day = day.addDays(key == Qt::Key_Left ? -1 : 1);
    if (dayIndex(day) < 0 || dayIndex(day) >= dayCount())
        Q_EMIT dateNavigated(day);
    else
        selectDay(day);
}

qint64 WeekView::altStep(int key) const {
    switch (key) {
    case Qt::Key_Left:
        return -24 * 3600;
    case Qt::Key_Right:
        return 24 * 3600;
    case Qt::Key_Up:
        return -kSlotMinutes * 60;
    case Qt::Key_Down:
        return kSlotMinutes * 60;
    }
    return 0;
}

void WeekView::paintEvent(QPaintEvent *) {
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    clearHits();
    painter.save();
    painter.setClipRect(QRect(0, headerHeight(), viewport()->width(), viewport()->height()));
    paintGrid(painter);
    for (int column = 0; column < 7; ++column)
        paintDay(painter, column);
    painter.restore();
    paintHeader(painter);
}

void WeekView::paintGrid(QPainter &painter) const {
    const int width = viewport()->width();
    for (int hour = 0; hour <= 24; ++hour) {
        const qreal y = headerHeight() + hour * hourHeight() - verticalScrollBar()->value();
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(QPointF(gutterWidth(), y), QPointF(width, y));
        painter.setPen(palette().color(QPalette::Midlight));
        painter.drawLine(QPointF(gutterWidth(), y + hourHeight() / 2.0), QPointF(width, y + hourHeight() / 2.0));
        if (hour < 24) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(2, y + 1, gutterWidth() - 8, fontMetrics().height()), Qt::AlignRight | Qt::AlignTop,
                             calendar_style::clockText(QTime(hour, 0)));
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    for (int column = 0; column <= 7; ++column) {
        const qreal x = gutterWidth() + column * columnWidth();
        painter.drawLine(QPointF(x, headerHeight()), QPointF(x, viewport()->height()));
    }
}

void WeekView::paintDay(QPainter &painter, int column) {
    const QDate day = firstDay().addDays(column);
    const qreal left = gutterWidth() + column * columnWidth();
    const QList<int> items = eventsOn(day);
    // Windows behind, as translucent spans with their name on top.
    int bandRow = 0;
    for (int index : items) {
        const CalendarEvent &e = events().at(index);
        if (!isBand(e))
            continue;
        const QRectF span(left + 1, yOf(e.start, day), columnWidth() - 2, yOf(e.end, day) - yOf(e.start, day));
        calendar_style::paintBand(painter, span, e);
        // The name sits at the window's start, or at the top of the view while the window
        // continues there; a window that ended above the view shows no name.
        const qreal labelTop = std::max(span.top(), qreal(headerHeight())) + bandRow * fontMetrics().height();
        if (labelTop + fontMetrics().height() > span.bottom())
            continue;
        const QRectF label(span.left() + 3, labelTop, span.width() - 6, fontMetrics().height());
        painter.setPen(calendar_style::bandText(e, palette().color(QPalette::Base)));
        const auto mark =
            marksConflictOn(index, day) ? calendar_style::ConflictMark::Shown : calendar_style::ConflictMark::Hidden;
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(calendar_style::line(e, mark), Qt::ElideRight, int(label.width())));
        addHit(label, index);
        ++bandRow;
    }
    if (day == selectedDay()) {
        const qreal y = headerHeight() + m_slot * hourHeight() / 60.0 - verticalScrollBar()->value();
        painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2 : 1));
        painter.drawRect(QRectF(left + 1, y, columnWidth() - 2, hourHeight() / 2.0));
    }
    // Timed events in lanes, so that overlapping ones stand side by side.
    QList<int> timed;
    for (int index : items) {
        if (!isBand(events().at(index)) && !events().at(index).allDay)
            timed.append(index);
    }
    QList<QDateTime> laneEnds;
    QList<int> lanes;
    for (int index : timed) {
        const CalendarEvent &e = events().at(index);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > e.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(e.end);
        else
            laneEnds[lane] = e.end;
        lanes.append(lane);
    }
    const qreal laneWidth = (columnWidth() - 8) / std::max<qsizetype>(1, laneEnds.size());
    for (int i = 0; i < timed.size(); ++i) {
        const CalendarEvent &e = events().at(timed.at(i));
        const qreal top = yOf(e.start, day);
        const qreal height = std::max(yOf(e.end, day) - top, qreal(fontMetrics().height() + 4));
        paintBlock(painter, QRectF(left + 6 + lanes.at(i) * laneWidth, top, laneWidth - 2, height), timed.at(i));
    }
    if (const QDateTime preview = dropPreview(); preview.isValid() && preview.toLocalTime().date() == day) {
        const CalendarEvent *moving = dragged();
        const qreal top = yOf(preview, day);
        const qreal bottom = moving ? yOf(preview.addSecs(moving->start.secsTo(moving->end)), day) : top + hourHeight();
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRect(QRectF(left + 3, top, columnWidth() - 6, std::max(bottom - top, hourHeight() / 2.0)));
    }
}

void WeekView::paintBlock(QPainter &painter, const QRectF &rect, int index) {
    const CalendarEvent &e = events().at(index);
    addHit(rect, index);
    const QColor colour = calendar_style::colour(e, environmentKind(e));
    const bool selected = isSelected(index);
    QColor fill = colour;
    fill.setAlpha(selected ? 255 : 60);
    painter.fillRect(rect, selected ? palette().highlight().color() : fill);
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour);
    if (!e.conflicts.isEmpty())
        calendar_style::paintConflictOutline(painter, rect);
    QStringList lines;
    if (rect.height() < 2 * fontMetrics().height()) {
        lines << calendar_style::line(e);
    } else {
        const QString badge = calendar_style::badge(e);
        const QString times =
            tr("%1 \u2013 %2").arg(calendar_style::startTime(e), calendar_style::clockText(e.end.toLocalTime().time()));
        lines << (badge.isEmpty() ? times : tr("%1 %2").arg(badge, times));
        lines << e.title;
        if (!e.conflicts.isEmpty())
            lines << tr("\u26A0 conflict");
    }
    painter.setPen(selected ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::Text));
    const QRectF textRect = rect.adjusted(7, 1, -2, -1);
    QStringList elided;
    for (const QString &l : lines)
        elided << fontMetrics().elidedText(l, Qt::ElideRight, int(textRect.width()));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, elided.join(u'\n'));
}

QString WeekView::dayLabel(const QDate &day, bool longDate) {
    const QLocale locale;
    return tr("%1 %2").arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat),
                           longDate ? shown_dates::date(day) : locale.toString(day.day()));
}

void WeekView::paintHeader(QPainter &painter) {
    const int nameHeight = fontMetrics().height() + 8;
    const int line = fontMetrics().height() + 4;
    painter.fillRect(QRectF(0, 0, viewport()->width(), headerHeight()), palette().alternateBase());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(2, nameHeight, gutterWidth() - 6, line), Qt::AlignRight | Qt::AlignVCenter, tr("All day"));
    // The dates as the locale writes them when all fit (in bold, as today's is), else the days of the month.
    QFont bold = painter.font();
    bold.setBold(true);
    bool longDates = true;
    for (int column = 0; column < 7; ++column)
        longDates = longDates && QFontMetrics(bold).horizontalAdvance(dayLabel(firstDay().addDays(column), true)) <=
                                     columnWidth() - 6;
    for (int column = 0; column < 7; ++column) {
        const QDate day = firstDay().addDays(column);
        const QRectF rect(gutterWidth() + column * columnWidth(), 0, columnWidth(), nameHeight);
        QFont font = painter.font();
        font.setBold(day == QDate::currentDate());
        painter.setFont(font);
        painter.setPen(palette().color(day == QDate::currentDate() ? QPalette::Highlight : QPalette::Text));
        const QString name = dayLabel(day, longDates);
        painter.drawText(rect, Qt::AlignCenter,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight, int(rect.width())));
        font.setBold(false);
        painter.setFont(font);
        int row = 0;
        for (int index : eventsOn(day)) {
            const CalendarEvent &e = events().at(index);
            if (!e.allDay || row >= kAllDayRows)
                continue;
            const QRectF item(rect.left() + 2, nameHeight + row * line, columnWidth() - 4, line - 1);
            paintBlock(painter, item, index);
            ++row;
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, headerHeight() - 1), QPointF(viewport()->width(), headerHeight() - 1));
}

} // namespace relm
