// The remaining JSON Relm reads back from its database: a schedule baseline's dates (read, written
// again, read again: the same dates) and an audit entry's before and after objects.
#include "domain/Plan.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto dates = relm::baselineDatesFromJson(bytes);
    if (relm::baselineDatesFromJson(relm::baselineDatesToJson(dates)) != dates)
        std::abort(); // what was read must survive being stored again
    const QJsonObject payload = QJsonDocument::fromJson(bytes).object();
    for (auto it = payload.begin(); it != payload.end(); ++it)
        (void)it.value().toVariant().toString();
    return 0;
}
