#pragma once

#include "Result.h"

#include <functional>

namespace relm {

/// The SHA-256 of a file's bytes, read in chunks. `progress` gets (bytes read, total); when
/// `cancelled` returns true the reading stops and an error says so.
Result<QString> sha256OfFile(const QString &path, const std::function<void(qint64, qint64)> &progress = {},
                             const std::function<bool()> &cancelled = {});

} // namespace relm
