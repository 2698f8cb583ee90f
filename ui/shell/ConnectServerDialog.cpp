#include "ConnectServerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

struct SslChoice {
    const char *mode;
    const char *label;
};

constexpr SslChoice sslChoices[] = {
    {"verify-full", QT_TRANSLATE_NOOP("relm::ConnectServerDialog", "Encrypted, server's name and certificate checked")},
    {"verify-ca", QT_TRANSLATE_NOOP("relm::ConnectServerDialog", "Encrypted, server's certificate checked")},
    {"require", QT_TRANSLATE_NOOP("relm::ConnectServerDialog", "Encrypted, certificate not checked")},
    {"prefer", QT_TRANSLATE_NOOP("relm::ConnectServerDialog", "Encrypted when the server offers it")},
    {"disable", QT_TRANSLATE_NOOP("relm::ConnectServerDialog", "Not encrypted (this computer or a trusted network)")},
};

const auto lastKey = u"server/lastAddress"_s;

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_rootCertificate(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this)) {
    setWindowTitle(tr("Connect to Server"));
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("e.g. relm"));
    m_user->setPlaceholderText(tr("your own login on the server"));
    for (const SslChoice &choice : sslChoices)
        m_sslMode->addItem(tr(choice.label), QString::fromLatin1(choice.mode));
    m_rootCertificate->setPlaceholderText(tr("the system's default"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("\u2026"));
    browse->setAccessibleName(tr("Choose the certificate authority file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), QString(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCertificate->setText(file);
    });
    setTabOrder(m_rootCertificate, browse);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(browse);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked when needed"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Security:"), m_sslMode);
    // A row holding a layout gets no buddy by itself: the label's shortcut goes to the file field.
    auto *certificateLabel = new QLabel(tr("&Certificate authority:"), this);
    certificateLabel->setBuddy(m_rootCertificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *hint =
        new QLabel(tr("Each person signs in with their own login: Relm records it as who made each change."), this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *required : {m_host, m_database, m_user})
        connect(required, &QLineEdit::textChanged, this, &ConnectServerDialog::updateConnectButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setAddress(lastAddress());
}

void ConnectServerDialog::updateConnectButton() {
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty());
}

void ConnectServerDialog::setAddress(const ServerAddress &address) {
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const int mode = m_sslMode->findData(address.sslMode);
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : m_sslMode->findData(u"prefer"_s));
    m_rootCertificate->setText(address.sslRootCertificate);
    m_password->setText(address.password);
    updateConnectButton();
}

ServerAddress ConnectServerDialog::address() const {
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    address.sslRootCertificate = m_rootCertificate->text().trimmed();
    address.password = m_password->text();
    return address;
}

bool ConnectServerDialog::rememberPassword() const {
    return m_remember->isChecked();
}

ServerAddress ConnectServerDialog::lastAddress() {
    const QString kept = QSettings().value(lastKey).toString();
    auto address = ServerAddress::parse(kept);
    return address ? *address : ServerAddress{};
}

void ConnectServerDialog::setLastAddress(const ServerAddress &address) {
    QSettings().setValue(lastKey, address.display());
}

} // namespace relm
