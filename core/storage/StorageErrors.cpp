#include "StorageErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

/// The path as one shell word, so a command in a message can be pasted as it is.
QString shellWord(const QString &path) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+,:=@%-]+$"));
    if (plain.match(path).hasMatch())
        return path;
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
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

Error fileTooLarge(const QString &path) {
    return makeError(ErrorCode::Io,
                     tr("%1 cannot grow any further: it has reached the largest file size this system allows Relm to "
                        "write. Ask whoever manages the computer to raise the limit; the change was not saved and "
                        "nothing was lost.")
                         .arg(quoted(path)));
}

Error cannotOpen(const QString &path, const QString &detail) {
    return makeError(ErrorCode::Io, tr("Relm cannot open %1: %2. Check that the folder exists and that you may "
                                       "write to it.")
                                        .arg(quoted(path), detail));
}

Error emptyFile(const QString &path) {
    return makeError(ErrorCode::NotRelm,
                     tr("%1 is empty: there is no Relm database in it yet. To make one there, run \u201Crelm-cli "
                        "--db %2 init\u201D (add --demo for the demo portfolio), or open another database. %3")
                         .arg(quoted(path), shellWord(path), untouched()));
}

Error missingReference() {
    return makeError(ErrorCode::NotFound, tr("The change was not saved: a record it refers to does not exist (it may "
                                             "have been removed in the meantime)."));
}

} // namespace relm::storage_errors
