#pragma once

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace relm::test {

/// A plain SQLite connection outside Relm, for making foreign files and holding locks as another
/// program would. What it left uncommitted is rolled back when it goes.
class RawConnection final {
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QString::number(QRandomGenerator::global()->generate())) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection() {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) {
        QSqlQuery q(database());
        return q.exec(sql);
    }

private:
    QString m_name;
};

} // namespace relm::test
