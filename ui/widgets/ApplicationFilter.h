#pragma once

#include <QCoreApplication>

namespace relm {

/// Installs `Filter` as an event filter on the whole application, once, for as long as the
/// application runs: `make(application)` creates it as the application's child (the filters keep
/// their constructors to themselves), unless an earlier call did.
template<typename Filter, typename Make>
void installOnApplication(Make make) {
    QCoreApplication *application = QCoreApplication::instance();
    if (application->findChild<Filter *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(make(application));
}

} // namespace relm
