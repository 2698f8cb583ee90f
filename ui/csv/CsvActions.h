#pragma once

#include "domain/Ids.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace relm {

class MessageBar;
class UndoController;

/// File ▸ Import CSV… and Export CSV…: the dialogs, and the import applied as one undo step.
class CsvActions final : public QObject {
    Q_OBJECT

public:
    /// `currentRelease`: the release in focus (0: none), offered first in both dialogs.
    CsvActions(QWidget *window, UndoController &undo, MessageBar &messages, std::function<Id()> currentRelease);

    /// Adds the two actions to the menu.
    void addTo(QMenu *menu);
    /// Opens the import dialog on a file (File ▸ Import CSV… asks for it first).
    void importFile(const QString &path);
    void exportRecords();

private:
    void chooseImportFile();

    QWidget *m_window;
    UndoController &m_undo;
    MessageBar &m_messages;
    std::function<Id()> m_currentRelease;
};

} // namespace relm
