#pragma once

#include "domain/Directory.h"

#include <QCoreApplication>

namespace relm {

/// Who Relm itself is while it fills a new database (the demo): the records name it by this login,
/// and the window by this name.
inline Person setupActor() {
    return Person{
        0, QStringLiteral("relm-setup"), QCoreApplication::translate("relm::Workspace", "Relm setup"), {}, {}};
}

} // namespace relm
