#include "CliCommands.h"
#include "CliContext.h"
#include "changes/Workspace.h"
#include "import/CsvExport.h"
#include "import/CsvImport.h"
#include "storage/ReleaseStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// Files larger than this are refused before they are read.
constexpr qint64 maximumFileBytes = 512LL * 1024 * 1024;

/// What import csv and export csv share: the kind, the release, the separator and the date format.
struct CsvArguments {
    csv::RecordKind kind = csv::RecordKind::Changes;
    Id releaseId = 0;
    QString releaseName;
    QChar delimiter;
    csv::ValueFormats formats;
};

/// Reads KIND and the shared options; a usage message when one is malformed.
std::variant<CsvArguments, QString> csvArguments(CliContext &cli, const QString &command) {
    CsvArguments arguments;
    QStringList kinds;
    for (csv::RecordKind kind : csv::recordKinds())
        kinds.append(csv::keyOf(kind));
    const auto kind = csv::recordKindFromKey(cli.word(1));
    if (!kind)
        return tr("%1 needs what to read or write: %2.").arg(command, kinds.join(u", "_s));
    arguments.kind = *kind;
    if (cli.isSet(u"delimiter"_s)) {
        const QString text = cli.option(u"delimiter"_s);
        const QString lower = text.toLower();
        if (lower == u"tab"_s || text == u"\\t"_s || text == u"\t"_s)
            arguments.delimiter = u'\t';
        else if (lower == u"comma"_s)
            arguments.delimiter = u',';
        else if (lower == u"semicolon"_s)
            arguments.delimiter = u';';
        else if (text.size() == 1 && csv::isDelimiter(text.at(0)))
            arguments.delimiter = text.at(0);
        else
            return tr("--delimiter is one of , ; | or tab, not \u201C%1\u201D.").arg(text);
    }
    if (cli.isSet(u"date-format"_s)) {
        const QString format = cli.option(u"date-format"_s);
        if (!format.contains(u'd') || !format.contains(u'M') || !format.contains(u"yy"_s))
            return tr("--date-format needs day, month and year, e.g. dd.MM.yyyy or MM/dd/yyyy (d: day, M: month, "
                      "yyyy: year), not \u201C%1\u201D.")
                .arg(format);
        arguments.formats.dateFormat = format;
    }
    if (csv::needsRelease(arguments.kind) && !cli.isSet(u"release"_s))
        return tr("%1 %2 needs --release NAME: %2 belong to a release.").arg(command, csv::keyOf(arguments.kind));
    arguments.releaseName = cli.option(u"release"_s);
    return arguments;
}

/// Looks up --release when given; an exit code when it fails.
std::optional<int> findRelease(CliContext &cli, CsvArguments &arguments) {
    if (arguments.releaseName.isEmpty())
        return std::nullopt;
    auto release = cli.workspace().releases().releaseByName(arguments.releaseName);
    if (!release)
        return cli.fail(release.error());
    arguments.releaseId = release->id;
    return std::nullopt;
}

QJsonObject mappingJson(const csv::CsvImport &import, csv::RecordKind kind) {
    QJsonObject mapping;
    for (const csv::Field &field : csv::fieldsOf(kind)) {
        const int column = import.mapping.column(field.key);
        mapping.insert(field.key, column < 0 ? QJsonValue() : QJsonValue(import.header.value(column)));
    }
    return mapping;
}

QJsonArray problemsJson(const QList<csv::RowProblem> &problems) {
    QJsonArray array;
    for (const csv::RowProblem &p : problems)
        array.append(QJsonObject{{u"line"_s, p.line},
                                 {u"key"_s, p.key},
                                 {u"column"_s, p.column.isEmpty() ? QJsonValue() : QJsonValue(p.column)},
                                 {u"field"_s, p.field.isEmpty() ? QJsonValue() : QJsonValue(p.field)},
                                 {u"message"_s, p.message}});
    return array;
}

QString delimiterName(QChar delimiter) {
    return delimiter == u'\t' ? u"tab"_s : QString(delimiter);
}

} // namespace

int importCsv(CliContext &cli) {
    auto parsed = csvArguments(cli, u"import csv"_s);
    if (const auto *message = std::get_if<QString>(&parsed))
        return cli.usage(*message);
    auto arguments = std::get<CsvArguments>(parsed);
    const QString path = cli.word(2);
    if (path.isEmpty() || !cli.word(3).isEmpty())
        return cli.usage(tr("import csv %1 needs one CSV file.").arg(csv::keyOf(arguments.kind)));
    if (auto exit = findRelease(cli, arguments))
        return *exit;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())));
    if (file.size() > maximumFileBytes)
        return cli.fail(
            makeError(ErrorCode::Invalid, tr("%1 is larger than 512 MB; split it into smaller files.").arg(path)));
    auto table = csv::readTable(file.readAll(), csv::readOptions(arguments.delimiter));
    if (!table)
        return cli.fail({table.error().code, path + u": "_s + table.error().message});

    csv::ImportOptions options;
    options.kind = arguments.kind;
    options.releaseId = arguments.releaseId;
    options.source = QFileInfo(path).fileName();
    options.formats = arguments.formats;
    if (!table->isEmpty()) {
        auto mapping = csv::ColumnMapping::guess(arguments.kind, table->header());
        if (auto r = mapping.override(arguments.kind, cli.option(u"map"_s), table->header()); !r)
            return cli.usage(r.errorMessage());
        options.mapping = mapping;
    }
    auto import = csv::analyseTable(cli.workspace(), *table, options);
    if (!import)
        return cli.fail(import.error());
    QJsonObject summary{{u"kind"_s, csv::keyOf(arguments.kind)},
                        {u"file"_s, path},
                        {u"release"_s, arguments.releaseName.isEmpty() ? QJsonValue() : arguments.releaseName},
                        {u"encoding"_s, csv::encodingName(import->encoding)},
                        {u"delimiter"_s, delimiterName(import->delimiter)},
                        {u"date_format"_s, arguments.formats.dateFormat},
                        {u"rows"_s, import->rows},
                        {u"mapping"_s, mappingJson(*import, arguments.kind)}};
    if (!import->problems.isEmpty()) {
        if (cli.json()) {
            summary.insert(u"imported"_s, false);
            summary.insert(u"problems"_s, problemsJson(import->problems));
            cli.printJson(summary);
        }
        return cli.fail(makeError(ErrorCode::Invalid, path + u":\n"_s + import->problemReport()));
    }
    if (import->change) {
        if (auto r = cli.workspace().apply(*import->change); !r)
            return cli.fail({r.error().code, tr("%1: nothing was imported. %2").arg(path, r.errorMessage())});
    }
    if (cli.json()) {
        summary.insert(u"imported"_s, true);
        summary.insert(u"created"_s, import->counts.created);
        summary.insert(u"updated"_s, import->counts.updated);
        summary.insert(u"unchanged"_s, import->counts.unchanged);
        summary.insert(u"linked"_s, import->counts.linked);
        cli.printJson(summary);
    } else {
        cli.out() << tr("Imported %1 from %2 (%3, separated by %4): %5.")
                         .arg(csv::labelOf(arguments.kind).toLower(), path, csv::encodingName(import->encoding),
                              delimiterName(import->delimiter), import->summary())
                  << Qt::endl;
    }
    return ExitOk;
}

int exportCsv(CliContext &cli) {
    auto parsed = csvArguments(cli, u"export csv"_s);
    if (const auto *message = std::get_if<QString>(&parsed))
        return cli.usage(*message);
    auto arguments = std::get<CsvArguments>(parsed);
    if (!cli.word(2).isEmpty())
        return cli.usage(tr("export csv takes the file with -o FILE.csv, not \u201C%1\u201D.").arg(cli.word(2)));
    if (auto exit = findRelease(cli, arguments))
        return *exit;
    csv::ExportOptions options;
    options.releaseId = arguments.releaseId;
    options.delimiter = arguments.delimiter.isNull() ? QChar(u',') : arguments.delimiter;
    options.formats = arguments.formats;
    auto data = csv::exportRecords(cli.workspace(), arguments.kind, options);
    if (!data)
        return cli.fail(data.error());
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty()) {
        cli.out() << QString::fromUtf8(data->data);
        cli.out().flush();
        return ExitOk;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data->data) != data->data.size() ||
        !file.flush())
        return cli.fail(makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())));
    if (cli.json())
        cli.printJson(
            QJsonObject{{u"kind"_s, csv::keyOf(arguments.kind)},
                        {u"file"_s, path},
                        {u"release"_s, arguments.releaseName.isEmpty() ? QJsonValue() : arguments.releaseName},
                        {u"records"_s, data->records}});
    else
        cli.out()
            << QCoreApplication::translate("relm::cli", "Wrote %n record(s) to %1.", nullptr, data->records).arg(path)
            << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli
