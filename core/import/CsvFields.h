#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace relm::csv {

/// What a CSV file holds, one record per row.
enum class RecordKind { Components, Versions, Tasks, Risks, Changes };

QList<RecordKind> recordKinds();
/// "components", "versions", "tasks", "risks", "changes"
QString keyOf(RecordKind kind);
std::optional<RecordKind> recordKindFromKey(QStringView key);
/// The translated plural, e.g. "Component versions".
QString labelOf(RecordKind kind);
/// Tasks and risks belong to a release's schedule and register.
bool needsRelease(RecordKind kind);

/// One field of a record as a CSV column gives it.
struct Field {
    QString key;       ///< stable, used in --map and in exported headers
    const char *label; ///< translated with the "relm::csv" context
    QStringList names; ///< header names taken for it (English and German), compared loosely
    bool required = false;
    const char *format; ///< what a cell holds, for help and the mapping dialog (translated)
};

/// The fields of a kind, in the order an export writes them.
const QList<Field> &fieldsOf(RecordKind kind);
const Field *findField(RecordKind kind, QStringView key);
QString labelOf(const Field &field);
QString formatOf(const Field &field);

/// A header name as compared: case folded, without spaces, underscores, hyphens and dots.
QString looseName(QStringView name);

/// Which column (from 0) of a file gives each field; a field without a column is not imported.
class ColumnMapping {
public:
    /// Each field takes the first column whose header is its key or one of its names.
    static ColumnMapping guess(RecordKind kind, const QStringList &header);

    /// -1 when the field is not imported.
    int column(const QString &field) const { return m_columns.value(field, -1); }
    void set(const QString &field, int column);
    /// Applies "field=Column,field=Column": a column by its header name (or #N, counted from 1);
    /// "field=" leaves the field out. Refuses an unknown field or column, naming the choices.
    Result<void> override(RecordKind kind, const QString &spec, const QStringList &header);
    /// The required fields without a column, as their keys.
    QStringList missingRequired(RecordKind kind) const;
    /// "field=Column,…" for every mapped field, the form override() reads.
    QString toSpec(RecordKind kind, const QStringList &header) const;

    bool operator==(const ColumnMapping &) const = default;

private:
    QHash<QString, int> m_columns;
};

/// The kind of record a header row most likely holds: the one whose fields take the most
/// columns (its required fields among them); nothing when that is not clear.
std::optional<RecordKind> likelyKind(const QStringList &header);

/// A key for a file layout (its header row): the same columns in the same order give the same key.
QString layoutKey(const QStringList &header);

} // namespace relm::csv
