#include "Deployment.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

QStringList ReleaseReview::missing() const {
    QStringList result;
    if (outcome.trimmed().isEmpty())
        result.append(QCoreApplication::translate("relm::ReleaseReview", "the outcome against the plan"));
    if (serviceLevels == ServiceLevels::Unknown)
        result.append(QCoreApplication::translate("relm::ReleaseReview", "whether service levels were met"));
    if (lessons.trimmed().isEmpty())
        result.append(QCoreApplication::translate("relm::ReleaseReview", "the lessons learned"));
    return result;
}

QString serviceLevelsKey(ReleaseReview::ServiceLevels levels) {
    switch (levels) {
    case ReleaseReview::ServiceLevels::Unknown:
        return u"unknown"_s;
    case ReleaseReview::ServiceLevels::Met:
        return u"met"_s;
    case ReleaseReview::ServiceLevels::Missed:
        return u"missed"_s;
    }
    return {};
}

std::optional<ReleaseReview::ServiceLevels> serviceLevelsFromKey(const QString &key) {
    for (auto levels : {ReleaseReview::ServiceLevels::Unknown, ReleaseReview::ServiceLevels::Met,
                        ReleaseReview::ServiceLevels::Missed}) {
        if (serviceLevelsKey(levels) == key.trimmed().toLower())
            return levels;
    }
    return std::nullopt;
}

} // namespace relm
