#include "NotesPictures.h"

#include <QCoreApplication>
#include <QPainter>

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

} // namespace relm::notes
