#pragma once

#include "domain/Ids.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace relm {

class Workspace;

/// Writes the components, versions, tasks, risks or change requests as a CSV file that Import
/// CSV reads back: which records (and of which release), the separator and the file.
class CsvExportDialog final : public QDialog {
    Q_OBJECT

public:
    CsvExportDialog(Workspace &workspace, Id releaseId, QWidget *parent = nullptr);

    /// What was written, for the message bar, once accepted.
    QString summary() const { return m_summary; }

    void accept() override;

private:
    void chooseFile();

    Workspace &m_workspace;
    QComboBox *m_kind;
    QComboBox *m_release;
    QComboBox *m_delimiter;
    QLineEdit *m_path;
    QLabel *m_error;
    QString m_summary;
};

} // namespace relm
