#pragma once

#include <QString>

#include <random>

namespace relm {
class Workspace;
} // namespace relm

namespace relm::test {

/// One edit by another program on the same database file (relm-cli beside the window, say): it
/// opens its own connection, acts as someone, makes one random edit of the kinds a session makes
/// and closes. The session's later undo and redo meet what it wrote, and must refuse to write
/// over it rather than lose it. Returns what it attempted, as RandomSession does.
QString editAsAnotherClient(Workspace &workspace, std::mt19937 &rng);

} // namespace relm::test
