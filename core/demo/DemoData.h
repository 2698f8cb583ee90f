#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class Workspace;

/// Fills a new database with a small, believable portfolio so that a first start shows every feature.
/// Dates are placed around `today` so the demo stays current.
class DemoData final {
public:
    static Result<void> seed(Workspace &workspace, const QDate &today);
};

} // namespace relm
