#include "Contents.h"

#include "domain/VersionNumber.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace relm::contents {

namespace {

QMap<QString, ComponentVersion> byComponent(const Contents &items) {
    QMap<QString, ComponentVersion> map;
    for (const ComponentVersion &v : items) {
        auto it = map.find(v.componentName);
        if (it == map.end() || VersionNumber(it->version) < VersionNumber(v.version))
            map.insert(v.componentName, v);
    }
    return map;
}

QJsonObject itemJson(const ComponentVersion &v) {
    return {{u"version_id"_s, v.id},
            {u"component"_s, v.componentName},
            {u"version"_s, v.version},
            {u"sha256"_s, v.sha256.isEmpty() ? QJsonValue() : QJsonValue(v.sha256)}};
}

} // namespace

ContentDiff compare(const Contents &before, const Contents &after) {
    const auto a = byComponent(before);
    const auto b = byComponent(after);
    ContentDiff diff;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const auto old = a.find(it.key());
        if (old == a.end())
            diff.added.append(*it);
        else if (old->version != it->version || old->sha256 != it->sha256)
            diff.changed.append({*old, *it});
    }
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            diff.removed.append(*it);
    }
    return diff;
}

QString fingerprint(const Contents &items) {
    QStringList lines;
    for (const ComponentVersion &v : items)
        lines.append(v.componentName + u'@' + v.version + u':' + v.sha256);
    lines.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonArray toJson(const Contents &items) {
    QJsonArray array;
    for (const ComponentVersion &v : items)
        array.append(itemJson(v));
    return array;
}

Contents fromJson(const QJsonArray &array) {
    Contents items;
    for (const QJsonValue &value : array) {
        ComponentVersion v;
        v.id = value[u"version_id"_s].toInteger();
        v.componentName = value[u"component"_s].toString();
        v.version = value[u"version"_s].toString();
        v.sha256 = value[u"sha256"_s].toString();
        items.append(v);
    }
    return items;
}

QJsonObject diffToJson(const ContentDiff &diff) {
    QJsonArray changed;
    for (const auto &[before, after] : diff.changed)
        changed.append(QJsonObject{
            {u"component"_s, after.componentName},
            {u"from"_s, before.version},
            {u"to"_s, after.version},
            {u"direction"_s, VersionNumber(before.version) < VersionNumber(after.version)   ? u"upgrade"_s
                             : VersionNumber(after.version) < VersionNumber(before.version) ? u"downgrade"_s
                                                                                            : u"rebuild"_s}});
    return {{u"added"_s, toJson(diff.added)}, {u"removed"_s, toJson(diff.removed)}, {u"changed"_s, changed}};
}

ContentDiff deploymentChange(const Contents &environment, const Contents &release) {
    Contents touched;
    for (const ComponentVersion &v : environment) {
        if (std::any_of(release.cbegin(), release.cend(),
                        [&](const ComponentVersion &r) { return r.componentName == v.componentName; }))
            touched.append(v);
    }
    return compare(touched, release);
}

Contents deployOnto(const Contents &environment, const Contents &deployed) {
    Contents result;
    for (const ComponentVersion &v : environment) {
        if (std::none_of(deployed.cbegin(), deployed.cend(),
                         [&](const ComponentVersion &d) { return d.componentName == v.componentName; }))
            result.append(v);
    }
    result.append(deployed);
    std::stable_sort(result.begin(), result.end(), [](const ComponentVersion &a, const ComponentVersion &b) {
        return a.componentName < b.componentName;
    });
    return result;
}

Contents newestPerComponent(const Contents &items) {
    return byComponent(items).values();
}

} // namespace relm::contents
