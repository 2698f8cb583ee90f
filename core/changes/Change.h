#pragma once

#include "Result.h"

#include <QString>

#include <memory>
#include <vector>

namespace relm {

class ChangeContext;

/// One undoable change to controlled data. The Workspace runs redo() and undo() inside a
/// transaction; a change writes its records and their audit entries through the context.
class Change {
public:
    virtual ~Change() = default;
    /// What the change does, for the Edit menu ("Rename release 2026.1").
    virtual QString text() const = 0;
    virtual Result<void> redo(ChangeContext &context) = 0;
    virtual Result<void> undo(ChangeContext &context) = 0;
};

/// Several changes as one step: redone in order, undone in reverse.
class CompositeChange final : public Change {
public:
    explicit CompositeChange(QString text);
    void add(std::unique_ptr<Change> change);
    bool isEmpty() const { return m_changes.empty(); }
    std::size_t size() const { return m_changes.size(); }

    QString text() const override { return m_text; }
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    QString m_text;
    std::vector<std::unique_ptr<Change>> m_changes;
};

} // namespace relm
