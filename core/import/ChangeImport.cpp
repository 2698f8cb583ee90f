#include "ChangeImport.h"

#include "import/CsvImport.h"

#include <QCoreApplication>

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ChangeImport", text);
}

} // namespace

QString ChangeImport::summary() const {
    return tr("%1 new, %2 updated, %3 links added, %4 unchanged").arg(created).arg(updated).arg(linked).arg(unchanged);
}

Result<ChangeImport> prepareChangeImport(Workspace &workspace, const QByteArray &csv, Id releaseId) {
    csv::ImportOptions options;
    options.kind = csv::RecordKind::Changes;
    options.releaseId = releaseId;
    options.source = tr("change requests");
    auto import = csv::prepareImport(workspace, csv, {}, options);
    if (!import)
        return import.error();
    const csv::ImportCounts &counts = import->counts;
    return ChangeImport{std::move(import.value().change), counts.created, counts.updated, counts.linked,
                        counts.unchanged};
}

} // namespace relm
