#include "ExposureHistory.h"

#include "changes/Workspace.h"
#include "domain/Risk.h"
#include "storage/AuditLog.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// A risk's exposure as recorded in one side of an audit entry; zero when it is gone or closed.
int exposureIn(const QJsonObject &record) {
    if (record.isEmpty() || record.value(u"status"_s).toString() == riskStatusKey(Risk::Status::Closed))
        return 0;
    return record.value(u"exposure"_s).toInt();
}

} // namespace

QList<ExposurePoint> exposureHistory(const QList<AuditEntry> &entries, Id releaseId) {
    QHash<Id, int> exposureOf;
    QList<ExposurePoint> points;
    int total = 0;
    for (const AuditEntry &entry : entries) {
        if (entry.entity != u"risk"_s || entry.releaseId != releaseId)
            continue;
        const int now = exposureIn(entry.after);
        total += now - exposureOf.value(entry.entityId);
        if (now > 0)
            exposureOf.insert(entry.entityId, now);
        else
            exposureOf.remove(entry.entityId);
        const ExposurePoint point{entry.at, total, int(exposureOf.size())};
        // Several changes in the same second (one undo step, say) make one point.
        if (!points.isEmpty() && points.last().at == entry.at)
            points.last() = point;
        else
            points.append(point);
    }
    return points;
}

Result<QList<ExposurePoint>> exposureHistory(Workspace &workspace, Id releaseId) {
    AuditFilter filter;
    filter.releaseId = releaseId;
    filter.entity = u"risk"_s;
    auto entries = workspace.auditLog().entries(filter);
    if (!entries)
        return entries.error();
    return exposureHistory(*entries, releaseId);
}

} // namespace relm
