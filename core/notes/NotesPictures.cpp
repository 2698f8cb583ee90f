#include "NotesPictures.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QColor bandColour(Risk::Band band) {
    switch (band) {
    case Risk::Band::Low:
        return QColor(0x66, 0xbb, 0x6a);
    case Risk::Band::Medium:
        return QColor(0xff, 0xca, 0x28);
    case Risk::Band::High:
        return QColor(0xff, 0x8f, 0x00);
    case Risk::Band::Extreme:
        return QColor(0xe5, 0x39, 0x35);
    }
    return Qt::gray;
}

QFont pictureFont(int pixels, bool bold = false) {
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

QImage riskHeatMap(const QList<Risk> &risks) {
    constexpr int cell = 70;
    constexpr int left = 90;
    constexpr int top = 20;
    QImage image(left + 5 * cell + 20, top + 5 * cell + 60, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const QRect r(left + (impact - 1) * cell, top + (5 - likelihood) * cell, cell, cell);
            p.fillRect(r, bandColour(Risk::bandOf(likelihood * impact)).lighter(125));
            p.setPen(Qt::white);
            p.drawRect(r);
            const auto count = std::count_if(risks.cbegin(), risks.cend(), [&](const Risk &risk) {
                return risk.status != Risk::Status::Closed && risk.likelihood == likelihood && risk.impact == impact;
            });
            if (count > 0) {
                p.setFont(pictureFont(26, true));
                p.setPen(QColor(0x1a, 0x1a, 0x1a));
                p.drawText(r, Qt::AlignCenter, QString::number(count));
            }
        }
    }
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.setFont(pictureFont(13));
    for (int i = 1; i <= 5; ++i) {
        p.drawText(QRect(left - 30, top + (5 - i) * cell, 24, cell), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(i));
        p.drawText(QRect(left + (i - 1) * cell, top + 5 * cell + 4, cell, 18), Qt::AlignCenter, QString::number(i));
    }
    p.drawText(QRect(left, top + 5 * cell + 24, 5 * cell, 20), Qt::AlignCenter,
               QCoreApplication::translate("relm::notes", "Impact"));
    p.save();
    p.translate(24, top + 5 * cell / 2);
    p.rotate(-90);
    p.drawText(QRect(-80, -10, 160, 20), Qt::AlignCenter, QCoreApplication::translate("relm::notes", "Likelihood"));
    p.restore();
    return image;
}

QImage ganttPicture(const ReleaseSchedule &schedule) {
    constexpr int labelWidth = 300;
    constexpr int chartWidth = 620;
    constexpr int rowHeight = 26;
    constexpr int top = 28;
    const int rows = int(std::min<qsizetype>(schedule.tasks.size(), 60));
    QImage image(labelWidth + chartWidth + 10, top + rows * rowHeight + 10, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (!schedule.start.isValid() || !schedule.finish.isValid() || rows == 0) {
        p.setFont(pictureFont(14));
        p.drawText(image.rect(), Qt::AlignCenter, QCoreApplication::translate("relm::notes", "No schedule"));
        return image;
    }
    const qint64 from = schedule.start.date().startOfDay().toSecsSinceEpoch();
    const qint64 to = std::max(from + 86400, schedule.finish.date().addDays(1).startOfDay().toSecsSinceEpoch());
    const auto x = [&](const QDateTime &at) {
        return labelWidth + double(at.toSecsSinceEpoch() - from) / double(to - from) * chartWidth;
    };
    p.setFont(pictureFont(14));
    p.setPen(QColor(0x88, 0x88, 0x88));
    for (QDate month(schedule.start.date().year(), schedule.start.date().month(), 1); month <= schedule.finish.date();
         month = month.addMonths(1)) {
        const double mx = std::max<double>(labelWidth, x(month.startOfDay()));
        p.drawLine(QPointF(mx, top - 6), QPointF(mx, image.height() - 6));
        p.drawText(QPointF(mx + 3, top - 10), month.toString(u"MMM yyyy"_s));
    }
    for (int i = 0; i < rows; ++i) {
        const ScheduledTask &t = schedule.tasks.at(i);
        const double y = top + i * rowHeight;
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.setFont(pictureFont(15, t.times.summary));
        p.drawText(QRectF(4, y, labelWidth - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(t.task.name, Qt::ElideRight, labelWidth - 8));
        const QColor colour = t.times.critical  ? QColor(0xe5, 0x39, 0x35)
                              : t.times.summary ? QColor(0x45, 0x5a, 0x64)
                                                : QColor(0x42, 0x85, 0xf4);
        if (t.task.milestone) {
            const QPointF c(x(t.start), y + rowHeight / 2.0);
            QPainterPath diamond;
            diamond.moveTo(c + QPointF(0, -7));
            diamond.lineTo(c + QPointF(7, 0));
            diamond.lineTo(c + QPointF(0, 7));
            diamond.lineTo(c + QPointF(-7, 0));
            diamond.closeSubpath();
            p.fillPath(diamond, colour);
        } else {
            const double x0 = x(t.start);
            const double x1 = std::max(x0 + 2, x(t.finish));
            p.fillRect(QRectF(x0, y + (t.times.summary ? 7 : 4), x1 - x0, t.times.summary ? 6 : rowHeight - 8), colour);
        }
    }
    return image;
}

} // namespace relm::notes
