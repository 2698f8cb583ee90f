#pragma once

#include "Result.h"
#include "storage/ServerAddress.h"

#include <QSqlDatabase>

namespace relm {

/// Opens (again) a Qt connection to the server the address names: closed first, then signed in
/// with the address's login, password and TLS settings. A refusal says why, in words, with code
/// Denied when the server wants another password.
Result<void> openServerConnection(QSqlDatabase &connection, const ServerAddress &address);

} // namespace relm
