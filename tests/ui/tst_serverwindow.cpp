// The window on a shared database: File → Connect to Server…, `relm postgresql://…`, the status
// bar naming the server and the login, and each window acting as its own login only.
#include "ServerEngine.h"
#include "TestSupport.h"

#include "DemoWindow.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "i18n/SourceTextTranslator.h"
#include "release/ReleaseTab.h"
#include "shell/ConnectServerDialog.h"
#include "shell/LaunchRequest.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ReleaseStore.h"
#include "storage/ServerSetup.h"
#include "transfer/BackupActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestServerWindow final : public QObject {
    Q_OBJECT

    ServerAddress m_admin;

    QString url(const QString &login) const {
        ServerAddress address = m_admin;
        address.user = login;
        return address.toUrl();
    }

private Q_SLOTS:
    void initTestCase() {
        test::isolateSettings();
        RELM_FRESH_SERVER_DATABASE(address, u"window"_s);
        m_admin = address;
        auto admin = Workspace::openServer(m_admin, true);
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        (*admin)->actAsSetup();
        QVERIFY(DemoData::seed(**admin, QDate(2026, 11, 22)));
        QVERIFY(ServerSetup::grant((*admin)->database()));
        for (const QString &login : {u"alice"_s, u"bob"_s}) {
            (void)test::runAsSuperuser(u"postgres"_s, u"CREATE ROLE %1 LOGIN"_s.arg(login));
            QVERIFY(ServerSetup::admit((*admin)->database(), login));
        }
    }

    void aServerAddressOnTheCommandLineOpensIt() {
        const auto request = LaunchRequest::from({url(u"alice"_s)}, {});
        QCOMPARE(request.database, url(u"alice"_s));
        QVERIFY(request.plan.isEmpty());
        qputenv("RELM_SERVER", url(u"bob"_s).toUtf8());
        QCOMPARE(LaunchRequest::from({}, {}).database, url(u"bob"_s));
        qunsetenv("RELM_SERVER");
    }

    void twoWindowsActAsTheirOwnLogins() {
        MainWindow alice;
        QVERIFY2(alice.openDatabase(url(u"alice"_s)), "alice's window opens the server");
        MainWindow bob;
        QVERIFY2(bob.openDatabase(url(u"bob"_s)), "bob's window opens the server");
        QCOMPARE(alice.workspace()->actingPerson().login, u"alice"_s);
        QCOMPARE(bob.workspace()->actingPerson().login, u"bob"_s);
        auto *label = alice.findChild<QLabel *>(u"databaseLabel"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"Connected to"_s) && label->text().contains(u"as alice"_s),
                 qPrintable(label->text()));
        QVERIFY2(alice.windowTitle().startsWith(m_admin.database), qPrintable(alice.windowTitle()));
        // Bob cannot pose as Alice from his window.
        QVERIFY(!bob.workspace()->actAs(u"alice"_s));

        // What Alice saves, Bob's window reads from the server.
        Release release = *alice.workspace()->releases().releaseByName(u"2027.1 Winter"_s);
        Release renamed = release;
        renamed.description = u"Agreed with the board on Monday."_s;
        EditRecord<Release> edit(release, renamed);
        QVERIFY(alice.workspace()->apply(edit));
        QCOMPARE(bob.workspace()->releases().release(release.id)->description, renamed.description);
        // Bob's edit from what he read before is refused, not written over Alice's.
        Release stale = release;
        stale.description = u"Bob's older wording."_s;
        EditRecord<Release> late(release, stale);
        const auto refused = bob.workspace()->apply(late);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(alice.workspace()->releases().release(release.id)->description, renamed.description);
    }

    void theStatusBarNamesServerAndLoginInEveryLanguage() {
        SourceTextTranslator german;
        QVERIFY(german.loadTs(qEnvironmentVariable("RELM_SOURCE_DIR") + u"/translations/relm_de.ts"_s));
        for (const bool inGerman : {false, true}) {
            if (inGerman)
                QCoreApplication::installTranslator(&german);
            MainWindow window;
            window.resize(1366, 768);
            QVERIFY(window.openDatabase(url(u"alice"_s)));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openRelease(window.workspace()->releases().releaseByName(u"2027.1 Winter"_s)->id);
            auto *label = window.findChild<QLabel *>(u"databaseLabel"_s);
            QTRY_VERIFY(label->text().contains(inGerman ? u"Verbunden mit"_s : u"Connected to"_s));
            // Live refresh confirms itself once its probe came back.
            QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"(live)"_s), 5000);
            test::saveScreenshot(&window, inGerman ? u"server-de.png"_s : u"server-en.png"_s);
            ConnectServerDialog dialog(&window);
            dialog.setAddress(m_admin);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.windowTitle() == (inGerman ? u"Mit Server verbinden"_s : u"Connect to Server"_s));
            test::saveScreenshot(&dialog, inGerman ? u"connect-de.png"_s : u"connect-en.png"_s);
            QCoreApplication::removeTranslator(&german);
        }
    }

    void aMemberBacksUpTheServerDatabaseIntoAFile() {
        test::TempFolder folder;
        auto alice = Workspace::openServer(ServerAddress::parse(url(u"alice"_s)).value());
        QVERIFY2(alice, qPrintable(alice.errorMessage()));
        QVERIFY((*alice)->serverAddress().has_value());
        const QString backup = folder.path(u"team.json"_s);
        int steps = 0;
        const auto rows = backup_actions::backUpServer(*(*alice)->serverAddress(), backup, [&steps](qint64, qint64) {
            ++steps;
            return true;
        });
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QVERIFY(*rows > 100);
        QVERIFY(steps > 0);
        const auto restored = backup_actions::restore(backup, folder.path(u"team.db"_s));
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QCOMPARE(restored->rows, *rows);
        QVERIFY(restored->signatures > 0);
    }

    void theConnectDialogBuildsTheAddress() {
        ConnectServerDialog dialog;
        auto edits = dialog.findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= 5);
        ServerAddress address = m_admin;
        address.user = u"alice"_s;
        address.sslMode = u"verify-full"_s;
        address.sslRootCertificate = u"/etc/ssl/relm-ca.crt"_s;
        dialog.setAddress(address);
        QCOMPARE(dialog.address(), address);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *connect = nullptr;
        for (QAbstractButton *b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                connect = qobject_cast<QPushButton *>(b);
        QVERIFY(connect && connect->isEnabled());
        address.host.clear();
        dialog.setAddress(address);
        QVERIFY(!connect->isEnabled());
        // The address used last comes back next time, without its password.
        address = m_admin;
        address.password = u"secret"_s;
        ConnectServerDialog::setLastAddress(address);
        QCOMPARE(ConnectServerDialog::lastAddress().host, m_admin.host);
        QVERIFY(ConnectServerDialog::lastAddress().password.isEmpty());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
