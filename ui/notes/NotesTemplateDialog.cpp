#include "NotesTemplateDialog.h"

#include "changes/Workspace.h"
#include "notes/NotesFormats.h"
#include "notes/NotesTemplates.h"
#include "storage/NotesTemplateStore.h"
#include "storage/ReleaseStore.h"
#include "widgets/FocusFirst.h"
#include "widgets/MessageBar.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr int keyRole = Qt::UserRole;

QString audienceLabel(const QString &audience) {
    if (audience == u"customer"_s)
        return NotesTemplateDialog::tr("Customers");
    if (audience == u"service"_s)
        return NotesTemplateDialog::tr("Service management");
    if (audience == u"technical"_s)
        return NotesTemplateDialog::tr("Technical staff");
    return NotesTemplateDialog::tr("Change board pack");
}

void paintSwatch(QPushButton *button, const QString &colour) {
    QPixmap swatch(16, 16);
    swatch.fill(QColor(colour));
    button->setIcon(QIcon(swatch));
    button->setText(colour.toUpper());
}

} // namespace

NotesTemplateDialog::NotesTemplateDialog(Workspace &workspace, notes::Audience audience, Id previewReleaseId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_previewReleaseId(previewReleaseId)
    , m_message(new MessageBar(this))
    , m_audience(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_footer(new QLineEdit(this))
    , m_sections(new QTreeWidget(this))
    , m_fields(new QTreeWidget(this))
    , m_organisation(new QLineEdit(this))
    , m_logo(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_accent(new QPushButton(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this)) {
    setWindowTitle(tr("Notes Templates"));
    if (m_previewReleaseId == 0) {
        if (auto releases = m_workspace.releases().releases(); releases && !releases->isEmpty())
            m_previewReleaseId = releases->constFirst().id;
    }
    auto templates = notes::currentTemplates(m_workspace.notesTemplates());
    auto branding = notes::brandingOf(m_workspace.notesTemplates());
    if (templates)
        m_templates = *templates;
    if (branding)
        m_branding = *branding;
    if (!templates || !branding)
        m_message->showError(!templates ? templates.errorMessage() : branding.errorMessage());

    for (const QString &key : notes_catalogue::audiences())
        m_audience->addItem(audienceLabel(key), key);
    m_audience->setObjectName(u"templateAudience"_s);
    m_title->setObjectName(u"templateTitle"_s);
    m_footer->setObjectName(u"templateFooter"_s);
    m_footer->setPlaceholderText(tr("e.g. Questions? support@example.com"));
    m_sections->setObjectName(u"templateSections"_s);
    m_sections->setHeaderLabels({tr("Section"), tr("Heading in the document")});
    m_sections->setRootIsDecorated(false);
    m_sections->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_sections->header()->resizeSection(0, fontMetrics().averageCharWidth() * 26);
    m_sections->setMinimumHeight(fontMetrics().lineSpacing() * 11);
    m_sections->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    m_sections->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    m_sections->setAccessibleName(tr("Sections: tick to show, edit the heading in the second column"));
    m_fields->setObjectName(u"templateFields"_s);
    m_fields->setHeaderHidden(true);
    m_fields->setRootIsDecorated(false);
    m_fields->setAccessibleName(tr("Optional fields"));
    m_fields->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_organisation->setObjectName(u"organisationName"_s);
    m_organisation->setPlaceholderText(tr("Your organisation's name, printed on every document"));
    m_logo->setObjectName(u"organisationLogo"_s);
    m_logo->setMinimumSize(160, 48);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    m_primary->setObjectName(u"primaryColour"_s);
    m_accent->setObjectName(u"accentColour"_s);
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &NotesTemplateDialog::refreshPreview);

    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSection(1); });
    auto *chooseLogo = new QPushButton(tr("Choose &Logo\u2026"), this);
    auto *removeLogo = new QPushButton(tr("Remove Logo"), this);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            setLogo(file.readAll());
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_branding.logoPng.clear();
        showLook();
        schedulePreview();
    });
    connect(m_primary, &QPushButton::clicked, this, [this] { chooseColour(&NotesBranding::primaryColour, m_primary); });
    connect(m_accent, &QPushButton::clicked, this, [this] { chooseColour(&NotesBranding::accentColour, m_accent); });
    connect(m_organisation, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_branding.organisation = text.trimmed();
        schedulePreview();
    });

    auto *look = new QGroupBox(tr("Organisation (every document)"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Name:"), m_organisation);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();
    lookForm->addRow(tr("Logo:"), logoRow);
    auto *colours = new QHBoxLayout;
    colours->addWidget(m_primary);
    colours->addWidget(m_accent);
    colours->addStretch();
    lookForm->addRow(tr("Colours:"), colours);

    auto *content = new QGroupBox(tr("Template"), this);
    auto *contentForm = new QFormLayout(content);
    contentForm->addRow(tr("&Audience:"), m_audience);
    contentForm->addRow(tr("&Title:"), m_title);
    contentForm->addRow(tr("&Footer:"), m_footer);
    auto *sectionButtons = new QHBoxLayout;
    sectionButtons->addWidget(up);
    sectionButtons->addWidget(down);
    sectionButtons->addStretch();
    contentForm->addRow(tr("&Sections:"), m_sections);
    contentForm->addRow(QString(), sectionButtons);
    contentForm->addRow(tr("F&ields:"), m_fields);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(look);
    leftLayout->addWidget(content, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *exportButton = buttons->addButton(tr("E&xport\u2026"), QDialogButtonBox::ActionRole);
    auto *importButton = buttons->addButton(tr("I&mport\u2026"), QDialogButtonBox::ActionRole);
    auto *resetButton = buttons->addButton(tr("&Default for This Audience"), QDialogButtonBox::ResetRole);
    exportButton->setToolTip(tr("Write every template and the organisation's look to a file"));
    importButton->setToolTip(tr("Read templates and the look from a file written by Export, and save them"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NotesTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Notes Templates"),
                                                          tr("notes-templates.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Notes Templates"), QString(), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(resetButton, &QPushButton::clicked, this, [this] {
        for (NotesTemplate &t : m_templates) {
            if (t.audience == m_audienceShown)
                t = notes_catalogue::defaultTemplate(m_audienceShown);
        }
        loadAudience(m_audienceShown);
        schedulePreview();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    // The organisation's box is shown first, above the template; Tab takes the controls as shown.
    chainTabOrder({m_organisation, chooseLogo, removeLogo, m_primary, m_accent, m_audience, m_title, m_footer,
                   m_sections, up, down, m_fields, m_preview});

    connect(m_audience, &QComboBox::currentIndexChanged, this, [this] {
        keepAudienceEdits();
        loadAudience(m_audience->currentData().toString());
        refreshPreview();
    });
    connect(m_title, &QLineEdit::textEdited, this, &NotesTemplateDialog::schedulePreview);
    connect(m_footer, &QLineEdit::textEdited, this, &NotesTemplateDialog::schedulePreview);
    connect(m_sections, &QTreeWidget::itemChanged, this, &NotesTemplateDialog::schedulePreview);
    connect(m_fields, &QTreeWidget::itemChanged, this, &NotesTemplateDialog::schedulePreview);

    m_organisation->setText(m_branding.organisation);
    showLook();
    m_audience->setCurrentIndex(m_audience->findData(notes::audienceKey(audience)));
    loadAudience(notes::audienceKey(audience));
    refreshPreview();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 42);
}

void NotesTemplateDialog::loadAudience(const QString &audience) {
    m_loading = true;
    m_audienceShown = audience;
    const auto found = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                    [&](const NotesTemplate &t) { return t.audience == audience; });
    const NotesTemplate t = found != m_templates.cend() ? *found : notes_catalogue::defaultTemplate(audience);
    m_title->setText(t.title);
    m_title->setPlaceholderText(notes_catalogue::defaultTitle(audience));
    m_footer->setText(t.footer);
    const bool forCustomers = audience == u"customer"_s;
    m_sections->clear();
    for (const SectionChoice &c : t.sections) {
        const notes_catalogue::SectionInfo *info = notes_catalogue::section(c.key);
        auto *item = new QTreeWidgetItem(m_sections);
        item->setText(0, notes_catalogue::headingOf(c.key) +
                             (forCustomers && info && info->internal ? tr(" (internal)") : QString()));
        item->setText(1, c.heading.isEmpty() ? notes_catalogue::headingOf(c.key) : c.heading);
        item->setData(0, keyRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(0, c.shown ? Qt::Checked : Qt::Unchecked);
        if (forCustomers && info && info->internal)
            item->setToolTip(0, tr("Meant for staff: customers would read internal records."));
    }
    m_fields->clear();
    for (const notes_catalogue::FieldInfo &f : notes_catalogue::fields()) {
        auto *item = new QTreeWidgetItem(m_fields);
        const QString key = QString::fromLatin1(f.key);
        item->setText(0, notes_catalogue::labelOfField(key) +
                             (forCustomers && f.internal ? tr(" (internal)") : QString()));
        item->setData(0, keyRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, t.fields.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

NotesTemplate NotesTemplateDialog::editedTemplate() const {
    const auto found = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                    [&](const NotesTemplate &t) { return t.audience == m_audienceShown; });
    NotesTemplate t = found != m_templates.cend() ? *found : notes_catalogue::defaultTemplate(m_audienceShown);
    t.title = m_title->text().trimmed();
    t.footer = m_footer->text().trimmed();
    t.sections.clear();
    for (int i = 0; i < m_sections->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_sections->topLevelItem(i);
        const QString key = item->data(0, keyRole).toString();
        QString heading = item->text(1).trimmed();
        if (heading == notes_catalogue::headingOf(key))
            heading.clear();
        t.sections.append({key, item->checkState(0) == Qt::Checked, heading});
    }
    t.fields.clear();
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_fields->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            t.fields.append(item->data(0, keyRole).toString());
    }
    return t;
}

void NotesTemplateDialog::keepAudienceEdits() {
    if (m_audienceShown.isEmpty())
        return;
    const NotesTemplate edited = editedTemplate();
    for (NotesTemplate &t : m_templates) {
        if (t.audience == edited.audience)
            t = edited;
    }
}

void NotesTemplateDialog::selectAudience(const QString &audience) {
    m_audience->setCurrentIndex(m_audience->findData(audience));
}

void NotesTemplateDialog::setOrganisation(const QString &name) {
    m_organisation->setText(name);
    m_branding.organisation = name.trimmed();
    schedulePreview();
}

void NotesTemplateDialog::setLogo(const QByteArray &imageFile) {
    auto logo = notes::logoFrom(imageFile);
    if (!logo) {
        m_message->showError(logo.errorMessage());
        return;
    }
    m_branding.logoPng = *logo;
    showLook();
    schedulePreview();
}

void NotesTemplateDialog::setSectionShown(const QString &key, bool shown) {
    for (int i = 0; i < m_sections->topLevelItemCount(); ++i) {
        if (m_sections->topLevelItem(i)->data(0, keyRole).toString() == key)
            m_sections->topLevelItem(i)->setCheckState(0, shown ? Qt::Checked : Qt::Unchecked);
    }
}

void NotesTemplateDialog::setHeading(const QString &key, const QString &heading) {
    for (int i = 0; i < m_sections->topLevelItemCount(); ++i) {
        if (m_sections->topLevelItem(i)->data(0, keyRole).toString() == key)
            m_sections->topLevelItem(i)->setText(1, heading);
    }
}

void NotesTemplateDialog::setFooter(const QString &footer) {
    m_footer->setText(footer);
    schedulePreview();
}

void NotesTemplateDialog::moveSection(int by) {
    const int from = m_sections->indexOfTopLevelItem(m_sections->currentItem());
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_sections->topLevelItemCount())
        return;
    QTreeWidgetItem *item = m_sections->takeTopLevelItem(from);
    m_sections->insertTopLevelItem(to, item);
    m_sections->setCurrentItem(item);
    schedulePreview();
}

void NotesTemplateDialog::chooseColour(QString NotesBranding::*colour, QPushButton *button) {
    const QColor chosen = QColorDialog::getColor(QColor(m_branding.*colour), this, tr("Choose a Colour"));
    if (!chosen.isValid())
        return;
    m_branding.*colour = chosen.name();
    paintSwatch(button, m_branding.*colour);
    schedulePreview();
}

void NotesTemplateDialog::showLook() {
    paintSwatch(m_primary, m_branding.primaryColour);
    paintSwatch(m_accent, m_branding.accentColour);
    m_primary->setToolTip(tr("Headings, the title band and table headers"));
    m_accent->setToolTip(tr("Notices such as a deployment inside a change freeze"));
    if (m_branding.logoPng.isEmpty()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(QImage::fromData(m_branding.logoPng, "PNG"))
                              .scaled(160, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

void NotesTemplateDialog::schedulePreview() {
    if (!m_loading)
        m_previewTimer->start();
}

void NotesTemplateDialog::refreshPreview() {
    m_previewTimer->stop();
    if (m_previewReleaseId == 0) {
        m_preview->setPlainText(tr("Create a release to see a preview."));
        return;
    }
    auto document =
        notes::build(m_workspace, m_previewReleaseId, editedTemplate(), m_branding, m_workspace.clock()().date());
    if (!document) {
        m_preview->setPlainText(document.errorMessage());
        return;
    }
    std::unique_ptr<QTextDocument> text = notes::toTextDocument(*document);
    text->setParent(m_preview);
    m_preview->setDocument(text.release());
}

bool NotesTemplateDialog::save() {
    keepAudienceEdits();
    auto change =
        notes::saveTemplates(m_workspace.notesTemplates(), m_templates, m_branding, tr("Edit notes templates"));
    if (!change) {
        m_message->showError(change.errorMessage());
        return false;
    }
    if (change.value()) {
        if (auto r = m_workspace.apply(*change.value()); !r) {
            m_message->showError(r.errorMessage());
            return false;
        }
    }
    return true;
}

void NotesTemplateDialog::accept() {
    if (save())
        QDialog::accept();
}

bool NotesTemplateDialog::exportTo(const QString &path) {
    keepAudienceEdits();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(notes::exportTemplates(m_templates, m_branding)) < 0 ||
        !file.commit()) {
        m_message->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->showMessage(MessageBar::Kind::Information, tr("Saved the templates to %1.").arg(path));
    return true;
}

bool NotesTemplateDialog::importFrom(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto imported = notes::importTemplates(file.read(16 * 1024 * 1024));
    if (!imported) {
        m_message->showError(imported.errorMessage());
        return false;
    }
    for (const NotesTemplate &t : imported->templates) {
        for (NotesTemplate &mine : m_templates) {
            if (mine.audience == t.audience)
                mine = notes_catalogue::completed(t);
        }
    }
    m_branding = imported->branding;
    m_organisation->setText(m_branding.organisation);
    showLook();
    loadAudience(m_audienceShown);
    refreshPreview();
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("Read %1 templates from %2; Save keeps them.").arg(imported->templates.size()).arg(path));
    return true;
}

} // namespace relm
