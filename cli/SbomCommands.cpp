#include "CliContext.h"
#include "TransferCommands.h"
#include "changes/Workspace.h"
#include "checks/PackageChecker.h"
#include "checks/ReleaseChecks.h"
#include "sbom/CycloneDxReader.h"
#include "sbom/CycloneDxWriter.h"
#include "sbom/SbomImport.h"
#include "sbom/SpdxReader.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// Reads the file with `read`, imports it into the release's package in one step, and says what
/// happened and what the package checker now finds.
int importSbom(CliContext &cli, Result<SbomDocument> (*read)(const QString &)) {
    const QString releaseName = cli.word(1);
    const QString path = cli.word(2);
    if (releaseName.isEmpty() || path.isEmpty() || cli.words().size() > 3)
        return cli.usage(tr("%1 import needs a release and one file: relm-cli import %2 RELEASE FILE.json "
                            "[--package NAME]")
                             .arg(cli.word(0) == u"spdx" ? u"SPDX"_s : u"CycloneDX"_s, cli.word(0)));
    auto release = cli.workspace().releases().releaseByName(releaseName);
    if (!release)
        return cli.fail(release.error());
    auto document = read(path);
    if (!document)
        return cli.fail(document.error());
    ImportSbom change(release->id, cli.option(u"package"_s), *document, path);
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    auto input = release_checks::load(cli.workspace(), release->id);
    if (!input)
        return cli.fail(input.error());
    const QList<Finding> findings = PackageChecker::check(*input);
    if (cli.json()) {
        QJsonObject summary = change.summary().toJson();
        QJsonArray messages;
        for (const Finding &f : findings)
            messages.append(QJsonObject{{u"kind"_s, f.kindKey()}, {u"key"_s, f.key()}, {u"message"_s, f.message}});
        summary.insert(u"findings"_s, messages);
        cli.printJson(summary);
        return ExitOk;
    }
    cli.out() << change.summary().text() << Qt::endl;
    if (findings.isEmpty())
        cli.out() << tr("The package checker finds nothing.") << Qt::endl;
    else
        cli.out()
            << tr("The package checker now finds %1 finding(s); \u201Crelm-cli package check %2\u201D lists them.")
                   .arg(findings.size())
                   .arg(release->name)
            << Qt::endl;
    return ExitOk;
}

} // namespace

int importCycloneDx(CliContext &cli) {
    return importSbom(cli, &CycloneDxReader::read);
}

int importSpdx(CliContext &cli) {
    return importSbom(cli, &SpdxReader::read);
}

int exportCycloneDx(CliContext &cli) {
    if (cli.word(1).isEmpty() || cli.words().size() > 2)
        return cli.usage(tr("export cyclonedx needs one release: relm-cli export cyclonedx RELEASE -o FILE.json"));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto bytes = CycloneDxWriter::exportRelease(cli.workspace(), release->id, QDateTime::currentDateTimeUtc());
    if (!bytes)
        return cli.fail(bytes.error());
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty()) {
        cli.out() << QString::fromUtf8(*bytes);
        return ExitOk;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0 || !file.commit())
        return cli.fail(makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())));
    const QJsonObject document = QJsonDocument::fromJson(*bytes).object();
    const auto components = document.value(u"components"_s).toArray().size();
    if (cli.json())
        cli.printJson(QJsonObject{{u"release"_s, release->name},
                                  {u"file"_s, QFileInfo(path).absoluteFilePath()},
                                  {u"format"_s, u"CycloneDX 1.5"_s},
                                  {u"components"_s, components}});
    else
        cli.out() << tr("Wrote %1: %2 as CycloneDX 1.5, %3 component version(s).")
                         .arg(QFileInfo(path).absoluteFilePath(), release->name)
                         .arg(components)
                  << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli
