#include "GanttLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::gantt {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::gantt", text);
}

double dayNumber(const QDateTime &at) {
    return double(at.date().toJulianDay()) + at.time().msecsSinceStartOfDay() / 86400000.0;
}

QString workingDays(qint64 minutes) {
    const double days = double(minutes) / 480.0;
    const double rounded = std::round(days * 10) / 10;
    return tr("%1 d").arg(QLocale::c().toString(rounded, 'g', 6));
}

} // namespace

QString GanttLayout::dateText(const QDateTime &at) {
    return at.isValid() ? at.date().toString(Qt::ISODate) : u"\u2014"_s;
}

QFont GanttLayout::font(double points, bool bold, const QPaintDevice *device) {
    // The painter draws in points; the font resolves against the device's resolution, so it is
    // sized back by that resolution to come out at `points` after the painter's scaling.
    QFont f(u"DejaVu Sans"_s);
    const int dpi = device ? device->logicalDpiY() : 72;
    f.setPointSizeF(points * 72.0 / std::max(1, dpi));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

GanttLayout::GanttLayout(const Chart &chart, QSizeF page, int pagesWide, SheetParts parts)
    : m_chart(chart)
    , m_page(page)
    , m_pagesWide(std::max(1, pagesWide))
    , m_parts(std::move(parts)) {
    layOut();
}

double GanttLayout::tableWidth(int column) const {
    return column == 0 ? m_nameWidth + 2 * m_dateWidth + m_floatWidth : m_nameWidthLater;
}

double GanttLayout::xOfDate(const QDate &date) const {
    return double(date.toJulianDay() - m_day0) * m_pointsPerDay;
}

double GanttLayout::x(const QDateTime &at) const {
    return (dayNumber(at) - double(m_day0)) * m_pointsPerDay;
}

double GanttLayout::rowY(int row, int firstRow) const {
    return m_titleHeight + m_headerHeight + (row - firstRow) * m_rowHeight;
}

void GanttLayout::layOut() {
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const QFontMetricsF text(font(textSize, false, &probe), &probe);
    const QFontMetricsF bold(font(textSize, true, &probe), &probe);
    const QFontMetricsF small(font(smallSize, false, &probe), &probe);
    const QFontMetricsF title(font(titleSize, true, &probe), &probe);
    const double width = m_page.width();

    m_rowHeight = std::max(13.0, std::ceil(text.height() + 4));
    m_tierHeight = std::ceil(small.height() + 4);
    m_titleHeight = m_parts.titleBlock ? std::ceil(title.height() + text.height() + 10) : 0;

    // Rows: the strings of the table and which links touch each row.
    m_geometry.resize(size_t(m_chart.rows.size()));
    double widestName = bold.horizontalAdvance(tr("Task"));
    double widestFloat = bold.horizontalAdvance(tr("Float"));
    for (int i = 0; i < m_chart.rows.size(); ++i) {
        const ChartRow &row = m_chart.rows.at(i);
        RowGeometry &g = m_geometry[size_t(i)];
        g.start = dateText(row.start);
        g.finish = dateText(row.finish);
        g.slack = workingDays(row.totalFloat);
        widestName = std::max(widestName, (row.summary ? bold : text).horizontalAdvance(row.name) + row.depth * indent);
        widestFloat = std::max(widestFloat, text.horizontalAdvance(g.slack));
        m_anyBaseline = m_anyBaseline || row.baselineStart.isValid();
    }
    m_dateWidth =
        std::ceil(std::max(text.horizontalAdvance(u"2026-12-31"_s), bold.horizontalAdvance(tr("Finish"))) + 2 * pad);
    m_floatWidth = std::ceil(widestFloat + 2 * pad);
    // The table takes at most half the width; on narrow sheets (a document's column) a little more,
    // so that names stay readable.
    const double tableShare = width < 600 ? 0.57 : 0.5;
    const double nameCap = std::max(70.0, tableShare * width - 2 * m_dateWidth - m_floatWidth);
    m_nameWidth = std::clamp(std::ceil(widestName + 2 * pad), 60.0, nameCap);
    m_nameWidthLater = std::min(m_nameWidth, std::max(60.0, 0.22 * width));

    m_linksFrom.assign(m_geometry.size(), {});
    m_linksTo.assign(m_geometry.size(), {});
    for (int k = 0; k < m_chart.links.size(); ++k) {
        const ChartLink &l = m_chart.links.at(k);
        if (l.from < 0 || l.to < 0 || l.from >= m_chart.rows.size() || l.to >= m_chart.rows.size())
            continue;
        m_linksFrom[size_t(l.from)].push_back(k);
        m_linksTo[size_t(l.to)].push_back(k);
    }

    // The span of dates: the chart's range, or every bar and baseline with a little room.
    const bool ranged =
        m_chart.rangeStart.isValid() && m_chart.rangeEnd.isValid() && m_chart.rangeStart < m_chart.rangeEnd;
    QDateTime from = ranged ? m_chart.rangeStart : m_chart.start;
    QDateTime to = ranged ? m_chart.rangeEnd : m_chart.finish;
    if (!ranged) {
        for (const ChartRow &row : m_chart.rows) {
            for (const QDateTime &at : {row.start, row.baselineStart}) {
                if (at.isValid() && (!from.isValid() || at < from))
                    from = at;
            }
            for (const QDateTime &at : {row.finish, row.baselineFinish}) {
                if (at.isValid() && (!to.isValid() || at > to))
                    to = at;
            }
        }
    }
    if (!from.isValid() || !to.isValid()) {
        from = m_chart.today.isValid() ? m_chart.today : QDateTime(QDate(2026, 1, 1), QTime(0, 0));
        to = from.addDays(30);
    }
    double timeline = 0;
    m_sliceStart.clear();
    for (int column = 0; column < m_pagesWide; ++column) {
        m_sliceStart.push_back(timeline);
        timeline += std::max(40.0, width - tableWidth(column));
    }
    const qint64 firstDay = from.date().toJulianDay();
    const qint64 lastDay = to.date().toJulianDay() + 1;
    // Room on both sides (unless a range was asked for): a few percent, and enough for a
    // milestone's diamond at either end.
    qint64 room = ranged ? 0 : std::max<qint64>(1, qint64(std::lround(double(lastDay - firstDay) * 0.03)));
    for (int pass = 0; pass < 2 && !ranged; ++pass) {
        const double perDay = timeline / double(lastDay - firstDay + 2 * room);
        if (room * perDay < 10)
            room = std::max<qint64>(room, qint64(std::ceil(10 / perDay)));
    }
    m_day0 = firstDay - room;
    m_days = double(std::max<qint64>(1, lastDay + room - m_day0));
    m_pointsPerDay = timeline / m_days;

    // The finest division whose labels fit, and the one above it.
    const double digits = small.horizontalAdvance(u"30"_s) + 2;
    if (m_pointsPerDay >= digits) {
        m_minor = Unit::Day;
        m_major = Unit::Month;
    } else if (7 * m_pointsPerDay >= small.horizontalAdvance(u"30"_s) + 2 * pad) {
        m_minor = Unit::Week;
        m_major = Unit::Month;
    } else if (28 * m_pointsPerDay >= small.horizontalAdvance(u"W"_s) + 2 * pad) {
        m_minor = Unit::Month;
        m_major = Unit::Year;
    } else if (90 * m_pointsPerDay >= small.horizontalAdvance(u"Q4"_s) + 2 * pad) {
        m_minor = Unit::Quarter;
        m_major = Unit::Year;
    } else {
        m_minor = Unit::None;
        m_major = Unit::Year;
    }
    m_majorTicks = ticks(m_major);
    m_minorTicks = ticks(m_minor);

    const double rangeStartDay = double(m_day0);
    const double rangeEndDay = double(m_day0) + m_days;
    for (const FreezeBand &f : m_chart.freezes) {
        if (f.start.isValid() && f.end.isValid() && dayNumber(f.end) > rangeStartDay &&
            dayNumber(f.start) < rangeEndDay)
            m_freezeTier = true;
    }
    m_headerHeight = m_tierHeight * (m_freezeTier ? 3 : 2);

    for (int i = 0; i < m_chart.rows.size(); ++i) {
        const ChartRow &row = m_chart.rows.at(i);
        RowGeometry &g = m_geometry[size_t(i)];
        g.x1 = x(row.start);
        g.x2 = std::max(g.x1, x(row.finish));
        g.bx1 = g.bx2 = -1;
        if (row.baselineStart.isValid() && row.baselineFinish.isValid()) {
            g.bx1 = x(row.baselineStart);
            g.bx2 = std::max(g.bx1, x(row.baselineFinish));
        }
    }

    // The legend, flowed over as many lines as the width needs (the page number beside the first).
    m_legendLines.clear();
    double footer = 0;
    if (m_parts.legend) {
        const QString baseline =
            m_chart.baselineName.isEmpty() ? tr("Baseline") : tr("Baseline (%1)").arg(m_chart.baselineName);
        const QList<std::pair<int, QString>> items = {{LegendTask, tr("Task")},   {LegendCritical, tr("Critical task")},
                                                      {LegendPhase, tr("Phase")}, {LegendMilestone, tr("Milestone")},
                                                      {LegendBaseline, baseline}, {LegendFreeze, tr("Change freeze")},
                                                      {LegendToday, tr("Today")}, {LegendLink, tr("Dependency")}};
        const double pageNumber =
            m_parts.pageNumbers ? small.horizontalAdvance(tr("Page %1 of %2").arg(9999).arg(9999)) + 12 : 0;
        double used = pageNumber;
        m_legendLines.emplace_back();
        for (const auto &[kind, label] : items) {
            const double itemWidth = 16 + small.horizontalAdvance(label) + 10;
            if (used + itemWidth > width && !m_legendLines.back().empty()) {
                m_legendLines.emplace_back();
                used = 0;
            }
            m_legendLines.back().push_back({kind, label, itemWidth});
            used += itemWidth;
        }
        footer = 5 + double(m_legendLines.size()) * (small.height() + 3);
    } else if (m_parts.pageNumbers) {
        footer = 5 + small.height() + 3;
    }
    if (!m_parts.note.isEmpty())
        footer += small.height() + 3;
    m_footerHeight = std::ceil(footer);

    const qsizetype rows = m_chart.rows.size();
    if (m_page.height() > 0) {
        const double room = m_page.height() - m_titleHeight - m_headerHeight - m_footerHeight;
        m_rowsPerPage = std::max(1, int(std::floor(room / m_rowHeight)));
        m_rowBands = std::max<qsizetype>(1, (rows + m_rowsPerPage - 1) / m_rowsPerPage);
    } else {
        m_rowsPerPage = int(std::max<qsizetype>(1, rows));
        m_rowBands = 1;
        m_page.setHeight(m_titleHeight + m_headerHeight + double(std::max<qsizetype>(1, rows)) * m_rowHeight +
                         m_footerHeight + 2);
    }
}

std::vector<GanttLayout::Tick> GanttLayout::ticks(Unit unit) const {
    std::vector<Tick> result;
    if (unit == Unit::None)
        return result;
    const QDate first = QDate::fromJulianDay(m_day0);
    const QDate last = QDate::fromJulianDay(m_day0 + qint64(m_days));
    QDate date = first;
    switch (unit) {
    case Unit::Day:
        break;
    case Unit::Week:
        date = date.addDays(1 - date.dayOfWeek());
        break;
    case Unit::Month:
        date = QDate(date.year(), date.month(), 1);
        break;
    case Unit::Quarter:
        date = QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        break;
    case Unit::Year:
    case Unit::None:
        date = QDate(date.year(), 1, 1);
        break;
    }
    for (; date <= last;) {
        result.push_back({xOfDate(date), date});
        switch (unit) {
        case Unit::Day:
            date = date.addDays(1);
            break;
        case Unit::Week:
            date = date.addDays(7);
            break;
        case Unit::Month:
            date = date.addMonths(1);
            break;
        case Unit::Quarter:
            date = date.addMonths(3);
            break;
        case Unit::Year:
        case Unit::None:
            date = date.addYears(1);
            break;
        }
    }
    return result;
}

QStringList GanttLayout::labels(Unit unit, const QDate &date, bool major) const {
    const QLocale locale;
    switch (unit) {
    case Unit::Day:
        return {QString::number(date.day())};
    case Unit::Week:
        return {locale.toString(date, u"d MMM"_s), QString::number(date.day())};
    case Unit::Month: {
        const QString shortName = locale.toString(date, u"MMM"_s);
        if (major)
            return {locale.toString(date, u"MMMM yyyy"_s), locale.toString(date, u"MMM yyyy"_s), shortName,
                    shortName.left(1)};
        return {locale.toString(date, u"MMMM"_s), shortName, shortName.left(1)};
    }
    case Unit::Quarter:
        return {tr("Q%1").arg((date.month() - 1) / 3 + 1)};
    case Unit::Year:
        return {QString::number(date.year()), u"\u2019"_s + locale.toString(date, u"yy"_s)};
    case Unit::None:
        break;
    }
    return {};
}

QRectF GanttLayout::barRect(int row, double y, int column) const {
    const RowGeometry &g = m_geometry[size_t(row)];
    const ChartRow &r = m_chart.rows.at(row);
    const double left = tableWidth(column) - m_sliceStart[size_t(column)];
    const double barHeight = std::round(m_rowHeight * 0.42 * 2) / 2;
    const double barTop = m_anyBaseline ? y + 2 : y + (m_rowHeight - barHeight) / 2;
    if (r.summary)
        return QRectF(left + g.x1, barTop + 0.5, std::max(0.8, g.x2 - g.x1), 2.2);
    return QRectF(left + g.x1, barTop, r.milestone ? 0 : std::max(0.8, g.x2 - g.x1), barHeight);
}

} // namespace relm::gantt
