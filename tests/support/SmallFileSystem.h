#pragma once

#include <QString>
#include <QTemporaryDir>

namespace relm::test {

/// A file system of a few megabytes that really fills up: a tmpfs mounted on a temporary folder,
/// in a mount namespace of this process's own (so nothing stays mounted if the test dies).
/// Needs the right to mount (root or CAP_SYS_ADMIN, Linux); whyUnavailable() says why not.
class SmallFileSystem final {
public:
    explicit SmallFileSystem(qint64 bytes);
    ~SmallFileSystem();
    Q_DISABLE_COPY_MOVE(SmallFileSystem)

    bool isMounted() const { return m_mounted; }
    QString whyUnavailable() const { return m_whyNot; }
    QString path(const QString &fileName) const;

    /// Writes a filler file until the file system refuses (no space left); false if it never did.
    bool fill();
    /// Removes the filler again.
    void makeRoom();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace relm::test
