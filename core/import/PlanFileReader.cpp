#include "PlanFileReader.h"

#include "import/GanttProjectReader.h"
#include "import/MspdiReader.h"
#include "import/PlannerReader.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace relm {

std::optional<PlanFormat> PlanFileReader::formatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml"_s)
        return PlanFormat::MsProject;
    if (suffix == u"gan"_s)
        return PlanFormat::GanttProject;
    if (suffix == u"planner"_s || suffix == u"mrproject"_s)
        return PlanFormat::Planner;
    return std::nullopt;
}

Result<PlanFile> PlanFileReader::read(const QString &path) {
    if (const auto format = formatOf(path))
        return read(path, *format);
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("relm::PlanFileReader",
                                                 "\u201C%1\u201D is not a plan file Relm reads: it reads Microsoft "
                                                 "Project XML (.xml), GanttProject (.gan) and Planner (.planner) "
                                                 "files.")
                         .arg(path));
}

Result<PlanFile> PlanFileReader::read(const QString &path, PlanFormat format) {
    switch (format) {
    case PlanFormat::GanttProject:
        return GanttProjectReader::read(path);
    case PlanFormat::Planner:
        return PlannerReader::read(path);
    case PlanFormat::MsProject:
        break;
    }
    auto imported = MspdiReader::read(path);
    if (!imported)
        return imported.error();
    PlanFile plan;
    plan.format = u"Microsoft Project"_s;
    plan.schedule = std::move(imported).value();
    plan.stored = plan.schedule.stored;
    plan.calendars = 1;
    plan.calendarDays = int(plan.schedule.input.calendar.exceptions().size());
    return plan;
}

QString PlanFileReader::patterns() {
    return u"*.xml *.gan *.planner"_s;
}

} // namespace relm
