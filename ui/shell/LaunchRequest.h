#pragma once

#include <QStringList>

namespace relm {

/// What the relm command line asks for: the database to open and, when a plan file (.xml, .gan,
/// .planner) is given instead of a database, the plan to show in it.
struct LaunchRequest {
    /// --server or $RELM_SERVER (a postgresql:// address), else --db, else $RELM_DB, else the
    /// default; or the database given
    QString database;
    QString plan; ///< empty unless a plan file was given
    /// Whether the user named the database (--db or $RELM_DB): a new one then starts empty, with
    /// only them in it, rather than with the demo portfolio.
    bool databaseNamed = false;

    static LaunchRequest from(const QStringList &positional, const QString &databaseOption,
                              const QString &serverOption = {});
};

} // namespace relm
