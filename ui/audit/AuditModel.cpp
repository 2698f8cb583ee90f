#include "AuditModel.h"

#include "widgets/Legible.h"

#include <QColor>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace relm {

void AuditModel::setEntries(QList<AuditEntry> entries, QHash<Id, QString> releaseNames) {
    beginResetModel();
    m_entries = std::move(entries);
    m_releaseNames = std::move(releaseNames);
    endResetModel();
}

void AuditModel::setBadEntry(Id id) {
    m_badEntry = id;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditModel::rowOf(Id id) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int AuditModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return e.id;
        case WhenColumn:
            return e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case WhoColumn:
            return e.actorLogin;
        case WhatColumn: {
            const QString release = m_releaseNames.value(e.releaseId);
            return release.isEmpty() ? e.entity : u"%1 (%2)"_s.arg(e.entity, release);
        }
        case ActionColumn:
            return e.action;
        case SummaryColumn:
            return e.summary;
        case HashColumn:
            return e.entryHash.left(12);
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Entry hash %1\nPrevious %2").arg(e.entryHash, e.prevHash);
    if (e.id == m_badEntry && m_badEntry != 0) {
        // A pale red in any palette, so its text is dark whatever the palette's text colour.
        const QColor alarm(0xff, 0xcd, 0xd2);
        if (role == Qt::BackgroundRole)
            return alarm;
        if (role == Qt::ForegroundRole)
            return legible::textOn(alarm);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case WhenColumn:
        return tr("When (UTC)");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case SummaryColumn:
        return tr("What happened");
    case HashColumn:
        return tr("Hash");
    }
    return {};
}

} // namespace relm
