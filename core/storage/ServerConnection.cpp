#include "ServerConnection.h"

#include "storage/ServerErrors.h"

#include <QSqlError>

namespace relm {

Result<void> openServerConnection(QSqlDatabase &connection, const ServerAddress &address) {
    connection.close();
    connection.setHostName(address.host);
    connection.setPort(address.port);
    connection.setDatabaseName(address.database);
    connection.setUserName(address.user);
    connection.setPassword(address.password);
    connection.setConnectOptions(address.connectOptions());
    if (connection.open())
        return {};
    const QString detail = connection.lastError().databaseText();
    return server_errors::isSignInRefusal(detail) ? server_errors::signInRefused(address.display(), detail)
                                                  : server_errors::cannotConnect(address.display(), detail);
}

} // namespace relm
