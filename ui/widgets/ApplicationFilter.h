#pragma once

#include <QCoreApplication>
#include <QObject>

namespace relm {

/// An event filter that watches the whole application: `Filter::install()` puts one on the
/// application, once, for as long as the application runs. Derive as
/// `class Name final : public ApplicationFilter<Name>` and override eventFilter().
template<typename Filter>
class ApplicationFilter : public QObject {
public:
    using QObject::QObject;

    static void install() {
        QCoreApplication *application = QCoreApplication::instance();
        if (application->findChild<Filter *>(QString(), Qt::FindDirectChildrenOnly))
            return;
        application->installEventFilter(new Filter(application));
    }
};

} // namespace relm
