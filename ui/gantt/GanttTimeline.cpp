#include "GanttTimeline.h"

#include "gantt/GanttModel.h"
#include "widgets/Legible.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

// Colours that carry meaning; each bar also differs by shape, pattern or label, never by colour
// alone. Phases and milestones take the palette's text colour, so they show on any ground.
const QColor taskColour(0x3b, 0x7d, 0xd8);
const QColor criticalColour(0xd3, 0x2f, 0x2f);
const QColor freezeColour(0xd3, 0x2f, 0x2f, 40);
const QColor baselineColour(0x9e, 0x9e, 0x9e);
const QColor todayColour(0xe6, 0x51, 0x00);

constexpr int edgeGrip = 5;

} // namespace

GanttTimeline::GanttTimeline(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_today(QDateTime::currentDateTime()) {
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Gantt chart"));
    setFocusPolicy(Qt::StrongFocus);
    describe();
}

QString GanttTimeline::legend() {
    return tr("Bars are tasks, diamonds milestones and thin bars with pointed ends phases; hatched red bars are on "
              "the critical path; a grey line under a bar is its baseline, the orange line today; hatched red bands "
              "are change freezes; a dashed frame with \u26A0 marks an environment booked twice.");
}

void GanttTimeline::describe() {
    // A text equivalent of the chart for screen readers: its extent, and the critical path by name.
    QStringList parts;
    int tasks = 0;
    QStringList critical;
    if (m_model) {
        for (const ScheduledTask &t : m_model->schedule().tasks) {
            if (t.times.summary)
                continue;
            ++tasks;
            if (t.times.critical)
                critical.append(t.task.name);
        }
    }
    if (tasks == 0) {
        parts.append(tr("No tasks yet."));
    } else {
        const QLocale locale;
        const ReleaseSchedule &schedule = m_model->schedule();
        parts.append(tr("%n task(s) and milestone(s), from %1 to %2.", nullptr, tasks)
                         .arg(locale.toString(schedule.start.date(), QLocale::ShortFormat),
                              locale.toString(schedule.finish.date(), QLocale::ShortFormat)));
        constexpr int named = 5;
        if (!critical.isEmpty())
            parts.append(tr("%n on the critical path: %1.", nullptr, int(critical.size()))
                             .arg(critical.size() > named ? critical.mid(0, named).join(u", "_s) + u", \u2026"_s
                                                          : critical.join(u", "_s)));
        if (const int freezes = int(m_model->freezes().size()); freezes > 0)
            parts.append(tr("%n change freeze(s) shown.", nullptr, freezes));
    }
    parts.append(legend());
    setAccessibleDescription(parts.join(u' '));
}

void GanttTimeline::setModel(GanttModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &GanttModel::recomputed, this, [this] {
            updateRange();
            describe();
            viewport()->update();
        });
        // Marks found later (double bookings) repaint what is there.
        connect(m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    updateRange();
    describe();
}

void GanttTimeline::setRowHeight(int height) {
    m_rowHeight = height;
    viewport()->update();
}

void GanttTimeline::setHeaderHeight(int height) {
    m_headerHeight = height;
    viewport()->update();
}

void GanttTimeline::setVerticalOffset(int pixels) {
    m_verticalOffset = pixels;
    viewport()->update();
}

void GanttTimeline::setToday(const QDateTime &today) {
    m_today = today;
    viewport()->update();
}

void GanttTimeline::zoomIn() {
    const QDateTime centre = m_scale.at(horizontalScrollBar()->value() + viewport()->width() / 2.0);
    if (m_scale.zoomIn()) {
        updateRange();
        scrollTo(centre);
    }
}

void GanttTimeline::zoomOut() {
    const QDateTime centre = m_scale.at(horizontalScrollBar()->value() + viewport()->width() / 2.0);
    if (m_scale.zoomOut()) {
        updateRange();
        scrollTo(centre);
    }
}

void GanttTimeline::scrollTo(const QDateTime &at) {
    horizontalScrollBar()->setValue(int(m_scale.x(at)) - viewport()->width() / 3);
}

void GanttTimeline::updateRange() {
    QDateTime start;
    QDateTime end;
    if (m_model) {
        for (const ScheduledTask &t : m_model->schedule().tasks) {
            if (!start.isValid() || t.start < start)
                start = t.start;
            if (!end.isValid() || t.finish > end)
                end = t.finish;
        }
    }
    if (!start.isValid()) {
        start = m_today;
        end = m_today.addDays(30);
    }
    m_rangeStart = QDateTime(start.date().addDays(-7), QTime(0, 0));
    m_rangeEnd = QDateTime(end.date().addDays(21), QTime(0, 0));
    m_scale.setOrigin(m_rangeStart);
    horizontalScrollBar()->setRange(0, std::max(0, int(m_scale.x(m_rangeEnd)) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(int(m_scale.pixelsPerDay()));
}

void GanttTimeline::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    updateRange();
}

void GanttTimeline::scrollContentsBy(int, int) {
    viewport()->update();
}

int GanttTimeline::rowAt(int y) const {
    if (y < m_headerHeight)
        return -1;
    const int row = (y - m_headerHeight + m_verticalOffset) / m_rowHeight;
    return m_model && row < m_model->rowCount() ? row : -1;
}

QRect GanttTimeline::barRect(int row) const {
    return barRectAt(row, horizontalScrollBar()->value(), m_verticalOffset);
}

QRect GanttTimeline::barRectAt(int row, int horizontalOffset, int verticalOffset) const {
    const ScheduledTask &t = m_model->taskAt(row);
    const int y = m_headerHeight + row * m_rowHeight - verticalOffset;
    const int x1 = int(m_scale.x(t.start)) - horizontalOffset;
    const int x2 = int(m_scale.x(t.finish)) - horizontalOffset;
    if (t.task.milestone)
        return QRect(x2 - m_rowHeight / 3, y + m_rowHeight / 6, 2 * (m_rowHeight / 3), m_rowHeight * 2 / 3);
    const int height = t.times.summary ? m_rowHeight / 3 : m_rowHeight / 2;
    return QRect(x1, y + (m_rowHeight - height) / 2 - (t.times.summary ? 2 : 0), std::max(2, x2 - x1), height);
}

void GanttTimeline::paintEvent(QPaintEvent *) {
    QPainter painter(viewport());
    paintAll(painter, viewport()->rect(), horizontalScrollBar()->value(), m_verticalOffset);
}

void GanttTimeline::paintAll(QPainter &painter, const QRect &area, int horizontalOffset, int verticalOffset) {
    painter.fillRect(area, palette().base());
    paintBackground(painter, area, horizontalOffset);
    if (m_model) {
        const int firstRow = std::max(0, verticalOffset / m_rowHeight);
        const int lastRow =
            std::min(m_model->rowCount() - 1, (verticalOffset + area.height() - m_headerHeight) / m_rowHeight + 1);
        painter.setRenderHint(QPainter::Antialiasing);
        paintLinks(painter, firstRow, lastRow, horizontalOffset, verticalOffset);
        for (int row = firstRow; row <= lastRow; ++row)
            paintRow(painter, row, m_headerHeight + row * m_rowHeight - verticalOffset, horizontalOffset);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    const int todayX = int(m_scale.x(m_today)) - horizontalOffset;
    painter.setPen(QPen(todayColour, 2));
    painter.drawLine(todayX, m_headerHeight, todayX, area.bottom());
    paintHeader(painter, area, horizontalOffset);

    if (m_drag != Drag::None && m_dragRow >= 0) {
        // The outcome of the drag so far, drawn over the chart.
        const QRect bar = barRectAt(m_dragRow, horizontalOffset, verticalOffset);
        const int dx = m_dragAt.x() - m_pressAt.x();
        painter.setPen(QPen(palette().text().color(), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        if (m_drag == Drag::Move)
            painter.drawRect(bar.translated(dx, 0));
        else if (m_drag == Drag::Resize)
            painter.drawRect(bar.adjusted(0, 0, dx, 0));
        else
            painter.drawLine(bar.right(), bar.center().y(), m_dragAt.x(), m_dragAt.y());
    }
}

void GanttTimeline::paintBackground(QPainter &painter, const QRect &area, int horizontalOffset) const {
    const QDateTime from = m_scale.at(horizontalOffset);
    const QDateTime to = m_scale.at(horizontalOffset + area.width());
    // Non-working days of the release's calendar.
    if (m_model && m_model->schedule().timeline && m_scale.zoom() <= TimeScale::Zoom::Weeks) {
        const WorkCalendar &calendar = m_model->schedule().timeline->calendar();
        const QColor shade = palette().alternateBase().color().darker(106);
        for (QDate d = from.date(); d <= to.date(); d = d.addDays(1)) {
            if (calendar.workingMinutes(d) > 0)
                continue;
            const int x1 = int(m_scale.x(QDateTime(d, QTime(0, 0)))) - horizontalOffset;
            const int x2 = int(m_scale.x(QDateTime(d.addDays(1), QTime(0, 0)))) - horizontalOffset;
            painter.fillRect(QRect(x1, m_headerHeight, x2 - x1, area.height()), shade);
        }
    }
    // Change-freeze windows, with their name.
    if (m_model) {
        for (const FreezeBand &f : m_model->freezes()) {
            const int x1 = int(m_scale.x(f.start)) - horizontalOffset;
            const int x2 = int(m_scale.x(f.end)) - horizontalOffset;
            if (x2 < 0 || x1 > area.width())
                continue;
            const QRect band(x1, m_headerHeight, x2 - x1, area.height() - m_headerHeight); // its name at the foot
            painter.fillRect(band, QBrush(freezeColour));
            painter.fillRect(band, QBrush(QColor(0xd3, 0x2f, 0x2f, 50), Qt::BDiagPattern));
            painter.setPen(legible::on(criticalColour, palette().color(QPalette::Base)));
            painter.drawText(band.adjusted(4, 0, -2, -4), Qt::AlignBottom | Qt::AlignLeft, f.name);
        }
    }
}

void GanttTimeline::paintHeader(QPainter &painter, const QRect &area, int horizontalOffset) const {
    const QRect header(0, 0, area.width(), m_headerHeight);
    painter.fillRect(header, palette().button());
    painter.setPen(palette().mid().color());
    painter.drawLine(0, m_headerHeight / 2, area.width(), m_headerHeight / 2);
    painter.drawLine(0, m_headerHeight - 1, area.width(), m_headerHeight - 1);
    const QDateTime from = m_scale.at(horizontalOffset - 200);
    const QDateTime to = m_scale.at(horizontalOffset + area.width());
    painter.setPen(palette().buttonText().color());
    const auto major = m_scale.majorTicks(from, to);
    for (int i = 0; i < major.size(); ++i) {
        const int x = int(m_scale.x(major.at(i).at)) - horizontalOffset;
        const int next = i + 1 < major.size() ? int(m_scale.x(major.at(i + 1).at)) - horizontalOffset : area.width();
        painter.drawLine(x, 0, x, m_headerHeight / 2);
        // A month cut short at the edge reads "Nov…", never a broken "Nov 202".
        const QRect room(std::max(x, 0) + 4, 0, next - std::max(x, 0) - 4, m_headerHeight / 2);
        painter.drawText(room, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(major.at(i).label, Qt::ElideRight, room.width()));
    }
    const auto minor = m_scale.minorTicks(from, to);
    for (int i = 0; i < minor.size(); ++i) {
        const int x = int(m_scale.x(minor.at(i).at)) - horizontalOffset;
        const int next = i + 1 < minor.size() ? int(m_scale.x(minor.at(i + 1).at)) - horizontalOffset : x + 40;
        painter.drawLine(x, m_headerHeight / 2, x, m_headerHeight);
        // A label too wide for its column ("KW46 9. Nov." in German) keeps its first word ("KW46").
        QString label = minor.at(i).label;
        if (next - x < painter.fontMetrics().horizontalAdvance(label) + 2)
            label = label.section(u' ', 0, 0);
        if (next - x >= painter.fontMetrics().horizontalAdvance(label) + 2)
            painter.drawText(QRect(x, m_headerHeight / 2, next - x, m_headerHeight / 2), Qt::AlignCenter, label);
    }
}

void GanttTimeline::paintRow(QPainter &painter, int row, int y, int horizontalOffset) const {
    const QModelIndex index = m_model->index(row, 0);
    const bool critical = index.data(GanttModel::CriticalRole).toBool();
    const bool summary = index.data(GanttModel::SummaryRole).toBool();
    const QRect bar = barRectAt(row, horizontalOffset, m_verticalOffset);
    const QColor ground = palette().color(QPalette::Base);
    const QColor plain = palette().color(QPalette::Text);
    // Thin shapes on the ground (phases, milestones) need the red lightened on a dark one.
    const QColor criticalMark = legible::on(criticalColour, ground, 3.0);

    // The baseline's ghost, under the bar.
    const QDateTime baseStart = index.data(GanttModel::BaselineStartRole).toDateTime();
    const QDateTime baseFinish = index.data(GanttModel::BaselineFinishRole).toDateTime();
    if (baseStart.isValid() && !summary) {
        const int x1 = int(m_scale.x(baseStart)) - horizontalOffset;
        const int x2 = int(m_scale.x(baseFinish)) - horizontalOffset;
        painter.fillRect(QRect(x1, y + m_rowHeight - 6, std::max(2, x2 - x1), 3), baselineColour);
    }

    if (index.data(GanttModel::MilestoneRole).toBool()) {
        QPainterPath diamond;
        const QPointF c = bar.center();
        const qreal r = bar.height() / 2.0;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        // A critical milestone is red with a ring in the text colour.
        painter.setPen(critical ? QPen(plain, 1.5) : Qt::NoPen);
        painter.setBrush(critical ? criticalMark : plain);
        painter.drawPath(diamond);
        return;
    }
    if (summary) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(critical ? legible::on(criticalColour.darker(130), ground, 3.0) : plain);
        painter.drawRect(bar);
        for (int x : {bar.left(), bar.right()}) {
            QPainterPath cap;
            cap.moveTo(x - 4, bar.bottom());
            cap.lineTo(x + 4, bar.bottom());
            cap.lineTo(x, bar.bottom() + 5);
            cap.closeSubpath();
            painter.drawPath(cap);
        }
        return;
    }
    if (index.data(GanttModel::ConflictRole).toBool()) {
        // Booked at the same time as another release: a dashed frame and a warning sign beside the bar.
        const QColor alarm = legible::on(criticalColour, ground);
        painter.setPen(QPen(alarm, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.adjusted(-3, -3, 3, 3));
        painter.setPen(alarm);
        painter.drawText(QRect(bar.right() + 6, y, 16, m_rowHeight), Qt::AlignVCenter, QStringLiteral("\u26A0"));
    }
    const QColor fill = critical ? criticalColour : taskColour;
    painter.setPen(QPen(fill.darker(140), index.data(GanttModel::DeploymentRole).toBool() ? 2 : 1));
    painter.setBrush(fill.lighter(125));
    painter.drawRoundedRect(bar, 3, 3);
    const int progress = index.data(GanttModel::ProgressRole).toInt();
    if (progress > 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill.darker(115));
        painter.drawRoundedRect(QRect(bar.left(), bar.top(), bar.width() * progress / 100, bar.height()), 3, 3);
    }
    if (critical) {
        // Hatched as well as red, for those who cannot tell red from blue.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(legible::textOn(fill), Qt::BDiagPattern));
        painter.drawRoundedRect(bar, 3, 3);
    }
}

void GanttTimeline::paintLinks(QPainter &painter, int firstRow, int lastRow, int horizontalOffset,
                               int verticalOffset) const {
    painter.setBrush(palette().text());
    for (int row = firstRow; row <= lastRow; ++row) {
        for (const int k : m_model->linksFrom(row)) {
            const GanttModel::RowLink &link = m_model->links().at(k);
            const QRect from = barRectAt(link.from, horizontalOffset, verticalOffset);
            const QRect to = barRectAt(link.to, horizontalOffset, verticalOffset);
            const bool fromFinish = link.type == LinkType::FinishToStart || link.type == LinkType::FinishToFinish;
            const bool toFinish = link.type == LinkType::FinishToFinish || link.type == LinkType::StartToFinish;
            const QPoint start(fromFinish ? from.right() : from.left(), from.center().y());
            const QPoint end(toFinish ? to.right() : to.left(), to.center().y());
            const bool critical = m_model->taskAt(link.from).times.critical && m_model->taskAt(link.to).times.critical;
            painter.setPen(QPen(critical ? legible::on(criticalColour, palette().color(QPalette::Base), 3.0)
                                         : palette().text().color(),
                                1));
            // An elbow: out of the predecessor, down to the successor's row, into its bar.
            const int out = fromFinish ? start.x() + 6 : start.x() - 6;
            const int in = toFinish ? end.x() + 6 : end.x() - 6;
            QPainterPath path(start);
            path.lineTo(out, start.y());
            path.lineTo(out, end.y() - (end.y() > start.y() ? m_rowHeight / 2 : -m_rowHeight / 2));
            path.lineTo(in, end.y() - (end.y() > start.y() ? m_rowHeight / 2 : -m_rowHeight / 2));
            path.lineTo(in, end.y());
            path.lineTo(end);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            const int dir = toFinish ? -1 : 1;
            QPainterPath head;
            head.moveTo(end);
            head.lineTo(end.x() - 5 * dir, end.y() - 3);
            head.lineTo(end.x() - 5 * dir, end.y() + 3);
            head.closeSubpath();
            painter.setBrush(painter.pen().color());
            painter.drawPath(head);
        }
    }
}

void GanttTimeline::mousePressEvent(QMouseEvent *event) {
    const int row = rowAt(event->position().toPoint().y());
    if (event->button() != Qt::LeftButton || row < 0 || !m_model) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QRect bar = barRect(row).adjusted(-2, -2, 2, 2);
    const QPoint at = event->position().toPoint();
    if (!bar.contains(at) || m_model->taskAt(row).times.summary)
        return;
    m_dragRow = row;
    m_pressAt = at;
    m_dragAt = at;
    if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
        m_drag = Drag::Link;
    else if (!m_model->taskAt(row).task.milestone && at.x() >= bar.right() - edgeGrip)
        m_drag = Drag::Resize;
    else
        m_drag = Drag::Move;
}

void GanttTimeline::mouseMoveEvent(QMouseEvent *event) {
    const QPoint at = event->position().toPoint();
    if (m_drag != Drag::None) {
        m_dragAt = at;
        viewport()->update();
        return;
    }
    const int row = rowAt(at.y());
    const bool onEdge = row >= 0 && !m_model->taskAt(row).task.milestone && !m_model->taskAt(row).times.summary &&
                        std::abs(at.x() - barRect(row).right()) <= edgeGrip;
    viewport()->setCursor(onEdge ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void GanttTimeline::mouseReleaseEvent(QMouseEvent *event) {
    const Drag drag = m_drag;
    const int row = m_dragRow;
    m_drag = Drag::None;
    m_dragRow = -1;
    viewport()->update();
    if (drag == Drag::None || row < 0)
        return;
    const QPoint at = event->position().toPoint();
    const int dx = at.x() - m_pressAt.x();
    const ScheduledTask &task = m_model->taskAt(row);
    const int offset = horizontalScrollBar()->value();
    switch (drag) {
    case Drag::Move:
        if (std::abs(dx) >= 3)
            Q_EMIT moveRequested(task.task.id, m_scale.snap(m_scale.at(m_scale.x(task.start) + dx)));
        break;
    case Drag::Resize:
        if (std::abs(dx) >= 3)
            Q_EMIT resizeRequested(task.task.id,
                                   m_scale.snap(m_scale.at(barRect(row).right() + offset + dx), QTime(17, 0)));
        break;
    case Drag::Link: {
        const int target = rowAt(at.y());
        if (target >= 0 && target != row && barRect(target).adjusted(-4, -4, 4, 4).contains(at))
            Q_EMIT linkRequested(task.task.id, m_model->taskAt(target).task.id);
        break;
    }
    case Drag::None:
        break;
    }
}

void GanttTimeline::mouseDoubleClickEvent(QMouseEvent *event) {
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        Q_EMIT activated(m_model->taskAt(row).task.id);
}

bool GanttTimeline::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip && m_model) {
        // The row's task: its dates, float and whether it is on the critical path, as the table says.
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString(), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttTimeline::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

std::pair<QDateTime, QDateTime> GanttTimeline::visibleRange() const {
    const int offset = horizontalScrollBar()->value();
    return {m_scale.at(offset), m_scale.at(offset + viewport()->width())};
}

} // namespace relm
