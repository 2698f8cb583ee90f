#pragma once

#include <QString>

namespace relm {

struct Person;

/// A person as choosers show them: the name and the roles they hold, so that a newcomer can tell
/// who may sign what ("Hana Sato — Change board, Business owner"; "… — no role" when none).
QString personWithRoles(const Person &person);

/// The roles alone, translated and comma-separated; "no role" when there are none.
QString rolesOf(const Person &person);

} // namespace relm
