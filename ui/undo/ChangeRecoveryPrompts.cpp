#include "ChangeRecoveryPrompts.h"

#include "undo/ConflictDialog.h"
#include "undo/RecordNames.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace relm {

ChangeRecoveryPrompts::ChangeRecoveryPrompts(QWidget *window, const UndoController &undo)
    : QObject(window)
    , m_window(window)
    , m_undo(undo) {}

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
    Workspace *workspace = m_undo.workspace();
    const QString author = workspace ? lastAuthorOf(*workspace, conflict.entity, conflict.id) : QString();
    ConflictDialog dialog(
        conflict, m_window,
        [workspace](const QString &key, const QJsonValue &value) {
            return workspace ? referencedName(*workspace, key, value) : QString();
        },
        author);
    dialog.exec();
    return dialog.choice();
}

} // namespace relm
