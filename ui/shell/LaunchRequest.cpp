#include "LaunchRequest.h"

#include "AppPaths.h"
#include "import/PlanFileReader.h"

#include <QFileInfo>

namespace relm {

LaunchRequest LaunchRequest::from(const QStringList &positional, const QString &databaseOption) {
    const QString given = positional.value(0);
    if (!given.isEmpty() && PlanFileReader::isPlanFile(given))
        return {AppPaths::chooseDatabasePath(databaseOption), QFileInfo(given).absoluteFilePath()};
    return {AppPaths::chooseDatabasePath(given.isEmpty() ? databaseOption : given), {}};
}

} // namespace relm
