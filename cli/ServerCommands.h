#pragma once

namespace relm {

class CliContext;

/// relm-cli commands for a shared database on a PostgreSQL server, run by whoever administers it.
namespace cli {
/// server init URL [--demo]: Relm's tables (with the demo when asked) and the application role.
int serverInit(CliContext &cli);
/// server admit URL LOGIN: lets an existing server login use Relm (joins the application role).
int serverAdmit(CliContext &cli);
/// migrate --to URL: copies the local database to an empty database on a server.
int serverMigrate(CliContext &cli);
} // namespace cli

} // namespace relm
