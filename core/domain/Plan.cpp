#include "Plan.h"

namespace relm {

namespace {
constexpr std::pair<LinkType, const char *> linkKeys[] = {{LinkType::FinishToStart, "FS"},
                                                          {LinkType::StartToStart, "SS"},
                                                          {LinkType::FinishToFinish, "FF"},
                                                          {LinkType::StartToFinish, "SF"}};
constexpr std::pair<ConstraintType, const char *> constraintKeys[] = {{ConstraintType::AsSoonAsPossible, "asap"},
                                                                      {ConstraintType::StartNoEarlierThan, "snet"},
                                                                      {ConstraintType::FinishNoLaterThan, "fnlt"},
                                                                      {ConstraintType::MustStartOn, "mso"}};
} // namespace

QString linkTypeKey(LinkType type) {
    for (const auto &[value, key] : linkKeys) {
        if (value == type)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<LinkType> linkTypeFromKey(const QString &key) {
    for (const auto &[value, text] : linkKeys) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString constraintKey(ConstraintType type) {
    for (const auto &[value, key] : constraintKeys) {
        if (value == type)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ConstraintType> constraintFromKey(const QString &key) {
    for (const auto &[value, text] : constraintKeys) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace relm
