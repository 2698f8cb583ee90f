#include "OtherClient.h"

#include "RandomPick.h"
#include "RandomSession.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

namespace {

/// An edit of one text field of a stored record, or nothing when it is gone.
template<typename T>
std::unique_ptr<Change> editedText(Result<T> stored, QString T::*field, const QString &suffix) {
    if (!stored)
        return nullptr;
    T edited = *stored;
    edited.*field = (edited.*field).left(60) + suffix;
    return std::make_unique<EditRecord<T>>(*stored, edited);
}

/// An edit of the record the session changed last (the top of its undo history), when that was a
/// task or a release: the case where its undo or redo must meet the other client's write.
std::unique_ptr<Change> editOfTheLastRecord(Workspace &other, std::mt19937 &rng) {
    AuditFilter newest;
    newest.limit = 1;
    auto entries = AuditLog(other.database()).entries(newest);
    if (!entries || entries->isEmpty())
        return nullptr;
    const AuditEntry &last = entries->constLast();
    const QString suffix = u" (other client %1)"_s.arg(rng() % 1000);
    if (last.entity == u"task"_s)
        return editedText(other.plan().task(last.entityId), &PlanTask::name, suffix);
    if (last.entity == u"release"_s)
        return editedText(other.releases().release(last.entityId), &Release::description, suffix);
    return nullptr;
}

} // namespace

QString editAsAnotherClient(Workspace &workspace, std::mt19937 &rng) {
    auto opened = Workspace::openFile(workspace.database().location(), 500);
    if (!opened)
        return u"another client could not open the database: "_s + opened.errorMessage();
    std::unique_ptr<Workspace> other = std::move(opened).value();
    other->setClock(workspace.clock()); // one session clock: audit times keep their order
    UndoController undo;
    undo.setWorkspace(other.get());
    // Edits of records this session may hold in its undo history.
    static const QList<Op> edits = {Op::EditRelease, Op::RenameTask,    Op::MoveTask,   Op::ResizeTask,
                                    Op::RemoveTask,  Op::EditCriterion, Op::EditWindow, Op::MoveDeployment};
    QString what;
    if (auto people = other->directory().people(); people && !people->isEmpty())
        (void)other->actAs(pick(rng, *people).login);
    if (std::unique_ptr<Change> edit = chance(rng, 50) ? editOfTheLastRecord(*other, rng) : nullptr) {
        const QString text = edit->text();
        auto done = undo.perform(std::move(edit));
        what = done ? text : text + u" refused: "_s + done.errorMessage();
    } else {
        what = RandomSession(*other, undo).run({pick(rng, edits), quint32(rng())});
    }
    undo.setWorkspace(nullptr);
    return u"another client: "_s + what;
}

} // namespace relm::test
