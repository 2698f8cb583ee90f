#pragma once

#include "Result.h"

namespace relm {

class Workspace;

/// The demo organisation's look on every document (name, a simple logo, colours) and a footer for
/// the customer notes.
Result<void> seedDemoNotesLook(Workspace &workspace);

} // namespace relm
