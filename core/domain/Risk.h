#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relm {

/// An entry in a release's risk register.
struct Risk {
    enum class Status { Open, Mitigating, Accepted, Closed };
    enum class Band { Low, Medium, High, Extreme };

    Id id = 0;
    Id releaseId = 0;
    QString title;
    QString description;
    QString category;
    int likelihood = 3; ///< 1 (rare) to 5 (almost certain)
    int impact = 3;     ///< 1 (negligible) to 5 (severe)
    Id ownerId = 0;
    QString mitigation;
    QString contingency;
    Status status = Status::Open;
    QDate reviewDate;
    Id taskId = 0;            ///< the schedule task it threatens, 0: none
    qint64 expectedDelay = 0; ///< working minutes that task slips if the risk happens

    bool operator==(const Risk &) const = default;

    int exposure() const { return likelihood * impact; }
    /// The chance the risk happens, read from its likelihood rating (1: 10 % … 5: 90 %).
    double probability() const { return 0.1 + 0.2 * (qBound(1, likelihood, 5) - 1); }
    /// Whether it should delay its task in a simulation: linked, with a delay, and not closed.
    bool threatensSchedule() const { return taskId != 0 && expectedDelay > 0 && status != Status::Closed; }
    static Band bandOf(int exposure);
    Band band() const { return bandOf(exposure()); }
    /// A risk still in play whose review date has passed.
    bool reviewOverdue(const QDate &today) const {
        return status != Status::Closed && reviewDate.isValid() && reviewDate < today;
    }
};

/// Every status, in the order a risk usually moves through them.
QList<Risk::Status> riskStatuses();
QString riskStatusKey(Risk::Status status);
std::optional<Risk::Status> riskStatusFromKey(const QString &key);
QString riskStatusLabel(Risk::Status status);
QString riskBandKey(Risk::Band band);
QString riskBandLabel(Risk::Band band);

} // namespace relm
