#pragma once

#include "domain/ChangeWindow.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace relm {

/// Edits how a window repeats: once; weekly on chosen days; monthly on a day, the last day, some
/// days before the month's end or the n-th weekday; yearly in a month; every n periods; until a day.
class RecurrenceEditor final : public QWidget {
    Q_OBJECT

public:
    explicit RecurrenceEditor(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecurrenceEditor)

    Recurrence recurrence() const;
    void setRecurrence(const Recurrence &rule);
    /// While the window happens once, takes the first start's day of the month, weekday and month
    /// as the rule's suggestions, so that choosing Monthly or Yearly starts from that day.
    void setAnchor(const QDate &day);

    /// How the day in the month is chosen (the items of the day mode box, in order).
    enum class DayMode { OnDay, LastDay, BeforeEnd, NthWeekday };

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    QWidget *weeklyPage();
    QWidget *monthlyPage();

    QComboBox *m_frequency;
    QSpinBox *m_interval;
    QLabel *m_unit;
    QStackedWidget *m_pages;
    QList<QCheckBox *> m_days;
    QComboBox *m_dayMode = nullptr;
    QSpinBox *m_monthDay = nullptr;
    QSpinBox *m_beforeEnd = nullptr;
    QComboBox *m_ordinal = nullptr;
    QComboBox *m_ordinalDay = nullptr;
    QLabel *m_inMonthLabel = nullptr;
    QComboBox *m_month = nullptr;
    QCheckBox *m_ends;
    QDateEdit *m_until;
};

} // namespace relm
