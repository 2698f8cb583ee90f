#include "SbomReading.h"

#include "sbom/CycloneDxReader.h"
#include "sbom/SbomJson.h"
#include "sbom/SpdxReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

Result<SbomDocument> readSbom(const QString &path) {
    auto bytes = readSbomFile(path);
    if (!bytes)
        return bytes.error();
    return readSbomBytes(*bytes, path);
}

Result<SbomDocument> readSbomBytes(const QByteArray &bytes, const QString &source) {
    const SbomJson json(source);
    auto root = json.parse(bytes);
    if (!root)
        return root.error();
    if (root->contains(u"bomFormat"_s))
        return CycloneDxReader::readBytes(bytes, source);
    if (root->contains(u"spdxVersion"_s))
        return SpdxReader::readBytes(bytes, source);
    return json.problem({}, QCoreApplication::translate("relm::SbomReading",
                                                        "neither bomFormat (CycloneDX) nor spdxVersion (SPDX) is "
                                                        "there: this is not a bill of materials Relm reads. Export it "
                                                        "as CycloneDX JSON or SPDX JSON."));
}

} // namespace relm
