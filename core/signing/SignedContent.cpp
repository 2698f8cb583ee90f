#include "SignedContent.h"

#include "domain/Contents.h"
#include "domain/JsonCodec.h"
#include "storage/AcceptanceStore.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm::signedContent {

namespace {

QString sha256Of(const QJsonObject &object) {
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

QString criterionHash(const AcceptanceCriterion &criterion) {
    return sha256Of(json::toJson(criterion));
}

Result<QString> releaseHash(AssuranceSources &sources, Id releaseId) {
    auto release = sources.releases.release(releaseId);
    if (!release)
        return release.error();
    QJsonObject object = json::toJson(*release);
    object.remove(u"status"_s);

    auto packages = sources.releases.packages(releaseId);
    if (!packages)
        return packages.error();
    QJsonArray packageArray;
    for (const Package &p : *packages)
        packageArray.append(QJsonObject{{u"name"_s, p.name}, {u"content"_s, contents::fingerprint(p.contents)}});
    object.insert(u"packages"_s, packageArray);

    auto baseline = sources.delivery.baseline(releaseId);
    if (!baseline)
        return baseline.error();
    object.insert(u"baseline"_s, *baseline ? QJsonValue((*baseline)->fingerprint) : QJsonValue(QJsonValue::Null));

    auto criteria = sources.acceptance.criteria(releaseId);
    if (!criteria)
        return criteria.error();
    QJsonArray criterionArray;
    for (const AcceptanceCriterion &c : *criteria)
        criterionArray.append(criterionHash(c));
    object.insert(u"criteria"_s, criterionArray);
    return sha256Of(object);
}

Result<std::optional<QString>> currentHash(AssuranceSources &sources, Id releaseId, Id criterionId) {
    if (criterionId == 0) {
        auto hash = releaseHash(sources, releaseId);
        if (!hash)
            return hash.error();
        return std::optional<QString>(*hash);
    }
    auto criterion = sources.acceptance.criterion(criterionId);
    if (!criterion) {
        if (criterion.error().code == ErrorCode::NotFound)
            return std::optional<QString>();
        return criterion.error();
    }
    if (criterion->releaseId != releaseId)
        return std::optional<QString>();
    return std::optional<QString>(criterionHash(*criterion));
}

} // namespace relm::signedContent
