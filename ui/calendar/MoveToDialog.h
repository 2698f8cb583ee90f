#pragma once

#include <QDialog>

class QDateTimeEdit;

namespace relm {

/// Asks where to move a deployment: a date and time in the user's zone.
class MoveToDialog final : public QDialog {
    Q_OBJECT

public:
    MoveToDialog(const QString &what, const QDateTime &currentStartUtc, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MoveToDialog)

    /// The chosen start, in UTC.
    QDateTime startUtc() const;
    QDateTimeEdit *editor() const { return m_edit; }

private:
    QDateTimeEdit *m_edit;
};

} // namespace relm
