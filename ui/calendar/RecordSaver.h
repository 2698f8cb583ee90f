#pragma once

#include "changes/RecordChanges.h"
#include "undo/UndoController.h"

#include <memory>

namespace relm {

/// Saves a record a dialog edited as one undo step: creates it when it has no id yet, else
/// replaces `original` with it. Gives the record as stored, or why it was refused.
template<typename T>
Result<T> saveRecord(UndoController &undo, const T &original, const T &edited) {
    if (edited.id == 0) {
        auto change = std::make_unique<CreateRecord<T>>(edited);
        const CreateRecord<T> *applied = change.get();
        if (auto r = undo.perform(std::move(change)); !r)
            return r.error();
        return applied->record();
    }
    if (auto r = undo.perform(std::make_unique<EditRecord<T>>(original, edited)); !r)
        return r.error();
    // A conflict the person resolved replaced the edit with the resolution.
    return static_cast<const EditRecord<T> *>(undo.lastPerformed())->after();
}

} // namespace relm
