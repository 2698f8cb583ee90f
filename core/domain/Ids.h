#pragma once

#include <QtGlobal>

namespace relm {

/// Database identity of a record; 0 means "not stored yet".
using Id = qint64;

} // namespace relm
