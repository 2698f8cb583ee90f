#pragma once

#include "domain/Ids.h"
#include "import/CsvImport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QScrollArea;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace relm {

class CsvPreviewModel;
class Workspace;

/// Imports a CSV file: what the rows are (components, versions, tasks, risks, change requests),
/// into which release, how the file is written (separator, date format), and which column gives
/// which field. The preview shows the first rows as they would be imported, with each problem
/// marked on its cell; Import stays off while any row of the file has a problem. The choices are
/// remembered for files with the same header row.
class CsvImportDialog final : public QDialog {
    Q_OBJECT

public:
    /// `data`: the file's bytes; `releaseId`: the release in focus, offered first.
    CsvImportDialog(Workspace &workspace, const QString &path, QByteArray data, Id releaseId,
                    QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /// The change that imports the file as last analysed, null when there is nothing to write.
    /// Call after the dialog was accepted; the choices are remembered then.
    std::unique_ptr<Change> takeChange();
    /// The analysis shown now (problems, counts, preview).
    const csv::CsvImport *analysis() const { return m_import ? &*m_import : nullptr; }
    /// The mapping box of a field ("csvMap_<field>").
    QComboBox *mappingBox(const QString &field) const;
    CsvPreviewModel *previewModel() const { return m_preview; }

    void accept() override;

private:
    void readFile();
    void rebuildMapping();
    void fitMappingWidth();
    void analyse();
    void restoreRemembered();
    csv::RecordKind kind() const;
    Id releaseId() const;
    QChar chosenDelimiter() const;
    csv::ColumnMapping chosenMapping() const;
    QString mappingSpec() const;

    Workspace &m_workspace;
    QString m_path;
    QByteArray m_data;
    QStringList m_detectedHeader;
    std::optional<csv::Table> m_table;
    std::optional<csv::CsvImport> m_import;
    QString m_readError;
    bool m_updating = false;

    QComboBox *m_kind;
    QComboBox *m_release;
    QComboBox *m_delimiter;
    QLineEdit *m_dateFormat;
    QWidget *m_mappingPanel;
    QScrollArea *m_mappingScroll = nullptr;
    QFormLayout *m_mappingForm;
    QList<std::pair<QString, QComboBox *>> m_mappingBoxes;
    QTableView *m_previewView;
    CsvPreviewModel *m_preview;
    QLabel *m_status;
    QPlainTextEdit *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace relm
