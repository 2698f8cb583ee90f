#include "GanttSheet.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::gantt {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::gantt", text);
}

constexpr double textSize = GanttLayout::textSize;
constexpr double smallSize = GanttLayout::smallSize;
constexpr double titleSize = GanttLayout::titleSize;
constexpr double pad = GanttLayout::pad;
constexpr double indent = GanttLayout::indent;

// Colours that carry meaning; every kind also differs by shape, and the legend names each.
const QColor taskColour(0x3b, 0x7d, 0xd8);
const QColor criticalColour(0xd3, 0x2f, 0x2f);
const QColor phaseColour(0x37, 0x47, 0x4f);
const QColor baselineColour(0x9e, 0x9e, 0x9e);
const QColor freezeFill(0xd3, 0x2f, 0x2f, 28);
const QColor freezeLine(0xd3, 0x2f, 0x2f, 110);
const QColor freezeText(0xb7, 0x1c, 0x1c);
const QColor todayColour(0xe6, 0x51, 0x00);
const QColor linkColour(0x54, 0x6e, 0x7a);
const QColor inkColour(0x1a, 0x1a, 0x1a);
const QColor quietInk(0x55, 0x5f, 0x66);
const QColor ruleColour(0xb0, 0xbe, 0xc5);
const QColor gridColour(0xe3, 0xe7, 0xea);
const QColor headerFill(0xec, 0xef, 0xf1);
const QColor stripeFill(0xf5, 0xf7, 0xfa);
const QColor restFill(0, 0, 0, 16);

void hatch(QPainter &p, const QRectF &rect) {
    p.fillRect(rect, freezeFill);
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    p.setPen(QPen(freezeLine, 0.5));
    constexpr double step = 3.5;
    const double first = std::floor((rect.left() - rect.height()) / step) * step;
    for (double x = first; x < rect.right(); x += step)
        p.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    p.restore();
}

QPainterPath diamond(const QPointF &centre, double radius) {
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - radius);
    path.lineTo(centre.x() + radius, centre.y());
    path.lineTo(centre.x(), centre.y() + radius);
    path.lineTo(centre.x() - radius, centre.y());
    path.closeSubpath();
    return path;
}

void bracket(QPainter &p, const QRectF &bar) {
    p.fillRect(bar, phaseColour);
    const double h = bar.height() * 1.6;
    for (double x : {bar.left(), bar.right()}) {
        QPainterPath cap;
        cap.moveTo(x - h * 0.7, bar.top());
        cap.lineTo(x + h * 0.7, bar.top());
        cap.lineTo(x, bar.top() + h + bar.height());
        cap.closeSubpath();
        p.fillPath(cap, phaseColour);
    }
}

void arrowHead(QPainter &p, const QPointF &tip, bool pointsRight, const QColor &colour) {
    const double dir = pointsRight ? 1 : -1;
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip.x() - 3 * dir, tip.y() - 1.7);
    head.lineTo(tip.x() - 3 * dir, tip.y() + 1.7);
    head.closeSubpath();
    p.fillPath(head, colour);
}

} // namespace

GanttSheet::GanttSheet(const Chart &chart, QSizeF page, int pagesWide, Parts parts)
    : m_chart(chart)
    , m_parts(parts)
    , m_layout(chart, page, pagesWide, std::move(parts)) {}

bool GanttSheet::paint(QPainter &p, int page, const std::atomic<bool> *cancel) const {
    const int column = page % m_layout.pagesWide();
    const int band = page / m_layout.pagesWide();
    const int firstRow = band * m_layout.rowsPerPage();
    const int lastRow = int(std::min<qsizetype>(m_chart.rows.size(), qsizetype(firstRow) + m_layout.rowsPerPage()));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (m_parts.titleBlock)
        paintTitle(p);
    paintBackground(p, column, firstRow, lastRow);
    paintTableHeader(p, column);
    paintTimeHeader(p, column);
    paintTable(p, column, firstRow, lastRow);
    const double left = m_layout.tableWidth(column);
    const double top = m_layout.titleHeight() + m_layout.headerHeight();
    const double bodyHeight = std::max(1, lastRow - firstRow) * m_layout.rowHeight();
    const QRectF body(left, top, m_layout.page().width() - left, bodyHeight);
    p.save();
    p.setClipRect(body);
    paintLinks(p, column, firstRow, lastRow);
    const bool finished = paintBars(p, column, firstRow, lastRow, cancel);
    if (m_chart.today.isValid()) {
        const double at = left + m_layout.x(m_chart.today) - m_layout.sliceStart()[size_t(column)];
        if (at >= left && at <= m_layout.page().width()) {
            p.setPen(QPen(todayColour, 0.9, Qt::DashLine));
            p.drawLine(QPointF(at, top), QPointF(at, top + bodyHeight));
        }
    }
    p.restore();
    if (m_chart.rows.isEmpty()) {
        p.setFont(GanttLayout::font(textSize, false, p.device()));
        p.setPen(quietInk);
        p.drawText(body, Qt::AlignCenter, tr("No tasks to show"));
    }
    // Frame: the table's edge and the chart's outline.
    p.setPen(QPen(ruleColour, 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(0, m_layout.titleHeight(), m_layout.page().width(), m_layout.headerHeight() + bodyHeight));
    p.drawLine(QPointF(left, m_layout.titleHeight()), QPointF(left, top + bodyHeight));
    p.drawLine(QPointF(0, top), QPointF(m_layout.page().width(), top));
    paintFooter(p, page);
    p.restore();
    return finished;
}

void GanttSheet::paintTitle(QPainter &p) const {
    const QFont titleFont = GanttLayout::font(titleSize, true, p.device());
    const QFont textFont = GanttLayout::font(textSize, false, p.device());
    const QFontMetricsF titleMetrics(titleFont, p.device());
    const QFontMetricsF textMetrics(textFont, p.device());
    const double width = m_layout.page().width();
    p.setFont(textFont);
    p.setPen(quietInk);
    const QString produced = tr("Produced %1").arg(m_chart.produced.toString(Qt::ISODate));
    const double producedWidth = textMetrics.horizontalAdvance(produced) + 4;
    p.drawText(QRectF(width - producedWidth, 0, producedWidth, titleMetrics.height()),
               Qt::AlignRight | Qt::AlignVCenter, produced);
    p.setFont(titleFont);
    p.setPen(inkColour);
    const QString title = m_chart.title.isEmpty() ? tr("Schedule") : m_chart.title;
    p.drawText(QRectF(0, 0, width - producedWidth - 8, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               titleMetrics.elidedText(title, Qt::ElideRight, width - producedWidth - 8));
    QStringList facts;
    facts.append(tr("%1 \u2013 %2").arg(GanttLayout::dateText(m_chart.start), GanttLayout::dateText(m_chart.finish)));
    facts.append(m_chart.statusDate.isValid() ? tr("Status date %1").arg(GanttLayout::dateText(m_chart.statusDate))
                                              : tr("no status date"));
    facts.append(m_chart.rows.size() == 1 ? tr("1 task") : tr("%1 tasks").arg(QLocale().toString(m_chart.rows.size())));
    if (m_chart.rangeStart.isValid() && m_chart.rangeEnd.isValid())
        facts.append(tr("showing %1 \u2013 %2")
                         .arg(GanttLayout::dateText(m_chart.rangeStart), GanttLayout::dateText(m_chart.rangeEnd)));
    p.setFont(textFont);
    p.setPen(inkColour);
    p.drawText(QRectF(0, titleMetrics.height() + 1, width, textMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               textMetrics.elidedText(facts.join(u"   \u00B7   "_s), Qt::ElideRight, width));
}

void GanttSheet::paintBackground(QPainter &p, int column, int firstRow, int lastRow) const {
    const double width = m_layout.page().width();
    const double left = m_layout.tableWidth(column);
    const double top = m_layout.titleHeight() + m_layout.headerHeight();
    const double bodyHeight = std::max(1, lastRow - firstRow) * m_layout.rowHeight();
    for (int row = firstRow; row < lastRow; ++row) {
        if (row % 2 == 1)
            p.fillRect(QRectF(0, m_layout.rowY(row, firstRow), width, m_layout.rowHeight()), stripeFill);
    }
    const double slice = m_layout.sliceStart()[size_t(column)];
    const auto pageX = [&](double t) {
        return left + t - slice;
    };
    p.save();
    p.setClipRect(QRectF(left, m_layout.titleHeight(), width - left, m_layout.headerHeight() + bodyHeight));
    // Non-working days, when a day is wide enough to see.
    if (m_layout.pointsPerDay() >= 2.5) {
        const qint64 firstDay = m_layout.day0() + qint64(std::floor(slice / m_layout.pointsPerDay()));
        const qint64 lastDay = m_layout.day0() + qint64(std::ceil((slice + width - left) / m_layout.pointsPerDay()));
        qint64 runStart = -1;
        for (qint64 day = firstDay; day <= lastDay + 1; ++day) {
            const bool resting = day <= lastDay && m_chart.calendar.workingMinutes(QDate::fromJulianDay(day)) == 0;
            if (resting && runStart < 0)
                runStart = day;
            if (!resting && runStart >= 0) {
                const double x1 = pageX(double(runStart - m_layout.day0()) * m_layout.pointsPerDay());
                const double x2 = pageX(double(day - m_layout.day0()) * m_layout.pointsPerDay());
                p.fillRect(QRectF(x1, top, x2 - x1, bodyHeight), restFill);
                runStart = -1;
            }
        }
    }
    // Change-freeze windows: hatched bands over every row.
    for (const FreezeBand &f : m_chart.freezes) {
        if (!f.start.isValid() || !f.end.isValid())
            continue;
        const double x1 = pageX(m_layout.x(f.start));
        const double x2 = pageX(m_layout.x(f.end));
        if (x2 < left || x1 > width)
            continue;
        hatch(p, QRectF(x1, top, std::max(0.8, x2 - x1), bodyHeight));
    }
    // Grid lines: the fine division when it is not too dense, the coarse one always.
    if (m_layout.minor() != Unit::None && m_layout.minorTicks().size() > 1 &&
        m_layout.minorTicks()[1].x - m_layout.minorTicks()[0].x >= 5) {
        p.setPen(QPen(gridColour, 0.3));
        for (const Tick &t : m_layout.minorTicks()) {
            const double at = pageX(t.x);
            if (at > left && at < width)
                p.drawLine(QPointF(at, top), QPointF(at, top + bodyHeight));
        }
    }
    p.setPen(QPen(ruleColour, 0.5));
    for (const Tick &t : m_layout.majorTicks()) {
        const double at = pageX(t.x);
        if (at > left && at < width)
            p.drawLine(QPointF(at, top), QPointF(at, top + bodyHeight));
    }
    p.restore();
}

void GanttSheet::paintTableHeader(QPainter &p, int column) const {
    const double top = m_layout.titleHeight();
    p.fillRect(QRectF(0, top, m_layout.page().width(), m_layout.headerHeight()), headerFill);
    const QFont bold = GanttLayout::font(textSize, true, p.device());
    p.setFont(bold);
    p.setPen(inkColour);
    const double labelTop = top + m_layout.headerHeight() - m_layout.rowHeight();
    p.drawText(QRectF(pad, labelTop, m_layout.nameWidth() - 2 * pad, m_layout.rowHeight()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Task"));
    if (column != 0)
        return;
    double at = m_layout.nameWidth();
    for (const auto &[label, width] :
         {std::pair{tr("Start"), m_layout.dateWidth()}, std::pair{tr("Finish"), m_layout.dateWidth()},
          std::pair{tr("Float"), m_layout.floatWidth()}}) {
        p.drawText(QRectF(at + pad, labelTop, width - 2 * pad, m_layout.rowHeight()),
                   (label == tr("Float") ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, label);
        at += width;
    }
}

void GanttSheet::paintTimeHeader(QPainter &p, int column) const {
    const double top = m_layout.titleHeight();
    paintTier(p, m_layout.major(), m_layout.majorTicks(), top, column, true);
    paintTier(p, m_layout.minor(), m_layout.minorTicks(), top + m_layout.tierHeight(), column, false);
    const double left = m_layout.tableWidth(column);
    p.setPen(QPen(ruleColour, 0.5));
    p.drawLine(QPointF(left, top + m_layout.tierHeight()),
               QPointF(m_layout.page().width(), top + m_layout.tierHeight()));
    if (m_layout.freezeTier()) {
        p.drawLine(QPointF(left, top + 2 * m_layout.tierHeight()),
                   QPointF(m_layout.page().width(), top + 2 * m_layout.tierHeight()));
        paintFreezeTier(p, column);
    }
}

void GanttSheet::paintTier(QPainter &p, Unit unit, const std::vector<Tick> &ticks, double top, int column,
                           bool major) const {
    if (unit == Unit::None || ticks.empty())
        return;
    const double left = m_layout.tableWidth(column);
    const double right = m_layout.page().width();
    const double slice = m_layout.sliceStart()[size_t(column)];
    const QFont tierFont = GanttLayout::font(smallSize, major, p.device());
    const QFontMetricsF metrics(tierFont, p.device());
    p.setFont(tierFont);
    const double end = m_layout.days() * m_layout.pointsPerDay();
    for (size_t i = 0; i < ticks.size(); ++i) {
        const double x1 = left + ticks[i].x - slice;
        const double x2 = left + (i + 1 < ticks.size() ? ticks[i + 1].x : end) - slice;
        const double visibleLeft = std::max(x1, left);
        const double visibleRight = std::min(x2, right);
        if (visibleRight - visibleLeft <= 0)
            continue;
        if (x1 >= left) {
            p.setPen(QPen(ruleColour, 0.5));
            p.drawLine(QPointF(x1, top), QPointF(x1, top + m_layout.tierHeight()));
        }
        // The longest label that fits whole in the part of the division on this page; none if
        // nothing fits, never a clipped one.
        // Day numbers sit centred in their narrow columns; other labels start at the division.
        const bool day = unit == Unit::Day;
        const double margin = day ? 1 : pad;
        const double room = visibleRight - visibleLeft - 2 * margin;
        // A division cut by the page's edge shows no single letter: "O" beside "November" reads as noise.
        const bool cut = visibleRight - visibleLeft < x2 - x1 - 0.5;
        for (const QString &label : m_layout.labels(unit, ticks[i].date, major)) {
            if (cut && label.size() < 2 && !day)
                continue;
            if (metrics.horizontalAdvance(label) <= room) {
                p.setPen(inkColour);
                p.drawText(QRectF(visibleLeft + margin, top, room, m_layout.tierHeight()),
                           (day ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextDontClip, label);
                break;
            }
        }
    }
}

void GanttSheet::paintFreezeTier(QPainter &p, int column) const {
    const double left = m_layout.tableWidth(column);
    const double right = m_layout.page().width();
    const double top = m_layout.titleHeight() + 2 * m_layout.tierHeight();
    const double slice = m_layout.sliceStart()[size_t(column)];
    const QFont tierFont = GanttLayout::font(smallSize, false, p.device());
    const QFontMetricsF metrics(tierFont, p.device());
    p.save();
    p.setClipRect(QRectF(left, top, right - left, m_layout.tierHeight()));
    p.setFont(tierFont);
    // The bands first, then their names over them: a name may run on past its band's end, up to
    // the next band or the page's edge.
    QList<std::pair<double, double>> bands;
    for (const FreezeBand &f : m_chart.freezes) {
        const double x1 = f.start.isValid() ? left + m_layout.x(f.start) - slice : right + 1;
        const double x2 = f.end.isValid() ? left + m_layout.x(f.end) - slice : left - 1;
        bands.append({x1, x2});
        if (x2 >= left && x1 <= right)
            hatch(p, QRectF(x1, top + 1, std::max(0.8, x2 - x1), m_layout.tierHeight() - 2));
    }
    for (int i = 0; i < bands.size(); ++i) {
        const auto [x1, x2] = bands.at(i);
        if (x2 < left || x1 > right)
            continue;
        const double visibleLeft = std::max(x1, left);
        double limit = right;
        for (const auto &[otherStart, otherEnd] : bands) {
            if (otherStart > visibleLeft + 1 && otherStart < limit && otherEnd >= left)
                limit = otherStart;
        }
        const double room = limit - visibleLeft - 2 * pad;
        const QString label = metrics.elidedText(m_chart.freezes.at(i).name, Qt::ElideRight, room);
        if (room > 0 && label.size() > 3) {
            const double labelWidth = metrics.horizontalAdvance(label);
            p.fillRect(QRectF(visibleLeft + pad - 1, top + 2, labelWidth + 2, m_layout.tierHeight() - 4),
                       QColor(255, 255, 255, 220));
            p.setPen(freezeText);
            p.drawText(QRectF(visibleLeft + pad, top, room + 1, m_layout.tierHeight()),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }
    p.restore();
}

void GanttSheet::paintTable(QPainter &p, int column, int firstRow, int lastRow) const {
    const QFont textFont = GanttLayout::font(textSize, false, p.device());
    const QFont boldFont = GanttLayout::font(textSize, true, p.device());
    const QFontMetricsF text(textFont, p.device());
    const QFontMetricsF bold(boldFont, p.device());
    const double nameWidth = column == 0 ? m_layout.nameWidth() : m_layout.nameWidthLater();
    for (int row = firstRow; row < lastRow; ++row) {
        const ChartRow &r = m_chart.rows.at(row);
        const RowGeometry &g = m_layout.geometry()[size_t(row)];
        const double y = m_layout.rowY(row, firstRow);
        const double nameLeft = pad + std::min(r.depth * indent, nameWidth / 3);
        const double room = nameWidth - nameLeft - pad;
        p.setFont(r.summary ? boldFont : textFont);
        p.setPen(inkColour);
        p.drawText(QRectF(nameLeft, y, room + 1, m_layout.rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                   (r.summary ? bold : text).elidedText(r.name, Qt::ElideRight, room));
        if (column != 0)
            continue;
        p.setFont(textFont);
        p.drawText(QRectF(m_layout.nameWidth() + pad, y, m_layout.dateWidth() - 2 * pad, m_layout.rowHeight()),
                   Qt::AlignLeft | Qt::AlignVCenter, g.start);
        p.drawText(QRectF(m_layout.nameWidth() + m_layout.dateWidth() + pad, y, m_layout.dateWidth() - 2 * pad,
                          m_layout.rowHeight()),
                   Qt::AlignLeft | Qt::AlignVCenter, g.finish);
        p.setPen(r.critical ? criticalColour : inkColour);
        p.drawText(QRectF(m_layout.nameWidth() + 2 * m_layout.dateWidth() + pad, y, m_layout.floatWidth() - 2 * pad,
                          m_layout.rowHeight()),
                   Qt::AlignRight | Qt::AlignVCenter, g.slack);
    }
    // Column rules.
    const double top = m_layout.titleHeight() + m_layout.headerHeight() - m_layout.rowHeight();
    const double bottom = m_layout.rowY(std::max(lastRow, firstRow + 1), firstRow);
    p.setPen(QPen(ruleColour, 0.4));
    if (column == 0) {
        for (double at : {m_layout.nameWidth(), m_layout.nameWidth() + m_layout.dateWidth(),
                          m_layout.nameWidth() + 2 * m_layout.dateWidth()})
            p.drawLine(QPointF(at, top), QPointF(at, bottom));
    }
}

void GanttSheet::paintLinks(QPainter &p, int column, int firstRow, int lastRow) const {
    p.setBrush(Qt::NoBrush);
    const auto draw = [&](const ChartLink &l) {
        const QRectF from = m_layout.barRect(l.from, m_layout.rowY(l.from, firstRow), column);
        const QRectF to = m_layout.barRect(l.to, m_layout.rowY(l.to, firstRow), column);
        const bool fromFinish = l.type == LinkType::FinishToStart || l.type == LinkType::FinishToFinish;
        const bool toFinish = l.type == LinkType::FinishToFinish || l.type == LinkType::StartToFinish;
        const double fromY = m_chart.rows.at(l.from).summary ? from.top() + 1 : from.center().y();
        const double toY = m_chart.rows.at(l.to).summary ? to.top() + 1 : to.center().y();
        const double milestoneGap = 4.5;
        QPointF start(fromFinish ? from.right() : from.left(), fromY);
        QPointF end(toFinish ? to.right() : to.left(), toY);
        if (m_chart.rows.at(l.from).milestone)
            start.rx() += fromFinish ? milestoneGap : -milestoneGap;
        if (m_chart.rows.at(l.to).milestone)
            end.rx() += toFinish ? milestoneGap : -milestoneGap;
        const double out = fromFinish ? start.x() + 3 : start.x() - 3;
        const double in = toFinish ? end.x() + 3 : end.x() - 3;
        const bool critical = m_chart.rows.at(l.from).critical && m_chart.rows.at(l.to).critical;
        const QColor colour = critical ? criticalColour : linkColour;
        QPainterPath path(start);
        path.lineTo(out, start.y());
        if ((!toFinish && in >= out) || (toFinish && in <= out)) {
            // Room to drop straight down (or up) beside the successor and turn into it.
            path.lineTo(out, end.y());
        } else {
            // An elbow: out, along the successor's row edge, back in.
            const double edge =
                end.y() > start.y() ? end.y() - m_layout.rowHeight() / 2 : end.y() + m_layout.rowHeight() / 2;
            path.lineTo(out, edge);
            path.lineTo(in, edge);
            path.lineTo(in, end.y());
        }
        path.lineTo(toFinish ? end.x() + 2.5 : end.x() - 2.5, end.y());
        p.setPen(QPen(colour, 0.6));
        p.drawPath(path);
        arrowHead(p, end, !toFinish, colour);
    };
    for (int row = firstRow; row < lastRow; ++row) {
        for (const int k : m_layout.linksFrom()[size_t(row)])
            draw(m_chart.links.at(k));
        for (const int k : m_layout.linksTo()[size_t(row)]) {
            const int from = m_chart.links.at(k).from;
            if (from < firstRow || from >= lastRow) // drawn from its other end otherwise
                draw(m_chart.links.at(k));
        }
    }
}

bool GanttSheet::paintBars(QPainter &p, int column, int firstRow, int lastRow, const std::atomic<bool> *cancel) const {
    const double left = m_layout.tableWidth(column) - m_layout.sliceStart()[size_t(column)];
    for (int row = firstRow; row < lastRow; ++row) {
        if (cancel && (row - firstRow) % 256 == 255 && cancel->load())
            return false;
        const ChartRow &r = m_chart.rows.at(row);
        const RowGeometry &g = m_layout.geometry()[size_t(row)];
        const double y = m_layout.rowY(row, firstRow);
        const QRectF bar = m_layout.barRect(row, y, column);
        if (g.bx1 >= 0) {
            // The baseline's ghost: grey, thinner, under the bar.
            const double baseTop = y + m_layout.rowHeight() - 4.2;
            if (r.milestone)
                p.fillPath(diamond(QPointF(left + g.bx1, baseTop + 1), 2.2), baselineColour);
            else
                p.fillRect(QRectF(left + g.bx1, baseTop, std::max(0.8, g.bx2 - g.bx1), 2), baselineColour);
        }
        if (r.milestone) {
            p.fillPath(diamond(QPointF(bar.left(), bar.center().y()), bar.height() * 0.75),
                       r.critical ? criticalColour : phaseColour);
        } else if (r.summary) {
            bracket(p, bar);
        } else {
            const QColor fill = r.critical ? criticalColour : taskColour;
            p.setPen(QPen(fill.darker(135), 0.4));
            p.setBrush(fill);
            p.drawRect(bar);
        }
    }
    return !(cancel && cancel->load());
}

void GanttSheet::paintFooter(QPainter &p, int page) const {
    const QFont smallFont = GanttLayout::font(smallSize, false, p.device());
    const QFontMetricsF small(smallFont, p.device());
    const double lineHeight = small.height() + 3;
    double y = m_layout.page().height() - m_layout.footerHeight() + 5;
    p.setFont(smallFont);
    if (!m_parts.note.isEmpty()) {
        p.setPen(quietInk);
        p.drawText(QRectF(0, y, m_layout.page().width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   small.elidedText(m_parts.note, Qt::ElideRight, m_layout.page().width()));
        y += lineHeight;
    }
    if (m_parts.pageNumbers) {
        p.setPen(quietInk);
        p.drawText(QRectF(0, y, m_layout.page().width(), lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1 of %2").arg(page + 1).arg(m_layout.pageCount()));
    }
    for (const auto &line : m_layout.legendLines()) {
        double at = 0;
        const double mid = y + lineHeight / 2;
        for (const LegendItem &item : line) {
            const QRectF swatch(at, mid - 3, 13, 6);
            switch (item.kind) {
            case GanttLayout::LegendTask:
            case GanttLayout::LegendCritical: {
                const QColor fill = item.kind == GanttLayout::LegendCritical ? criticalColour : taskColour;
                p.setPen(QPen(fill.darker(135), 0.4));
                p.setBrush(fill);
                p.drawRect(swatch.adjusted(0, 0.5, 0, -0.5));
                break;
            }
            case GanttLayout::LegendPhase:
                bracket(p, QRectF(swatch.left() + 2, swatch.top(), swatch.width() - 4, 2.2));
                break;
            case GanttLayout::LegendMilestone:
                p.fillPath(diamond(swatch.center(), 3.5), phaseColour);
                break;
            case GanttLayout::LegendBaseline:
                p.fillRect(QRectF(swatch.left(), mid - 1, swatch.width(), 2), baselineColour);
                break;
            case GanttLayout::LegendFreeze:
                hatch(p, swatch.adjusted(0, -1, 0, 1));
                break;
            case GanttLayout::LegendToday:
                p.setPen(QPen(todayColour, 0.9, Qt::DashLine));
                p.drawLine(QPointF(swatch.center().x(), swatch.top() - 1.5),
                           QPointF(swatch.center().x(), swatch.bottom() + 1.5));
                break;
            case GanttLayout::LegendLink: {
                p.setPen(QPen(linkColour, 0.6));
                p.setBrush(Qt::NoBrush);
                QPainterPath path(QPointF(swatch.left(), swatch.top()));
                path.lineTo(swatch.left() + 4, swatch.top());
                path.lineTo(swatch.left() + 4, mid + 1.5);
                path.lineTo(swatch.right() - 2, mid + 1.5);
                p.drawPath(path);
                arrowHead(p, QPointF(swatch.right(), mid + 1.5), true, linkColour);
                break;
            }
            }
            p.setPen(inkColour);
            p.drawText(QRectF(at + 16, y, item.width - 16, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, item.text);
            at += item.width;
        }
        y += lineHeight;
    }
}

} // namespace relm::gantt
