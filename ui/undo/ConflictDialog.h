#pragma once

#include "changes/EditConflict.h"

#include <QDialog>

#include <functional>
#include <optional>

class QTableWidget;
class QPushButton;

namespace relm {

/// Shows a person's edit beside what someone else saved to the same record meanwhile, field by
/// field, and lets them keep theirs, apply their own edit on top, or pick per field.
class ConflictDialog final : public QDialog {
    Q_OBJECT

public:
    /// The name to show for a field's value (a person's for an owner's id); empty: the value itself.
    using ValueNamer = std::function<QString(const QString &key, const QJsonValue &value)>;

    /// `author`: who saved theirs, when known.
    explicit ConflictDialog(EditConflict conflict, QWidget *parent = nullptr, ValueNamer namer = {},
                            const QString &author = {});

    /// After exec(): the fields to take from this person's edit, or nullopt to keep theirs.
    std::optional<QStringList> choice() const { return m_choice; }

    /// The fields ticked to take from this person's edit.
    QStringList ticked() const;
    /// Ticks or clears a field (by its name in the conflict); for keyboard users and tests.
    void setTicked(const QString &field, bool mine);

    /// How a field's value reads in the dialog ("—" for none, Yes/No, lists joined, names for ids).
    QString valueText(const QJsonObject &value) const;

private:
    void fillTable();
    void finish(std::optional<QStringList> choice);

    EditConflict m_conflict;
    ValueNamer m_namer;
    QString m_author; ///< who saved theirs; empty when not known
    QTableWidget *m_table;
    std::optional<QStringList> m_choice;
};

} // namespace relm
