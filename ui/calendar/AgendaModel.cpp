#include "AgendaModel.h"

#include "calendar/CalendarStyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace relm {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void AgendaModel::setEvents(const QDate &first, const QList<CalendarEvent> &events) {
    beginResetModel();
    m_days.clear();
    for (const CalendarEvent &e : events) {
        const QDate day = std::max(first, e.start.toLocalTime().date());
        if (m_days.isEmpty() || m_days.last().date != day) {
            // Events come sorted by start, but one that began before `first` sorts before the rest.
            auto it = std::find_if(m_days.begin(), m_days.end(), [&](const Day &d) { return d.date == day; });
            if (it != m_days.end()) {
                it->events.append(e);
                continue;
            }
            m_days.append({day, {}});
        }
        m_days.last().events.append(e);
    }
    std::sort(m_days.begin(), m_days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    endResetModel();
}

const CalendarEvent *AgendaModel::eventAt(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Day &day = m_days.at(int(index.internalId()) - 1);
    return &day.events.at(index.row());
}

QModelIndex AgendaModel::indexOf(const QString &uid, const QDateTime &start) const {
    for (int d = 0; d < m_days.size(); ++d) {
        for (int r = 0; r < m_days.at(d).events.size(); ++r) {
            const CalendarEvent &e = m_days.at(d).events.at(r);
            if (e.uid == uid && (!start.isValid() || e.start == start))
                return createIndex(r, 0, quintptr(d + 1));
        }
    }
    return {};
}

QModelIndex AgendaModel::indexOf(const QDate &day) const {
    for (int d = 0; d < m_days.size(); ++d) {
        if (m_days.at(d).date == day)
            return createIndex(d, 0, quintptr(0));
    }
    return {};
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int AgendaModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_days.at(parent.row()).events.size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (const CalendarEvent *e = eventAt(index))
        return eventData(*e, index.column(), role);
    const Day &day = m_days.at(index.row());
    if (role == DateRole)
        return day.date;
    if (index.column() != TimeColumn)
        return {};
    if (role == Qt::DisplayRole)
        return QLocale().toString(day.date, QLocale::LongFormat);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant AgendaModel::eventData(const CalendarEvent &e, int column, int role) const {
    switch (role) {
    case UidRole:
        return e.uid;
    case StartRole:
        return e.start;
    case DateRole:
        return e.start.toLocalTime().date();
    case MovableRole:
        return e.movable;
    case KindRole:
        return int(e.kind);
    case Qt::ToolTipRole:
        return calendar_style::tooltip(e);
    case Qt::ForegroundRole:
        if (column == ConflictsColumn || (column == KindColumn && e.kind == CalendarEvent::Kind::Freeze))
            return QBrush(calendar_style::alarmText());
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case TimeColumn:
        return e.allDay ? tr("All day") : calendar_style::timeRange(e);
    case KindColumn: {
        // A deployment says how it went; a window's badge only repeats its kind in capitals.
        const QString badge = calendar_style::badge(e);
        return e.kind == CalendarEvent::Kind::Deployment && !badge.isEmpty()
                   ? tr("%1 (%2)").arg(calendar_style::kindLabel(e.kind), badge)
                   : calendar_style::kindLabel(e.kind);
    }
    case TitleColumn:
        return e.title;
    case EnvironmentColumn:
        return e.environment;
    case ServiceColumn:
        return e.service;
    case ConflictsColumn:
        return e.conflicts.isEmpty() ? QString() : tr("\u26A0 %n conflict(s)", nullptr, int(e.conflicts.size()));
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Date and time");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case EnvironmentColumn:
        return tr("Environment");
    case ServiceColumn:
        return tr("Service");
    case ConflictsColumn:
        return tr("Conflicts");
    }
    return {};
}

} // namespace relm
