#include "AuditView.h"

#include "AuditModel.h"
#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "widgets/Legible.h"
#include "widgets/RecordTable.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr int shownEntries = 5000; ///< the newest entries matching the filter

} // namespace

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditModel(this))
    , m_table(makeRecordTable(m_model, this, tr("Audit trail")))
    , m_release(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify Trail and Signatures"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_verdict(new QLabel(this)) {
    m_table->horizontalHeader()->setSectionResizeMode(AuditModel::SummaryColumn, QHeaderView::Stretch);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(shown_dates::localeDateFormat());
    }
    const QDate today = workspace.clock()().date();
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_verdict->setWordWrap(true);
    m_count->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verify->setObjectName(u"verifyTrail"_s);
    // The choices are long (a person's name and roles): the lists open wide, the boxes stay
    // narrow enough for the row to fit a laptop's window in German.
    for (QComboBox *box : {m_release, m_person}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Release:"), this));
    filters->addWidget(m_release);
    filters->addWidget(new QLabel(tr("Person:"), this));
    filters->addWidget(m_person);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_progress, 1);
    verifyRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(verifyRow);
    layout->addWidget(m_verdict);

    fillFilters();
    connect(m_release, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    connect(m_stop, &QPushButton::clicked, this, &AuditView::stopVerifying);
    connect(&m_verifying, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_verifying, &QFutureWatcher<Outcome>::finished, this, &AuditView::showVerification);
    connect(&m_workspace, &Workspace::changed, this, &AuditView::reload);
    reload();
}

AuditView::~AuditView() {
    stopVerifying();
    m_verifying.waitForFinished();
}

void AuditView::fillFilters() {
    m_release->addItem(tr("All"), 0);
    m_release->setItemData(0, tr("Every entry: all releases and the catalogue"), Qt::ToolTipRole);
    if (auto releases = m_workspace.releases().releases()) {
        for (const Release &r : *releases)
            m_release->addItem(r.name, r.id);
    }
    m_person->addItem(tr("Everyone"), QString());
    if (auto people = m_workspace.directory().people()) {
        for (const Person &p : *people)
            m_person->addItem(u"%1 (%2)"_s.arg(p.displayName, p.login), p.login);
    }
    for (QComboBox *box : {m_release, m_person}) // their lists show each choice whole
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) +
                                     box->view()->verticalScrollBar()->sizeHint().width());
}

void AuditView::setReleaseFilter(Id releaseId) {
    m_release->setCurrentIndex(std::max(0, m_release->findData(releaseId)));
}

void AuditView::setPersonFilter(const QString &login) {
    m_person->setCurrentIndex(std::max(0, m_person->findData(login)));
}

void AuditView::setDateRange(const QDate &from, const QDate &to) {
    m_from->setDate(from);
    m_to->setDate(to);
}

void AuditView::reload() {
    AuditFilter filter;
    filter.releaseId = m_release->currentData().toLongLong();
    filter.actorLogin = m_person->currentData().toString();
    filter.limit = shownEntries;
    filter.from = m_from->date().startOfDay(Qt::UTC);
    filter.to = m_to->date().addDays(1).startOfDay(Qt::UTC);
    auto entries = m_workspace.auditLog().entries(filter);
    QHash<Id, QString> names;
    for (int i = 1; i < m_release->count(); ++i)
        names.insert(m_release->itemData(i).toLongLong(), m_release->itemText(i));
    m_model->setEntries(entries ? *entries : QList<AuditEntry>{}, names);
    m_model->setBadEntry(m_badEntry);
    m_count->setText(entries ? tr("%n entries", nullptr, int(entries->size())) : entries.errorMessage());
    m_table->scrollToBottom();
}

void AuditView::verify() {
    if (m_verifying.isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_stop->setVisible(true);
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying\u2026"));
    // Qt SQL connections belong to one thread: the worker opens its own to the same file.
    const QString path = m_workspace.database().location();
    m_verifying.setFuture(QtConcurrent::run([path, cancel = m_cancel](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 1000);
        auto reader = Workspace::openFile(path);
        if (!reader) {
            promise.addResult(Outcome{std::nullopt, reader.errorMessage()});
            return;
        }
        auto result = verifyTrail(
            **reader,
            [&promise](qint64 done, qint64 total) {
                promise.setProgressValue(total > 0 ? int(done * 1000 / total) : 1000);
            },
            cancel.get());
        promise.addResult(result ? Outcome{*result, {}} : Outcome{std::nullopt, result.errorMessage()});
    }));
}

void AuditView::stopVerifying() {
    if (m_cancel)
        m_cancel->store(true);
}

void AuditView::showVerification() {
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_verify->setEnabled(true);
    if (m_verifying.future().resultCount() == 0)
        return;
    const Outcome outcome = m_verifying.result();
    if (!outcome.verification) {
        m_verdict->setText(
            u"<span style='color:%1'>%2</span>"_s.arg(legible::problemText().name(), outcome.error.toHtmlEscaped()));
        Q_EMIT verified(false);
        return;
    }
    const TrailVerification &v = *outcome.verification;
    if (v.audit.cancelled) {
        m_verdict->setText(tr("Stopped after %n entries.", nullptr, int(v.audit.entries)));
        return;
    }
    m_badEntry = v.audit.firstBadEntry;
    m_model->setBadEntry(m_badEntry);
    if (v.intact()) {
        m_verdict->setText(u"<b style='color:%1'>%2</b> %3"_s.arg(
            legible::goodText().name(), tr("Intact."),
            tr("%1 entries checked; %2 signatures: %3 valid, %4 void because what they signed changed "
               "since.")
                .arg(v.audit.entries)
                .arg(v.signatures)
                .arg(v.valid)
                .arg(v.voided)
                .toHtmlEscaped()));
    } else {
        m_verdict->setText(u"<b style='color:%1'>%2</b> %3"_s.arg(legible::problemText().name(), tr("Tampered with."),
                                                                  v.problem().toHtmlEscaped()));
        if (const int row = m_model->rowOf(m_badEntry); row >= 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    Q_EMIT verified(v.intact());
}

QString AuditView::verdict() const {
    return m_verdict->text();
}

} // namespace relm
