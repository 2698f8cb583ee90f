#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace relm {

/// One production deployment as the metrics see it.
struct MetricDeployment {
    Id releaseId = 0;
    QString service;
    QDateTime finishedAt; ///< actual end (or start when the end is missing)
    bool failed = false;  ///< failed or rolled back
};

/// A change request delivered by a release: when it was raised.
struct MetricChange {
    Id releaseId = 0;
    QDateTime createdAt;
};

/// A release's plan against what happened, for on-time and slip figures.
struct MetricRelease {
    Id id = 0;
    QString name;
    QString service;
    QDate plannedEnd;
    std::optional<QDateTime> firstSuccess; ///< first succeeded production deployment
    int openExposure = 0;                  ///< sum of exposure over risks not closed
    std::optional<double> signOffHours;    ///< first sign-off to last approval
};

/// Everything the dashboard computes from.
struct MetricInput {
    QList<MetricDeployment> deployments;
    QList<MetricChange> changes;
    QList<MetricRelease> releases;
};

/// The figures of one month.
struct MonthFigures {
    QDate month; ///< the first day of the month
    int deployments = 0;
    int failures = 0;
    double changeFailureRate = 0;             ///< failures / deployments, 0 to 1
    std::optional<double> leadTimeDays;       ///< median, change raised to production deployment
    std::optional<double> timeToRestoreHours; ///< mean, failure to the next success of the service
    int releasesDue = 0;
    int releasesOnTime = 0;
    std::optional<double> averageSlipDays; ///< of releases whose first success fell in the month
};

/// The four delivery metrics and the release figures, per month, for a period and a service.
struct DeliveryMetrics {
    QList<MonthFigures> months;
    QList<MetricRelease> releases; ///< in the period, for exposure and sign-off turnaround

    /// Computes the figures for [from, to] (whole months) and one service (empty: all).
    static DeliveryMetrics compute(const MetricInput &input, const QDate &from, const QDate &to,
                                   const QString &service = {});
    /// The figures as CSV, one row per month.
    QString toCsv() const;
};

} // namespace relm
