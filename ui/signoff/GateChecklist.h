#pragma once

#include "checks/ReleaseGate.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace relm {

/// Shows a gate's checklist: one line per check, ticked or crossed, with what was found.
class GateChecklist final : public QWidget {
    Q_OBJECT

public:
    explicit GateChecklist(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GateChecklist)

    void setResult(const GateResult &result, const QString &releaseName);
    /// Shown instead of a checklist, e.g. "Reviewed is a final status".
    void setNote(const QString &text);

    QTreeWidget *list() const { return m_list; }
    QString headline() const;

private:
    QLabel *m_headline;
    QTreeWidget *m_list;
};

} // namespace relm
