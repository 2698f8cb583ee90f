#include "NotesDialog.h"

#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "notes/NotesTemplateDialog.h"
#include "notes/RollupNotes.h"
#include "storage/DirectoryStore.h"
#include "widgets/FocusFirst.h"
#include "widgets/Legible.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

NotesDialog::NotesDialog(Workspace &workspace, Id releaseId, QWidget *parent)
    : NotesDialog(workspace, releaseId, false, parent) {}

NotesDialog *NotesDialog::rollup(Workspace &workspace, QWidget *parent) {
    return new NotesDialog(workspace, 0, true, parent);
}

NotesDialog::NotesDialog(Workspace &workspace, Id releaseId, bool rollup, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_releaseId(releaseId)
    , m_isRollup(rollup)
    , m_warnings(new MessageBar(this))
    , m_audience(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_export(new QPushButton(tr("&Export\u2026"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(rollup ? tr("Roll-up Notes") : tr("Release Notes"));
    m_audience->addItem(tr("Customers"), int(notes::Audience::Customer));
    m_audience->addItem(tr("Service management"), int(notes::Audience::Service));
    if (!rollup) {
        m_audience->addItem(tr("Technical staff"), int(notes::Audience::Technical));
        m_audience->addItem(tr("Change board pack"), int(notes::Audience::ChangeBoard));
    }
    m_audience->setObjectName(u"notesAudience"_s);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_export->setObjectName(u"exportNotes"_s);
    auto *close = new QPushButton(tr("Close"), this);
    auto *templates = new QPushButton(tr("&Template…"), this);
    templates->setObjectName(u"editNotesTemplate"_s);
    templates->setToolTip(tr("Sections, headings, fields, footer, and the organisation's name, logo and colours"));
    connect(templates, &QPushButton::clicked, this, &NotesDialog::editTemplate);

    auto *top = new QHBoxLayout;
    auto *forLabel = new QLabel(tr("&For:"), this);
    forLabel->setBuddy(m_audience);
    top->addWidget(forLabel);
    top->addWidget(m_audience);
    if (rollup) {
        m_environment = new QComboBox(this);
        m_environment->setObjectName(u"rollupEnvironment"_s);
        if (auto environments = m_workspace.directory().environments()) {
            for (const Environment &e : *environments)
                m_environment->addItem(e.name, e.id);
            for (int i = 0; i < m_environment->count(); ++i) {
                if (environments->at(i).kind == EnvironmentKind::Production) {
                    m_environment->setCurrentIndex(i);
                    break;
                }
            }
        }
        const QDate today = m_workspace.clock()().date();
        m_from = new QDateEdit(today.addMonths(-3), this);
        m_to = new QDateEdit(today, this);
        for (QDateEdit *edit : {m_from, m_to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(shown_dates::localeDateFormat());
            connect(edit, &QDateEdit::dateChanged, this, &NotesDialog::rebuild);
        }
        m_from->setObjectName(u"rollupFrom"_s);
        m_to->setObjectName(u"rollupTo"_s);
        const QList<std::pair<QString, QWidget *>> fields{
            {tr("&Environment:"), m_environment}, {tr("Fr&om:"), m_from}, {tr("&To:"), m_to}};
        for (const auto &[text, field] : fields) {
            auto *label = new QLabel(text, this);
            label->setBuddy(field);
            top->addWidget(label);
            top->addWidget(field);
        }
        connect(m_environment, &QComboBox::currentIndexChanged, this, &NotesDialog::rebuild);
    }
    top->addStretch();
    top->addWidget(templates);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_export);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warnings);
    layout->addWidget(m_preview, 1);
    layout->addLayout(bottom);
    // The top row's last controls are made after the rest, the message bar before it: Tab takes
    // everything as it is shown.
    QList<QWidget *> order{m_audience};
    if (rollup)
        order << m_environment << m_from << m_to;
    order << templates << m_warnings << m_preview << m_stop << m_export << close;
    chainTabOrder(order);

    connect(m_audience, &QComboBox::currentIndexChanged, this, &NotesDialog::rebuild);
    connect(m_export, &QPushButton::clicked, this, &NotesDialog::chooseFile);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(&m_writing, &QFutureWatcher<QString>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_writing, &QFutureWatcher<QString>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] {
        m_progress->setVisible(false);
        m_stop->setVisible(false);
        m_export->setEnabled(true);
        const QString result = m_writing.future().resultCount() ? m_writing.result() : tr("!Stopped.");
        const bool ok = !result.startsWith(u'!');
        m_status->setText(ok ? tr("Saved %1.").arg(result) : result.mid(1));
        m_status->setStyleSheet(ok ? QString() : legible::problemStyle());
        Q_EMIT exported(ok);
    });
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 40);
    rebuild();
}

NotesDialog::~NotesDialog() {
    if (m_cancel)
        m_cancel->store(true);
    m_writing.waitForFinished();
}

void NotesDialog::setAudience(notes::Audience audience) {
    m_audience->setCurrentIndex(m_audience->findData(int(audience)));
}

QString NotesDialog::status() const {
    return m_status->text();
}

void NotesDialog::setRollup(const QString &environment, const QDate &from, const QDate &to) {
    if (!m_isRollup)
        return;
    m_environment->setCurrentIndex(m_environment->findText(environment));
    m_from->setDate(from);
    m_to->setDate(to);
}

void NotesDialog::editTemplate() {
    const auto audience = notes::Audience(m_audience->currentData().toInt());
    NotesTemplateDialog dialog(m_workspace, audience, m_isRollup ? 0 : m_releaseId, this);
    dialog.exec();
    rebuild();
}

Result<NotesDocument> NotesDialog::buildDocument() const {
    const auto audience = notes::Audience(m_audience->currentData().toInt());
    const QDate today = m_workspace.clock()().date();
    if (!m_isRollup)
        return notes::build(m_workspace, m_releaseId, audience, today);
    if (m_environment->currentIndex() < 0)
        return makeError(ErrorCode::Invalid, tr("Add an environment first: a roll-up covers one environment."));
    auto range = notes::rangeOfDays(m_environment->currentData().toLongLong(), m_from->date(), m_to->date());
    if (!range)
        return range.error();
    return notes::buildRollup(m_workspace, *range, audience, today);
}

void NotesDialog::rebuild() {
    auto document = buildDocument();
    if (!document) {
        m_status->setText(document.errorMessage());
        m_export->setEnabled(false);
        return;
    }
    m_export->setEnabled(true);
    m_document = *document;
    if (m_document.warnings.isEmpty())
        m_warnings->clear();
    else
        m_warnings->showMessages(MessageBar::Kind::Warning, m_document.warnings);
    std::unique_ptr<QTextDocument> text = notes::toTextDocument(m_document);
    text->setParent(m_preview);
    m_preview->setDocument(text.release());
    m_status->setText(tr("%1 for %2: %n section(s)", nullptr, int(m_document.sections.size()))
                          .arg(m_document.title, m_document.release));
}

void NotesDialog::chooseFile() {
    const QString suggested = (m_isRollup ? tr("%1 changes %2 to %3.pdf")
                                                .arg(m_document.release, m_from->date().toString(Qt::ISODate),
                                                     m_to->date().toString(Qt::ISODate))
                                          : u"%1 %2.pdf"_s.arg(m_document.release, m_audience->currentText()))
                                  .replace(u'/', u'-');
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Release Notes"), suggested,
                                                      tr("PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)"));
    if (!path.isEmpty())
        exportTo(path);
}

void NotesDialog::exportTo(const QString &path) {
    const QString suffix = QFileInfo(path).suffix();
    const auto format = notes::formatFromKey(suffix);
    if (!format) {
        m_status->setText(tr("Choose a file ending in .pdf, .html or .md."));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_export->setEnabled(false);
    m_progress->setVisible(*format == notes::Format::Pdf);
    m_stop->setVisible(*format == notes::Format::Pdf);
    m_status->setText(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()));
    m_writing.setFuture(QtConcurrent::run(
        [document = m_document, format = *format, path, cancel = m_cancel](QPromise<QString> &promise) {
            Result<void> written = format == notes::Format::Pdf ? notes::writePdf(
                                                                      document, path,
                                                                      [&promise](int page, int pages) {
                                                                          promise.setProgressRange(0, pages);
                                                                          promise.setProgressValue(page);
                                                                      },
                                                                      cancel.get())
                                                                : notes::write(document, format, path);
            promise.addResult(written ? QFileInfo(path).absoluteFilePath() : u"!"_s + written.errorMessage());
        }));
}

} // namespace relm
