#include "ConflictPanel.h"

#include "calendar/ConflictModel.h"
#include "i18n/ShownDates.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace relm {

ConflictPanel::ConflictPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_model(new ConflictModel(this))
    , m_table(new QTableView(this)) {
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictModel::SummaryColumn, QHeaderView::Stretch);
    // Three conflicts stay in sight when the Findings dock and a message take the window's height.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              3 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setAccessibleDescription(tr("Conflicts on the forward schedule of change; choose one to show it on the "
                                         "calendar."));
    m_heading->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The legend sits beside the heading: it explains the marks the views paint, in words.
    auto *legend = new QLabel(tr("FREEZE: red hatched \u00B7 MAINT.: green \u00B7 \u25C6 milestone \u00B7 "
                                 "\u26A0 conflict (red outline) \u00B7 times in %1")
                                  .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                              this);
    legend->setAccessibleName(tr("Legend"));
    // Both wrap rather than widen the window (German and a long zone name run past 1366 px).
    legend->setWordWrap(true);
    m_heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(legend);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const CalendarConflict *c = m_model->conflictAt(current.row()))
                    Q_EMIT conflictChosen(*c);
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CalendarConflict *c = m_model->conflictAt(index.row()))
            Q_EMIT conflictChosen(*c);
    });
}

void ConflictPanel::setConflicts(const QList<CalendarConflict> &conflicts, const QDateTime &fromUtc,
                                 const QDateTime &toUtc) {
    m_model->setConflicts(conflicts);
    const QLocale locale;
    // The panel starts at today unless the view shows an earlier period; say so in words.
    const QDate first = fromUtc.toLocalTime().date();
    const QString from = first == QDate::currentDate() ? tr("today") : shown_dates::date(first);
    const QString to = shown_dates::date(toUtc.toLocalTime().date());
    m_heading->setText(conflicts.isEmpty()
                           ? tr("&Conflicts: none from %1 to %2.").arg(from, to)
                           : tr("&Conflicts from %1 to %2: %n", nullptr, int(conflicts.size())).arg(from, to));
    m_table->resizeColumnToContents(ConflictModel::KindColumn);
}

QString ConflictPanel::heading() const {
    return m_heading->text();
}

bool ConflictPanel::selectFirstOf(Id releaseId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->conflictAt(row)->releaseIds.contains(releaseId)) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace relm
