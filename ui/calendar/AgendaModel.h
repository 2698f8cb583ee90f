#pragma once

#include "calendar/CalendarEvents.h"

#include <QAbstractItemModel>
#include <QDate>

namespace relm {

/// The agenda: days (top level) holding their events (children), one column per fact. An event
/// is listed on the day it starts, or on the first day shown when it began earlier.
class AgendaModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TitleColumn, EnvironmentColumn, ServiceColumn, ConflictsColumn, ColumnCount };
    enum Role { UidRole = Qt::UserRole + 1, StartRole, DateRole, MovableRole, KindRole };

    explicit AgendaModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgendaModel)

    /// Events of [first, first + days) (local days).
    void setEvents(const QDate &first, const QList<CalendarEvent> &events);
    QDate dayAt(int row) const { return m_days.value(row).date; }
    /// The event behind an index (a child row), or null for a day row.
    const CalendarEvent *eventAt(const QModelIndex &index) const;
    /// The index of an event (by uid and start), or invalid.
    QModelIndex indexOf(const QString &uid, const QDateTime &start = {}) const;
    /// The day row of a date, or invalid.
    QModelIndex indexOf(const QDate &day) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Day {
        QDate date;
        QList<CalendarEvent> events;
    };
    QVariant eventData(const CalendarEvent &event, int column, int role) const;

    QList<Day> m_days;
};

} // namespace relm
