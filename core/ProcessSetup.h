#pragma once

namespace relm {

/// What every Relm process does first thing in main(), before any thread starts: the settings
/// below, each measured by tests/bench.
void prepareProcess();

/// Makes local-time conversions cheap. With TZ unset, the C library looks at /etc/localtime
/// again on every conversion (a file status call for each QDateTime in local time), which
/// dominated scheduling large plans. Naming that same zone file in TZ keeps the zone and drops
/// the check; a change of the system's zone then applies from the next start. Does nothing when
/// TZ is set.
void pinLocalTimeZone();

/// Lets the allocator keep large freed blocks for the next use instead of returning them to the
/// system at once: scheduling a very large plan allocates and frees arrays of tens of megabytes
/// each time, and touching fresh pages again cost more than the computation. Memory a large plan
/// needed stays with the process until it ends (or is reused).
void keepLargeAllocations();

} // namespace relm
