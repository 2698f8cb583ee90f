#pragma once

#include "Result.h"
#include "domain/Component.h"
#include "storage/RowView.h"

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
inline ComponentVersion versionFromRow(const RowView &r) {
    return ComponentVersion{r.integer(0), r.integer(1), r.text(2),         r.text(3),
                            r.text(4),    r.text(5),    r.integer(6) != 0, {}};
}

} // namespace relm
