#pragma once

#include "domain/Contents.h"
#include "domain/Directory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace relm {

class Workspace;

/// The Environments tab: what each environment runs, its history with the rollback target, and
/// the difference between two environments (e.g. Staging against Production).
class EnvironmentsView final : public QWidget {
    Q_OBJECT

public:
    explicit EnvironmentsView(Workspace &workspace, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EnvironmentsView)

    void showEnvironment(const QString &name);
    void compareWith(const QString &name);
    QTableWidget *inventoryTable() const { return m_inventory; }
    QTableWidget *differenceTable() const { return m_difference; }
    QString rollbackText() const;

private:
    void reload();
    void showCurrent();
    void showDifference();

    Workspace &m_workspace;
    QList<Environment> m_environments;
    QListWidget *m_list;
    QTableWidget *m_inventory;
    QListWidget *m_history;
    QLabel *m_rollback;
    QComboBox *m_compare;
    QTableWidget *m_difference;
};

} // namespace relm
