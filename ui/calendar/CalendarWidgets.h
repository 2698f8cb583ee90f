#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>

class QComboBox;
class QListWidget;
class QWidget;

namespace relm {

/// Small pieces the calendar dialogs share.
namespace calendar_widgets {

/// An editable combo box of the IANA time zones this computer knows, showing `current` (the
/// system zone when empty).
QComboBox *zoneBox(const QByteArray &current, QWidget *parent);
/// The zone typed or chosen, trimmed.
QByteArray zoneOf(const QComboBox *box);

/// A combo box of the roles, showing `current`.
QComboBox *roleBox(Role current, QWidget *parent);

/// A list of checkable rows, each with its data; `rows` is text and data pairs.
QListWidget *checkList(const QList<std::pair<QString, QVariant>> &rows, const QVariantList &checked, QWidget *parent);
/// The data of the checked rows, in list order.
QVariantList checkedData(const QListWidget *list);

} // namespace calendar_widgets
} // namespace relm
