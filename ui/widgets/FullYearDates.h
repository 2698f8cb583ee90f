#pragma once

#include <QObject>

namespace relm {

/// Every date editor of the application shows a four-digit year ("03.12.2026", not "03.12.26"):
/// the locale's short formats write two digits, which leaves a typed date ambiguous. Watches the
/// widgets as they are first shown, so that no dialog has to remember it.
class FullYearDates final : public QObject {
    Q_OBJECT

public:
    /// Installs the watcher on the application, once, for as long as the application runs.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace relm
