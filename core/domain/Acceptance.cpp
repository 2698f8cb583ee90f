#include "Acceptance.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

int ReleasePolicy::quorumFor(Role role) const {
    for (const SignOffRequirement &r : signOffs) {
        if (r.role == role)
            return r.quorum;
    }
    return 0;
}

namespace policy {

QString signOffsToText(const QList<SignOffRequirement> &signOffs) {
    QStringList parts;
    for (const SignOffRequirement &r : signOffs)
        parts.append(r.quorum == 1 ? keyOf(r.role) : u"%1:%2"_s.arg(keyOf(r.role)).arg(r.quorum));
    return parts.join(u',');
}

std::optional<QList<SignOffRequirement>> signOffsFromText(const QString &text) {
    QList<SignOffRequirement> result;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList roleAndCount = part.trimmed().split(u':');
        const auto role = fromKey<Role>(roleAndCount.first());
        if (!role || roleAndCount.size() > 2)
            return std::nullopt;
        int quorum = 1;
        if (roleAndCount.size() == 2) {
            bool ok = false;
            quorum = roleAndCount.at(1).trimmed().toInt(&ok);
            if (!ok || quorum < 1)
                return std::nullopt;
        }
        result.append({*role, quorum});
    }
    return result;
}

QString categoriesToText(const QList<CriterionCategory> &categories) {
    QStringList keys;
    for (CriterionCategory c : categories)
        keys.append(keyOf(c));
    return keys.join(u',');
}

std::optional<QList<CriterionCategory>> categoriesFromText(const QString &text) {
    QList<CriterionCategory> result;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto category = fromKey<CriterionCategory>(part);
        if (!category)
            return std::nullopt;
        result.append(*category);
    }
    return result;
}

} // namespace policy

} // namespace relm
