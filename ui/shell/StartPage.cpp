#include "StartPage.h"

#include "PersonText.h"
#include "i18n/ShownDates.h"

#include "changes/Workspace.h"
#include "domain/Vocabulary.h"
#include "release/ReleaseOrder.h"
#include "storage/Database.h"
#include "storage/ReleaseStore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_who(new QLabel(this))
    , m_releases(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open Release"), this)) {
    setObjectName(u"startPage"_s);
    setAccessibleName(tr("Start page"));
    auto *title = new QLabel(tr("Relm \u2013 release and deployment planning"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    auto *about = new QLabel(
        tr("Design each release from the component catalogue, schedule it on a Gantt chart with its freeze "
           "windows, keep its risks, have independent people sign its acceptance criteria, record its builds "
           "and deployments, and export release notes. Every change is kept in an audit trail that nobody "
           "can rewrite unnoticed."),
        this);
    about->setWordWrap(true);
    m_who->setWordWrap(true);
    m_who->setObjectName(u"startWho"_s);

    auto *listLabel = new QLabel(tr("Releases in this &database:"), this);
    listLabel->setBuddy(m_releases);
    m_releases->setObjectName(u"startReleases"_s);
    m_releases->setAccessibleName(tr("Releases to open"));
    connect(m_releases, &QListWidget::itemActivated, this, &StartPage::openCurrent);
    m_open->setObjectName(u"startOpen"_s);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openCurrent);

    // Two by two, so that the page still fits between the docks of a small window.
    auto *steps = new QGridLayout;
    steps->addWidget(m_open, 0, 0);
    steps->addWidget(button(tr("&New Release\u2026"), u"startNewRelease"_s, &StartPage::newReleaseRequested), 0, 1);
    steps->addWidget(button(tr("&Import Plan\u2026"), u"startImportPlan"_s, &StartPage::importPlanRequested), 1, 0);
    steps->addWidget(button(tr("Connect to &Server\u2026"), u"startConnect"_s, &StartPage::connectRequested), 1, 1);
    steps->setColumnStretch(2, 1);

    auto *keys = new QLabel(tr("Everything works from the keyboard: Ctrl+Tab goes round the open tabs, Alt+1 to Alt+8 "
                               "reach a release's pages, F6 moves between the panels, and %1 lists every shortcut.")
                                .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)),
                            this);
    keys->setWordWrap(true);
    auto *shortcuts = button(tr("&Keyboard Shortcuts"), u"startShortcuts"_s, &StartPage::shortcutsRequested);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(about);
    column->addWidget(m_who);
    column->addSpacing(8);
    column->addWidget(listLabel);
    column->addWidget(m_releases, 1);
    column->addLayout(steps);
    column->addSpacing(8);
    column->addWidget(keys);
    column->addWidget(shortcuts, 0, Qt::AlignLeft);
    // A readable column in the middle of a wide window; the whole width on a small one.
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(centre);
}

QPushButton *StartPage::button(const QString &text, const QString &name, void (StartPage::*signal)()) {
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, signal);
    return button;
}

void StartPage::setWorkspace(Workspace *workspace) {
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
            if (notice.entity == Entity::Release || notice.entity == Entity::Person)
                refill();
        });
        connect(m_workspace, &Workspace::actingPersonChanged, this, &StartPage::refill);
    }
    refill();
}

void StartPage::refill() {
    m_releases->clear();
    if (!m_workspace) {
        m_who->setText(tr("No database is open: open one (Ctrl+O), create one (Ctrl+Shift+N) or connect to a "
                          "server (Ctrl+Shift+O)."));
        m_open->setEnabled(false);
        return;
    }
    const Person &me = m_workspace->actingPerson();
    m_who->setText(me.login.isEmpty()
                       ? tr("You act as nobody yet: choose yourself in the status bar.")
                       : tr("You act as <b>%1</b>, with the roles: %2. The audit trail records you for every "
                            "change; choose another person in the status bar.")
                             .arg(me.displayName.toHtmlEscaped(), rolesOf(me).toHtmlEscaped()));
    const QLocale locale;
    if (auto stored = m_workspace->releases().releases()) {
        QList<Release> releases = *stored;
        sortForOpening(releases);
        for (const Release &release : releases) {
            const QString dates = release.plannedEnd.isValid()
                                      ? tr("ends %1").arg(shown_dates::date(release.plannedEnd))
                                      : tr("no planned end");
            auto *item = new QListWidgetItem(tr("%1 \u2014 %2, %3").arg(release.name, labelOf(release.status), dates),
                                             m_releases);
            item->setData(Qt::UserRole, release.id);
        }
    }
    m_releases->setCurrentRow(0);
    m_open->setEnabled(m_releases->count() > 0);
}

void StartPage::openCurrent() {
    if (QListWidgetItem *item = m_releases->currentItem())
        Q_EMIT openReleaseRequested(item->data(Qt::UserRole).value<Id>());
}

} // namespace relm
