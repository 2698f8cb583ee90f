#pragma once

#include "domain/Ids.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace relm {

class Workspace;

/// Chooses a release and one of its packages: the keyboard's way to say where catalogue items go,
/// or where package items move or are copied to, instead of dragging them there. Releases still in
/// work come first; the one the person has open is chosen to start with. Releases that went out are
/// not offered: what they shipped stays on record.
class PackagePickerDialog final : public QDialog {
    Q_OBJECT

public:
    PackagePickerDialog(Workspace &workspace, const QString &title, Id preferredRelease, QWidget *parent = nullptr);

    /// Names what is sent ("auth-service and 2 more"), above the choice.
    void setSubject(const QString &subject);
    /// Leaves out the package the items come from: sending them there would change nothing.
    void leaveOut(Id packageId);
    QString subject() const;
    Id packageId() const;
    QComboBox *releaseChooser() const { return m_release; }
    QComboBox *packageChooser() const { return m_package; }

private:
    void fillPackages();

    Workspace &m_workspace;
    QComboBox *m_release;
    QComboBox *m_package;
    QDialogButtonBox *m_buttons;
    QLabel *m_subject;
    Id m_leftOut = 0;
};

} // namespace relm
