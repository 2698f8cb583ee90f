#include "FreezeWindows.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::freeze_windows {

namespace {

QDateTime asUtc(const QDateTime &wallClock) {
    return QDateTime(wallClock.date(), wallClock.time(), Qt::UTC);
}

} // namespace

QList<PlanFreeze> touching(const QList<PlanFreeze> &freezes, Id environmentId, const QDateTime &start,
                           const QDateTime &end) {
    QList<PlanFreeze> result;
    if (!start.isValid())
        return result;
    const QDateTime from = start.toUTC();
    const QDateTime until = end.isValid() && end > start ? end.toUTC() : from.addSecs(1);
    for (const PlanFreeze &f : freezes) {
        if (f.environmentId != 0 && f.environmentId != environmentId)
            continue;
        if (from < asUtc(f.end) && asUtc(f.start) < until)
            result.append(f);
    }
    return result;
}

QString describe(const PlanFreeze &freeze) {
    return QCoreApplication::translate("relm::freeze_windows", "%1 (%2 to %3 UTC)")
        .arg(freeze.name, freeze.start.toString(u"yyyy-MM-dd HH:mm"_s), freeze.end.toString(u"yyyy-MM-dd HH:mm"_s));
}

} // namespace relm::freeze_windows
