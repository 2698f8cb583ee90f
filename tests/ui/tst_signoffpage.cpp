#include "DemoWindow.h"
#include "TestSupport.h"

#include "audit/AuditModel.h"
#include "audit/AuditView.h"
#include "demo/DemoAssurance.h"
#include "domain/Vocabulary.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "signoff/AssuranceModels.h"
#include "signoff/CriterionDialog.h"
#include "signoff/GateChecklist.h"
#include "signoff/PassphraseDialog.h"
#include "signoff/PolicyDialog.h"
#include "signoff/SignOffDialog.h"
#include "signoff/SignOffPage.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"
#include "undo/UndoController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Sign-off as a change board member does it in the window: read the gate, accept a criterion,
/// sign with a passphrase, watch an edit void the signature, and verify the audit trail.
class TestSignOffPage final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;
    SignOffPage *m_page = nullptr;
    Id m_releaseId = 0;
    std::function<void(QDialog *)> m_onDialog;

    Workspace &ws() { return *m_window->workspace(); }

    SignOffPage *openPage(const QString &releaseName) {
        m_releaseId = ws().releases().releaseByName(releaseName)->id;
        ReleaseTab *tab = m_window->openRelease(m_releaseId);
        tab->setCurrentWidget(tab->signOffPage());
        connect(tab->signOffPage(), &SignOffPage::dialogOpened, this, [this](QDialog *dialog) {
            // The page runs its dialogs modally; drive them once their event loop is running.
            QTimer::singleShot(0, dialog, [this, dialog] {
                if (m_onDialog)
                    m_onDialog(dialog);
            });
        });
        return tab->signOffPage();
    }

    int criterionRow(const QString &start) {
        const auto &criteria = m_page->criteriaModel()->criteria();
        for (int row = 0; row < criteria.size(); ++row) {
            if (criteria.at(row).description.startsWith(start))
                return row;
        }
        return -1;
    }

    QString acceptanceText(const QString &start) {
        return m_page->criteriaModel()->index(criterionRow(start), CriteriaModel::AcceptanceColumn).data().toString();
    }

    void selectCriterion(const QString &start) {
        m_page->criteriaTable()->setCurrentIndex(m_page->criteriaModel()->index(criterionRow(start), 0));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
        m_onDialog = nullptr;
        m_page = openPage(u"2026.4 Autumn"_s);
    }

    void cleanup() {
        m_page = nullptr;
        m_window.reset();
    }

    void pageShowsCriteriaSignaturesAndTheGate() {
        QAbstractItemModelTester criteriaTester(m_page->criteriaModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester signOffTester(m_page->signOffModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->criteriaModel()->rowCount(), 5);
        QCOMPARE(acceptanceText(u"Invoices render"_s), u"Approved by Bob Chen"_s);
        // The penetration test report was reissued after Fatima accepted it: void, shown in red.
        QVERIFY(acceptanceText(u"External penetration"_s).startsWith(u"VOID"_s));
        const QModelIndex voidCell =
            m_page->criteriaModel()->index(criterionRow(u"External penetration"_s), CriteriaModel::AcceptanceColumn);
        QCOMPARE(voidCell.data(Qt::ForegroundRole).value<QColor>(),
                 signatureStateColour(SignatureState::ContentChanged));
        QCOMPARE(m_page->signOffModel()->rowCount(), 2);
        QCOMPARE(m_page->signOffModel()->index(1, SignOffModel::StateColumn).data().toString(),
                 u"Void: content changed after signing"_s);
        QVERIFY(m_page->gate()->headline().contains(u"Awaiting sign-off"_s));
        QVERIFY(m_page->gate()->headline().contains(u"Gate open"_s)); // Testing -> Awaiting sign-off
        test::saveScreenshot(m_window.get(), u"signoff-window.png"_s);
    }

    void signingACriterionThroughTheDialog() {
        QVERIFY(ws().actAs(u"fatima"_s));
        // First the evidence: the runbook rehearsal is recorded as met.
        selectCriterion(u"Runbook rehearsed"_s);
        m_onDialog = [](QDialog *dialog) {
            auto *criterion = qobject_cast<CriterionDialog *>(dialog);
            QVERIFY(criterion);
            criterion->findChildren<QComboBox *>().at(2)->setCurrentIndex(
                criterion->findChildren<QComboBox *>().at(2)->findData(int(CriterionStatus::Met)));
            criterion->findChildren<QPlainTextEdit *>().at(1)->setPlainText(u"Rehearsal on 19 Nov: 42 min"_s);
            dialog->accept();
        };
        m_page->editSelectedCriterion();
        QCOMPARE(m_page->criteriaModel()->criteria().at(criterionRow(u"Runbook rehearsed"_s)).status,
                 CriterionStatus::Met);

        // Then the signature: a wrong passphrase is refused in the dialog, the right one signs.
        selectCriterion(u"Runbook rehearsed"_s);
        bool sawWrongPassphrase = false;
        m_onDialog = [this, &sawWrongPassphrase](QDialog *dialog) {
            auto *sign = qobject_cast<SignOffDialog *>(dialog);
            QVERIFY(sign);
            QVERIFY2(sign->problem().isEmpty(), qPrintable(sign->problem()));
            test::saveScreenshot(sign, u"signoff-dialog.png"_s);
            sign->setPassphrase(u"not the passphrase"_s);
            QSignalSpy finished(sign, &SignOffDialog::signingFinished);
            sign->sign();
            QVERIFY(finished.wait(10000));
            sawWrongPassphrase = sign->problem().contains(u"Wrong passphrase"_s);
            sign->setPassphrase(demoPassphrase());
            sign->sign();
        };
        m_page->signOff(true);
        QVERIFY(sawWrongPassphrase);
        QCOMPARE(acceptanceText(u"Runbook rehearsed"_s), u"Approved by Fatima Khan"_s);
        QCOMPARE(m_page->signOffModel()->rowCount(), 3);
        QCOMPARE(m_page->signOffModel()->index(2, SignOffModel::StateColumn).data().toString(), u"Valid"_s);

        // An edit afterwards visibly voids it, and undoing the edit makes it valid again.
        QVERIFY(ws().actAs(u"alice"_s));
        selectCriterion(u"Runbook rehearsed"_s);
        m_onDialog = [](QDialog *dialog) {
            dialog->findChildren<QPlainTextEdit *>().at(1)->setPlainText(u"Rehearsal on 19 Nov: 55 min"_s);
            dialog->accept();
        };
        m_page->editSelectedCriterion();
        QVERIFY(acceptanceText(u"Runbook rehearsed"_s).startsWith(u"VOID"_s));
        QCOMPARE(m_page->signOffModel()->index(2, SignOffModel::StateColumn).data().toString(),
                 u"Void: content changed after signing"_s);
        m_window->undoController()->stack()->undo();
        QCOMPARE(acceptanceText(u"Runbook rehearsed"_s), u"Approved by Fatima Khan"_s);
    }

    void acceptingThroughTheDialogMarksTheCriterionMet() {
        // Without evidence the dialog says, before any passphrase, that accepting is refused.
        QVERIFY(ws().actAs(u"fatima"_s));
        selectCriterion(u"Runbook rehearsed"_s);
        m_onDialog = [](QDialog *dialog) {
            auto *sign = qobject_cast<SignOffDialog *>(dialog);
            QVERIFY(sign);
            QVERIFY2(sign->problem().contains(u"no evidence yet"_s), qPrintable(sign->problem()));
            QVERIFY(!sign->findChild<QPushButton *>(u"sign"_s)->isEnabled());
            dialog->reject();
        };
        m_page->signOff(true);
        // With evidence, the dialog says that signing accepts it, and it does.
        QVERIFY(ws().actAs(u"bob"_s));
        selectCriterion(u"Year-end load test"_s);
        QCOMPARE(m_page->criteriaModel()->criteria().at(criterionRow(u"Year-end load test"_s)).status,
                 CriterionStatus::NotMet);
        m_onDialog = [this](QDialog *dialog) {
            auto *sign = qobject_cast<SignOffDialog *>(dialog);
            QVERIFY(sign);
            QVERIFY2(sign->problem().isEmpty(), qPrintable(sign->problem()));
            QVERIFY2(sign->effect().contains(u"becomes Met"_s), qPrintable(sign->effect()));
            test::saveScreenshot(sign, u"signoff-accept-dialog.png"_s);
            sign->setPassphrase(demoPassphrase());
            QSignalSpy finished(sign, &SignOffDialog::signingFinished);
            sign->sign();
            QVERIFY(finished.wait(10000));
        };
        m_page->signOff(true);
        QCOMPARE(m_page->criteriaModel()->criteria().at(criterionRow(u"Year-end load test"_s)).status,
                 CriterionStatus::Met);
        QCOMPARE(acceptanceText(u"Year-end load test"_s), u"Approved by Bob Chen"_s);
    }

    void dialogWarnsBeforeAnIndependenceRuleRefuses() {
        QVERIFY(ws().actAs(u"alice"_s)); // the owner of Autumn
        m_onDialog = [](QDialog *dialog) {
            auto *sign = qobject_cast<SignOffDialog *>(dialog);
            // Alice holds only the release manager role, so that is all she is offered.
            QCOMPARE(sign->findChildren<QComboBox *>().first()->count(), 1);
            sign->setMeaning(SignMeaning::Rejected);
            QVERIFY(sign->problem().contains(u"needs a comment"_s));
            sign->setComment(u"Back-out not rehearsed"_s);
            QVERIFY(sign->problem().isEmpty());
            dialog->reject();
        };
        m_page->signOff(false);
        QVERIFY(ws().actAs(u"hana"_s));
        m_onDialog = [](QDialog *dialog) {
            auto *sign = qobject_cast<SignOffDialog *>(dialog);
            sign->setRole(Role::ChangeBoard);
            sign->setPassphrase(demoPassphrase());
            sign->sign();
        };
        m_page->signOff(false);
        QCOMPARE(m_page->signOffModel()->rowCount(), 3);
        m_onDialog = [](QDialog *dialog) {
            auto *sign = qobject_cast<SignOffDialog *>(dialog);
            sign->setRole(Role::TestManager);
            QVERIFY(sign->problem().contains(u"two roles"_s));
            dialog->reject();
        };
        m_page->signOff(false);
        QCOMPARE(m_page->signOffModel()->rowCount(), 3);
    }

    void thePolicyDialogShowsTheStoredPolicyAndOkWithoutEditsWritesNothing() {
        // Opened from an emergency release, the dialog shows the emergency policy as stored (it
        // once stored an empty form under that type first, and OK then wiped the policy).
        m_page = openPage(u"Hotfix 2026.3.1"_s);
        const ReleasePolicy stored = ws().acceptance().policyFor(ReleaseType::Emergency)->value();
        QVERIFY(!stored.signOffs.isEmpty());
        const qint64 entries = AuditLog(ws().database()).entries()->size();
        m_onDialog = [stored](QDialog *dialog) {
            auto *policy = qobject_cast<PolicyDialog *>(dialog);
            QVERIFY(policy);
            QCOMPARE(policy->current(), stored);
            dialog->accept();
            QVERIFY(policy->changes().isEmpty());
        };
        m_page->editPolicies();
        QCOMPARE(ws().acceptance().policyFor(ReleaseType::Emergency)->value(), stored);
        QCOMPARE(AuditLog(ws().database()).entries()->size(), entries);
    }

    void gateOpensWhenThePolicyIsMet() {
        m_page = openPage(u"Hotfix 2026.3.1"_s);
        QVERIFY(m_page->gate()->headline().contains(u"Gate open"_s));
        QVERIFY(m_page->gate()->headline().contains(u"Approved"_s));
        // Raising the emergency quorum closes it; undo opens it again.
        m_onDialog = [](QDialog *dialog) {
            auto *policy = qobject_cast<PolicyDialog *>(dialog);
            QVERIFY(policy);
            QCOMPARE(policy->current().releaseType, ReleaseType::Emergency);
            policy->setQuorum(Role::ChangeBoard, 2);
            dialog->accept();
        };
        m_page->editPolicies();
        QCOMPARE(ws().acceptance().policyFor(ReleaseType::Emergency)->value().quorumFor(Role::ChangeBoard), 2);
        QVERIFY(m_page->gate()->headline().contains(u"missing"_s));
        bool found = false;
        for (int i = 0; i < m_page->gate()->list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_page->gate()->list()->topLevelItem(i);
            if (item->text(0).contains(u"Change board approval by 2"_s)) {
                found = true;
                QCOMPARE(item->text(1), u"1 of 2: 佐藤 花 (Hana Sato)"_s);
            }
        }
        QVERIFY(found);
        m_window->undoController()->stack()->undo();
        QVERIFY(m_page->gate()->headline().contains(u"Gate open"_s));
    }

    void aPolicyWithoutSignOffRolesWarnsAndTheGateSaysSo() {
        m_page = openPage(u"Hotfix 2026.3.1"_s);
        m_onDialog = [](QDialog *dialog) {
            auto *policy = qobject_cast<PolicyDialog *>(dialog);
            QVERIFY(policy);
            for (Role role : allOf<Role>())
                policy->setQuorum(role, 0);
            // The dialog says what an empty list means before it is saved.
            bool warned = false;
            for (const QLabel *label : policy->findChildren<QLabel *>())
                warned = warned || label->text().contains(u"without anyone's approval"_s);
            QVERIFY(warned);
            dialog->accept();
        };
        m_page->editPolicies();
        QVERIFY(ws().acceptance().policyFor(ReleaseType::Emergency)->value().signOffs.isEmpty());
        // The gate lists the approvals as not required, so that the change board sees it.
        bool listed = false;
        for (int i = 0; i < m_page->gate()->list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_page->gate()->list()->topLevelItem(i);
            listed = listed || (item->text(0).contains(u"Role approvals"_s) &&
                                item->text(1) == u"None required by the Emergency policy"_s);
        }
        QVERIFY(listed);
    }

    void passphraseDialogReplacesTheKeyWithTheCurrentPassphrase() {
        QVERIFY(ws().actAs(u"dev"_s));
        const Id before = (*ws().signOffs().currentKey(ws().actingPerson().id))->id;
        PassphraseDialog dialog(ws());
        QSignalSpy finished(&dialog, &PassphraseDialog::saveFinished);
        dialog.setPassphrases(u"wrong-passphrase"_s, u"a new passphrase"_s, u"a new passphrase"_s);
        dialog.save();
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog.problem().contains(u"Wrong passphrase"_s), qPrintable(dialog.problem()));
        dialog.setPassphrases(demoPassphrase(), u"a new passphrase"_s, u"a different one"_s);
        QVERIFY(dialog.problem().contains(u"differ"_s));
        dialog.setPassphrases(demoPassphrase(), u"a new passphrase"_s, u"a new passphrase"_s);
        dialog.save();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY((*ws().signOffs().currentKey(ws().actingPerson().id))->id != before);
        QCOMPARE(dialog.fingerprint().size(), 16);
    }

    void auditViewFiltersAndVerifies() {
        AuditView *view = m_window->openAuditTrail();
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = view->model()->rowCount();
        QVERIFY(all > 100);
        view->setReleaseFilter(m_releaseId);
        QVERIFY(view->model()->rowCount() < all);
        view->setPersonFilter(u"fatima"_s);
        QVERIFY(view->model()->rowCount() >= 1);
        for (const AuditEntry &e : view->model()->entries())
            QCOMPARE(e.actorLogin, u"fatima"_s);
        view->setPersonFilter({});
        view->setReleaseFilter(0);
        const QDate today = ws().clock()().date();
        view->setDateRange(today.addDays(-2), today);
        QVERIFY(view->model()->rowCount() < all);
        view->setDateRange(today.addYears(-1), today);

        QSignalSpy verified(view, &AuditView::verified);
        view->verify();
        QVERIFY(verified.wait(20000));
        QCOMPARE(verified.takeFirst().first().toBool(), true);
        QVERIFY(view->verdict().contains(u"Intact"_s));
        QVERIFY(view->verdict().contains(u"1 void"_s));
        test::saveScreenshot(m_window.get(), u"audit-window.png"_s);

        // Someone edits an old entry behind Relm's back: the view names and marks it.
        auto target = ws().auditLog().entries(AuditFilter::forRelease(m_releaseId, 0));
        const Id victim = target->at(3).id;
        QVERIFY(ws().database().exec(u"UPDATE audit_log SET summary = summary || '.' WHERE id = ?"_s, {victim}));
        view->reload();
        view->verify();
        QVERIFY(verified.wait(20000));
        QCOMPARE(verified.takeFirst().first().toBool(), false);
        QVERIFY(view->verdict().contains(u"Tampered"_s));
        const int row = view->model()->rowOf(victim);
        QVERIFY(row >= 0);
        QVERIFY(view->model()->index(row, 0).data(Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestSignOffPage)
#include "tst_signoffpage.moc"
