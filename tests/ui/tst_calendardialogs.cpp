#include "DemoWindow.h"
#include "TestSupport.h"

#include "i18n/ShownDates.h"

#include "calendar/AgendaDialog.h"
#include "calendar/MeetingDialog.h"
#include "calendar/MeetingsDialog.h"
#include "calendar/OverrideDialog.h"
#include "calendar/RecurrenceEditor.h"
#include "calendar/ScopeEditor.h"
#include "calendar/WindowDialog.h"
#include "calendar/WindowsDialog.h"
#include "changes/RecordChanges.h"
#include "shell/MainWindow.h"
#include "storage/AuditLog.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The change calendar's dialogs as a change manager uses them: a month-end freeze in Berlin for
/// one service, the offer to move a first start onto the rule, overriding a freeze for one
/// deployment (only with the role), and a change board meeting's agenda.
class TestCalendarDialogs final : public QObject {
    Q_OBJECT

    /// A date as the window shows it (the locale's short form with a four-digit year).
    static QString shown(QDate date) { return QLocale().toString(date, shown_dates::localeDateFormat()); }

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<UndoController> m_undo;

    template<typename W>
    static W *child(QWidget *parent, const QString &name) {
        auto *w = parent->findChild<W *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }

    /// Fills a window dialog with a monthly freeze on the last day, in Berlin, for Online Billing.
    static void fillMonthEndFreeze(WindowDialog &dialog, const QDate &startDay) {
        child<QLineEdit>(&dialog, u"windowName"_s)->setText(u"Month-end freeze"_s);
        child<QDateTimeEdit>(&dialog, u"windowStart"_s)->setDateTime(QDateTime(startDay, QTime(18, 0)));
        child<QDateTimeEdit>(&dialog, u"windowEnd"_s)->setDateTime(QDateTime(startDay.addDays(1), QTime(6, 0)));
        child<QComboBox>(&dialog, u"windowZone"_s)->setCurrentText(u"Europe/Berlin"_s);
        auto *frequency = child<QComboBox>(&dialog, u"repeatFrequency"_s);
        frequency->setCurrentIndex(frequency->findData(int(Recurrence::Frequency::Monthly)));
        auto *mode = child<QComboBox>(&dialog, u"repeatDayMode"_s);
        mode->setCurrentIndex(mode->findData(int(RecurrenceEditor::DayMode::LastDay)));
        auto *services = child<QListWidget>(&dialog, u"scopeServices"_s);
        const auto found = services->findItems(u"Online Billing"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(Qt::Checked);
        child<QPlainTextEdit>(&dialog, u"windowReason"_s)->setPlainText(u"Invoicing runs at month end."_s);
    }

    Id hotfixDeployment() {
        const Id release = m_ws->releases().releaseByName(u"Hotfix 2026.3.1"_s)->id;
        return m_ws->deployments().deployments(release)->first().id;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_undo.reset();
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s), true,
                                   u"dev"_s);
        QVERIFY(m_ws);
        m_undo = std::make_unique<UndoController>();
        m_undo->setWorkspace(m_ws.get());
    }

    void monthEndFreezeInBerlinForOneService() {
        WindowDialog dialog(*m_ws, *m_undo, WindowDialog::newFreeze(test::fixedNow()));
        fillMonthEndFreeze(dialog, QDate(2026, 11, 30));
        QVERIFY(!dialog.ruleHint()->isVisibleTo(&dialog));
        const QString preview = dialog.preview()->text();
        QVERIFY2(preview.contains(u"Europe/Berlin"_s), qPrintable(preview));
        QVERIFY2(preview.contains(shown(QDate(2026, 11, 30))), qPrintable(preview));
        QVERIFY2(preview.contains(shown(QDate(2027, 3, 31))),
                 qPrintable(preview)); // the fifth: summer time starts on 28 March
        QVERIFY(preview.contains(u"CEST"_s));
        dialog.resize(qMin(dialog.width(), 1366), qMin(dialog.height(), 740));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.height() <= 740, qPrintable(QString::number(dialog.sizeHint().height())));
        test::saveScreenshot(&dialog, u"windowdialog.png"_s);

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = m_ws->calendar().windowByName(u"Month-end freeze"_s);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->recurrence.ruleText(), u"FREQ=MONTHLY;BYMONTHDAY=-1"_s);
        QCOMPARE(stored->timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(stored->scope.services, QStringList{u"Online Billing"_s});
        QCOMPARE(stored->kind, WindowKind::Freeze);
        QCOMPARE(dialog.stored().id, stored->id);

        m_undo->stack()->undo();
        QCOMPARE(m_ws->calendar().windowByName(u"Month-end freeze"_s).error().code, ErrorCode::NotFound);
    }

    void aFreezeItsMakerUndoesAndARefusedUndoKeepsTheStep() {
        // Alice, a release manager, makes a freeze only the change board may override: she can
        // still take it back with Undo before it begins.
        QVERIFY(m_ws->actAs(u"alice"_s));
        QAction *undo = m_undo->createUndoAction(m_undo.get());
        QAction *redo = m_undo->createRedoAction(m_undo.get());
        QSignalSpy refusals(m_undo.get(), &UndoController::failed);
        QSignalSpy steps(m_undo.get(), &UndoController::wentThrough);
        WindowDialog dialog(*m_ws, *m_undo, WindowDialog::newFreeze(test::fixedNow()));
        fillMonthEndFreeze(dialog, QDate(2026, 12, 31));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_ws->calendar().windowByName(u"Month-end freeze"_s)->overrideRole, Role::ChangeBoard);
        QVERIFY2(undo->isEnabled() && undo->text().contains(u"Month-end freeze"_s), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(refusals.size(), 0);
        QCOMPARE(steps.size(), 2); // the freeze, then its undo
        QCOMPARE(m_ws->calendar().windowByName(u"Month-end freeze"_s).error().code, ErrorCode::NotFound);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QVERIFY(m_ws->calendar().windowByName(u"Month-end freeze"_s));

        // Georg keeps no calendar: his undo is refused, nothing is written, and the step stays
        // where it was, to be undone by someone who may.
        QVERIFY(m_ws->actAs(u"georg"_s));
        const int index = m_undo->stack()->index();
        const qint64 entries = AuditLog(m_ws->database()).entries()->size();
        undo->trigger();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().first().toString().contains(u"Georg"_s),
                 qPrintable(refusals.first().first().toString()));
        QVERIFY(m_ws->calendar().windowByName(u"Month-end freeze"_s));
        QCOMPARE(AuditLog(m_ws->database()).entries()->size(), entries);
        QCOMPARE(m_undo->stack()->index(), index);
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QCOMPARE(steps.size(), 3); // the freeze, undo and redo; the refusal is not one
        QVERIFY(m_ws->actAs(u"alice"_s));
        undo->trigger();
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(m_ws->calendar().windowByName(u"Month-end freeze"_s).error().code, ErrorCode::NotFound);
    }

    void recurrenceEditorRoundTrip_data() {
        QTest::addColumn<QString>("rule");
        QTest::newRow("weekly") << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;UNTIL=20271231"_s;
        QTest::newRow("day 15") << u"FREQ=MONTHLY;BYMONTHDAY=15"_s;
        QTest::newRow("last day") << u"FREQ=MONTHLY;BYMONTHDAY=-1"_s;
        QTest::newRow("2 days before the end") << u"FREQ=MONTHLY;BYMONTHDAY=-3"_s;
        QTest::newRow("third Saturday") << u"FREQ=MONTHLY;INTERVAL=3;BYDAY=3SA"_s;
        QTest::newRow("last Sunday of March") << u"FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"_s;
        QTest::newRow("24 December") << u"FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"_s;
    }

    void recurrenceEditorRoundTrip() {
        QFETCH(QString, rule);
        const auto parsed = Recurrence::fromRuleText(rule);
        QVERIFY(parsed);
        RecurrenceEditor editor;
        editor.setRecurrence(*parsed);
        QCOMPARE(editor.recurrence().storedText(), parsed->storedText());
    }

    void editingAWindowIsOneUndoStep() {
        const ChangeWindow before = m_ws->calendar().windowByName(u"Year-end change freeze"_s).value();
        WindowDialog dialog(*m_ws, *m_undo, before);
        child<QLineEdit>(&dialog, u"windowName"_s)->setText(u"Year-end freeze"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_ws->calendar().window(before.id)->name, u"Year-end freeze"_s);
        QCOMPARE(m_ws->calendar().window(before.id)->start, before.start);
        m_undo->stack()->undo();
        QCOMPARE(m_ws->calendar().window(before.id)->name, u"Year-end change freeze"_s);
    }

    void startOffTheRuleIsRefusedWithTheFixOffered() {
        WindowDialog dialog(*m_ws, *m_undo, WindowDialog::newFreeze(test::fixedNow()));
        fillMonthEndFreeze(dialog, QDate(2026, 11, 20));
        dialog.show();
        QVERIFY(dialog.ruleHint()->isVisibleTo(&dialog));
        auto *fix = dialog.ruleHint()->findChild<QToolButton *>(u"messageAction"_s);
        QVERIFY(fix);
        QVERIFY2(fix->text().contains(shown(QDate(2026, 11, 30))), qPrintable(fix->text()));

        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.message()->kind(), MessageBar::Kind::Error);
        QVERIFY2(dialog.message()->text().contains(u"2026-11-30"_s), qPrintable(dialog.message()->text()));
        QVERIFY(!m_ws->calendar().windowByName(u"Month-end freeze"_s));
        QCOMPARE(child<QLineEdit>(&dialog, u"windowName"_s)->text(), u"Month-end freeze"_s); // nothing lost

        fix->click();
        QCOMPARE(dialog.window().start, QDateTime(QDate(2026, 11, 30), QTime(18, 0)));
        QCOMPARE(dialog.window().end, QDateTime(QDate(2026, 12, 1), QTime(6, 0)));
        QVERIFY(!dialog.ruleHint()->isVisibleTo(&dialog));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_ws->calendar().windowByName(u"Month-end freeze"_s));
    }

    void overrideNeedsTheRoleAndAReason() {
        // Tonight's freeze covers the hotfix's planned production slot (20:00 to 22:00 UTC).
        CreateRecord<ChangeWindow> freeze(ChangeWindow::freeze(u"Tonight's freeze"_s,
                                                               QDateTime(QDate(2026, 11, 22), QTime(18, 0)),
                                                               QDateTime(QDate(2026, 11, 23), QTime(6, 0))));
        QVERIFY(m_ws->apply(freeze));
        const Id windowId = freeze.record().id;
        const Id deploymentId = hotfixDeployment();

        QVERIFY(m_ws->actAs(u"alice"_s));
        {
            OverrideDialog dialog(*m_ws, *m_undo, deploymentId, windowId);
            QVERIFY(dialog.facts()->text().contains(u"Hotfix 2026.3.1"_s));
            QVERIFY(dialog.facts()->text().contains(u"Production"_s));
            QVERIFY(dialog.facts()->text().contains(u"Erik Larsen"_s)); // holds the change board role
            QCOMPARE(dialog.message()->kind(), MessageBar::Kind::Warning);
            dialog.reason()->setPlainText(u"The VAT fix cannot wait for January."_s);
            dialog.accept();
            QVERIFY(dialog.result() != QDialog::Accepted);
            QCOMPARE(dialog.message()->kind(), MessageBar::Kind::Error);
            QVERIFY2(dialog.message()->text().contains(u"Alice Martin"_s), qPrintable(dialog.message()->text()));
        }
        QVERIFY(m_ws->calendar().overrides(deploymentId)->isEmpty());

        QVERIFY(m_ws->actAs(u"dev"_s));
        OverrideDialog dialog(*m_ws, *m_undo, deploymentId, windowId);
        dialog.accept(); // no reason
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.message()->kind(), MessageBar::Kind::Error);
        dialog.reason()->setPlainText(u"The VAT fix cannot wait for January."_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(&dialog, u"overridedialog.png"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto overrides = m_ws->calendar().overrides(deploymentId);
        QCOMPARE(overrides->size(), 1);
        QCOMPARE(overrides->first().login, u"dev"_s);
        m_undo->stack()->undo();
        QVERIFY(m_ws->calendar().overrides(deploymentId)->isEmpty());
    }

    void meetingDialogAndAgenda() {
        MeetingDialog meetingDialog(*m_ws, *m_undo, MeetingDialog::newMeeting(*m_ws));
        QVERIFY(checkedCount(meetingDialog.members()) >= 3); // the change board by default
        child<QLineEdit>(&meetingDialog, u"meetingTitle"_s)->setText(u"Weekly change board"_s);
        child<QDateTimeEdit>(&meetingDialog, u"meetingStart"_s)
            ->setDateTime(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
        child<QComboBox>(&meetingDialog, u"meetingZone"_s)->setCurrentText(u"Europe/Berlin"_s);
        child<QLineEdit>(&meetingDialog, u"meetingLocation"_s)->setText(u"Room 4.12 and the bridge line"_s);
        meetingDialog.accept();
        QCOMPARE(meetingDialog.result(), int(QDialog::Accepted));
        const Id meetingId = meetingDialog.stored().id;
        QVERIFY(meetingId);

        AgendaDialog agenda(*m_ws, meetingId);
        agenda.resize(qMin(agenda.width(), 1366), qMin(agenda.height(), 740));
        agenda.show();
        QVERIFY(QTest::qWaitForWindowExposed(&agenda));
        QVERIFY(agenda.preview()->toPlainText().contains(u"Hotfix 2026.3.1"_s));
        QVERIFY2(agenda.status().contains(u"release"_s), qPrintable(agenda.status()));
        test::saveScreenshot(&agenda, u"agendadialog.png"_s);
        const QString pdf = m_folder.path(u"agenda.pdf"_s);
        QSignalSpy exported(&agenda, &AgendaDialog::exported);
        agenda.exportTo(pdf);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().first().toBool(), true);
        QVERIFY(QFile::exists(pdf));
        test::keepForLooking(pdf, u"agenda.pdf"_s);

        MeetingsDialog meetings(*m_ws, *m_undo);
        const int held = meetings.table()->rowCount(); // with the demo's change advisory board
        QVERIFY(held >= 1);
        meetings.table()->setCurrentCell(0, 0);
        child<QPushButton>(&meetings, u"meetingsDelete"_s)->click();
        QCOMPARE(meetings.table()->rowCount(), held - 1);
        m_undo->stack()->undo();
        QCOMPARE(meetings.table()->rowCount(), held);
    }

    void windowsListAndTheCalendarMenu() {
        WindowsDialog list(*m_ws, *m_undo);
        // The demo's payroll freeze, Sunday maintenance and year-end freeze.
        QCOMPARE(list.table()->rowCount(), 3);
        int maintenance = -1;
        for (int row = 0; row < list.table()->rowCount(); ++row) {
            if (list.table()->item(row, 0)->text() == u"Sunday night maintenance"_s)
                maintenance = row;
            if (list.table()->item(row, 0)->text() == u"Year-end change freeze"_s) {
                QVERIFY(list.table()->item(row, 2)->text().contains(u'\u2013')); // when: from – to
                QCOMPARE(list.table()->item(row, 3)->text(), u"once"_s);
            }
        }
        QVERIFY(maintenance >= 0);
        list.table()->setCurrentCell(maintenance, 0);
        child<QPushButton>(&list, u"windowsDelete"_s)->click();
        QCOMPARE(list.table()->rowCount(), 2);
        m_undo->stack()->undo();
        QCOMPARE(list.table()->rowCount(), 3);

        auto window = test::openDemoWindow(m_folder.path(u"menu.db"_s), {1366, 768});
        QVERIFY(window);
        for (const QString &name :
             {u"calendarWindows"_s, u"calendarNewFreeze"_s, u"calendarMeetings"_s, u"calendarNewMeeting"_s})
            QVERIFY2(window->findChild<QAction *>(name), qPrintable(name));
        window->findChild<QAction *>(u"calendarWindows"_s)->trigger();
        auto *opened = window->findChild<WindowsDialog *>();
        QVERIFY(opened);
        opened->close();
    }

private:
    static int checkedCount(const QListWidget *list) {
        int checked = 0;
        for (int i = 0; i < list->count(); ++i)
            checked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
        return checked;
    }
};

QTEST_MAIN(TestCalendarDialogs)
#include "tst_calendardialogs.moc"
