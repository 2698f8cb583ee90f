#include "PlanOpener.h"

#include "changes/PlanFileChanges.h"
#include "changes/Workspace.h"
#include "gantt/SchedulePage.h"
#include "import/PlanFileReader.h"
#include "import/PlanImportReport.h"
#include "navigator/NavigatorPanel.h"
#include "release/ReleaseTab.h"
#include "shell/ActingPersonPicker.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace relm {

PlanOpener::PlanOpener(MainWindow &window)
    : QObject(&window)
    , m_window(window) {}

Result<Id> PlanOpener::openWithDatabase(const QString &databasePath, const QString &planPath,
                                        const QString &preferredLogin, NewDatabase whenNew) {
    if (whenNew == NewDatabase::Empty && !ServerAddress::looksLikeServer(databasePath) &&
        !QFileInfo::exists(databasePath)) {
        // A file that cannot be read leaves no database behind: read first, create after.
        auto plan = PlanFileReader::read(planPath);
        if (!plan)
            return plan.error();
        if (auto created = m_window.createDatabase(databasePath, preferredLogin); !created)
            return created.error();
        return show(std::move(plan).value(), planPath); // its only person opened it: nobody to ask
    }
    const bool known = !preferredLogin.isEmpty() || !ActingPersonPicker::rememberedLogin(databasePath).isEmpty();
    MainWindow::OpenOptions options;
    options.seedDemoIfNew = true;
    options.askWhoActs = false; // the plan comes first; who acts is asked afterwards
    options.preferredLogin = preferredLogin;
    if (auto opened = m_window.openDatabase(databasePath, options); !opened)
        return opened.error();
    auto shown = open(planPath);
    if (shown && !known && m_window.workspace()->actingPerson().login != operatingSystemUser())
        askWhoActs();
    return shown;
}

Result<Id> PlanOpener::open(const QString &planPath) {
    if (!m_window.workspace())
        return makeError(ErrorCode::Invalid, tr("Open or create a database first, then open the plan."));
    auto plan = PlanFileReader::read(planPath);
    if (!plan)
        return plan.error();
    return show(std::move(plan).value(), planPath);
}

Result<Id> PlanOpener::show(PlanFile plan, const QString &planPath) {
    Workspace *ws = m_window.workspace();
    if (!ws)
        return makeError(ErrorCode::Invalid, tr("Open or create a database first, then open the plan."));
    if (ws->actingPerson().login.isEmpty()) {
        if (auto r = ws->actAsDefault(); !r)
            return r.error();
    }
    const QString file = QFileInfo(planPath).fileName();
    Release release;
    release.name = QFileInfo(planPath).completeBaseName().trimmed().replace(u'/', u'-');
    if (release.name.isEmpty())
        release.name = tr("Plan");
    release.ownerId = ws->actingPerson().id;
    release.plannedStart = plan.schedule.input.projectStart.date();
    release.description = tr("Imported from %1 (%2).").arg(file, plan.format);
    const ImportPlanFile *imported = nullptr;
    auto report = PlanImportReport::ofImport(
        *ws, std::move(plan), file, [&](std::shared_ptr<const PlanFile> read) -> Result<const ImportPlanFile *> {
            auto change = std::make_unique<ImportPlanFile>(release, std::move(read), file);
            imported = change.get();
            if (auto r = m_window.undoController()->perform(std::move(change)); !r)
                return r.error();
            return imported;
        });
    if (!report)
        return report.error();
    m_planPath = planPath;
    m_undoIndex = m_window.undoController()->stack()->index();
    const Id releaseId = imported->releaseId();
    m_window.navigator()->selectRelease(releaseId);
    ReleaseTab *tab = m_window.openRelease(releaseId);
    tab->setCurrentWidget(tab->schedulePage());
    m_window.setWindowTitle(tr("%1 \u2013 %2 \u2013 Relm").arg(file, QFileInfo(ws->database().location()).fileName()));
    // What was imported, where the dates differ and why (the notes); the calendar line is for the CLI.
    QStringList lines = report->text().split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > 1)
        lines.removeAt(1);
    offerNewDatabase(lines.join(u' '));
    return releaseId;
}

void PlanOpener::offerNewDatabase(const QString &summary) {
    m_window.messageBar()->showMessage(
        MessageBar::Kind::Information, summary, tr("Keep in a New Database\u2026"), [this] {
            const QString path = QFileDialog::getSaveFileName(&m_window, tr("Keep the Plan in a New Database"),
                                                              QString(), tr("Relm databases (*.db *.relm)"));
            if (path.isEmpty())
                return;
            if (auto r = moveToNewDatabase(path); !r)
                m_window.messageBar()->showError(r.errorMessage());
        });
}

Result<Id> PlanOpener::moveToNewDatabase(const QString &databasePath) {
    if (m_planPath.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No plan was opened to move."));
    if (QFileInfo::exists(databasePath))
        return makeError(ErrorCode::Conflict, tr("%1 already exists. Choose a new name: Relm never overwrites a "
                                                 "database.")
                                                  .arg(QDir::toNativeSeparators(databasePath)));
    // The first database gives the plan back when nothing was done there since the import.
    UndoController *undo = m_window.undoController();
    const bool givenBack = undo->stack()->index() == m_undoIndex && undo->stack()->canUndo() && undo->undo();
    if (auto created = m_window.createDatabase(databasePath); !created) {
        if (givenBack)
            (void)undo->redo();
        return created.error();
    }
    auto shown = open(m_planPath);
    if (shown && !givenBack)
        m_window.messageBar()->showMessage(
            MessageBar::Kind::Warning,
            tr("The plan is now in %1. It also stays in the first database, where more was done after the import.")
                .arg(QDir::toNativeSeparators(databasePath)));
    return shown;
}

void PlanOpener::askWhoActs() {
    Workspace *ws = m_window.workspace();
    auto people = ws ? ws->directory().people() : Result<QList<Person>>(Error{});
    if (!people || people->size() < 2)
        return;
    QStringList names;
    for (const Person &p : *people)
        names.append(p.displayName);
    auto *dialog = new QInputDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"whoAreYou"_s);
    dialog->setWindowTitle(tr("Who Are You?"));
    dialog->setLabelText(tr("The plan was imported as %1. Relm records who makes each change; choose yourself for "
                            "what you do next:")
                             .arg(ws->actingPerson().displayName));
    dialog->setComboBoxItems(names);
    dialog->setTextValue(ws->actingPerson().displayName);
    const QList<Person> list = *people;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, list, names](const QString &name) {
        Workspace *current = m_window.workspace();
        const qsizetype index = names.indexOf(name);
        if (!current || index < 0)
            return;
        if (current->actAs(list.at(index).login))
            ActingPersonPicker::remember(current->database().location(), list.at(index).login);
    });
    dialog->open();
}

} // namespace relm
