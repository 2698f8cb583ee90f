#pragma once

#include "Result.h"

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

} // namespace relm
