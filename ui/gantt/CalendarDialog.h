#pragma once

#include "schedule/WorkCalendar.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace relm {

/// Edits a working calendar: which weekdays are worked, the working hours (with a break), and
/// holidays.
class CalendarDialog final : public QDialog {
    Q_OBJECT

public:
    CalendarDialog(const QString &name, const WorkCalendar &calendar, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarDialog)

    QString name() const;
    WorkCalendar calendar() const;
    void addHoliday(const QDate &date);

private:
    QLineEdit *m_name;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_morningStart;
    QTimeEdit *m_morningEnd;
    QTimeEdit *m_afternoonStart;
    QTimeEdit *m_afternoonEnd;
    QListWidget *m_holidays;
    QDateEdit *m_newHoliday;
    WorkCalendar m_original;
};

} // namespace relm
