#include "TestSupport.h"

#include "ServerEngine.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace relm::test {

TempFolder::TempFolder() = default;

void writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

QString TempFolder::path(const QString &fileName) const {
    return m_dir.filePath(fileName);
}

void removeDatabase(const QString &path) {
    if (onServer())
        dropServerDatabaseFor(path);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, bool demo, const QString &login) {
    auto workspace = onServer() ? Workspace::openServer(serverDatabaseFor(path), true) : Workspace::openFile(path, 500);
    if (!workspace) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(workspace.errorMessage()));
        return nullptr;
    }
    std::unique_ptr<Workspace> ws = std::move(workspace).value();
    ws->setClock(&fixedNow);
    if (demo && ws->database().isNew()) {
        if (auto r = DemoData::seed(*ws, QDate(2026, 11, 22)); !r) {
            qWarning("demo seed failed: %s", qPrintable(r.errorMessage()));
            return nullptr;
        }
    }
    if (demo)
        (void)ws->actAs(login);
    else
        ws->actAsSetup();
    return ws;
}

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QDateTime fixedNow() {
    return QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
}

void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace relm::test
