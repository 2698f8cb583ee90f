#include "ConflictFinder.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

QString kindKey(CalendarConflict::Kind kind) {
    switch (kind) {
    case CalendarConflict::Kind::Freeze:
        return u"freeze"_s;
    case CalendarConflict::Kind::EnvironmentBooking:
        return u"environment"_s;
    case CalendarConflict::Kind::SharedComponent:
        return u"component"_s;
    case CalendarConflict::Kind::DeploymentOrder:
        return u"order"_s;
    }
    return {};
}

QString labelOf(CalendarConflict::Kind kind) {
    switch (kind) {
    case CalendarConflict::Kind::Freeze:
        return QCoreApplication::translate("relm::ConflictFinder", "Deployment in a freeze");
    case CalendarConflict::Kind::EnvironmentBooking:
        return QCoreApplication::translate("relm::ConflictFinder", "Environment booked twice");
    case CalendarConflict::Kind::SharedComponent:
        return QCoreApplication::translate("relm::ConflictFinder", "Same component changed at once");
    case CalendarConflict::Kind::DeploymentOrder:
        return QCoreApplication::translate("relm::ConflictFinder", "Deployment order");
    }
    return {};
}

Result<ConflictFinder> ConflictFinder::load(Workspace &, const CalendarData &data) {
    return ConflictFinder(data);
}

QList<CalendarConflict> ConflictFinder::find(const QDateTime &, const QDateTime &) const {
    return {};
}

QList<CalendarConflict> ConflictFinder::involving(const QList<CalendarConflict> &all, Id releaseId) {
    QList<CalendarConflict> result;
    for (const CalendarConflict &c : all) {
        if (c.releaseIds.contains(releaseId))
            result.append(c);
    }
    return result;
}

} // namespace relm
