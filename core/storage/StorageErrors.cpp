#include "StorageErrors.h"

#include <QCoreApplication>

namespace relm::storage_errors {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::storage_errors", text);
}

QString untouched() {
    return tr("The file was not changed.");
}

QString quoted(const QString &path) {
    return QStringLiteral("\u201C%1\u201D").arg(path);
}

} // namespace

Error notSqlite(const QString &path) {
    return makeError(ErrorCode::NotRelm,
                     tr("%1 is not a Relm database: it is not a database file at all. Open a Relm database, or "
                        "create a new one (File \u2192 New, or relm-cli init). %2")
                         .arg(quoted(path), untouched()));
}

Error foreignDatabase(const QString &path) {
    return makeError(ErrorCode::NotRelm,
                     tr("%1 is not a Relm database: it is an SQLite database of another program. Open a Relm "
                        "database, or create a new one (File \u2192 New, or relm-cli init). %2")
                         .arg(quoted(path), untouched()));
}

Error corrupt(const QString &path, const QString &detail) {
    return makeError(ErrorCode::Corrupt,
                     tr("%1 is damaged (%2). Restore it from a backup: Relm writes one beside the file before each "
                        "upgrade, and File \u2192 Save a Copy makes one at any time. %3")
                         .arg(quoted(path), detail, untouched()));
}

Error newerVersion(const QString &path, int found, int supported) {
    return makeError(ErrorCode::NewerVersion,
                     tr("%1 was written by a newer Relm (database version %2; this Relm %3 reads versions up to %4). "
                        "Install a newer Relm to open it. %5")
                         .arg(quoted(path))
                         .arg(found)
                         .arg(QStringLiteral(RELM_VERSION))
                         .arg(supported)
                         .arg(untouched()));
}

Error locked(const QString &path) {
    return makeError(ErrorCode::Locked,
                     tr("%1 is locked by another program (another Relm, or a backup or sync tool holding it). Close "
                        "that program and try again. %2")
                         .arg(quoted(path), untouched()));
}

Error diskFull(const QString &path) {
    return makeError(ErrorCode::Io, tr("The disk holding %1 is full. Free some space and try again; the change was "
                                       "not saved and nothing was lost.")
                                        .arg(quoted(path)));
}

Error cannotOpen(const QString &path, const QString &detail) {
    return makeError(ErrorCode::Io, tr("Relm cannot open %1: %2. Check that the folder exists and that you may "
                                       "write to it.")
                                        .arg(quoted(path), detail));
}

} // namespace relm::storage_errors
