// A whole-database backup (BackupReader): what it accepts is written again and read back the same.
#include "backup/BackupReader.h"
#include "backup/BackupWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool sameTables(const relm::BackupImage &a, const relm::BackupImage &b) {
    if (a.tables.size() != b.tables.size() || a.sequences != b.sequences || a.schemaVersion != b.schemaVersion)
        return false;
    for (const relm::BackupTable &table : a.tables) {
        const relm::BackupTable *other = b.table(table.name);
        if (!other || other->columns != table.columns || other->rows != table.rows)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto image = relm::BackupReader::readBytes(bytes, QStringLiteral("fuzz.json"));
    if (!image)
        return 0;
    const auto again = relm::BackupReader::readBytes(relm::BackupWriter::toJson(*image), QStringLiteral("again.json"));
    if (!again || !sameTables(*image, *again))
        std::abort(); // what was read must survive being written again
    return 0;
}
