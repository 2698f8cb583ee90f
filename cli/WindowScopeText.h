#pragma once

#include <QString>

namespace relm {

class Workspace;
struct WindowScope;

namespace cli {

/// A window's scope in words for the terminal: "everything", or "services: …; environments: …;
/// components: …".
QString windowScopeText(Workspace &ws, const WindowScope &scope);

} // namespace cli
} // namespace relm
