#include "Plan.h"

#include "schedule/WorkTimeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relm {

namespace {
constexpr std::pair<LinkType, const char *> linkKeys[] = {{LinkType::FinishToStart, "FS"},
                                                          {LinkType::StartToStart, "SS"},
                                                          {LinkType::FinishToFinish, "FF"},
                                                          {LinkType::StartToFinish, "SF"}};
constexpr std::pair<ConstraintType, const char *> constraintKeys[] = {
    {ConstraintType::AsSoonAsPossible, "asap"},    {ConstraintType::StartNoEarlierThan, "snet"},
    {ConstraintType::FinishNoLaterThan, "fnlt"},   {ConstraintType::MustStartOn, "mso"},
    {ConstraintType::AsLateAsPossible, "alap"},    {ConstraintType::StartNoLaterThan, "snlt"},
    {ConstraintType::FinishNoEarlierThan, "fnet"}, {ConstraintType::MustFinishOn, "mfo"}};
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

QString linkTypeName(LinkType type) {
    switch (type) {
    case LinkType::FinishToStart:
        return QCoreApplication::translate("relm::Plan", "Finish to start");
    case LinkType::StartToStart:
        return QCoreApplication::translate("relm::Plan", "Start to start");
    case LinkType::FinishToFinish:
        return QCoreApplication::translate("relm::Plan", "Finish to finish");
    case LinkType::StartToFinish:
        return QCoreApplication::translate("relm::Plan", "Start to finish");
    }
    return {};
}

bool setLagFromText(PlanLink &link, QStringView text) {
    const QStringView lag = text.trimmed();
    if (lag.isEmpty()) {
        link.lag = 0;
        link.lagPercent = 0;
        link.lagIsPercent = false;
        return true;
    }
    if (lag.endsWith(u'%')) {
        bool ok = false;
        const double percent = lag.chopped(1).trimmed().toDouble(&ok);
        if (!ok) // a share too large is refused, with its limit, by the dependency rules
            return false;
        link.lag = 0;
        link.lagPercent = percent;
        link.lagIsPercent = true;
        return true;
    }
    const std::optional<qint64> minutes = work_time::parse(lag, work_time::Sign::Allowed);
    if (!minutes)
        return false;
    link.lag = *minutes;
    link.lagPercent = 0;
    link.lagIsPercent = false;
    return true;
}

QString lagText(const PlanLink &link) {
    if (link.lagIsPercent)
        return link.lagPercent == 0 ? QString() : QString::number(link.lagPercent) + u'%';
    if (link.lag == 0)
        return {};
    return link.lag < 0 ? u'-' + work_time::format(-link.lag) : work_time::format(link.lag);
}

QString constraintKey(ConstraintType type) {
    for (const auto &[value, key] : constraintKeys) {
        if (value == type)
            return QString::fromLatin1(key);
    }
    return {};
}

QString constraintName(ConstraintType type) {
    switch (type) {
    case ConstraintType::AsSoonAsPossible:
        return QCoreApplication::translate("relm::Plan", "As soon as possible");
    case ConstraintType::AsLateAsPossible:
        return QCoreApplication::translate("relm::Plan", "As late as possible");
    case ConstraintType::StartNoEarlierThan:
        return QCoreApplication::translate("relm::Plan", "Start no earlier than");
    case ConstraintType::StartNoLaterThan:
        return QCoreApplication::translate("relm::Plan", "Start no later than");
    case ConstraintType::FinishNoEarlierThan:
        return QCoreApplication::translate("relm::Plan", "Finish no earlier than");
    case ConstraintType::FinishNoLaterThan:
        return QCoreApplication::translate("relm::Plan", "Finish no later than");
    case ConstraintType::MustStartOn:
        return QCoreApplication::translate("relm::Plan", "Must start on");
    case ConstraintType::MustFinishOn:
        return QCoreApplication::translate("relm::Plan", "Must finish on");
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

namespace relm {

namespace {
constexpr auto baselineTimeFormat = "yyyy-MM-ddTHH:mm:ss";
}

QByteArray baselineDatesToJson(const QHash<Id, std::pair<QDateTime, QDateTime>> &dates) {
    QJsonObject object;
    const QString format = QString::fromLatin1(baselineTimeFormat);
    for (auto it = dates.cbegin(); it != dates.cend(); ++it)
        object.insert(QString::number(it.key()), QJsonArray{it->first.toString(format), it->second.toString(format)});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QHash<Id, std::pair<QDateTime, QDateTime>> baselineDatesFromJson(const QByteArray &json) {
    QHash<Id, std::pair<QDateTime, QDateTime>> dates;
    const QString format = QString::fromLatin1(baselineTimeFormat);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isId = false;
        const Id id = it.key().toLongLong(&isId);
        const QJsonArray pair = it.value().toArray();
        if (!isId || id <= 0 || pair.size() != 2)
            continue;
        const QDateTime start = QDateTime::fromString(pair.at(0).toString(), format);
        const QDateTime finish = QDateTime::fromString(pair.at(1).toString(), format);
        if (start.isValid() && finish.isValid())
            dates.insert(id, {start, finish});
    }
    return dates;
}

} // namespace relm
