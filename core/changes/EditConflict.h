#pragma once

#include "changes/RecordFields.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace relm {

class Change;

/// One field of a record two people edited: its value when this person started editing
/// (base), their own value (mine) and the value someone else saved meanwhile (theirs).
struct ConflictField {
    QString name;     ///< what identifies the field in a resolution: its first JSON key
    QString label;    ///< translated
    QJsonObject base; ///< the field's JSON keys and values
    QJsonObject mine;
    QJsonObject theirs;

    bool mineChanged() const { return mine != base; }
    bool theirsChanged() const { return theirs != base; }
    /// Both changed it, to different values: someone has to choose.
    bool contested() const { return mineChanged() && theirsChanged() && mine != theirs; }
};

/// An edit refused because someone saved the same record after it was read: what each side
/// holds, field by field, so that a person can decide what to keep.
struct EditConflict {
    QString what;                ///< the record as it is named in messages ("risk “Vendor late”")
    QString entity;              ///< the record\'s kind as the audit trail names it
    Id id = 0;                   ///< the record\'s id
    QList<ConflictField> fields; ///< the fields whose values are not the same on all three sides
    bool fieldByField = true;    ///< false: this kind of record is taken only whole

    /// The fields this person changed, named as a resolution names them.
    QStringList changedByMe() const;
};

/// An edit that can be made again on top of what someone else saved in between, after a redo
/// was refused because the record had changed since it was read.
class ConflictingEdit {
public:
    virtual ~ConflictingEdit() = default;
    /// What the last redo ran into; nullopt when it was not refused for a change in between.
    virtual std::optional<EditConflict> conflict() const = 0;
    /// A new edit of the record as it is now: theirs, with the fields named in `mine` taken from
    /// this edit (all of this edit when the record is taken only whole). Checked again when run.
    virtual std::unique_ptr<Change> resolvedWith(const QStringList &mine) const = 0;
};

namespace detail {

QString recordFieldLabel(const char *label);
QJsonObject pick(const QJsonObject &object, const QStringList &keys);
QList<ConflictField> wholeRecordFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

} // namespace detail

/// The conflict between this person's edit (base → mine) and theirs.
template<typename T>
EditConflict conflictOf(const QString &what, const QJsonObject &base, const QJsonObject &mine,
                        const QJsonObject &theirs) {
    EditConflict conflict;
    conflict.what = what;
    conflict.fieldByField = !recordFields<T>().isEmpty();
    if (!conflict.fieldByField) {
        conflict.fields = detail::wholeRecordFields(base, mine, theirs);
        return conflict;
    }
    for (const RecordField<T> &field : recordFields<T>()) {
        ConflictField f{field.keys.first(), detail::recordFieldLabel(field.label), detail::pick(base, field.keys),
                        detail::pick(mine, field.keys), detail::pick(theirs, field.keys)};
        if (f.mineChanged() || f.theirsChanged())
            conflict.fields.append(f);
    }
    return conflict;
}

/// The translated label of each JSON key a field of T is shown as; empty for a kind without fields.
template<typename T>
QHash<QString, QString> fieldLabels() {
    QHash<QString, QString> labels;
    for (const RecordField<T> &field : recordFields<T>()) {
        for (const QString &key : field.keys)
            labels.insert(key, detail::recordFieldLabel(field.label));
    }
    return labels;
}

/// Theirs with the fields named in `fromMine` taken from mine; mine whole for a kind without fields.
template<typename T>
T mergedRecord(const T &theirs, const T &mine, const QStringList &fromMine) {
    const QList<RecordField<T>> fields = recordFields<T>();
    if (fields.isEmpty())
        return fromMine.isEmpty() ? theirs : mine;
    T merged = theirs;
    for (const RecordField<T> &field : fields) {
        if (fromMine.contains(field.keys.first()))
            field.copy(merged, mine);
    }
    return merged;
}

} // namespace relm
