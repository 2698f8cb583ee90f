#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace relm {

class Workspace;

/// A calendar file that calendar apps subscribe to: the whole forward schedule of change (one year
/// back to three ahead) rewritten atomically, so that a reader never sees half a file.
class CalendarFeed final {
public:
    explicit CalendarFeed(QString path)
        : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    /// Exports the workspace's calendar as of `now` and replaces the file with it.
    Result<void> update(Workspace &workspace, const QDateTime &now) const;

    /// Replaces the file at `path` with `bytes` in one step; Io when it cannot be written.
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
};

} // namespace relm
