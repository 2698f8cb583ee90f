#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QMimeData>

#include <memory>

namespace relm::change_mime {

/// Change requests dragged from a change list onto a release (the navigator or a Changes page).
inline constexpr char type[] = "application/x-relm-change-requests";

std::unique_ptr<QMimeData> encode(const QList<Id> &changeIds);
QList<Id> changeIds(const QMimeData *data);

} // namespace relm::change_mime
