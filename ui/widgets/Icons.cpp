#include "Icons.h"

#include "widgets/Legible.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace relm::Icons {

namespace {

QIcon themed(const QString &themeName, const QString &resource) {
    return QIcon::fromTheme(themeName, QIcon(resource));
}

QIcon badge(const QColor &fill, const QString &letter, bool round) {
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(fill.darker(140), size / 16.0));
        painter.setBrush(fill);
        const QRectF box = QRectF(1, 1, size - 2, size - 2);
        if (round)
            painter.drawEllipse(box);
        else
            painter.drawRoundedRect(box, size / 5.0, size / 5.0);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.62));
        painter.setFont(font);
        painter.setPen(legible::textOn(fill));
        painter.drawText(box, Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon application() {
    return QIcon(u":/icons/relm.svg"_s);
}

QIcon package() {
    return themed(u"package-x-generic"_s, u":/icons/package.svg"_s);
}

QIcon component() {
    return themed(u"application-x-executable"_s, u":/icons/component.svg"_s);
}

QIcon release() {
    return QIcon(u":/icons/release.svg"_s);
}

QIcon releaseType(ReleaseType type) {
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(int(type)); it != cache.constEnd())
        return *it;
    QColor colour;
    QString letter;
    switch (type) {
    case ReleaseType::Major:
        colour = QColor(0x2b, 0x6c, 0xb0);
        letter = u"M"_s;
        break;
    case ReleaseType::Minor:
        colour = QColor(0x3a, 0x9a, 0x8c);
        letter = u"m"_s;
        break;
    case ReleaseType::Patch:
        colour = QColor(0x88, 0x88, 0x88);
        letter = u"P"_s;
        break;
    case ReleaseType::Emergency:
        colour = QColor(0xc6, 0x28, 0x28);
        letter = u"E"_s;
        break;
    }
    return *cache.insert(int(type), badge(colour, letter, false));
}

QColor statusColor(ReleaseStatus status) {
    switch (status) {
    case ReleaseStatus::Draft:
        return QColor(0x9e, 0x9e, 0x9e);
    case ReleaseStatus::Planned:
        return QColor(0x5c, 0x6b, 0xc0);
    case ReleaseStatus::Building:
    case ReleaseStatus::Testing:
        return QColor(0x1e, 0x88, 0xe5);
    case ReleaseStatus::AwaitingSignOff:
        return QColor(0xf9, 0xa8, 0x25);
    case ReleaseStatus::Approved:
    case ReleaseStatus::Deploying:
        return QColor(0x43, 0xa0, 0x47);
    case ReleaseStatus::Deployed:
    case ReleaseStatus::Reviewed:
        return QColor(0x2e, 0x7d, 0x32);
    case ReleaseStatus::RolledBack:
        return QColor(0xd8, 0x43, 0x15);
    case ReleaseStatus::Cancelled:
        return QColor(0x61, 0x61, 0x61);
    }
    return Qt::gray;
}

QIcon status(ReleaseStatus status) {
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(int(status)); it != cache.constEnd())
        return *it;
    const QString label = labelOf(status);
    return *cache.insert(int(status), badge(statusColor(status), label.left(1), true));
}

} // namespace relm::Icons
