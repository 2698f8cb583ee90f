#include "DeliveryMetrics.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QDate monthOf(const QDate &date) {
    return QDate(date.year(), date.month(), 1);
}

std::optional<double> median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<double> mean(const QList<double> &values) {
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

QString number(const std::optional<double> &value) {
    return value ? QString::number(*value, 'f', 2) : QString();
}

} // namespace

DeliveryMetrics DeliveryMetrics::compute(const MetricInput &input, const QDate &from, const QDate &to,
                                         const QString &service) {
    DeliveryMetrics result;
    const QDate first = monthOf(from);
    const QDate last = monthOf(to);
    QMap<QDate, int> index;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        index.insert(m, int(result.months.size()));
        MonthFigures figures;
        figures.month = m;
        result.months.append(figures);
    }
    const auto inService = [&service](const QString &s) {
        return service.isEmpty() || s == service;
    };

    // Deployments in time order per service, for time to restore.
    QList<MetricDeployment> deployments;
    for (const MetricDeployment &d : input.deployments) {
        if (inService(d.service) && d.finishedAt.isValid())
            deployments.append(d);
    }
    std::sort(deployments.begin(), deployments.end(),
              [](const MetricDeployment &a, const MetricDeployment &b) { return a.finishedAt < b.finishedAt; });
    QHash<Id, QDateTime> firstSuccessOfRelease;
    QHash<QString, QDateTime> openFailure; // per service: the failure not yet restored
    QList<QList<double>> restoreHours(result.months.size());
    for (const MetricDeployment &d : deployments) {
        const auto slot = index.constFind(monthOf(d.finishedAt.date()));
        if (d.failed) {
            if (!openFailure.contains(d.service))
                openFailure.insert(d.service, d.finishedAt);
        } else {
            if (auto failure = openFailure.take(d.service); failure.isValid()) {
                // Restored: counted in the month the failure happened.
                if (const auto failedSlot = index.constFind(monthOf(failure.date())); failedSlot != index.cend())
                    restoreHours[*failedSlot].append(double(failure.secsTo(d.finishedAt)) / 3600.0);
            }
            if (!firstSuccessOfRelease.contains(d.releaseId))
                firstSuccessOfRelease.insert(d.releaseId, d.finishedAt);
        }
        if (slot == index.cend())
            continue;
        MonthFigures &m = result.months[*slot];
        ++m.deployments;
        m.failures += d.failed ? 1 : 0;
    }

    QList<QList<double>> leadDays(result.months.size());
    for (const MetricChange &c : input.changes) {
        const QDateTime deployed = firstSuccessOfRelease.value(c.releaseId);
        if (!deployed.isValid() || !c.createdAt.isValid())
            continue;
        if (const auto slot = index.constFind(monthOf(deployed.date())); slot != index.cend())
            leadDays[*slot].append(double(c.createdAt.secsTo(deployed)) / 86400.0);
    }

    QList<QList<double>> slips(result.months.size());
    for (const MetricRelease &r : input.releases) {
        if (!inService(r.service))
            continue;
        const std::optional<QDateTime> done = r.firstSuccess;
        if (done && r.plannedEnd.isValid()) {
            if (const auto slot = index.constFind(monthOf(done->date())); slot != index.cend()) {
                MonthFigures &m = result.months[*slot];
                ++m.releasesDue;
                const qint64 slip = r.plannedEnd.daysTo(done->date());
                m.releasesOnTime += slip <= 0 ? 1 : 0;
                slips[*slot].append(double(slip));
                result.releases.append(r);
            }
        } else if (r.plannedEnd.isValid() && r.plannedEnd >= first && r.plannedEnd <= to) {
            result.releases.append(r); // current releases still count for exposure and sign-off
        }
    }

    for (int i = 0; i < result.months.size(); ++i) {
        MonthFigures &m = result.months[i];
        m.changeFailureRate = m.deployments ? double(m.failures) / double(m.deployments) : 0.0;
        m.leadTimeDays = median(leadDays.at(i));
        m.timeToRestoreHours = mean(restoreHours.at(i));
        m.averageSlipDays = mean(slips.at(i));
    }
    return result;
}

QString DeliveryMetrics::toCsv() const {
    QString csv = u"month,deployments,failures,change_failure_rate,lead_time_days_median,"
                  "time_to_restore_hours_mean,releases_due,releases_on_time,average_slip_days\n"_s;
    for (const MonthFigures &m : months)
        csv += u"%1,%2,%3,%4,%5,%6,%7,%8,%9\n"_s.arg(m.month.toString(u"yyyy-MM"_s))
                   .arg(m.deployments)
                   .arg(m.failures)
                   .arg(QString::number(m.changeFailureRate, 'f', 4))
                   .arg(number(m.leadTimeDays), number(m.timeToRestoreHours))
                   .arg(m.releasesDue)
                   .arg(m.releasesOnTime)
                   .arg(number(m.averageSlipDays));
    return csv;
}

} // namespace relm
