#pragma once

#include "domain/Plan.h"

#include <QString>

namespace relm {

/// Working time in days as the schedule shows it: "2.5 d", in German "2,5 T".
QString shownWorkDays(qint64 minutes);

/// A link's lag as the schedule shows it: "2 d", a lead "-0.5 d", a share "50%"; empty for none.
QString shownLag(const PlanLink &link);

/// Reads a lag as shownLag writes it, or as relm-cli takes it ("1d", "-4h", "50%"), with the
/// locale's decimal separator; false when the text is not a lag.
bool readLag(PlanLink &link, const QString &text);

} // namespace relm
