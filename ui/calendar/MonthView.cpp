#include "MonthView.h"

#include "calendar/CalendarStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
/// Freezes and maintenance first (they frame the day), then milestones, meetings and deployments.
bool isBand(const CalendarEvent &e) {
    return e.kind == CalendarEvent::Kind::Freeze || e.kind == CalendarEvent::Kind::Maintenance;
}

int paintOrder(CalendarEvent::Kind kind) {
    switch (kind) {
    case CalendarEvent::Kind::Freeze:
        return 0;
    case CalendarEvent::Kind::Maintenance:
        return 1;
    case CalendarEvent::Kind::Milestone:
        return 2;
    case CalendarEvent::Kind::Meeting:
    case CalendarEvent::Kind::Deployment:
        return 3;
    }
    return 3;
}
} // namespace

MonthView::MonthView(QWidget *parent)
    : CalendarGridView(parent) {
    setAccessibleName(tr("Month calendar"));
    setAbout(tr("Six weeks of days with their deployments, freezes, maintenance windows, meetings and "
                "milestones. Arrow keys select a day, Tab its events, Alt+Left or Right moves a "
                "planned deployment by a day."));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    showDate(QDate::currentDate());
}

QSize MonthView::minimumSizeHint() const {
    // Two lines a day at the least, so that the conflicts list below can be given more room.
    return {7 * 80, headerHeight() + kWeeks * 2 * lineHeight()};
}

void MonthView::showDate(const QDate &day) {
    m_month = QDate(day.year(), day.month(), 1);
    const int offset = (m_month.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
    setDays(m_month.addDays(-offset), kWeeks * 7);
    selectDay(day);
    viewport()->update();
}

int MonthView::headerHeight() const {
    return fontMetrics().height() + 8;
}

int MonthView::lineHeight() const {
    return fontMetrics().height() + 4;
}

QRectF MonthView::cellRect(int index) const {
    const qreal width = viewport()->width() / 7.0;
    const qreal height = (viewport()->height() - headerHeight()) / qreal(kWeeks);
    return {(index % 7) * width, headerHeight() + (index / 7) * height, width, height};
}

QRectF MonthView::dayRect(const QDate &day) const {
    const int index = dayIndex(day);
    return index >= 0 && index < dayCount() ? cellRect(index) : QRectF();
}

QDate MonthView::dayAt(const QPoint &pos) const {
    if (pos.y() < headerHeight())
        return {};
    for (int i = 0; i < dayCount(); ++i) {
        if (cellRect(i).contains(pos))
            return firstDay().addDays(i);
    }
    return {};
}

QDateTime MonthView::dropStart(const QPoint &pos, const CalendarEvent &moving) const {
    const QDate day = dayAt(pos);
    if (!day.isValid())
        return {};
    return QDateTime(day, moving.start.toLocalTime().time()).toUTC();
}

void MonthView::stepSelection(int key) {
    const int step = key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : key == Qt::Key_Up ? -7 : 7;
    const QDate day = selectedDay().isValid() ? selectedDay().addDays(step) : m_month;
    if (day.month() != m_month.month() || day.year() != m_month.year())
        Q_EMIT dateNavigated(day);
    else
        selectDay(day);
}

qint64 MonthView::altStep(int key) const {
    constexpr qint64 day = 24 * 3600;
    switch (key) {
    case Qt::Key_Left:
        return -day;
    case Qt::Key_Right:
        return day;
    case Qt::Key_Up:
        return -7 * day;
    case Qt::Key_Down:
        return 7 * day;
    }
    return 0;
}

void MonthView::paintEvent(QPaintEvent *) {
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    clearHits();
    m_more.clear();
    paintHeader(painter);
    for (int i = 0; i < dayCount(); ++i)
        paintCell(painter, i);
}

void MonthView::paintHeader(QPainter &painter) const {
    const QLocale locale;
    const qreal width = viewport()->width() / 7.0;
    painter.fillRect(QRectF(0, 0, viewport()->width(), headerHeight()), palette().alternateBase());
    painter.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < 7; ++i) {
        const int weekday = firstDay().addDays(i).dayOfWeek();
        const QRectF rect(i * width, 0, width, headerHeight());
        const QString name =
            width > 110 ? locale.dayName(weekday, QLocale::LongFormat) : locale.dayName(weekday, QLocale::ShortFormat);
        painter.drawText(rect, Qt::AlignCenter, name);
    }
}

void MonthView::paintCell(QPainter &painter, int index) {
    const QDate day = firstDay().addDays(index);
    const QRectF cell = cellRect(index);
    const bool inMonth = day.month() == m_month.month();
    const bool today = day == QDate::currentDate();
    if (!inMonth)
        painter.fillRect(cell, palette().alternateBase());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(cell);

    // The day number; the first of a month names the month too.
    const QLocale locale;
    const QString number =
        day.day() == 1 ? tr("%1 %2", "day of the month, short month name")
                             .arg(locale.toString(day.day()), locale.monthName(day.month(), QLocale::ShortFormat))
                       : locale.toString(day.day());
    QList<int> items = eventsOn(day);
    std::stable_sort(items.begin(), items.end(), [this](int a, int b) {
        return paintOrder(events().at(a).kind) < paintOrder(events().at(b).kind);
    });
    // A freeze (or maintenance window) marks the day's number row, leaving the lines for events.
    const QRectF numberRow(cell.left() + 1, cell.top() + 1, cell.width() - 2, lineHeight() - 1);
    const QRectF numberRect = numberRow.adjusted(3, 0, -3, 0);
    int band = -1;
    if (!items.isEmpty() && paintOrder(events().at(items.first()).kind) < 2) {
        band = items.takeFirst();
        calendar_style::paintBand(painter, numberRow, events().at(band));
        if (isSelected(band))
            calendar_style::paintConflictOutline(painter, numberRow);
        addHit(numberRow, band);
    }

    const int lines = std::max(1, int((cell.height() - lineHeight() - 2) / lineHeight()));
    // What does not fit is counted on the right of the day's number, so that every line shows an event.
    const int shown = std::min(lines, int(items.size()));
    const QString more = shown < items.size() ? tr("+%n more", nullptr, int(items.size()) - shown) : QString();
    const qreal moreWidth = more.isEmpty() ? 0 : painter.fontMetrics().horizontalAdvance(more) + 6;

    QFont font = painter.font();
    font.setBold(today);
    painter.setFont(font);
    // Today says so in words where there is room; a narrow cell keeps its number, outline and colour.
    const QString todayLabel = tr("%1 \u00B7 Today").arg(number);
    const bool roomForWord = painter.fontMetrics().horizontalAdvance(todayLabel) + 6 + moreWidth <= numberRect.width();
    const QString label = today && roomForWord ? todayLabel : number;
    const qreal labelWidth = painter.fontMetrics().horizontalAdvance(label) + 6;
    if (band >= 0) // the number on a plain ground, readable over a freeze's hatching
        painter.fillRect(QRectF(numberRect.left() - 2, numberRect.top() + 1, labelWidth - 2, numberRect.height() - 2),
                         palette().base());
    painter.setPen(today ? palette().color(QPalette::Highlight)
                         : palette().color(inMonth ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    font.setBold(false);
    painter.setFont(font);

    if (band >= 0) {
        const QRectF bandText = numberRect.adjusted(labelWidth, 0, -moreWidth, 0);
        painter.setPen(calendar_style::bandText(events().at(band), palette().color(QPalette::Base)));
        const auto mark =
            marksConflictOn(band, day) ? calendar_style::ConflictMark::Shown : calendar_style::ConflictMark::Hidden;
        painter.drawText(bandText, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(calendar_style::line(events().at(band), mark), Qt::ElideRight,
                                                          int(bandText.width())));
    }
    qreal y = cell.top() + lineHeight();
    for (int i = 0; i < shown; ++i, y += lineHeight())
        paintItem(painter, QRectF(cell.left() + 2, y, cell.width() - 4, lineHeight() - 1), items.at(i));
    if (!more.isEmpty()) {
        paintMore(painter, numberRect, more);
        const QRectF moreRect(numberRect.right() - moreWidth, numberRect.top(), moreWidth, numberRect.height());
        m_more.append({moreRect, day});
    }

    if (const QDateTime preview = dropPreview(); preview.isValid() && preview.toLocalTime().date() == day) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRect(cell.adjusted(2, 2, -2, -2));
    } else if (day == selectedDay()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2 : 1));
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
    }
}

void MonthView::paintItem(QPainter &painter, const QRectF &rect, int index) {
    const CalendarEvent &e = events().at(index);
    addHit(rect, index);
    const bool band = isBand(e);
    const QColor colour = calendar_style::colour(e, environmentKind(e));
    QRectF textRect = rect.adjusted(3, 0, -2, 0);
    if (isSelected(index)) {
        painter.fillRect(rect, palette().highlight());
    } else if (band) {
        calendar_style::paintBand(painter, rect, e);
    } else {
        QColor fill = colour;
        fill.setAlpha(30);
        painter.fillRect(rect, fill);
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour);
        textRect.setLeft(rect.left() + 7);
    }
    if (!e.conflicts.isEmpty())
        calendar_style::paintConflictOutline(painter, rect);
    painter.setPen(isSelected(index) ? palette().color(QPalette::HighlightedText)
                   : band            ? calendar_style::bandText(e, palette().color(QPalette::Base))
                                     : palette().color(QPalette::Text));
    // A deployment running on from the day before says so instead of repeating its start time.
    const bool continues = !band && !e.allDay && e.start.toLocalTime().date() < dayAt(rect.center().toPoint());
    const QString line = continues ? tr("\u21B3 %1 (continued)").arg(e.title) : calendar_style::line(e);
    const QString text = painter.fontMetrics().elidedText(line, Qt::ElideRight, int(textRect.width()));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
}

void MonthView::paintMore(QPainter &painter, const QRectF &rect, const QString &more) const {
    // Drawn as a link: a click opens the day's week.
    QFont font = painter.font();
    font.setUnderline(true);
    painter.save();
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Link));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, more);
    painter.restore();
}

const MonthView::MoreHit *MonthView::moreAt(const QPoint &pos) const {
    const auto hit =
        std::find_if(m_more.cbegin(), m_more.cend(), [&](const MoreHit &m) { return m.rect.contains(pos); });
    return hit == m_more.cend() ? nullptr : &*hit;
}

void MonthView::mousePressEvent(QMouseEvent *event) {
    if (const MoreHit *more = moreAt(event->position().toPoint()); more && event->button() == Qt::LeftButton) {
        selectDay(more->day);
        Q_EMIT dayActivated(more->day);
        return;
    }
    CalendarGridView::mousePressEvent(event);
}

bool MonthView::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (moreAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tr("Click to see every event of this day in the week view."),
                               viewport());
            return true;
        }
    }
    return CalendarGridView::viewportEvent(event);
}

} // namespace relm
