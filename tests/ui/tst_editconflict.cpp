#include "DemoWindow.h"
#include "ServerEngine.h"
#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "i18n/SourceTextTranslator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "undo/ChangeRecoveryPrompts.h"
#include "undo/ConflictDialog.h"
#include "undo/UndoController.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Answers for the person as a test script says, and counts what it was asked.
class ScriptedRecovery final : public ChangeRecovery {
public:
    std::function<std::optional<QStringList>(const EditConflict &)> onConflict;
    bool answerTryAgain = false;
    QList<EditConflict> conflicts;
    QList<Error> retries;

    bool tryAgain(const Error &error) override {
        retries.append(error);
        return answerTryAgain;
    }
    std::optional<QStringList> resolve(const EditConflict &conflict) override {
        conflicts.append(conflict);
        return onConflict ? onConflict(conflict) : std::nullopt;
    }
};

/// An edit whose first run cuts its own connection to the server halfway, as a network
/// failure would; later runs go through.
class EditCutOnce final : public Change {
public:
    EditCutOnce(Risk before, Risk after)
        : m_edit(std::move(before), std::move(after)) {}
    QString text() const override { return m_edit.text(); }
    Result<void> redo(ChangeContext &context) override {
        if (m_runs++ == 0)
            test::runAsSuperuser(u"postgres"_s, u"SELECT pg_terminate_backend(%1)"_s.arg(m_process));
        return m_edit.redo(context);
    }
    Result<void> undo(ChangeContext &context) override { return m_edit.undo(context); }
    qint64 m_process = 0;

private:
    EditRecord<Risk> m_edit;
    int m_runs = 0;
};

const ConflictField *fieldNamed(const EditConflict &conflict, const QString &name) {
    for (const ConflictField &field : conflict.fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

} // namespace

/// Two people edit the same risk: Bob saves first, then Alice saves from what she read before.
/// Nothing is lost silently: Alice sees both sides and chooses, and what she chooses is checked
/// at the write door like any change, then undone and redone like any change.
class TestEditConflict final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_alice;
    std::unique_ptr<Workspace> m_bob;
    UndoController m_undo;
    ScriptedRecovery m_recovery;
    Risk m_read; ///< the risk as both read it before either saved

    Risk stored(Workspace &ws) { return *ws.risks().risk(m_read.id); }

    /// Bob renames the risk and raises its likelihood; Alice (from what she read) changes its
    /// mitigation and sets the likelihood to something else.
    Result<void> bobThenAlice() {
        Risk bobs = m_read;
        bobs.title = u"Vendor API late (confirmed)"_s;
        bobs.likelihood = 5;
        EditRecord<Risk> bobEdit(m_read, bobs);
        if (auto r = m_bob->apply(bobEdit); !r)
            return r;
        Risk alices = m_read;
        alices.mitigation = u"Weekly call with the vendor; fallback to the old API."_s;
        alices.likelihood = 2;
        return m_undo.perform(std::make_unique<EditRecord<Risk>>(m_read, alices));
    }

    /// Alice's edit of the mitigation, whose first run loses its connection halfway.
    std::unique_ptr<EditCutOnce> mitigationCutOnce(const QString &mitigation) {
        Risk alices = m_read;
        alices.mitigation = mitigation;
        auto change = std::make_unique<EditCutOnce>(m_read, alices);
        change->m_process = m_alice->database().serverProcess();
        return change;
    }

    int auditCount() { return int(m_alice->auditLog().entries().value().size()); }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        const QString path = m_folder.path(u"team.db"_s);
        test::removeDatabase(path);
        m_alice = test::openWorkspace(path, true, u"alice"_s);
        QVERIFY(m_alice);
        m_bob = test::openWorkspace(path, true, u"bob"_s);
        QVERIFY(m_bob);
        m_undo.setWorkspace(m_alice.get());
        m_undo.setRecovery(&m_recovery);
        m_recovery = ScriptedRecovery();
        const auto risks = m_alice->risks().risks();
        QVERIFY(risks && !risks->isEmpty());
        m_read = risks->first();
        m_read.likelihood = 3;
        m_read.title = u"Vendor API late"_s;
        EditRecord<Risk> setUp(risks->first(), m_read);
        QVERIFY(m_alice->apply(setUp));
        m_read = stored(*m_alice);
    }

    void cleanup() {
        m_undo.setWorkspace(nullptr);
        m_bob.reset();
        m_alice.reset();
    }

    void theConflictShowsBaseMineAndTheirsFieldByField() {
        (void)bobThenAlice();
        QCOMPARE(m_recovery.conflicts.size(), 1);
        const EditConflict &conflict = m_recovery.conflicts.first();
        QVERIFY(conflict.fieldByField);
        QVERIFY(conflict.what.contains(u"Vendor API late (confirmed)"_s));
        const ConflictField *likelihood = fieldNamed(conflict, u"likelihood"_s);
        QVERIFY(likelihood);
        QVERIFY(likelihood->contested());
        QCOMPARE(likelihood->base.value(u"likelihood"_s).toInt(), 3);
        QCOMPARE(likelihood->mine.value(u"likelihood"_s).toInt(), 2);
        QCOMPARE(likelihood->theirs.value(u"likelihood"_s).toInt(), 5);
        const ConflictField *title = fieldNamed(conflict, u"title"_s);
        QVERIFY(title && title->theirsChanged() && !title->mineChanged());
        const ConflictField *mitigation = fieldNamed(conflict, u"mitigation"_s);
        QVERIFY(mitigation && mitigation->mineChanged() && !mitigation->theirsChanged());
        QCOMPARE(conflict.changedByMe(), (QStringList{u"likelihood"_s, u"mitigation"_s}));
        // Fields neither touched are not listed; a derived one (the exposure) is not a choice.
        QVERIFY(!fieldNamed(conflict, u"description"_s));
        QVERIFY(!fieldNamed(conflict, u"exposure"_s));
    }

    void aRefusalNamesTheFieldsAPersonEdits() {
        Risk bobs = m_read;
        bobs.likelihood = 5;
        EditRecord<Risk> bobEdit(m_read, bobs);
        QVERIFY(m_bob->apply(bobEdit));
        Risk alices = m_read;
        alices.title = u"Renamed"_s;
        EditRecord<Risk> stale(m_read, alices);
        const auto refused = m_alice->apply(stale);
        QVERIFY(!refused);
        // The field by its label; the exposure and band that follow from it are not listed.
        QVERIFY2(refused.errorMessage().contains(u"(Likelihood)"_s), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().startsWith(u"Nothing was written"_s));
    }

    void keepingTheirsWritesNothing() {
        const int entriesBefore = auditCount() + 1; // Bob's edit
        const auto result = bobThenAlice();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Conflict);
        QVERIFY2(result.errorMessage().contains(u"not written"_s), qPrintable(result.errorMessage()));
        const Risk now = stored(*m_alice);
        QCOMPARE(now.title, u"Vendor API late (confirmed)"_s);
        QCOMPARE(now.likelihood, 5);
        QCOMPARE(now.mitigation, m_read.mitigation);
        QCOMPARE(auditCount(), entriesBefore);
        QCOMPARE(m_undo.stack()->count(), 0);
    }

    void applyingMineOnTopKeepsTheirOtherFields() {
        m_recovery.onConflict = [](const EditConflict &c) {
            return std::optional(c.changedByMe());
        };
        QVERIFY(bobThenAlice());
        const Risk now = stored(*m_alice);
        QCOMPARE(now.title, u"Vendor API late (confirmed)"_s); // theirs, which Alice did not touch
        QCOMPARE(now.likelihood, 2);                           // mine, over theirs
        QCOMPARE(now.mitigation, u"Weekly call with the vendor; fallback to the old API."_s);
        // The resolution is one undo step, back to what Bob saved; a redo writes it again.
        QCOMPARE(m_undo.stack()->count(), 1);
        m_undo.stack()->undo();
        QCOMPARE(stored(*m_alice).likelihood, 5);
        QCOMPARE(stored(*m_alice).mitigation, m_read.mitigation);
        m_undo.stack()->redo();
        QCOMPARE(stored(*m_alice).likelihood, 2);
        QVERIFY(m_alice->auditLog().verify().value().intact());
    }

    void mergingTakesOnlyTheChosenFields() {
        m_recovery.onConflict = [](const EditConflict &) {
            return std::optional(QStringList{u"mitigation"_s});
        };
        QVERIFY(bobThenAlice());
        const Risk now = stored(*m_bob);
        QCOMPARE(now.likelihood, 5); // Bob's, as Alice chose
        QCOMPARE(now.title, u"Vendor API late (confirmed)"_s);
        QCOMPARE(now.mitigation, u"Weekly call with the vendor; fallback to the old API."_s);
    }

    void aResolutionIsCheckedAgainWhenSomeoneSavesMeanwhile() {
        // While Alice looks at the dialog, Bob saves once more: her resolution is refused in its
        // turn and she is asked again, against his newest version.
        m_recovery.onConflict = [this](const EditConflict &c) {
            if (m_recovery.conflicts.size() == 1) {
                Risk again = stored(*m_bob);
                again.contingency = u"Ship without the vendor feature."_s;
                EditRecord<Risk> bobAgain(stored(*m_bob), again);
                if (!m_bob->apply(bobAgain))
                    return std::optional<QStringList>();
            }
            return std::optional(c.changedByMe());
        };
        QVERIFY(bobThenAlice());
        QCOMPARE(m_recovery.conflicts.size(), 2);
        QVERIFY(fieldNamed(m_recovery.conflicts.last(), u"contingency"_s));
        const Risk now = stored(*m_alice);
        QCOMPARE(now.contingency, u"Ship without the vendor feature."_s);
        QCOMPARE(now.likelihood, 2);
    }

    void aResolutionStillMeetsTheRules() {
        // Alice's edit leaves the title empty: her resolution goes through the write door like any
        // change, is refused there, and writes nothing.
        Risk bobs = m_read;
        bobs.status = Risk::Status::Closed;
        EditRecord<Risk> bobEdit(m_read, bobs);
        QVERIFY(m_bob->apply(bobEdit));
        Risk alices = m_read;
        alices.title = QString();
        m_recovery.onConflict = [](const EditConflict &c) {
            return std::optional(c.changedByMe());
        };
        const auto result = m_undo.perform(std::make_unique<EditRecord<Risk>>(m_read, alices));
        QVERIFY(!result);
        QCOMPARE(stored(*m_alice).title, m_read.title);
        QCOMPARE(m_undo.stack()->count(), 0);
    }

    void theDialogLetsThePersonChooseWithTheKeyboardOrMouse() {
        QWidget window;
        ChangeRecoveryPrompts prompts(&window, m_undo);
        m_undo.setRecovery(&prompts);
        int rows = -1;
        QStringList tickedAtFirst;
        // What the dialog shows is noted while it is open and checked after it closed, so that a
        // failed check never leaves a modal dialog waiting.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            rows = dialog->findChild<QTableWidget *>(u"conflictFields"_s)->rowCount();
            tickedAtFirst = dialog->ticked();
            dialog->setTicked(u"likelihood"_s, true);
            dialog->setTicked(u"mitigation"_s, false);
            test::saveScreenshot(dialog, u"conflict-en.png"_s);
            dialog->findChild<QPushButton *>(u"saveMerge"_s)->click();
        });
        QVERIFY(bobThenAlice());
        QCOMPARE(rows, 3); // title, likelihood, mitigation
        // Alice's uncontested change is ticked; where both changed it, theirs stays until ticked.
        QCOMPARE(tickedAtFirst, QStringList{u"mitigation"_s});
        QCOMPARE(stored(*m_alice).likelihood, 2);
        QCOMPARE(stored(*m_alice).mitigation, m_read.mitigation);
    }

    void theDialogNamesPeopleRatherThanIds() {
        QWidget window;
        ChangeRecoveryPrompts prompts(&window, m_undo);
        m_undo.setRecovery(&prompts);
        Risk bobs = m_read;
        bobs.ownerId = m_alice->directory().personByLogin(u"bob"_s)->id;
        EditRecord<Risk> bobEdit(m_read, bobs);
        QVERIFY(m_bob->apply(bobEdit));
        Risk alices = m_read;
        alices.ownerId = m_alice->directory().personByLogin(u"alice"_s)->id;
        QStringList shown;
        QString headline;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            headline = dialog->findChild<QLabel *>()->text();
            auto *table = dialog->findChild<QTableWidget *>(u"conflictFields"_s);
            for (int column = 0; column < table->columnCount(); ++column)
                shown.append(table->item(0, column)->text());
            dialog->findChild<QPushButton *>(u"keepTheirs"_s)->click();
        });
        QVERIFY(!m_undo.perform(std::make_unique<EditRecord<Risk>>(m_read, alices)));
        QVERIFY2(headline.contains(u"Bob Chen saved"_s), qPrintable(headline)); // from the audit trail
        QCOMPARE(shown.value(0), u"Owner"_s);
        QCOMPARE(shown.value(2), u"Bob Chen"_s);
        QCOMPARE(shown.value(4), u"Both changed it"_s);
        QCOMPARE(shown.value(3), m_alice->directory().personByLogin(u"alice"_s)->displayName);
    }

    void theDialogSpeaksGermanAndKeepsTheirs() {
        SourceTextTranslator german;
        QVERIFY(german.loadTs(qEnvironmentVariable("RELM_SOURCE_DIR") + u"/translations/relm_de.ts"_s));
        QCoreApplication::installTranslator(&german);
        QWidget window;
        ChangeRecoveryPrompts prompts(&window, m_undo);
        m_undo.setRecovery(&prompts);
        QString title;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            test::saveScreenshot(dialog, u"conflict-de.png"_s);
            dialog->findChild<QPushButton *>(u"keepTheirs"_s)->click();
        });
        const auto result = bobThenAlice();
        QCoreApplication::removeTranslator(&german);
        QVERIFY(!result);
        QCOMPARE(title, u"Jemand anderes hat dies geändert"_s);
        QCOMPARE(stored(*m_alice).likelihood, 5);
    }

    void aBrokenConnectionKeepsTheChangeToSendAgain() {
        if (!test::onServer())
            QSKIP("A connection to break exists only on a server (the _pg run).");
        m_recovery.answerTryAgain = true;
        QVERIFY(m_undo.perform(mitigationCutOnce(u"Typed while the network was down."_s)));
        QCOMPARE(m_recovery.retries.size(), 1);
        QCOMPARE(m_recovery.retries.first().code, ErrorCode::Io);
        QCOMPARE(stored(*m_bob).mitigation, u"Typed while the network was down."_s);
        QVERIFY(m_alice->auditLog().verify().value().intact());
    }

    void aBrokenConnectionCanBeGivenUp() {
        if (!test::onServer())
            QSKIP("A connection to break exists only on a server (the _pg run).");
        const auto result = m_undo.perform(mitigationCutOnce(u"Given up."_s));
        QVERIFY(!result);
        QCOMPARE(m_recovery.retries.size(), 1);
        QCOMPARE(stored(*m_bob).mitigation, m_read.mitigation);
        QCOMPARE(m_undo.stack()->count(), 0);
    }
};

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
