#pragma once

#include "import/CsvFields.h"

#include <QChar>
#include <QString>

#include <optional>

namespace relm {

/// How the user last imported a file with a given header row, kept in the settings under the
/// header's key, so that the next file laid out alike opens with the same choices.
struct CsvLayoutChoice {
    csv::RecordKind kind = csv::RecordKind::Changes;
    QString mappingSpec; ///< "field=Column,…"
    QString dateFormat;
    QChar delimiter; ///< null: detected
};

class CsvLayoutMemory final {
public:
    static std::optional<CsvLayoutChoice> recall(const QStringList &header);
    static void remember(const QStringList &header, const CsvLayoutChoice &choice);
};

} // namespace relm
