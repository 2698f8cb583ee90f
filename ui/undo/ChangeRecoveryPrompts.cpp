#include "ChangeRecoveryPrompts.h"

#include "undo/ConflictDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace relm {

ChangeRecoveryPrompts::ChangeRecoveryPrompts(QWidget *window)
    : QObject(window)
    , m_window(window) {}

bool ChangeRecoveryPrompts::tryAgain(const Error &error) {
    QMessageBox box(QMessageBox::Warning, tr("Change Not Saved"), error.message, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("tryAgainBox"));
    box.setInformativeText(tr("Your change is kept while this message is open. Try again once the server answers, "
                              "or discard the change."));
    QPushButton *again = box.addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("tryAgain"));
    box.addButton(tr("&Discard Change"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("discard"));
    box.setDefaultButton(again);
    box.exec();
    return box.clickedButton() == again;
}

std::optional<QStringList> ChangeRecoveryPrompts::resolve(const EditConflict &conflict) {
    ConflictDialog dialog(conflict, m_window);
    dialog.exec();
    return dialog.choice();
}

} // namespace relm
