#pragma once

#include "storage/ServerAddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace relm {

/// File → Connect to Server…: where the shared database is (host, port, database), who signs in,
/// how the connection is secured (TLS mode, certificate authority), and the password, kept in the
/// keychain when the user agrees. Starts from the address used last.
class ConnectServerDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    void setAddress(const ServerAddress &address);
    /// The address entered, with the password typed (if any).
    ServerAddress address() const;
    bool rememberPassword() const;

    /// The address connected to last (no password), to start from next time.
    static ServerAddress lastAddress();
    static void setLastAddress(const ServerAddress &address);

private:
    void updateConnectButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCertificate;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_connect = nullptr;
};

} // namespace relm
