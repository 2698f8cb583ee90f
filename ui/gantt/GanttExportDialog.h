#pragma once

#include "gantt/GanttExport.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relm {

/// What an export of the Gantt chart writes, and where.
struct GanttExportSettings {
    QString path;
    bool png = false;
    bool rangeInView = false; ///< only the dates in view, and the rows that fall in them
    gantt::PdfOptions pdf;
    gantt::PngOptions image;
};

/// Export…: the format (PDF or PNG), paper, orientation and pages across for a PDF, the width of a
/// picture, the dates (the whole schedule or the range in view), and the file, proposed as
/// "<release>-schedule-<date>.pdf" in the last export folder. Remembers the choices.
class GanttExportDialog final : public QDialog {
    Q_OBJECT

public:
    /// `pages` tells how many pages a PDF with these settings has (shown as the choices change).
    GanttExportDialog(const QString &baseName, const QString &folder,
                      std::function<int(const GanttExportSettings &)> pages, bool rangeAvailable,
                      QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GanttExportDialog)

    GanttExportSettings settings() const;
    QString path() const;
    void setPath(const QString &path);
    void setPng(bool png);
    QString summary() const;

    void accept() override;

    /// The folder exports go to first: the last one used, or Documents.
    static QString lastFolder();
    static void rememberFolder(const QString &folder);

private:
    void formatChanged();
    void update();
    void browse();

    std::function<int(const GanttExportSettings &)> m_pages;
    QFormLayout *m_form;
    QComboBox *m_format;
    QComboBox *m_range;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QSpinBox *m_pagesWide;
    QSpinBox *m_width;
    QLineEdit *m_path;
    QLabel *m_summary;
};

} // namespace relm
