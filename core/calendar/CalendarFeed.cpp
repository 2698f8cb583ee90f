#include "CalendarFeed.h"

#include "calendar/ICalendarWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace relm {

Result<void> CalendarFeed::update(Workspace &workspace, const QDateTime &now) const {
    auto ics = ICalendarWriter::exportFrom(workspace, ICalendarOptions::around(now));
    if (!ics)
        return ics.error();
    return writeFile(m_path, *ics);
}

Result<void> CalendarFeed::writeFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    const auto failed = [&] {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("relm::CalendarFeed", "Cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

} // namespace relm
