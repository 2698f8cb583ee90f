#pragma once

#include "domain/NotesTemplate.h"
#include "notes/NotesBuilder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace relm {

class MessageBar;
class Workspace;

/// Edits what each audience's notes contain (sections in order, their headings, the optional
/// fields, the title and the footer) and the organisation's look (name, logo, colours), with a
/// live preview of a release's notes. Save stores it through the write door (audited); the file
/// buttons move templates between databases.
class NotesTemplateDialog final : public QDialog {
    Q_OBJECT

public:
    /// `previewReleaseId`: the release the preview shows (0: the first release there is).
    NotesTemplateDialog(Workspace &workspace, notes::Audience audience, Id previewReleaseId, QWidget *parent = nullptr);

    /// The template of the audience shown, as edited so far.
    NotesTemplate editedTemplate() const;
    NotesBranding editedBranding() const { return m_branding; }
    void setOrganisation(const QString &name);
    void setLogo(const QByteArray &imageFile);
    void setSectionShown(const QString &key, bool shown);
    void setHeading(const QString &key, const QString &heading);
    void setFooter(const QString &footer);
    void selectAudience(const QString &audience);
    /// Stores every audience's edits and the look; false (after saying why) when refused.
    bool save();
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);
    QTextBrowser *preview() const { return m_preview; }
    MessageBar *messageBar() const { return m_message; }
    /// Redraws the preview now instead of after the short pause that follows typing.
    void refreshPreview();

    void accept() override;

private:
    void loadAudience(const QString &audience);
    void keepAudienceEdits();
    void moveSection(int by);
    void chooseColour(QString NotesBranding::*colour, QPushButton *button);
    void showLook();
    void schedulePreview();

    Workspace &m_workspace;
    Id m_previewReleaseId;
    QList<NotesTemplate> m_templates; ///< every audience, as edited
    NotesBranding m_branding;
    QString m_audienceShown;
    bool m_loading = false;
    MessageBar *m_message;
    QComboBox *m_audience;
    QLineEdit *m_title;
    QLineEdit *m_footer;
    QTreeWidget *m_sections;
    QTreeWidget *m_fields;
    QLineEdit *m_organisation;
    QLabel *m_logo;
    QPushButton *m_primary;
    QPushButton *m_accent;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
};

} // namespace relm
