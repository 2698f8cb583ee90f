#include "ServerSignIn.h"

#include "ServerPasswords.h"
#include "changes/Workspace.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ServerSignIn", text);
}

} // namespace

Result<std::unique_ptr<Workspace>> ServerSignIn::open(QWidget *parent, Request request) {
    ServerAddress &address = request.address;
    const bool typed = !address.password.isEmpty();
    if (!typed)
        address.password = ServerPasswords::read(address);
    auto opened = Workspace::openServer(address);
    // The server wants a password (another one): ask, a few times at most.
    for (int attempt = 0; !opened && opened.error().code == ErrorCode::Denied && request.mayAsk && attempt < 3;
         ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, tr("Sign In to the Server"),
            tr("%1\n\nPassword of %2 on %3:").arg(opened.errorMessage(), address.user, address.host),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return opened.error();
        address.password = password;
        opened = Workspace::openServer(address);
    }
    if (opened && request.rememberPassword && !address.password.isEmpty())
        (void)ServerPasswords::store(address, address.password);
    return opened;
}

} // namespace relm
