#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The relm program itself, launched as a user or a benchmark launches it: `--exit-when-idle`
/// ends it once the window is shown, with an exit code that says whether what was asked for
/// (a database, a plan) was shown or refused.
class TestGuiLaunch final : public QObject {
    Q_OBJECT

private:
    relm::test::TempFolder m_folder;

    static QString planFile(const QString &name) {
        return qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()) + u"/tests/data/plans/"_s + name;
    }

    QString m_errors; ///< what the last launch wrote to stderr

    int launch(const QStringList &arguments) {
        QProcess relm;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"RELM_USER"_s, u"alice"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_folder.path(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_folder.path(u"data"_s));
        environment.remove(u"RELM_DB"_s);
        relm.setProcessEnvironment(environment);
        relm.start(qEnvironmentVariable("RELM_GUI"), QStringList{u"--exit-when-idle"_s} + arguments);
        if (!relm.waitForFinished(120000)) {
            relm.kill();
            return -1;
        }
        m_errors = QString::fromUtf8(relm.readAllStandardError());
        return relm.exitStatus() == QProcess::NormalExit ? relm.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("RELM_GUI").isEmpty())
            QSKIP("RELM_GUI is not set; run through ctest");
    }

    void aShownPlanEndsWithZero() {
        const QString database = m_folder.path(u"shown.db"_s);
        QCOMPARE(launch({u"--db"_s, database, planFile(u"small.planner"_s)}), 0);
        QVERIFY(QFile::exists(database));
    }

    void aRefusedPlanEndsWithThree() {
        QCOMPARE(launch({u"--db"_s, m_folder.path(u"missing.db"_s), m_folder.path(u"nowhere.planner"_s)}), 3);
        const QString broken = m_folder.path(u"broken.gan"_s);
        relm::test::writeFile(broken, "<?xml version=\"1.0\"?>\n<project><tasks><task id=\"1\"");
        QCOMPARE(launch({u"--db"_s, m_folder.path(u"broken.db"_s), broken}), 3);
        // The reason goes to stderr too, and a new database named for the plan is not made.
        QVERIFY2(m_errors.contains(u"relm: \u201C"_s + broken), qPrintable(m_errors));
        QVERIFY(!QFile::exists(m_folder.path(u"broken.db"_s)));
        QVERIFY(!QFile::exists(m_folder.path(u"missing.db"_s)));
    }

    void aRefusedDatabaseEndsWithThree() {
        const QString notADatabase = m_folder.path(u"notes.db"_s);
        relm::test::writeFile(notADatabase, "These are my notes, not a database.\n");
        QCOMPARE(launch({u"--db"_s, notADatabase}), 3);
    }
};

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"
