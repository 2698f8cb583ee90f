#include "WorkDays.h"

#include <QCoreApplication>
#include <QLocale>

namespace relm {

namespace {

constexpr double minutesPerDay = 8 * 60;

} // namespace

QString shownWorkDays(qint64 minutes) {
    return QCoreApplication::translate("relm::WorkDays", "%1 d")
        .arg(QLocale().toString(minutes / minutesPerDay, 'g', 4));
}

QString shownLag(const PlanLink &link) {
    if (link.lagIsPercent)
        return link.lagPercent == 0 ? QString() : QLocale().toString(link.lagPercent, 'g', 4) + QLatin1Char('%');
    return link.lag == 0 ? QString() : shownWorkDays(link.lag);
}

bool readLag(PlanLink &link, const QString &text) {
    // The core reads numbers with a point, as files and relm-cli write them.
    QString plain = text.trimmed();
    const QLocale locale;
    if (locale.decimalPoint() != QLatin1String("."))
        plain.replace(locale.decimalPoint(), QLatin1String("."));
    return setLagFromText(link, plain);
}

} // namespace relm
