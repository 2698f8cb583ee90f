#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QGroupBox;
class QPushButton;
class QTableView;
class QWidget;

namespace relm {

/// A read-only table of records, one selected row at a time, compact rows sized to their
/// contents with the last column stretched: the lists that are edited through dialogs.
QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, const QString &accessibleName);

/// A button with an object name, so tests and the style sheet can find it.
QPushButton *namedButton(const QString &text, const QString &objectName, QWidget *parent);

/// Where a section's heading goes: beside its buttons, so that a laptop screen keeps its height for
/// the table (sections as wide as the page), or above them (sections side by side, where both
/// would not fit in one row).
enum class Heading { BesideButtons, AboveButtons };

/// A titled section: its heading, its row of buttons and its content. The section is named by its
/// title for screen readers; splitters between sections draw the line between them.
QWidget *toolGroup(const QString &title, const QList<QPushButton *> &buttons, QWidget *content, QWidget *parent,
                   Heading heading = Heading::BesideButtons);

} // namespace relm
