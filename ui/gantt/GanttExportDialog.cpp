#include "GanttExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

const QString folderKey = u"ganttExport/folder"_s;
const QString formatKey = u"ganttExport/format"_s;
const QString paperKey = u"ganttExport/paper"_s;
const QString orientationKey = u"ganttExport/orientation"_s;
const QString pagesWideKey = u"ganttExport/pagesWide"_s;
const QString widthKey = u"ganttExport/pngWidth"_s;

QString withSuffix(const QString &path, bool png) {
    const QFileInfo info(path);
    const QString suffix = png ? u"png"_s : u"pdf"_s;
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    const QString other = png ? u"pdf"_s : u"png"_s;
    if (info.suffix().compare(other, Qt::CaseInsensitive) == 0)
        return path.left(path.size() - other.size()) + suffix;
    return path + u'.' + suffix;
}

} // namespace

QString GanttExportDialog::lastFolder() {
    const QString folder = QSettings().value(folderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void GanttExportDialog::rememberFolder(const QString &folder) {
    QSettings().setValue(folderKey, folder);
}

GanttExportDialog::GanttExportDialog(const QString &baseName, const QString &folder,
                                     std::function<int(const GanttExportSettings &)> pages, bool rangeAvailable,
                                     QWidget *parent)
    : QDialog(parent)
    , m_pages(std::move(pages))
    , m_form(new QFormLayout)
    , m_format(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_pagesWide(new QSpinBox(this))
    , m_width(new QSpinBox(this))
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this)) {
    setObjectName(u"ganttExportDialog"_s);
    setWindowTitle(tr("Export the Gantt Chart"));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("PDF document"));
    m_format->addItem(tr("PNG image"));
    m_range->setObjectName(u"exportRange"_s);
    m_range->addItem(tr("Whole schedule"));
    m_range->addItem(tr("Range in view"));
    m_paper->setObjectName(u"exportPaper"_s);
    for (const QPageSize::PageSizeId paper : gantt::papers())
        m_paper->addItem(QPageSize::name(paper), int(paper));
    m_orientation->setObjectName(u"exportOrientation"_s);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_pagesWide->setObjectName(u"exportPagesWide"_s);
    m_pagesWide->setRange(1, gantt::maxPagesWide);
    m_pagesWide->setToolTip(tr("The whole span of dates fits this many pages across; rows continue on further "
                               "pages"));
    m_width->setObjectName(u"exportPngWidth"_s);
    m_width->setRange(gantt::minPngWidth, gantt::maxPngWidth);
    m_width->setSingleStep(100);
    m_width->setSuffix(tr(" px"));
    m_path->setObjectName(u"exportPath"_s);
    m_summary->setObjectName(u"exportSummary"_s);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(u"exportBrowse"_s);

    const QSettings settings;
    m_format->setCurrentIndex(settings.value(formatKey).toString() == u"png"_s ? 1 : 0);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.value(paperKey, int(QPageSize::A4)).toInt())));
    m_orientation->setCurrentIndex(
        std::max(0, m_orientation->findData(settings.value(orientationKey, int(QPageLayout::Landscape)).toInt())));
    m_pagesWide->setValue(settings.value(pagesWideKey, 1).toInt());
    m_width->setValue(settings.value(widthKey, 1600).toInt());
    m_path->setText(withSuffix(QDir(folder).filePath(baseName), m_format->currentIndex() == 1));

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("&Dates:"), m_range);
    m_form->addRow(tr("&Paper:"), m_paper);
    m_form->addRow(tr("&Orientation:"), m_orientation);
    m_form->addRow(tr("Pages &wide:"), m_pagesWide);
    m_form->addRow(tr("&Width:"), m_width);
    m_form->addRow(tr("F&ile:"), file);
    m_form->addRow(QString(), m_summary);
    m_form->setRowVisible(m_range, rangeAvailable);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportAccept"_s);
    exportButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &GanttExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &GanttExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &GanttExportDialog::formatChanged);
    for (QComboBox *box : {m_range, m_paper, m_orientation})
        connect(box, &QComboBox::currentIndexChanged, this, &GanttExportDialog::update);
    for (QSpinBox *box : {m_pagesWide, m_width})
        connect(box, &QSpinBox::valueChanged, this, &GanttExportDialog::update);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
    formatChanged();
}

GanttExportSettings GanttExportDialog::settings() const {
    GanttExportSettings s;
    s.png = m_format->currentIndex() == 1;
    s.path = withSuffix(m_path->text().trimmed(), s.png);
    s.rangeInView = !m_form->isRowVisible(m_range) ? false : m_range->currentIndex() == 1;
    s.pdf.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    s.pdf.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    s.pdf.pagesWide = m_pagesWide->value();
    s.image.width = m_width->value();
    return s;
}

QString GanttExportDialog::path() const {
    return m_path->text();
}

void GanttExportDialog::setPath(const QString &path) {
    m_path->setText(path);
}

void GanttExportDialog::setPng(bool png) {
    m_format->setCurrentIndex(png ? 1 : 0);
}

QString GanttExportDialog::summary() const {
    return m_summary->text();
}

void GanttExportDialog::formatChanged() {
    const bool png = m_format->currentIndex() == 1;
    for (QWidget *pdfOnly : std::initializer_list<QWidget *>{m_paper, m_orientation, m_pagesWide})
        m_form->setRowVisible(pdfOnly, !png);
    m_form->setRowVisible(m_width, png);
    if (!m_path->text().trimmed().isEmpty())
        m_path->setText(withSuffix(m_path->text().trimmed(), png));
    update();
}

void GanttExportDialog::update() {
    const GanttExportSettings s = settings();
    if (s.png) {
        m_summary->setText(tr("One picture %1 pixels wide, with every row.").arg(s.image.width));
        return;
    }
    const int pages = m_pages ? m_pages(s) : 0;
    m_summary->setText(pages == 1 ? tr("1 page.") : tr("%1 pages.").arg(pages));
}

void GanttExportDialog::browse() {
    const bool png = m_format->currentIndex() == 1;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the Gantt Chart"), m_path->text(),
                                                        png ? tr("PNG images (*.png)") : tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(withSuffix(chosen, png));
}

void GanttExportDialog::accept() {
    const GanttExportSettings s = settings();
    if (m_path->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Choose a file to write."));
        return;
    }
    QSettings settings;
    settings.setValue(formatKey, s.png ? u"png"_s : u"pdf"_s);
    settings.setValue(paperKey, int(s.pdf.paper));
    settings.setValue(orientationKey, int(s.pdf.orientation));
    settings.setValue(pagesWideKey, s.pdf.pagesWide);
    settings.setValue(widthKey, s.image.width);
    QDialog::accept();
}

} // namespace relm
