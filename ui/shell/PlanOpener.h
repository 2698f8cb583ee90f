#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "import/PlanFile.h"

#include <QObject>

namespace relm {

class MainWindow;

/// Shows another tool's plan file in the window: imports it into the open database as a new
/// release named after the file (one undo step), opens its Schedule page and names the file in the
/// window title. Nothing is asked before the plan is shown; afterwards it offers to keep the plan
/// in a new database instead, and asks who is acting when Relm had to guess.
class PlanOpener final : public QObject {
    Q_OBJECT

public:
    explicit PlanOpener(MainWindow &window);

    enum class NewDatabase {
        WithDemo, ///< the default database's first start: the demo portfolio, as without a plan
        Empty,    ///< a database the user named for the plan: only the person opening it
    };
    /// Opens a database (acting as the default person, without asking) and shows the plan in it.
    Result<Id> openWithDatabase(const QString &databasePath, const QString &planPath,
                                const QString &preferredLogin = {}, NewDatabase whenNew = NewDatabase::WithDemo);
    /// Shows the plan in the open database; returns the new release.
    Result<Id> open(const QString &planPath);
    /// Keeps the plan last opened in a new database at `databasePath` instead: the database is
    /// created, the plan imported and shown there, and its import in the first database undone.
    Result<Id> moveToNewDatabase(const QString &databasePath);

private:
    /// Imports a plan already read into the open database and shows it.
    Result<Id> show(PlanFile plan, const QString &planPath);
    void offerNewDatabase(const QString &summary);
    void askWhoActs();

    MainWindow &m_window;
    QString m_planPath;
    int m_undoIndex = -1; ///< the undo stack's index right after the import
};

} // namespace relm
