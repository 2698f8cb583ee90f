#pragma once

class QTableView;

namespace relm {

/// How a findings table shows long texts: wrapped in full (the Package page, which has the room),
/// or one line each, shortened, but the current row in full (the Findings dock, a glance that
/// leaves the pages their height).
enum class FindingsRows { Wrapped, OneLine };

/// Lays out a table of FindingsModel the same way wherever findings show (the Findings dock,
/// the Package page): the finding, how to fix it and its waiver share the width; the tooltip
/// holds the whole of each text. Call it once the view has its model.
void setUpFindingsTable(QTableView *view, FindingsRows rows);

} // namespace relm
