#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace relm {

QString AppPaths::defaultDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"relm.db"_s);
}

QString AppPaths::chooseDatabasePath(const QString &commandLineValue) {
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("RELM_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabasePath();
}

} // namespace relm
