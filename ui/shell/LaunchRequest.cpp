#include "LaunchRequest.h"

#include "AppPaths.h"
#include "import/PlanFileReader.h"

#include <QFileInfo>

namespace relm {

LaunchRequest LaunchRequest::from(const QStringList &positional, const QString &databaseOption) {
    const QString given = positional.value(0);
    const bool named = !databaseOption.isEmpty() || !qEnvironmentVariable("RELM_DB").isEmpty();
    if (!given.isEmpty() && PlanFileReader::isPlanFile(given))
        return {AppPaths::chooseDatabasePath(databaseOption), QFileInfo(given).absoluteFilePath(), named};
    return {AppPaths::chooseDatabasePath(given.isEmpty() ? databaseOption : given), {}, named || !given.isEmpty()};
}

} // namespace relm
