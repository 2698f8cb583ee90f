#pragma once

#include "Result.h"
#include "domain/Component.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QList>

namespace relm {

/// The first element of a list read for one id or name, or a NotFound error naming what was sought.
template<typename T>
Result<T> single(Result<QList<T>> rows, const QString &what) {
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("relm::Store", "%1 does not exist.").arg(what));
    return rows->first();
}

/// A component version from the columns id, component_id, component name, version, sha256,
/// source_ref, retired (in that order) of a query row.
inline ComponentVersion versionFromRow(const QSqlQuery &r) {
    return ComponentVersion{
        r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
        r.value(4).toString(),   r.value(5).toString(),   r.value(6).toBool(),   {}};
}

} // namespace relm
