#pragma once

#include "calendar/CalendarEvents.h"

#include <QWidget>

class QComboBox;

namespace relm {

/// The calendar's filters: service, environment and owner, each with "All" first. Choices come
/// from the calendar data; the current choice survives a refresh when it still exists.
class CalendarFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit CalendarFilterBar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarFilterBar)

    void setChoices(const CalendarData &data);
    CalendarFilter filter() const;

    QComboBox *serviceBox() const { return m_service; }
    QComboBox *environmentBox() const { return m_environment; }
    QComboBox *ownerBox() const { return m_owner; }

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox *m_service;
    QComboBox *m_environment;
    QComboBox *m_owner;
};

} // namespace relm
