#include "SmallFileSystem.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace relm::test {

namespace {

const QString fillerName = QStringLiteral("filler");

#ifdef Q_OS_LINUX
QString systemError(const char *what) {
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

/// Gives this process a mount namespace of its own, once, so its mounts are seen by nobody else
/// and vanish with it.
bool privateMounts(QString *whyNot) {
    static bool done = false;
    static QString failure;
    if (!done) {
        done = true;
        if (::unshare(CLONE_NEWNS) != 0)
            failure = systemError("unshare(CLONE_NEWNS)");
        else if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            failure = systemError("making / private");
    }
    *whyNot = failure;
    return failure.isEmpty();
}
#endif

} // namespace

SmallFileSystem::SmallFileSystem(qint64 bytes) {
#ifdef Q_OS_LINUX
    if (!m_dir.isValid()) {
        m_whyNot = QStringLiteral("no temporary folder");
        return;
    }
    if (!privateMounts(&m_whyNot))
        return;
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        m_whyNot = systemError("mounting a tmpfs");
        return;
    }
    m_mounted = true;
#else
    Q_UNUSED(bytes)
    m_whyNot = QStringLiteral("mounting a small file system is only done on Linux");
#endif
}

SmallFileSystem::~SmallFileSystem() {
#ifdef Q_OS_LINUX
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
#endif
}

QString SmallFileSystem::path(const QString &fileName) const {
    return m_dir.filePath(fileName);
}

bool SmallFileSystem::fill() {
#ifdef Q_OS_LINUX
    // Plain write(2), so the point where the file system says "no space" is seen exactly.
    const int fd = ::open(QFile::encodeName(path(fillerName)).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(4096, '\0');
    bool full = false;
    for (;;) {
        if (::write(fd, block.constData(), block.size()) >= 0 || errno == EINTR)
            continue;
        full = errno == ENOSPC;
        break;
    }
    ::close(fd);
    return full;
#else
    return false;
#endif
}

void SmallFileSystem::makeRoom() {
    QFile::remove(path(fillerName));
}

} // namespace relm::test
