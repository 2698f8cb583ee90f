#include "CsvImport.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

QString columnName(const CsvImport &import, const QString &field) {
    const int column = import.mapping.column(field);
    return column >= 0 ? import.header.value(column) : QString();
}

/// The header problem that stops every row from being read: a required field without a column.
std::optional<RowProblem> headerProblem(const CsvImport &import, RecordKind kind) {
    const QStringList missing = import.mapping.missingRequired(kind);
    if (missing.isEmpty())
        return std::nullopt;
    return RowProblem{1,
                      {},
                      {},
                      missing.constFirst(),
                      tr("no column gives %1, which every row needs; the header has: %2. Name the column in the "
                         "header, or map it (--map %3=COLUMN).")
                          .arg(missing.join(u", "_s), import.header.join(u", "_s), missing.constFirst())};
}

} // namespace

QString RowProblem::text() const {
    const QString where = key.isEmpty() ? tr("Line %1").arg(line) : tr("Line %1 (%2)").arg(line).arg(key);
    if (column.isEmpty())
        return tr("%1: %2").arg(where, message);
    return tr("%1, column \u201C%2\u201D: %3").arg(where, column, message);
}

QString CsvImport::summary() const {
    return tr("%1 new, %2 updated, %3 unchanged, %4 links added")
        .arg(counts.created)
        .arg(counts.updated)
        .arg(counts.unchanged)
        .arg(counts.linked);
}

QString CsvImport::problemReport(int limit) const {
    QStringList lines;
    for (const RowProblem &p : problems.mid(0, limit))
        lines.append(p.text());
    if (problems.size() > limit)
        lines.append(tr("… and %1 more problems.").arg(problems.size() - limit));
    lines.append(tr("Nothing was imported: correct the file (or the column mapping) and import it again."));
    return lines.join(u'\n');
}

Result<CsvImport> analyseTable(Workspace &workspace, const Table &table, const ImportOptions &options) {
    CsvImport import;
    import.delimiter = table.delimiter;
    import.encoding = table.encoding;
    if (table.isEmpty()) {
        import.problems.append({1,
                                {},
                                {},
                                {},
                                tr("the file is empty: it needs a header line naming the columns "
                                   "and one line per record.")});
        return import;
    }
    if (needsRelease(options.kind) && options.releaseId == 0)
        return makeError(
            ErrorCode::Invalid,
            tr("%1 belong to a release: name the release to import them into.").arg(labelOf(options.kind)));
    import.header = table.header();
    import.mapping = options.mapping ? *options.mapping : ColumnMapping::guess(options.kind, import.header);
    if (!options.mapping && !options.mappingSpec.isEmpty()) {
        if (auto r = import.mapping.override(options.kind, options.mappingSpec, import.header); !r)
            return r.error();
    }
    if (auto problem = headerProblem(import, options.kind)) {
        import.problems.append(*problem);
        return import;
    }
    auto importer = importerFor(options.kind);
    if (auto r = importer->load(workspace, options.releaseId); !r)
        return r.error();
    import.rows = int(table.records.size() - 1);
    QStringList keys;
    keys.reserve(import.rows);
    for (int i = 1; i < table.records.size(); ++i) {
        RowCells cells(table.records.at(i), import.mapping, options.formats);
        const QString key = importer->read(cells);
        keys.append(key);
        const int line = table.lines.value(i);
        for (const CellProblem &p : cells.problems())
            import.problems.append({line, key, columnName(import, p.field), p.field, p.message});
        if (i <= options.previewRows) {
            PreviewRow row{line, cells.shown(), {}};
            for (const CellProblem &p : cells.problems())
                row.problems.insert(p.field, row.problems.contains(p.field)
                                                 ? row.problems.value(p.field) + u'\n' + p.message
                                                 : p.message);
            import.preview.append(row);
        }
    }
    for (const LateProblem &late : importer->finish()) {
        const int line = table.lines.value(late.row + 1);
        import.problems.append({line, keys.value(late.row), columnName(import, late.problem.field), late.problem.field,
                                late.problem.message});
        if (late.row < import.preview.size())
            import.preview[late.row].problems.insert(late.problem.field, late.problem.message);
    }
    std::stable_sort(import.problems.begin(), import.problems.end(),
                     [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    if (import.problems.isEmpty())
        import.change = importer->change(options.source, import.counts);
    return import;
}

Result<CsvImport> prepareImport(Workspace &workspace, const QByteArray &data, const ReadOptions &read,
                                const ImportOptions &options) {
    auto table = readTable(data, read);
    if (!table)
        return table.error();
    auto import = analyseTable(workspace, *table, options);
    if (!import)
        return import.error();
    if (!import->problems.isEmpty())
        return makeError(ErrorCode::Invalid,
                         (options.source.isEmpty() ? QString() : options.source + u":\n"_s) + import->problemReport());
    return import;
}

} // namespace relm::csv
