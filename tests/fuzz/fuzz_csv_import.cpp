// A CSV file as the import reads it: the first byte chooses the kind of record, the separator and
// the date format; the first line is a column mapping ("field=Column,…"); the rest is the file.
// Reading, mapping and checking every row against a demo portfolio must never crash or hang,
// whatever the bytes; the import is prepared, never applied.
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "import/CsvImport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

relm::Workspace *demoWorkspace() {
    static int argc = 1;
    static char name[] = "fuzz_csv_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir folder;
    static std::unique_ptr<relm::Workspace> workspace = [] {
        auto opened = relm::Workspace::openFile(folder.filePath(QStringLiteral("fuzz.db")));
        if (!opened)
            qFatal("cannot open the fuzz database: %s", qPrintable(opened.errorMessage()));
        auto ws = std::move(opened).value();
        if (auto r = relm::DemoData::seed(*ws, QDate(2026, 11, 22)); !r)
            qFatal("cannot seed the fuzz database: %s", qPrintable(r.errorMessage()));
        (void)ws->actAs(QStringLiteral("alice"));
        return ws;
    }();
    return workspace.get();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    relm::Workspace &ws = *demoWorkspace();
    const uint8_t choice = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = bytes.indexOf('\n');
    const QString spec = QString::fromUtf8(bytes.left(newline < 0 ? 0 : newline));
    const QByteArray file = newline < 0 ? bytes : bytes.mid(newline + 1);

    const QChar delimiters[] = {QChar(), QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')};
    const char *dateFormats[] = {"yyyy-MM-dd", "dd.MM.yyyy", "M/d/yy"};
    relm::csv::ImportOptions options;
    options.kind = relm::csv::recordKinds().at(choice % 5);
    options.releaseId = 4; // 2027.1 Winter in the demo portfolio; unknown ids are refused, not crashed on
    options.source = QStringLiteral("fuzz.csv");
    options.formats.dateFormat = QString::fromLatin1(dateFormats[(choice / 25) % 3]);
    options.mappingSpec = spec;
    options.previewRows = 5;
    auto table = relm::csv::readTable(file, {delimiters[(choice / 5) % 5], 10000});
    if (!table)
        return 0;
    auto import = relm::csv::analyseTable(ws, *table, options);
    if (import) {
        (void)import->problemReport();
        (void)import->summary();
    }
    return 0;
}
