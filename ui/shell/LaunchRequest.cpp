#include "LaunchRequest.h"

#include "AppPaths.h"
#include "import/PlanFileReader.h"
#include "storage/ServerAddress.h"

#include <QFileInfo>

namespace relm {

LaunchRequest LaunchRequest::from(const QStringList &positional, const QString &databaseOption,
                                  const QString &serverOption) {
    const QString given = positional.value(0);
    const QString server = serverOption.isEmpty() ? qEnvironmentVariable("RELM_SERVER") : serverOption;
    if (ServerAddress::looksLikeServer(given))
        return {given, {}, true};
    if (!server.isEmpty() && databaseOption.isEmpty()) {
        const bool plan = !given.isEmpty() && PlanFileReader::isPlanFile(given);
        return {server, plan ? QFileInfo(given).absoluteFilePath() : QString(), true};
    }
    const bool named = !databaseOption.isEmpty() || !qEnvironmentVariable("RELM_DB").isEmpty();
    if (!given.isEmpty() && PlanFileReader::isPlanFile(given))
        return {AppPaths::chooseDatabasePath(databaseOption), QFileInfo(given).absoluteFilePath(), named};
    return {AppPaths::chooseDatabasePath(given.isEmpty() ? databaseOption : given), {}, named || !given.isEmpty()};
}

} // namespace relm
