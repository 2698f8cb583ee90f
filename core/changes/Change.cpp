#include "Change.h"

namespace relm {

CompositeChange::CompositeChange(QString text)
    : m_text(std::move(text)) {}

void CompositeChange::add(std::unique_ptr<Change> change) {
    m_changes.push_back(std::move(change));
}

Result<void> CompositeChange::redo(ChangeContext &context) {
    for (auto &change : m_changes) {
        if (auto r = change->redo(context); !r)
            return r;
    }
    return {};
}

Result<void> CompositeChange::undo(ChangeContext &context) {
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
        if (auto r = (*it)->undo(context); !r)
            return r;
    }
    return {};
}

} // namespace relm
