#pragma once

#include "changes/ImportChanges.h"
#include "import/CsvRecordImporter.h"

#include <QSet>

namespace relm::csv {

/// A composite of the parts that are not null; null when all are.
std::unique_ptr<Change> combine(const QString &text, std::vector<std::unique_ptr<Change>> parts);

/// People by login, case-insensitively.
class Logins {
public:
    Result<void> load(Workspace &workspace);
    /// The person's id, 0 for an empty cell; a problem when nobody has the login.
    Id read(RowCells &cells, const QString &field);
    /// The login as the database spells it.
    QString loginOf(Id id) const { return m_logins.value(id); }

private:
    QHash<QString, Id> m_ids;
    QHash<Id, QString> m_logins;
};

/// Records created and edited by an import, with the counts.
template<typename T>
struct Staged {
    QList<T> created;
    QList<std::pair<T, T>> edited; ///< before, after

    void stage(const std::optional<T> &existing, const T &record) {
        if (!existing)
            created.append(record);
        else if (record != *existing)
            edited.append({*existing, record});
        else
            ++unchanged;
    }

    std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) {
        std::vector<std::unique_ptr<Change>> parts;
        if (!created.isEmpty())
            parts.push_back(std::make_unique<CreateRecords<T>>(created, source));
        for (const auto &[before, after] : std::as_const(edited))
            parts.push_back(std::make_unique<EditRecord<T>>(before, after));
        counts.created += int(created.size());
        counts.updated += int(edited.size());
        counts.unchanged += unchanged;
        return combine(detail::importText(QT_TRANSLATE_NOOP("relm::ImportChanges", "Import %1"), source),
                       std::move(parts));
    }

    int unchanged = 0;
};

/// The key of a staged record that a file may give twice, case-insensitively.
class SeenKeys {
public:
    /// False (and a problem on the field) when the key came before.
    bool first(RowCells &cells, const QString &field, const QString &key);

private:
    QSet<QString> m_keys;
};

} // namespace relm::csv
