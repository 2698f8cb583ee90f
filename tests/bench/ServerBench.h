#pragma once

#include <QJsonArray>

namespace relm::bench {

/// A shared database on a local PostgreSQL 15 server the benchmark starts itself (server_ steps):
/// opening a 10,000-task release as a window does, beside the same from a SQLite file, and how
/// long one client's change takes to reach another client's open workspace. Skipped, saying so,
/// where PostgreSQL 15 is not installed.
void benchmarkServer(QJsonArray &results, const QString &folder, bool quick);

} // namespace relm::bench
