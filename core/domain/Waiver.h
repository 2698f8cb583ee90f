#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace relm {

/// An authorised, recorded exception to one package finding: someone holding the role the release
/// policy names as its authoriser accepted it, with a reason. It covers exactly that finding (its
/// key names the kind of finding, the components and the versions involved), and shows wherever
/// the finding is reported.
struct FindingWaiver {
    Id id = 0;
    Id releaseId = 0;
    QString findingKey; ///< Finding::key() of the finding it covers
    QString finding;    ///< what the finding said when it was waived
    QString reason;
    Id personId = 0;
    QString login;
    QString printedName;
    Role role = Role::ChangeBoard;
    QDateTime waivedAt; ///< UTC

    bool operator==(const FindingWaiver &) const = default;
};

} // namespace relm
