#include "Risk.h"

#include <QCoreApplication>

namespace relm {

namespace {
constexpr std::pair<Risk::Status, const char *> statusKeys[] = {{Risk::Status::Open, "open"},
                                                                {Risk::Status::Mitigating, "mitigating"},
                                                                {Risk::Status::Accepted, "accepted"},
                                                                {Risk::Status::Closed, "closed"}};
} // namespace

Risk::Band Risk::bandOf(int exposure) {
    // The usual 5 x 5 matrix: 1-4 low, 5-9 medium, 10-14 high, 15-25 extreme.
    return exposure >= 15 ? Band::Extreme : exposure >= 10 ? Band::High : exposure >= 5 ? Band::Medium : Band::Low;
}

QList<Risk::Status> riskStatuses() {
    QList<Risk::Status> statuses;
    for (const auto &[value, key] : statusKeys)
        statuses.append(value);
    return statuses;
}

QString riskStatusKey(Risk::Status status) {
    for (const auto &[value, key] : statusKeys) {
        if (value == status)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Risk::Status> riskStatusFromKey(const QString &key) {
    for (const auto &[value, text] : statusKeys) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString riskStatusLabel(Risk::Status status) {
    switch (status) {
    case Risk::Status::Open:
        return QCoreApplication::translate("relm::Risk", "Open");
    case Risk::Status::Mitigating:
        return QCoreApplication::translate("relm::Risk", "Mitigating");
    case Risk::Status::Accepted:
        return QCoreApplication::translate("relm::Risk", "Accepted");
    case Risk::Status::Closed:
        return QCoreApplication::translate("relm::Risk", "Closed");
    }
    return {};
}

QString riskBandKey(Risk::Band band) {
    switch (band) {
    case Risk::Band::Low:
        return QStringLiteral("low");
    case Risk::Band::Medium:
        return QStringLiteral("medium");
    case Risk::Band::High:
        return QStringLiteral("high");
    case Risk::Band::Extreme:
        return QStringLiteral("extreme");
    }
    return {};
}

QString riskBandLabel(Risk::Band band) {
    switch (band) {
    case Risk::Band::Low:
        return QCoreApplication::translate("relm::Risk", "Low");
    case Risk::Band::Medium:
        return QCoreApplication::translate("relm::Risk", "Medium");
    case Risk::Band::High:
        return QCoreApplication::translate("relm::Risk", "High");
    case Risk::Band::Extreme:
        return QCoreApplication::translate("relm::Risk", "Extreme");
    }
    return {};
}

} // namespace relm
