#include "RecentFiles.h"

#include "storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
constexpr int maximumEntries = 8;
const auto settingsKey = u"recentFiles"_s;
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu) {
    rebuildMenu();
}

QStringList RecentFiles::files() const {
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path) {
    // A server's address stays as written (without its password); a file is kept by its full path.
    const QString absolute = ServerAddress::looksLikeServer(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximumEntries)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
    rebuildMenu();
}

void RecentFiles::rebuildMenu() {
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        QAction *action = m_menu->addAction(tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(ServerAddress::looksLikeServer(path) || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent databases"))->setEnabled(false);
    else {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
            QSettings().remove(settingsKey);
            rebuildMenu();
        });
    }
}

} // namespace relm
