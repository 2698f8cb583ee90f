#pragma once

#include "Result.h"
#include "changes/ChangeNotice.h"
#include "domain/Acceptance.h"
#include "domain/ChangeWindow.h"
#include "domain/Component.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/NotesTemplate.h"
#include "domain/Package.h"
#include "domain/Plan.h"
#include "domain/Release.h"
#include "domain/Risk.h"

#include <QJsonObject>

namespace relm {

class ChangeContext;

/// How the generic record changes store, load, describe and validate one kind of record.
/// Specialised for each controlled record in RecordTraits.cpp.
template<typename T>
struct RecordTraits;

#define RELM_DECLARE_RECORD_TRAITS(Type)                                                                               \
    template<>                                                                                                         \
    struct RecordTraits<Type> {                                                                                        \
        static Entity entity();                                                                                        \
        static QString key();                                                                                          \
        static QString table(); /* where the records are stored, for row locks */                                      \
        static Result<void> validate(const Type &record);                                                              \
        static Result<Id> insert(ChangeContext &context, const Type &record);                                          \
        static Result<void> update(ChangeContext &context, const Type &record);                                        \
        static Result<void> remove(ChangeContext &context, Id id);                                                     \
        static Result<Type> load(ChangeContext &context, Id id);                                                       \
        static QJsonObject toJson(const Type &record);                                                                 \
        static Id releaseIdOf(const Type &record);                                                                     \
        static QString describe(const Type &record);                                                                   \
    };

RELM_DECLARE_RECORD_TRAITS(Release)
RELM_DECLARE_RECORD_TRAITS(Package)
RELM_DECLARE_RECORD_TRAITS(ChangeRequest)
RELM_DECLARE_RECORD_TRAITS(Component)
RELM_DECLARE_RECORD_TRAITS(ComponentVersion)
RELM_DECLARE_RECORD_TRAITS(Person)
RELM_DECLARE_RECORD_TRAITS(Environment)
RELM_DECLARE_RECORD_TRAITS(PlanTask)
RELM_DECLARE_RECORD_TRAITS(PlanLink)
RELM_DECLARE_RECORD_TRAITS(ChangeWindow)
RELM_DECLARE_RECORD_TRAITS(CabMeeting)
RELM_DECLARE_RECORD_TRAITS(PlanCalendar)
RELM_DECLARE_RECORD_TRAITS(Risk)
RELM_DECLARE_RECORD_TRAITS(AcceptanceCriterion)
RELM_DECLARE_RECORD_TRAITS(ReleasePolicy)
RELM_DECLARE_RECORD_TRAITS(Deployment)
RELM_DECLARE_RECORD_TRAITS(RunbookStep)
RELM_DECLARE_RECORD_TRAITS(KnownError)
RELM_DECLARE_RECORD_TRAITS(ReleaseReview)
RELM_DECLARE_RECORD_TRAITS(NotesTemplate)
RELM_DECLARE_RECORD_TRAITS(NotesBranding)

#undef RELM_DECLARE_RECORD_TRAITS

/// Fields of a record's JSON that an edit of the record does not write (they are kept elsewhere),
/// so that a change there does not count as an edit in between.
template<typename T>
QStringList derivedFields() {
    return {};
}
template<>
QStringList derivedFields<Package>();
template<>
QStringList derivedFields<ChangeRequest>();

} // namespace relm
