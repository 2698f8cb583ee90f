#include "DemoWindow.h"
#include "TestSupport.h"

#include "calendar/FeedUpdater.h"
#include "changes/RecordChanges.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The calendar feed the main window keeps current: off until published, then rewritten once,
/// half a second after a burst of committed changes.
class TestFeedUpdater final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;

    static QByteArray contents(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static Result<void> addMeeting(Workspace &ws, const QString &title) {
        CabMeeting m;
        m.title = title;
        m.start = QDateTime(QDate(2026, 12, 10), QTime(14, 0));
        m.timeZone = "Europe/Berlin";
        CreateRecord<CabMeeting> add(m);
        return ws.apply(add);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void publishesAndFollowsChanges() {
        auto window = test::openDemoWindow(m_folder.path(u"feed.db"_s));
        QVERIFY(window);
        auto *feed = window->findChild<FeedUpdater *>();
        QVERIFY(feed);
        QVERIFY(window->findChild<QAction *>(u"filePublishCalendarFeed"_s));
        QVERIFY(feed->feedPath().isEmpty());
        const QString path = m_folder.path(u"relm.ics"_s);
        QSignalSpy written(feed, &FeedUpdater::written);
        feed->setFeedPath(path);
        QCOMPARE(QSettings().value(FeedUpdater::settingsKey()).toString(), path);
        QCOMPARE(written.size(), 1);
        QVERIFY(contents(path).startsWith("BEGIN:VCALENDAR\r\n"));
        qInfo("the demo's feed was written in %lld ms on the UI thread", written.first().at(1).toLongLong());

        Workspace &ws = *window->workspace();
        ws.actAsSetup();
        QVERIFY(addMeeting(ws, u"Feed board one"_s));
        QVERIFY(addMeeting(ws, u"Feed board two"_s));
        QCOMPARE(written.size(), 1); // not yet: the burst is still settling
        QTRY_VERIFY_WITH_TIMEOUT(contents(path).contains("Feed board two"), 5000);
        QCOMPARE(written.size(), 2); // one write for both changes
        QVERIFY(contents(path).contains("Feed board one"));

        feed->setFeedPath({});
        QVERIFY(QSettings().value(FeedUpdater::settingsKey()).toString().isEmpty());
        QVERIFY(addMeeting(ws, u"Feed board three"_s));
        QTest::qWait(FeedUpdater::kDebounceMs + 300);
        QVERIFY(!contents(path).contains("Feed board three"));
    }
};

QTEST_MAIN(TestFeedUpdater)
#include "tst_feedupdater.moc"
