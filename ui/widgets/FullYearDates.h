#pragma once

#include "widgets/ApplicationFilter.h"

namespace relm {

/// Every date editor of the application shows a four-digit year ("03.12.2026", not "03.12.26"):
/// the locale's short formats write two digits, which leaves a typed date ambiguous. Watches the
/// widgets as they are first shown, so that no dialog has to remember it.
class FullYearDates final : public ApplicationFilter<FullYearDates> {
    Q_OBJECT

public:
    using ApplicationFilter::ApplicationFilter;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace relm
