#pragma once

#include <QComboBox>

namespace relm {

class Workspace;

/// The status bar's "acting as" chooser: who the audit trail records for every change.
/// Remembers the choice per database.
class ActingPersonPicker final : public QComboBox {
    Q_OBJECT

public:
    explicit ActingPersonPicker(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActingPersonPicker)

    void setWorkspace(Workspace *workspace);

    /// The login remembered for a database, empty when none was chosen there yet.
    static QString rememberedLogin(const QString &databasePath);
    static void remember(const QString &databasePath, const QString &login);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void refill();

    Workspace *m_workspace = nullptr;
};

} // namespace relm
