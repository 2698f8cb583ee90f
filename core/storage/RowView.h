#pragma once

#include <QString>

namespace relm {

/// One row of a query's result, read by column number, whichever engine answered. A NULL reads
/// as 0 or as a null string.
class RowView {
public:
    virtual ~RowView() = default;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

} // namespace relm
