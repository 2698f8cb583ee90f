#pragma once

#include <QHash>
#include <QString>

namespace relm {

class Workspace;

/// People's names for their logins, read once per reload: the window names people ("Georg
/// Müller"), where the records keep logins ("georg").
class PersonNames final {
public:
    void load(Workspace &workspace);
    /// The person's name; the login itself for someone no longer in the directory.
    QString of(const QString &login) const { return m_names.value(login, login); }

private:
    QHash<QString, QString> m_names;
};

} // namespace relm
