#include "PredecessorsDialog.h"

#include "gantt/WorkDays.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

PredecessorsDialog::PredecessorsDialog(const PlanTask &successor, const QList<Candidate> &candidates,
                                       const QList<PlanLink> &links, QWidget *parent)
    : QDialog(parent)
    , m_successor(successor)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_task(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_lag(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Predecessors of %1").arg(successor.name));
    for (const Candidate &candidate : candidates) {
        if (candidate.id != successor.id)
            m_candidates.append(candidate);
    }
    for (const PlanLink &link : links) {
        if (link.successorId == successor.id)
            m_links.append(link);
    }
    for (const Candidate &candidate : std::as_const(m_candidates))
        m_task->addItem(candidate.name, candidate.id);
    for (const LinkType type :
         {LinkType::FinishToStart, LinkType::StartToStart, LinkType::FinishToFinish, LinkType::StartToFinish})
        m_type->addItem(linkTypeName(type), int(type));
    // Enter in the dialog means OK, never Add or Remove (which take the focus after a removal).
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_lag->setPlaceholderText(tr("none; e.g. %1, -4h or 50%").arg(shownWorkDays(8 * 60)));
    m_lag->setToolTip(tr("Working time after the predecessor (%1, 4h), a lead before it (-4h), or a share of the "
                         "predecessor's duration (50%)")
                          .arg(shownWorkDays(12 * 60)));
    m_list->setObjectName(u"predecessorList"_s);
    m_list->setAccessibleName(tr("Predecessors"));
    for (const PlanLink &link : std::as_const(m_links))
        m_list->addItem(entryText(link));
    m_list->installEventFilter(this); // Delete removes the chosen predecessor
    m_problem->setObjectName(u"predecessorsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *intro = new QLabel(tr("The tasks \u201C%1\u201D waits for, each with how it follows and any lag. The "
                                "schedule checks them when you press OK: a link that closes a loop is refused.")
                                 .arg(successor.name),
                             this);
    intro->setWordWrap(true);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Predecessor:"), m_task);
    fields->addRow(tr("&Type:"), m_type);
    fields->addRow(tr("&Lag:"), m_lag);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PredecessorsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &PredecessorsDialog::addPredecessor);
    connect(m_remove, &QPushButton::clicked, this, &PredecessorsDialog::removePredecessor);
    connect(m_list, &QListWidget::currentRowChanged, this, &PredecessorsDialog::showCurrent);
    connect(m_task, &QComboBox::currentIndexChanged, this, &PredecessorsDialog::takeFields);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PredecessorsDialog::takeFields);
    connect(m_lag, &QLineEdit::textEdited, this, &PredecessorsDialog::takeFields);
    m_list->setCurrentRow(m_links.isEmpty() ? -1 : 0);
    showCurrent();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 72), sizeHint().height());
}

bool PredecessorsDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removePredecessor();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString PredecessorsDialog::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PredecessorsDialog::accept() {
    m_problem->hide();
    takeFields();
    if (!problem().isEmpty()) {
        m_lag->setFocus();
        return;
    }
    QSet<Id> chosen;
    for (int row = 0; row < m_links.size(); ++row) {
        if (chosen.contains(m_links.at(row).predecessorId)) {
            m_list->setCurrentRow(row);
            m_problem->setText(
                tr("%1 is chosen twice: change or remove one of them.").arg(nameOf(m_links.at(row).predecessorId)));
            m_problem->show();
            m_task->setFocus();
            return;
        }
        chosen.insert(m_links.at(row).predecessorId);
    }
    if (m_apply) {
        // Refused (a loop, say): the message shows here and the choices stay to be mended.
        if (auto applied = m_apply(m_links); !applied) {
            m_problem->setText(applied.errorMessage());
            m_problem->show();
            m_list->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void PredecessorsDialog::addPredecessor() {
    QSet<Id> chosen;
    for (const PlanLink &link : std::as_const(m_links))
        chosen.insert(link.predecessorId);
    const auto free = std::find_if(m_candidates.cbegin(), m_candidates.cend(),
                                   [&chosen](const Candidate &c) { return !chosen.contains(c.id); });
    if (free == m_candidates.cend()) {
        m_problem->setText(m_candidates.isEmpty() ? tr("The plan has no other task to wait for.")
                                                  : tr("Every other task is a predecessor already."));
        m_problem->show();
        return;
    }
    m_links.append(PlanLink{0, free->id, m_successor.id, LinkType::FinishToStart, 0, 0, false});
    m_list->addItem(entryText(m_links.last()));
    m_list->setCurrentRow(int(m_links.size()) - 1);
    m_task->setFocus();
}

void PredecessorsDialog::removePredecessor() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_links.size())
        return;
    m_links.removeAt(row);
    delete m_list->takeItem(row);
    m_problem->hide();
    m_list->setCurrentRow(std::min(row, int(m_links.size()) - 1));
    showCurrent();
    if (m_links.isEmpty())
        m_add->setFocus();
}

void PredecessorsDialog::showCurrent() {
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_links.size();
    for (QWidget *field : {static_cast<QWidget *>(m_task), static_cast<QWidget *>(m_type),
                           static_cast<QWidget *>(m_lag), static_cast<QWidget *>(m_remove)})
        field->setEnabled(any);
    m_showing = true; // filling the fields is not an edit
    if (any) {
        const PlanLink &link = m_links.at(row);
        if (m_task->findData(link.predecessorId) < 0)
            m_task->addItem(nameOf(link.predecessorId), link.predecessorId);
        m_task->setCurrentIndex(m_task->findData(link.predecessorId));
        m_type->setCurrentIndex(std::max(0, m_type->findData(int(link.type))));
        m_lag->setText(shownLag(link));
    } else {
        m_task->setCurrentIndex(-1);
        m_lag->clear();
    }
    m_showing = false;
}

void PredecessorsDialog::takeFields() {
    const int row = m_list->currentRow();
    if (m_showing || row < 0 || row >= m_links.size())
        return;
    PlanLink &link = m_links[row];
    link.predecessorId = m_task->currentData().toLongLong();
    link.type = LinkType(m_type->currentData().toInt());
    if (readLag(link, m_lag->text())) {
        m_problem->hide();
    } else {
        m_problem->setText(tr("\u201C%1\u201D is not a lag: write working time (1d, 4h), a lead with a minus "
                              "(-4h), or a share of the predecessor (50%).")
                               .arg(m_lag->text().trimmed()));
        m_problem->show();
    }
    m_list->item(row)->setText(entryText(link));
}

QString PredecessorsDialog::entryText(const PlanLink &link) const {
    const QString lag = shownLag(link);
    if (lag.isEmpty())
        return tr("%1 \u2014 %2").arg(nameOf(link.predecessorId), linkTypeName(link.type));
    return tr("%1 \u2014 %2, lag %3").arg(nameOf(link.predecessorId), linkTypeName(link.type), lag);
}

QString PredecessorsDialog::nameOf(Id taskId) const {
    for (const Candidate &candidate : m_candidates) {
        if (candidate.id == taskId)
            return candidate.name;
    }
    return tr("Task #%1").arg(taskId);
}

} // namespace relm
