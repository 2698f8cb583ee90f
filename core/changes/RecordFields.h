#pragma once

#include "domain/Acceptance.h"
#include "domain/ChangeWindow.h"
#include "domain/Component.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Package.h"
#include "domain/Plan.h"
#include "domain/Release.h"
#include "domain/Risk.h"

#include <QList>
#include <QStringList>

namespace relm {

/// One field a person edits, as the record's JSON shows it and as it is copied between two
/// versions of the record: what merging two people's edits field by field works with.
template<typename T>
struct RecordField {
    QStringList keys;  ///< the record's JSON keys this field is shown as
    const char *label; ///< untranslated, in the context "relm::RecordFields"
    void (*copy)(T &to, const T &from);
};

/// The fields of a kind of record that may be taken one by one from another version of it.
/// Empty for a kind whose versions are taken only whole.
template<typename T>
QList<RecordField<T>> recordFields() {
    return {};
}

#define RELM_DECLARE_RECORD_FIELDS(Type)                                                                               \
    template<>                                                                                                         \
    QList<RecordField<Type>> recordFields<Type>();

RELM_DECLARE_RECORD_FIELDS(Release)
RELM_DECLARE_RECORD_FIELDS(Component)
RELM_DECLARE_RECORD_FIELDS(ComponentVersion)
RELM_DECLARE_RECORD_FIELDS(Person)
RELM_DECLARE_RECORD_FIELDS(Environment)
RELM_DECLARE_RECORD_FIELDS(ChangeRequest)
RELM_DECLARE_RECORD_FIELDS(PlanTask)
RELM_DECLARE_RECORD_FIELDS(PlanLink)
RELM_DECLARE_RECORD_FIELDS(PlanCalendar)
RELM_DECLARE_RECORD_FIELDS(Risk)
RELM_DECLARE_RECORD_FIELDS(AcceptanceCriterion)
RELM_DECLARE_RECORD_FIELDS(ReleasePolicy)
RELM_DECLARE_RECORD_FIELDS(Deployment)
RELM_DECLARE_RECORD_FIELDS(RunbookStep)
RELM_DECLARE_RECORD_FIELDS(KnownError)
RELM_DECLARE_RECORD_FIELDS(ReleaseReview)
RELM_DECLARE_RECORD_FIELDS(ChangeWindow)
RELM_DECLARE_RECORD_FIELDS(CabMeeting)

#undef RELM_DECLARE_RECORD_FIELDS

} // namespace relm
