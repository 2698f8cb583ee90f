#include "EditConflict.h"

#include <QCoreApplication>

namespace relm {

QStringList EditConflict::changedByMe() const {
    QStringList names;
    for (const ConflictField &field : fields) {
        if (field.mineChanged())
            names.append(field.name);
    }
    return names;
}

namespace detail {

QString recordFieldLabel(const char *label) {
    return QCoreApplication::translate("relm::RecordFields", label);
}

QJsonObject pick(const QJsonObject &object, const QStringList &keys) {
    QJsonObject picked;
    for (const QString &key : keys)
        picked.insert(key, object.value(key));
    return picked;
}

QList<ConflictField> wholeRecordFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs) {
    QStringList keys = theirs.keys();
    for (const QString &key : mine.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QList<ConflictField> fields;
    for (const QString &key : std::as_const(keys)) {
        ConflictField f{key, key, pick(base, {key}), pick(mine, {key}), pick(theirs, {key})};
        if (f.mineChanged() || f.theirsChanged())
            fields.append(f);
    }
    return fields;
}

} // namespace detail

} // namespace relm
