#pragma once

#include "Result.h"
#include "changes/ChangeNotice.h"

#include <QList>

namespace relm {

class Workspace;
struct WrittenPlan;

/// The rule that every plan stays schedulable: after a change has written, and before it commits,
/// each release whose tasks, dependencies, calendar or planned start it created or changed is
/// scheduled again. A change that
/// would leave a dependency cycle, or dates beyond what Relm plans, is refused with the scheduler's
/// message naming the tasks, and nothing it wrote is kept. `written`, when given, is the whole
/// plan of one release exactly as the change wrote it.
namespace schedule_rule {
Result<void> check(Workspace &workspace, const QList<ChangeNotice> &notices, const WrittenPlan *written = nullptr);
}

} // namespace relm
