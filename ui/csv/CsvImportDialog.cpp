#include "CsvImportDialog.h"

#include "changes/Workspace.h"
#include "csv/CsvLayoutMemory.h"
#include "csv/CsvPreviewModel.h"
#include "storage/ReleaseStore.h"
#include "widgets/FocusFirst.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// How many rows the preview shows.
constexpr int previewRows = 50;

} // namespace

CsvImportDialog::CsvImportDialog(Workspace &workspace, const QString &path, QByteArray data, Id releaseId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_data(std::move(data))
    , m_kind(new QComboBox(this))
    , m_release(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_dateFormat(new QLineEdit(u"yyyy-MM-dd"_s, this))
    , m_mappingPanel(new QWidget(this))
    , m_mappingForm(new QFormLayout(m_mappingPanel))
    , m_previewView(new QTableView(this))
    , m_preview(new CsvPreviewModel(this))
    , m_status(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import CSV \u2014 %1").arg(QFileInfo(path).fileName()));
    m_kind->setObjectName(u"csvKind"_s);
    for (csv::RecordKind kind : csv::recordKinds())
        m_kind->addItem(csv::labelOf(kind), csv::keyOf(kind));
    m_release->setObjectName(u"csvRelease"_s);
    m_release->addItem(tr("(none)"), Id(0));
    if (auto releases = workspace.releases().releases()) {
        for (const Release &r : *releases)
            m_release->addItem(r.name, r.id);
    }
    if (const int index = m_release->findData(releaseId); index > 0)
        m_release->setCurrentIndex(index);
    m_delimiter->setObjectName(u"csvDelimiter"_s);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma (,)"), u","_s);
    m_delimiter->addItem(tr("Semicolon (;)"), u";"_s);
    m_delimiter->addItem(tr("Tab"), u"\t"_s);
    m_delimiter->addItem(tr("Vertical bar (|)"), u"|"_s);
    m_dateFormat->setObjectName(u"csvDateFormat"_s);
    m_dateFormat->setToolTip(tr("How the file writes dates: d day, M month, yyyy year; e.g. dd.MM.yyyy or "
                                "MM/dd/yyyy. Dates are never guessed."));
    m_previewView->setObjectName(u"csvPreview"_s);
    m_previewView->setTabKeyNavigation(false);
    m_previewView->setModel(m_preview);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(u"csvStatus"_s);
    m_status->setWordWrap(true);
    m_problems->setObjectName(u"csvProblems"_s);
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(110);

    auto *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"csvImport"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *fileForm = new QFormLayout;
    fileForm->addRow(tr("&Records:"), m_kind);
    fileForm->addRow(tr("&Release:"), m_release);
    fileForm->addRow(tr("&Separator:"), m_delimiter);
    fileForm->addRow(tr("&Date format:"), m_dateFormat);
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    m_mappingScroll = new QScrollArea(mappingBox);
    m_mappingScroll->setWidget(m_mappingPanel);
    m_mappingScroll->setWidgetResizable(true);
    // Its boxes take the focus, and it scrolls to the one that has it; it scrolls only downwards.
    m_mappingScroll->setFocusPolicy(Qt::NoFocus);
    m_mappingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitMappingWidth();
    (new QVBoxLayout(mappingBox))->addWidget(m_mappingScroll);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(fileForm);
    leftLayout->addWidget(mappingBox, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_previewView);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(1100, 640);

    readFile();
    m_detectedHeader = m_table ? m_table->header() : QStringList();
    // The records the columns suggest (a tasks file opens on Tasks); a remembered choice wins.
    if (const auto likely = csv::likelyKind(m_detectedHeader))
        m_kind->setCurrentIndex(m_kind->findData(csv::keyOf(*likely)));
    restoreRemembered();
    rebuildMapping();
    analyse();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        rebuildMapping();
        analyse();
    });
    connect(m_release, &QComboBox::currentIndexChanged, this, &CsvImportDialog::analyse);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        readFile();
        rebuildMapping();
        analyse();
    });
    connect(m_dateFormat, &QLineEdit::textChanged, this, &CsvImportDialog::analyse);
}

CsvImportDialog::~CsvImportDialog() = default;

csv::RecordKind CsvImportDialog::kind() const {
    return csv::recordKindFromKey(m_kind->currentData().toString()).value_or(csv::RecordKind::Changes);
}

Id CsvImportDialog::releaseId() const {
    return m_release->currentData().toLongLong();
}

QChar CsvImportDialog::chosenDelimiter() const {
    const QString value = m_delimiter->currentData().toString();
    return value.isEmpty() ? QChar() : value.at(0);
}

QComboBox *CsvImportDialog::mappingBox(const QString &field) const {
    for (const auto &[key, box] : m_mappingBoxes) {
        if (key == field)
            return box;
    }
    return nullptr;
}

void CsvImportDialog::readFile() {
    auto table = csv::readTable(m_data, csv::readOptions(chosenDelimiter()));
    m_readError = table ? QString() : table.errorMessage();
    m_table.reset();
    if (table)
        m_table = std::move(table.value());
}

void CsvImportDialog::restoreRemembered() {
    const auto choice = CsvLayoutMemory::recall(m_detectedHeader);
    if (!choice)
        return;
    m_updating = true;
    m_kind->setCurrentIndex(m_kind->findData(csv::keyOf(choice->kind)));
    if (!choice->dateFormat.isEmpty())
        m_dateFormat->setText(choice->dateFormat);
    if (!choice->delimiter.isNull()) {
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(choice->delimiter))));
        readFile();
    }
    m_updating = false;
}

/// One box per field of the kind, offering every column of the file; chosen from the remembered
/// mapping of this layout, else from the header names.
void CsvImportDialog::rebuildMapping() {
    m_updating = true;
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_mappingBoxes.clear();
    const QStringList header = m_table ? m_table->header() : QStringList();
    csv::ColumnMapping mapping = csv::ColumnMapping::guess(kind(), header);
    if (const auto choice = CsvLayoutMemory::recall(m_detectedHeader); choice && choice->kind == kind()) {
        csv::ColumnMapping remembered;
        if (remembered.override(kind(), choice->mappingSpec, header))
            mapping = remembered;
    }
    for (const csv::Field &field : csv::fieldsOf(kind())) {
        auto *box = new QComboBox(m_mappingPanel);
        box->setObjectName(u"csvMap_"_s + field.key);
        box->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < header.size(); ++i)
            box->addItem(header.at(i).isEmpty() ? tr("Column %1").arg(i + 1) : header.at(i), i);
        box->setCurrentIndex(std::max(0, box->findData(mapping.column(field.key))));
        box->setToolTip(csv::formatOf(field));
        connect(box, &QComboBox::currentIndexChanged, this, &CsvImportDialog::analyse);
        m_mappingForm->addRow(csv::labelOf(field) + (field.required ? u" *"_s : QString()) + u':', box);
        m_mappingBoxes.append({field.key, box});
    }
    // Made after the rest of the dialog: Tab takes them where they are shown, under the file's settings.
    QList<QWidget *> order{m_dateFormat};
    for (const auto &[key, box] : std::as_const(m_mappingBoxes))
        order << box;
    order << m_previewView;
    chainTabOrder(order);
    fitMappingWidth();
    m_updating = false;
}

void CsvImportDialog::fitMappingWidth() {
    // The column boxes show whole: the scroll area is as wide as they need, and the splitter keeps it so.
    if (m_mappingScroll)
        m_mappingScroll->setMinimumWidth(m_mappingPanel->minimumSizeHint().width() +
                                         m_mappingScroll->verticalScrollBar()->sizeHint().width() +
                                         2 * m_mappingScroll->frameWidth());
}

csv::ColumnMapping CsvImportDialog::chosenMapping() const {
    csv::ColumnMapping mapping;
    for (const auto &[field, box] : m_mappingBoxes)
        mapping.set(field, box->currentData().toInt());
    return mapping;
}

QString CsvImportDialog::mappingSpec() const {
    QStringList pairs;
    for (const auto &[field, box] : m_mappingBoxes) {
        const int column = box->currentData().toInt();
        pairs.append(column < 0 ? field + u'=' : u"%1=#%2"_s.arg(field).arg(column + 1));
    }
    return pairs.join(u',');
}

void CsvImportDialog::analyse() {
    if (m_updating)
        return;
    m_import.reset();
    m_release->setEnabled(csv::needsRelease(kind()) || kind() == csv::RecordKind::Changes);
    QString status;
    QString problems;
    if (!m_table) {
        status = tr("The file cannot be read: %1").arg(m_readError);
    } else if (csv::needsRelease(kind()) && releaseId() == 0) {
        status = tr("%1 belong to a release: choose the release to import them into.").arg(csv::labelOf(kind()));
    } else {
        csv::ImportOptions options;
        options.kind = kind();
        options.releaseId = releaseId();
        options.source = QFileInfo(m_path).fileName();
        options.formats.dateFormat = m_dateFormat->text().trimmed();
        options.mapping = chosenMapping();
        options.previewRows = previewRows;
        auto import = csv::analyseTable(m_workspace, *m_table, options);
        if (!import) {
            status = import.errorMessage();
        } else {
            m_import = std::move(import.value());
            m_preview->setImport(kind(), *m_import);
            const QString file = tr("%n row(s), %1, separated by %2.", nullptr, m_import->rows)
                                     .arg(csv::encodingName(m_import->encoding),
                                          m_import->delimiter == u'\t' ? tr("tabs") : QString(m_import->delimiter));
            if (m_import->problems.isEmpty()) {
                status = file + u' ' + tr("Importing gives: %1.").arg(m_import->summary());
            } else {
                status = file + u' ' +
                         tr("%n problem(s): correct the file or the columns; nothing is imported while any row has "
                            "one.",
                            nullptr, int(m_import->problems.size()));
                problems = m_import->problemReport(200);
            }
        }
    }
    if (!m_import)
        m_preview->setImport(kind(), csv::CsvImport{});
    m_status->setText(status);
    m_problems->setPlainText(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(false);
    if (auto *importButton = findChild<QPushButton *>(u"csvImport"_s))
        importButton->setEnabled(m_import && m_import->problems.isEmpty());
}

void CsvImportDialog::accept() {
    if (!m_import || !m_import->problems.isEmpty())
        return;
    CsvLayoutMemory::remember(m_detectedHeader,
                              {kind(), mappingSpec(), m_dateFormat->text().trimmed(), chosenDelimiter()});
    QDialog::accept();
}

std::unique_ptr<Change> CsvImportDialog::takeChange() {
    return m_import ? std::move(m_import->change) : nullptr;
}

} // namespace relm
