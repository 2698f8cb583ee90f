#include "ProcessSetup.h"

#include <QFileInfo>
#include <QtGlobal>

#include <ctime>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace relm {

void prepareProcess() {
    pinLocalTimeZone();
    keepLargeAllocations();
}

void pinLocalTimeZone() {
    constexpr char zoneFile[] = "/etc/localtime";
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QString::fromLatin1(zoneFile)))
        return;
    qputenv("TZ", QByteArray(":") + zoneFile); // the form both the C library and Qt read as "the system's zone"
    tzset();
}

void keepLargeAllocations() {
#if defined(__GLIBC__)
    // Blocks up to 512 MiB come from the heap rather than fresh mappings, and up to 1 GiB of free
    // heap is kept rather than trimmed.
    mallopt(M_MMAP_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    // One heap for every thread: what one thread freed serves the next. With a heap per thread,
    // work handed between threads (a plan scheduled while the import writes it) keeps the peak
    // of each heap, about 30 MiB more for a 100,000-task plan.
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace relm
