#include "BuildsPage.h"

#include "changes/DeliveryChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "i18n/ShownDates.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString outcomeLabel(Build::Outcome outcome) {
    switch (outcome) {
    case Build::Outcome::Succeeded:
        return BuildsPage::tr("Succeeded");
    case Build::Outcome::Failed:
        return BuildsPage::tr("Failed");
    case Build::Outcome::Partial:
        return BuildsPage::tr("Partial");
    }
    return {};
}

QString item(const ComponentVersion &v) {
    return QString(v.componentName + u' ' + v.version).toHtmlEscaped();
}

} // namespace

BuildsPage::BuildsPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_releaseId(releaseId)
    , m_message(new MessageBar(this))
    , m_number(new QSpinBox(this))
    , m_outcome(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_notesView(new QTextBrowser(this)) {
    m_undo.retireRefusalsIn(m_message);
    m_number->setRange(1, 1000000);
    m_number->setAccessibleName(tr("Build number"));
    for (auto outcome : {Build::Outcome::Succeeded, Build::Outcome::Failed, Build::Outcome::Partial})
        m_outcome->addItem(outcomeLabel(outcome), int(outcome));
    m_outcome->setAccessibleName(tr("Build outcome"));
    m_notes->setPlaceholderText(tr("What was built and how it went"));
    m_notes->setAccessibleName(tr("Build notes"));
    auto *record = new QPushButton(tr("Record B&uild"), this);
    record->setObjectName(u"recordBuild"_s);
    connect(record, &QPushButton::clicked, this, &BuildsPage::recordBuild);
    connect(m_notes, &QLineEdit::returnPressed, this, &BuildsPage::recordBuild);

    m_table->setHorizontalHeaderLabels({tr("Build"), tr("When"), tr("By"), tr("Outcome"), tr("Notes")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Builds"));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showBuild(row); });
    m_notesView->setAccessibleName(tr("Build notes"));

    auto *form = new QHBoxLayout;
    form->addWidget(m_number);
    form->addWidget(m_outcome);
    form->addWidget(m_notes, 1);
    form->addWidget(record);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_notesView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(split, 1);

    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        if (notice.entity == Entity::Build && notice.releaseId == m_releaseId)
            reload();
    });
    reload();
}

void BuildsPage::reload() {
    auto builds = m_workspace.delivery().builds(m_releaseId);
    m_builds = builds ? *builds : QList<Build>();
    m_names.load(m_workspace);
    m_table->setRowCount(int(m_builds.size()));
    for (int row = 0; row < m_builds.size(); ++row) {
        const Build &b = m_builds.at(row);
        const QStringList cells{QString::number(b.number), shown_dates::dateTime(b.builtAt), m_names.of(b.builtBy),
                                outcomeLabel(b.outcome), b.notes};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_number->setValue(m_builds.isEmpty() ? 1 : m_builds.last().number + 1);
    if (m_builds.isEmpty())
        m_notesView->setHtml(tr("<p>No builds yet. Record the first build above: Relm keeps what it contained and "
                                "computes what each later build introduced or changed.</p>"));
    else
        m_table->selectRow(int(m_builds.size()) - 1);
    showBuild(int(m_builds.size()) - 1);
}

void BuildsPage::showBuild(int row) {
    if (row < 0 || row >= m_builds.size())
        return;
    m_notesView->setHtml(notesHtml(m_builds.at(row), row > 0 ? &m_builds.at(row - 1) : nullptr));
}

QString BuildsPage::shownNotes() const {
    return m_notesView->toPlainText();
}

QString BuildsPage::notesHtml(const Build &build, const Build *previous) const {
    const ContentDiff diff = contents::compare(previous ? previous->content : Contents{}, build.content);
    QString html = tr("<h3>Build %1</h3><p>%2 by %3 \u2013 %4</p>")
                       .arg(build.number)
                       .arg(QLocale().toString(build.builtAt.toLocalTime(), QLocale::LongFormat),
                            m_names.of(build.builtBy).toHtmlEscaped(), outcomeLabel(build.outcome));
    if (!build.notes.isEmpty())
        html += u"<p><i>"_s + build.notes.toHtmlEscaped() + u"</i></p>"_s;
    html += previous ? tr("<p>Compared with build %1:</p>").arg(previous->number)
                     : tr("<p>First build: it introduced everything.</p>");
    html += u"<ul>"_s;
    for (const ComponentVersion &v : diff.added)
        html += tr("<li>introduced %1</li>").arg(item(v));
    for (const ComponentVersion &v : diff.removed)
        html += tr("<li>removed %1</li>").arg(item(v));
    for (const auto &[before, after] : diff.changed)
        html += tr("<li>changed %1: %2 \u2192 %3</li>")
                    .arg(after.componentName.toHtmlEscaped(), before.version.toHtmlEscaped(),
                         after.version.toHtmlEscaped());
    if (diff.isEmpty())
        html += tr("<li>no change in content</li>");
    return html + u"</ul>"_s;
}

void BuildsPage::recordBuild() {
    auto release = m_workspace.releases().release(m_releaseId);
    if (!release)
        return;
    const Build build{0,
                      m_releaseId,
                      m_number->value(),
                      {},
                      {},
                      Build::Outcome(m_outcome->currentData().toInt()),
                      m_notes->text().trimmed(),
                      {}};
    if (auto r = m_undo.perform(std::make_unique<RecordBuild>(build, release->name)); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    m_message->clear();
    m_notes->clear();
}

} // namespace relm
