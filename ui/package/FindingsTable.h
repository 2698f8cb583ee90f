#pragma once

class QTableView;

namespace relm {

/// Lays out a table of FindingsModel the same way wherever findings show (the Findings dock,
/// the Package page): the finding, how to fix it and its waiver share the width, and long texts
/// wrap (the tooltip holds the whole of each).
void setUpFindingsTable(QTableView *view);

} // namespace relm
