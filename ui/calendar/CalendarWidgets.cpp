#include "CalendarWidgets.h"

#include <QComboBox>
#include <QCompleter>
#include <QListWidget>
#include <QTimeZone>

namespace relm::calendar_widgets {

QComboBox *zoneBox(const QByteArray &current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->setCurrentText(QString::fromUtf8(current.isEmpty() ? QTimeZone::systemTimeZoneId() : current));
    box->setMinimumContentsLength(20);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

QByteArray zoneOf(const QComboBox *box) {
    return box->currentText().trimmed().toUtf8();
}

QComboBox *roleBox(Role current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    for (Role role : allOf<Role>())
        box->addItem(labelOf(role), int(role));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

QListWidget *checkList(const QList<std::pair<QString, QVariant>> &rows, const QVariantList &checked, QWidget *parent) {
    auto *list = new QListWidget(parent);
    for (const auto &[text, data] : rows) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, data);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(data) ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

QVariantList checkedData(const QListWidget *list) {
    QVariantList data;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            data.append(list->item(i)->data(Qt::UserRole));
    }
    return data;
}

} // namespace relm::calendar_widgets
