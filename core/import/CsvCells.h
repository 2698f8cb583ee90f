#pragma once

#include "domain/Vocabulary.h"
#include "import/CsvFields.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace relm::csv {

/// One thing wrong with a row: the field (empty for the row as a whole) and what to do.
struct CellProblem {
    QString field;
    QString message;
};

/// How values are written in a file: never guessed from the computer's locale.
struct ValueFormats {
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); ///< QDate::fromString format
};

/// "yes" or "no"
QString formatFlag(bool value);

/// The cells of one row, read through a column mapping. Each reader converts its field's text
/// (trimmed) or records a problem naming the field; an empty cell gives nothing and no problem.
/// What each field would import as is kept for the preview.
class RowCells {
public:
    RowCells(const QStringList &record, const ColumnMapping &mapping, const ValueFormats &formats);

    bool isMapped(const QString &field) const { return m_mapping.column(field) >= 0; }
    /// The trimmed text; a problem when the field is required and empty.
    QString text(const QString &field, bool required = false);
    std::optional<QDate> date(const QString &field);
    std::optional<int> integer(const QString &field, int minimum, int maximum);
    std::optional<bool> flag(const QString &field);
    std::optional<qint64> workTime(const QString &field);
    /// Names separated by "|", trimmed, without empty ones.
    QStringList names(const QString &field);

    template<typename E>
    std::optional<E> term(const QString &field, const QString &choices) {
        const QString value = raw(field);
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = fromKey<E>(value);
        if (!parsed) {
            problem(field, tr("\u201C%1\u201D is not one of %2.").arg(value, choices));
            return std::nullopt;
        }
        show(field, keyOf(*parsed));
        return parsed;
    }

    void problem(const QString &field, const QString &message);
    /// Replaces what the preview shows for the field.
    void show(const QString &field, const QString &value) { m_shown.insert(field, value); }

    const QList<CellProblem> &problems() const { return m_problems; }
    const QHash<QString, QString> &shown() const { return m_shown; }

private:
    static QString tr(const char *text);
    QString raw(const QString &field) const;

    const QStringList &m_record;
    const ColumnMapping &m_mapping;
    const ValueFormats &m_formats;
    QList<CellProblem> m_problems;
    QHash<QString, QString> m_shown;
};

} // namespace relm::csv
