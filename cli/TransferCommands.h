#pragma once

namespace relm {

class CliContext;

/// relm-cli commands that move data in and out: bills of materials and whole-database backups.
namespace cli {
int importCycloneDx(CliContext &cli);
int importSpdx(CliContext &cli);
int exportCycloneDx(CliContext &cli);
int exportBackup(CliContext &cli);
/// Needs no open database: it makes a new one.
int restoreBackup(CliContext &cli);
} // namespace cli

} // namespace relm
