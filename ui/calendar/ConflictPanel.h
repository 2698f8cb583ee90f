#pragma once

#include "domain/Ids.h"

#include "calendar/ConflictFinder.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace relm {

class ConflictModel;

/// The conflicts under the calendar: a heading that counts them (or says there are none) and a
/// table; choosing a row asks the page to show where it happens.
class ConflictPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ConflictPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConflictPanel)

    void setConflicts(const QList<CalendarConflict> &conflicts, const QDateTime &fromUtc, const QDateTime &toUtc);
    ConflictModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString heading() const;
    /// Selects the first conflict the release is part of and gives the list the focus; false when
    /// the list shows none of its conflicts.
    bool selectFirstOf(Id releaseId);

Q_SIGNALS:
    void conflictChosen(const relm::CalendarConflict &conflict);

private:
    QLabel *m_heading;
    ConflictModel *m_model;
    QTableView *m_table;
};

} // namespace relm
