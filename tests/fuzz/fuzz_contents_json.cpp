// A set of component versions as stored in the database (contents::fromJson), then compared,
// fingerprinted and deployed as the delivery code does with it.
#include "domain/Contents.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const relm::Contents items = relm::contents::fromJson(QJsonDocument::fromJson(bytes).array());
    const relm::Contents half = items.mid(0, items.size() / 2);
    (void)relm::contents::fingerprint(items);
    (void)relm::contents::toJson(items);
    (void)relm::contents::diffToJson(relm::contents::compare(half, items));
    (void)relm::contents::deploymentChange(half, items);
    (void)relm::contents::deployOnto(half, items);
    (void)relm::contents::newestPerComponent(items);
    return 0;
}
