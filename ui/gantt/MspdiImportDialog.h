#pragma once

#include "changes/PlanChanges.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace relm {

/// Import MS Project: the file to read and whether the plan keeps its own dates (the default) or
/// moves to the release's planned start.
class MspdiImportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit MspdiImportDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    ImportOptions options() const;
    void setMoveToReleaseStart(bool move);

private:
    void browse();
    void updateButtons();

    QLineEdit *m_path;
    QCheckBox *m_move;
};

} // namespace relm
