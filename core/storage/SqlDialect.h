#pragma once

#include <QString>
#include <QStringList>

namespace relm {

/// Everything that differs between the SQL engines Relm stores in (SQLite now, PostgreSQL for teams).
/// Schema text uses placeholders (${ID}, ${REF}, ${BOOL}, ${FALSE}, ${TRUE}) that the dialect expands;
/// both engines share upsert (ON CONFLICT) and id return (RETURNING) syntax.
class SqlDialect final {
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine);
    static SqlDialect forDriver(const QString &driverName);

    Engine engine() const { return m_engine; }
    QString driverName() const;
    /// Expands the placeholders in a schema or query text.
    QString expand(const QString &sql) const;
    /// Statements run on every new connection (foreign keys, journal mode).
    QStringList connectionSetup() const;
    /// Whether an error from the driver says the database was busy or locked.
    bool isBusy(const QString &nativeCode) const;
    bool isCorrupt(const QString &nativeCode) const;
    bool isDiskFull(const QString &nativeCode) const;
    /// Whether the engine failed reading or writing its files (the cause may be a full disk).
    bool isIoError(const QString &nativeCode) const;
    bool isUniqueViolation(const QString &nativeCode) const;
    /// Whether a row names a record (by a foreign key) that does not exist.
    bool isForeignKeyViolation(const QString &nativeCode) const;
    /// Whether the connection to a server broke (the server went away, or the network).
    bool isConnectionLost(const QString &nativeCode, const QString &message) const;
    /// Whether a server refused the login the right to do it.
    bool isPermissionDenied(const QString &nativeCode) const;

private:
    Engine m_engine;
};

} // namespace relm
