#include "NotesDialog.h"

#include "changes/Workspace.h"

#include <QComboBox>
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
    : QDialog(parent)
    , m_workspace(workspace)
    , m_releaseId(releaseId)
    , m_audience(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_export(new QPushButton(tr("&Export\u2026"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Release Notes"));
    m_audience->addItem(tr("Customers"), int(notes::Audience::Customer));
    m_audience->addItem(tr("Service management"), int(notes::Audience::Service));
    m_audience->addItem(tr("Technical staff"), int(notes::Audience::Technical));
    m_audience->addItem(tr("Change board pack"), int(notes::Audience::ChangeBoard));
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_export->setObjectName(u"exportNotes"_s);
    auto *close = new QPushButton(tr("Close"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&For:"), this));
    top->addWidget(m_audience);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_export);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addLayout(bottom);
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_audience);

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
        m_status->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
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

void NotesDialog::rebuild() {
    auto document = notes::build(m_workspace, m_releaseId, notes::Audience(m_audience->currentData().toInt()),
                                 m_workspace.clock()().date());
    if (!document) {
        m_status->setText(document.errorMessage());
        return;
    }
    m_document = *document;
    std::unique_ptr<QTextDocument> text = notes::toTextDocument(m_document);
    text->setParent(m_preview);
    m_preview->setDocument(text.release());
    m_status->setText(tr("%1 for %2: %n section(s)", nullptr, int(m_document.sections.size()))
                          .arg(m_document.title, m_document.release));
}

void NotesDialog::chooseFile() {
    const QString suggested = u"%1 %2.pdf"_s.arg(m_document.release, m_audience->currentText()).replace(u'/', u'-');
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
