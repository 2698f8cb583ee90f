#pragma once

#include <QJsonObject>

namespace relm {

class CliContext;
struct RestoreOutcome;

/// relm-cli commands that move data in and out: bills of materials and whole-database backups.
namespace cli {
int importCycloneDx(CliContext &cli);
int importSpdx(CliContext &cli);
int exportCycloneDx(CliContext &cli);
int exportBackup(CliContext &cli);
/// Needs no open database: it makes a new one.
int restoreBackup(CliContext &cli);
/// What a restore (or a migrate) made, as --json prints it.
QJsonObject restoreOutcomeJson(const RestoreOutcome &outcome);
} // namespace cli

} // namespace relm
