// Tab goes round every dialog in the order a person reads it, from the first field to fill in, and
// leaves a date field at once. Every class in ui/ that derives from QDialog has a row (some two,
// where what the dialog shows depends on its record); none is skipped.
#include "DemoWindow.h"
#include "TestSupport.h"

#include "calendar/AgendaDialog.h"
#include "calendar/MeetingDialog.h"
#include "calendar/MeetingsDialog.h"
#include "calendar/MoveToDialog.h"
#include "calendar/OverrideDialog.h"
#include "calendar/WindowDialog.h"
#include "calendar/WindowsDialog.h"
#include "catalogue/ComponentDialog.h"
#include "catalogue/VersionDialog.h"
#include "changerequests/ChangeRequestDialog.h"
#include "changes/EditConflict.h"
#include "checks/ReleaseGate.h"
#include "csv/CsvExportDialog.h"
#include "csv/CsvImportDialog.h"
#include "deployments/DeploymentDialogs.h"
#include "gantt/CalendarDialog.h"
#include "gantt/GanttExportDialog.h"
#include "gantt/MspdiImportDialog.h"
#include "gantt/PredecessorsDialog.h"
#include "gantt/SchedulePage.h"
#include "gantt/TaskDialog.h"
#include "notes/NotesDialog.h"
#include "notes/NotesTemplateDialog.h"
#include "package/PackagePickerDialog.h"
#include "release/NewReleaseDialog.h"
#include "release/ReleaseTab.h"
#include "risks/RiskDialog.h"
#include "schedule/WorkCalendar.h"
#include "shell/ConnectServerDialog.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "signing/AssuranceSources.h"
#include "signoff/CriterionDialog.h"
#include "signoff/GateDialog.h"
#include "signoff/PassphraseDialog.h"
#include "signoff/PolicyDialog.h"
#include "signoff/SignOffDialog.h"
#include "storage/AcceptanceStore.h"
#include "storage/CalendarStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "undo/ConflictDialog.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"
#include "widgets/TabLeavesDateFields.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>

#include <functional>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Builds a dialog as the window would, from the demo database the window holds.
using MakeDialog = std::function<std::unique_ptr<QDialog>(MainWindow &)>;
Q_DECLARE_METATYPE(MakeDialog)

namespace {

/// The widget that gets the focus when `widget` is given it (a spin box's line edit: the spin box).
QWidget *focusTarget(QWidget *widget) {
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

/// Where the widget shows in the dialog: the part a scroll area or splitter leaves visible (a field
/// cut at a scroll area's edge reads as ending there).
QRect placeIn(const QDialog &dialog, const QWidget *widget) {
    const QRect whole(widget->mapTo(&dialog, QPoint(0, 0)), widget->size());
    QRect shown = whole;
    for (const QWidget *w = widget->parentWidget(); w && w != &dialog; w = w->parentWidget())
        shown &= QRect(w->mapTo(&dialog, QPoint(0, 0)), w->size());
    return shown.isEmpty() ? whole : shown;
}

/// Enough to find a widget in its dialog's code: class, names, text, the label that names it and where it is.
QString describe(const QDialog &dialog, QWidget *widget) {
    QStringList parts{QString::fromLatin1(widget->metaObject()->className())};
    if (!widget->objectName().isEmpty())
        parts << u"\"%1\""_s.arg(widget->objectName());
    if (!widget->accessibleName().isEmpty())
        parts << u"named \"%1\""_s.arg(widget->accessibleName());
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
        parts << u"text \"%1\""_s.arg(button->text());
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        parts << u"placeholder \"%1\""_s.arg(edit->placeholderText());
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() && focusTarget(label->buddy()) == widget)
            parts << u"label \"%1\""_s.arg(label->text());
    }
    const QRect place = placeIn(dialog, widget);
    parts << u"at %1,%2"_s.arg(place.x()).arg(place.y());
    return parts.join(u' ');
}

/// Where Tab stops in `dialog`, in the order of its focus chain, starting at `start`: the widgets
/// that are visible, enabled and take the focus by Tab (for themselves or through a focus proxy).
/// The pages of a tab widget that are not shown hide their widgets, so those do not count.
QList<QWidget *> tabStops(QDialog &dialog, QWidget *start) {
    QList<QWidget *> stops;
    for (QWidget *w = dialog.nextInFocusChain(); w != &dialog; w = w->nextInFocusChain()) {
        QWidget *target = focusTarget(w);
        if (dialog.isAncestorOf(w) && dialog.isAncestorOf(target) && (target->focusPolicy() & Qt::TabFocus) &&
            w->isVisible() && target->isVisible() && w->isEnabled() && target->isEnabled() && !stops.contains(target))
            stops.append(target);
    }
    if (const qsizetype at = stops.indexOf(start); at > 0)
        std::rotate(stops.begin(), stops.begin() + at, stops.end());
    return stops;
}

enum class Step { Forward, NextColumn, Backward };

/// A step up (more than half a line) or, in the same row, clearly to the left goes back against
/// reading order; except a step up into a column that starts right of where the last one ended:
/// a dialog of two columns is read one column after the other (the freeze window's form, then the
/// services it applies to beside it).
Step stepBetween(const QRect &from, const QRect &to, int halfLine) {
    if (to.top() < from.top() - halfLine)
        return to.left() > from.right() ? Step::NextColumn : Step::Backward;
    if (qAbs(to.top() - from.top()) <= halfLine && to.left() < from.left() - halfLine)
        return Step::Backward;
    return Step::Forward;
}

bool inMessageBar(const QWidget *widget) {
    return qobject_cast<const MessageBar *>(widget->parentWidget());
}

/// Not a field to fill in: a label, a button of the dialog's button box, a message bar's button.
bool notAField(const QWidget *widget) {
    return qobject_cast<const QLabel *>(widget) || qobject_cast<const QDialogButtonBox *>(widget->parentWidget()) ||
           inMessageBar(widget);
}

/// What is wrong with the order of `stops` (from the first focus round to it again) and with where
/// the focus starts.
QStringList orderProblems(const QDialog &dialog, const QList<QWidget *> &stops) {
    QStringList problems;
    const int halfLine = dialog.fontMetrics().height() / 2;
    QList<qsizetype> landings;
    QStringList backward;
    for (qsizetype i = 0; i < stops.size(); ++i) {
        QWidget *from = stops.at(i);
        QWidget *to = stops.at((i + 1) % stops.size());
        if (stepBetween(placeIn(dialog, from), placeIn(dialog, to), halfLine) == Step::Backward) {
            landings.append((i + 1) % stops.size());
            backward << u"back against reading order: %1 \u2192 %2"_s.arg(describe(dialog, from), describe(dialog, to));
        }
    }
    // One step back is the way round from the last control to the first.
    if (landings.size() > 1)
        problems << backward;
    QWidget *start = stops.constFirst();
    if (notAField(start) && !std::all_of(stops.begin(), stops.end(), notAField))
        problems << u"the dialog opens on %1, not on a field"_s.arg(describe(dialog, start));
    // The way round lands on the first focus, or on a message bar's buttons above it.
    if (landings.size() == 1 && landings.first() != 0) {
        for (qsizetype i = landings.first(); i < stops.size(); ++i) {
            if (!inMessageBar(stops.at(i))) {
                problems << u"the dialog opens on %1, but %2 comes first in reading order"_s.arg(
                    describe(dialog, start), describe(dialog, stops.at(landings.first())));
                break;
            }
        }
    }
    return problems;
}

/// Presses Tab (or Shift+Tab) from each stop and says where the focus did not go on to the next
/// one: with none said, the key reaches every stop once and comes back to the first, and no
/// widget keeps the key for itself.
QStringList keyProblems(const QDialog &dialog, const QList<QWidget *> &stops, bool forward) {
    // A text browser's Tab goes from link to link first, as a web page's does: those are stops too.
    constexpr int mostPresses = 100;
    const Qt::Key key = forward ? Qt::Key_Tab : Qt::Key_Backtab;
    const Qt::KeyboardModifiers modifiers = forward ? Qt::NoModifier : Qt::ShiftModifier;
    QList<QWidget *> order = stops;
    if (!forward)
        std::reverse(order.begin() + 1, order.end());
    const QString keyName = forward ? u"Tab"_s : u"Shift+Tab"_s;
    QStringList problems;
    for (qsizetype i = 0; i < order.size(); ++i) {
        QWidget *from = order.at(i);
        QWidget *expected = order.at((i + 1) % order.size());
        if (QApplication::focusWidget() != from)
            from->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        QWidget *reached = from;
        int presses = 0;
        for (; reached == from && presses < mostPresses; ++presses) {
            QTest::keyClick(from, key, modifiers);
            reached = QApplication::focusWidget();
        }
        if (reached == from) {
            problems << u"%1 never leaves %2: it keeps the key (a table's cells, a text's tab character)"_s.arg(
                keyName, describe(dialog, from));
            continue;
        }
        if (presses > 1 && !qobject_cast<QTextBrowser *>(from))
            problems << u"%1 leaves %2 only after %3 presses"_s.arg(keyName, describe(dialog, from)).arg(presses);
        if (reached != expected)
            problems << u"%1 from %2 goes to %3, not to %4"_s.arg(keyName, describe(dialog, from),
                                                                  reached ? describe(dialog, reached) : u"nowhere"_s,
                                                                  describe(dialog, expected));
    }
    return problems;
}

/// Two people changed a risk: both its title, one of them its impact.
EditConflict riskConflict() {
    EditConflict conflict;
    conflict.what = u"risk \u201CVendor late\u201D"_s;
    conflict.entity = u"risk"_s;
    conflict.id = 1;
    const auto field = [](const QString &key, const QJsonValue &base, const QJsonValue &mine,
                          const QJsonValue &theirs) {
        return ConflictField{key, key, {{key, base}}, {{key, mine}}, {{key, theirs}}};
    };
    conflict.fields = {field(u"title"_s, u"Vendor late"_s, u"Vendor very late"_s, u"Vendor late again"_s),
                       field(u"impact"_s, 3, 4, 3)};
    return conflict;
}

Id releaseNamed(Workspace &ws, const QString &name) {
    return ws.releases().releaseByName(name)->id;
}

} // namespace

class TestTabOrder final : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;

    /// Shows `dialog` as the window would and gives it the keyboard.
    static bool open(QDialog &dialog) {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        QApplication::setActiveWindow(&dialog);
        return QApplication::activeWindow() == &dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        test::isolateSettings();
        m_window = test::openDemoWindow(m_folder.path(u"taborder.db"_s));
        QVERIFY(m_window);
    }

    void cleanupTestCase() { m_window.reset(); }

    void tabGoesRoundInReadingOrder_data();

    void tabGoesRoundInReadingOrder() {
        QFETCH(MakeDialog, make);
        const std::unique_ptr<QDialog> dialog = make(*m_window);
        QVERIFY(dialog);
        QVERIFY(open(*dialog));
        test::saveScreenshot(dialog.get(), u"taborder-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QWidget *start = QApplication::focusWidget();
        QVERIFY2(start && dialog->isAncestorOf(start), "the dialog opens with the focus outside it");
        const QList<QWidget *> stops = tabStops(*dialog, start);
        QVERIFY2(stops.contains(start),
                 qPrintable(u"the dialog opens on %1, which Tab never reaches"_s.arg(describe(*dialog, start))));
        const QStringList problems =
            orderProblems(*dialog, stops) + keyProblems(*dialog, stops, true) + keyProblems(*dialog, stops, false);
        for (const QString &problem : problems)
            qWarning().noquote() << problem; // the failure message below is cut at 1,000 characters
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void tabLeavesADateFieldAtOnce() {
        Workspace &ws = *m_window->workspace();
        WindowDialog dialog(ws, *m_window->undoController(), WindowDialog::newFreeze(ws.clock()()), m_window.get());
        QVERIFY(open(dialog));
        auto *start = dialog.findChild<QDateTimeEdit *>(u"windowStart"_s);
        auto *end = dialog.findChild<QDateTimeEdit *>(u"windowEnd"_s);
        QVERIFY(start && end);
        start->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), start);
        QTest::keyClick(start, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), end);
        QTest::keyClick(end, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), start);
        // Shift+Tab came back to the last part (the minutes); Left still reaches the others, and Up
        // changes the one the cursor is in.
        const int last = start->currentSectionIndex();
        for (int i = 0; i < 10 && start->currentSectionIndex() == last; ++i)
            QTest::keyClick(start, Qt::Key_Left);
        QVERIFY(start->currentSectionIndex() < last);
        const QDateTime before = start->dateTime();
        QTest::keyClick(start, Qt::Key_Up);
        QVERIFY(start->dateTime() != before);
        QCOMPARE(QApplication::focusWidget(), start);
    }
};

void TestTabOrder::tabGoesRoundInReadingOrder_data() {
    QTest::addColumn<MakeDialog>("make");
    const auto row = [](const char *name, MakeDialog make) {
        QTest::newRow(name) << std::move(make);
    };
    using Dialog = std::unique_ptr<QDialog>;
    const auto ws = [](MainWindow &w) -> Workspace & {
        return *w.workspace();
    };
    const auto undo = [](MainWindow &w) -> UndoController & {
        return *w.undoController();
    };
    const auto autumn = [ws](MainWindow &w) {
        return releaseNamed(ws(w), u"2026.4 Autumn"_s);
    };
    const auto hotfixDeployment = [ws](MainWindow &w) {
        return ws(w).deployments().deployments(releaseNamed(ws(w), u"Hotfix 2026.3.1"_s))->constFirst();
    };
    const auto window = [ws](MainWindow &w, const QString &name) {
        return *ws(w).calendar().windowByName(name);
    };

    // The change calendar (ui/calendar).
    row("AgendaDialog", [ws](MainWindow &w) -> Dialog {
        return std::make_unique<AgendaDialog>(ws(w), ws(w).calendar().meetings()->constFirst().id, &w);
    });
    row("MeetingDialog", [ws, undo](MainWindow &w) -> Dialog {
        return std::make_unique<MeetingDialog>(ws(w), undo(w), MeetingDialog::newMeeting(ws(w)), &w);
    });
    row("MeetingsDialog",
        [ws, undo](MainWindow &w) -> Dialog { return std::make_unique<MeetingsDialog>(ws(w), undo(w), &w); });
    row("MoveToDialog", [hotfixDeployment](MainWindow &w) -> Dialog {
        return std::make_unique<MoveToDialog>(u"Move \u201CHotfix 2026.3.1 to Production\u201D to:"_s,
                                              hotfixDeployment(w).plannedStart, &w);
    });
    row("OverrideDialog", [ws, undo, hotfixDeployment, window](MainWindow &w) -> Dialog {
        return std::make_unique<OverrideDialog>(ws(w), undo(w), hotfixDeployment(w).id,
                                                window(w, u"Year-end change freeze"_s).id, &w);
    });
    row("WindowDialog", [ws, undo](MainWindow &w) -> Dialog {
        return std::make_unique<WindowDialog>(ws(w), undo(w), WindowDialog::newFreeze(ws(w).clock()()), &w);
    });
    row("WindowDialog weekly", [ws, undo, window](MainWindow &w) -> Dialog {
        return std::make_unique<WindowDialog>(ws(w), undo(w), window(w, u"Sunday night maintenance"_s), &w);
    });
    row("WindowDialog monthly", [ws, undo, window](MainWindow &w) -> Dialog {
        return std::make_unique<WindowDialog>(ws(w), undo(w), window(w, u"Payroll run freeze"_s), &w);
    });
    row("WindowDialog yearly", [ws, undo, window](MainWindow &w) -> Dialog {
        // Stored windows start on a day their rule names: no hint above the form.
        ChangeWindow yearly = window(w, u"Payroll run freeze"_s);
        const QDate first = yearly.start.date();
        yearly.recurrence =
            *Recurrence::fromRuleText(u"FREQ=YEARLY;BYMONTH=%1;BYMONTHDAY=%2"_s.arg(first.month()).arg(first.day()));
        return std::make_unique<WindowDialog>(ws(w), undo(w), yearly, &w);
    });
    row("WindowsDialog",
        [ws, undo](MainWindow &w) -> Dialog { return std::make_unique<WindowsDialog>(ws(w), undo(w), &w); });

    // The component catalogue, change requests and CSV files.
    row("ComponentDialog",
        [ws](MainWindow &w) -> Dialog { return std::make_unique<ComponentDialog>(ws(w), Component{}, &w); });
    row("VersionDialog", [ws](MainWindow &w) -> Dialog {
        const Component component = ws(w).catalogue().components()->constFirst();
        ComponentVersion version;
        version.componentId = component.id;
        version.componentName = component.name;
        return std::make_unique<VersionDialog>(version, &w);
    });
    row("ChangeRequestDialog", [ws, autumn](MainWindow &w) -> Dialog {
        ChangeRequest blank;
        blank.createdAt = ws(w).clock()();
        blank.releaseIds = {autumn(w)};
        return std::make_unique<ChangeRequestDialog>(blank, &w);
    });
    row("CsvExportDialog",
        [ws, autumn](MainWindow &w) -> Dialog { return std::make_unique<CsvExportDialog>(ws(w), autumn(w), &w); });
    row("CsvImportDialog", [this, ws, autumn](MainWindow &w) -> Dialog {
        return std::make_unique<CsvImportDialog>(ws(w), m_folder.path(u"tasks.csv"_s),
                                                 "Name,Duration\nWrite the runbook,3\nDry run,1\n"_ba, autumn(w), &w);
    });

    // Deployments (the Deployments page's dialogs).
    row("PlanDeploymentDialog", [ws, autumn](MainWindow &w) -> Dialog {
        Deployment d;
        d.releaseId = autumn(w);
        d.plannedStart = ws(w).clock()().date().addDays(1).startOfDay(Qt::UTC).addSecs(20 * 3600);
        d.plannedEnd = d.plannedStart.addSecs(2 * 3600);
        return std::make_unique<PlanDeploymentDialog>(d, *ws(w).directory().environments(),
                                                      *ws(w).releases().packages(autumn(w)), &w);
    });
    row("RecordRunDialog", [ws, hotfixDeployment](MainWindow &w) -> Dialog {
        return std::make_unique<RecordRunDialog>(hotfixDeployment(w), ws(w).clock()(), &w);
    });
    row("RunbookStepDialog", [ws, hotfixDeployment](MainWindow &w) -> Dialog {
        RunbookStep step;
        step.deploymentId = hotfixDeployment(w).id;
        return std::make_unique<RunbookStepDialog>(step, *ws(w).directory().people(), &w);
    });
    row("KnownErrorDialog", [autumn](MainWindow &w) -> Dialog {
        KnownError error;
        error.releaseId = autumn(w);
        return std::make_unique<KnownErrorDialog>(error, QList<std::pair<Id, QString>>{}, &w);
    });

    // The schedule (the Schedule page's dialogs).
    const auto autumnTasks = [ws, autumn](MainWindow &w) {
        return *ws(w).plan().tasks(autumn(w));
    };
    row("CalendarDialog", [](MainWindow &w) -> Dialog {
        return std::make_unique<CalendarDialog>(u"2026.4 Autumn calendar"_s, WorkCalendar::standard(), &w);
    });
    row("GanttExportDialog",
        [autumn](MainWindow &w) -> Dialog { return w.openRelease(autumn(w))->schedulePage()->exportDialog(); });
    row("MspdiImportDialog", [](MainWindow &w) -> Dialog { return std::make_unique<MspdiImportDialog>(&w); });
    row("PredecessorsDialog", [ws, autumn, autumnTasks](MainWindow &w) -> Dialog {
        const QList<PlanTask> tasks = autumnTasks(w);
        const QList<PlanLink> links = *ws(w).plan().links(autumn(w));
        QList<PredecessorsDialog::Candidate> candidates;
        for (const PlanTask &t : tasks)
            candidates.append({t.id, t.name});
        // A task that waits for others, so that the list has rows.
        const auto waits = std::find_if(tasks.begin(), tasks.end(), [&links](const PlanTask &t) {
            return std::any_of(links.begin(), links.end(), [&t](const PlanLink &l) { return l.successorId == t.id; });
        });
        return std::make_unique<PredecessorsDialog>(waits != tasks.end() ? *waits : tasks.constLast(), candidates,
                                                    links, &w);
    });
    row("TaskDialog", [ws, autumnTasks](MainWindow &w) -> Dialog {
        return std::make_unique<TaskDialog>(ws(w), autumnTasks(w).constLast(), &w);
    });

    // Notes.
    row("NotesDialog",
        [ws, autumn](MainWindow &w) -> Dialog { return std::make_unique<NotesDialog>(ws(w), autumn(w), &w); });
    row("NotesDialog roll-up", [ws](MainWindow &w) -> Dialog { return Dialog(NotesDialog::rollup(ws(w), &w)); });
    row("NotesTemplateDialog", [ws, autumn](MainWindow &w) -> Dialog {
        return std::make_unique<NotesTemplateDialog>(ws(w), notes::Audience::Customer, autumn(w), &w);
    });

    // The package, the release, its risks, and the window's own dialogs.
    row("PackagePickerDialog", [ws, autumn](MainWindow &w) -> Dialog {
        auto picker = std::make_unique<PackagePickerDialog>(ws(w), u"Move to Package"_s, autumn(w), &w);
        picker->setSubject(u"auth-service 2.4.0"_s);
        return picker;
    });
    row("NewReleaseDialog", [ws](MainWindow &w) -> Dialog { return std::make_unique<NewReleaseDialog>(ws(w), &w); });
    row("RiskDialog", [ws, autumn](MainWindow &w) -> Dialog {
        return std::make_unique<RiskDialog>(ws(w), ws(w).risks().risks(autumn(w))->constFirst(), &w);
    });
    // Built without a server: the dialog only asks for an address.
    row("ConnectServerDialog", [](MainWindow &w) -> Dialog { return std::make_unique<ConnectServerDialog>(&w); });
    row("ShortcutsDialog", [](MainWindow &w) -> Dialog { return std::make_unique<ShortcutsDialog>(w.menuBar(), &w); });
    // Sign-off.
    row("CriterionDialog", [autumn](MainWindow &w) -> Dialog {
        AcceptanceCriterion criterion;
        criterion.releaseId = autumn(w);
        return std::make_unique<CriterionDialog>(criterion, &w);
    });
    const auto gate = [ws](MainWindow &w, const QString &release, ReleaseStatus to) -> Dialog {
        const auto result =
            ReleaseGate::check(AssuranceSources::of(ws(w)), releaseNamed(ws(w), release), to, ws(w).clock()());
        return std::make_unique<GateDialog>(*result, release, &w);
    };
    row("GateDialog open",
        [gate](MainWindow &w) { return gate(w, u"2026.4 Autumn"_s, ReleaseStatus::AwaitingSignOff); });
    row("GateDialog refused", [gate](MainWindow &w) { return gate(w, u"Hotfix 2026.3.1"_s, ReleaseStatus::Approved); });
    row("PassphraseDialog", [ws](MainWindow &w) -> Dialog { return std::make_unique<PassphraseDialog>(ws(w), &w); });
    row("PolicyDialog", [ws, autumn](MainWindow &w) -> Dialog {
        return std::make_unique<PolicyDialog>(*ws(w).acceptance().policies(), ws(w).releases().release(autumn(w))->type,
                                              &w);
    });
    row("SignOffDialog", [ws, autumn](MainWindow &w) -> Dialog {
        return std::make_unique<SignOffDialog>(ws(w), *ws(w).releases().release(autumn(w)), std::nullopt, &w);
    });
    row("SignOffDialog criterion", [ws, autumn](MainWindow &w) -> Dialog {
        return std::make_unique<SignOffDialog>(ws(w), *ws(w).releases().release(autumn(w)),
                                               ws(w).acceptance().criteria(autumn(w))->constFirst(), &w);
    });

    // What the undo stack asks when someone else saved the record in between (ui/undo).
    row("ConflictDialog", [](MainWindow &w) -> Dialog {
        return std::make_unique<ConflictDialog>(riskConflict(), &w, ConflictDialog::ValueNamer{}, u"Bob Chen"_s);
    });
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
