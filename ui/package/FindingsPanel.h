#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace relm {

class FindingsModel;
class Workspace;

/// The bottom Findings dock: what the package checker found for the release in focus, and its
/// clashes with other releases on the change calendar. Double-clicking a finding opens the place
/// to fix it: the Package page, or the Change Calendar for a clash.
class FindingsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingsPanel)

    void showRelease(Workspace *workspace, Id releaseId, const QString &releaseName);
    FindingsModel *model() const { return m_model; }

Q_SIGNALS:
    void openRequested(relm::Id releaseId);
    void calendarRequested(relm::Id releaseId);
    /// After every refresh: how many findings the release in focus has (0 also when none is).
    void findingsCounted(int count);

private:
    void updateTitle();

    FindingsModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    QString m_releaseName;
};

} // namespace relm
