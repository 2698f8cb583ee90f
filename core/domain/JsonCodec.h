#pragma once

#include "domain/Acceptance.h"
#include "domain/ChangeWindow.h"
#include "domain/Component.h"
#include "domain/Contents.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/NotesTemplate.h"
#include "domain/Package.h"
#include "domain/Plan.h"
#include "domain/Release.h"
#include "domain/Risk.h"
#include "domain/SignOff.h"
#include "domain/Waiver.h"

#include <QJsonObject>

namespace relm::json {

/// The stable JSON shape of each record, used by relm-cli output and the audit trail (see README).
QJsonObject toJson(const Release &release);
QJsonObject toJson(const Component &component);
QJsonObject toJson(const ComponentVersion &version);
QJsonObject toJson(const Person &person);
QJsonObject toJson(const Environment &environment);
QJsonObject toJson(const Package &package);
QJsonObject toJson(const ChangeRequest &change);
QJsonObject toJson(const Baseline &baseline);
QJsonObject toJson(const PlanTask &task);
QJsonObject toJson(const PlanLink &link);
QJsonObject toJson(const ChangeWindow &window);
QJsonObject toJson(const FreezeOverride &freezeOverride);
QJsonObject toJson(const CabMeeting &meeting);
QJsonObject toJson(const PlanCalendar &calendar);
QJsonObject toJson(const Risk &risk);
QJsonObject toJson(const AcceptanceCriterion &criterion);
QJsonObject toJson(const ReleasePolicy &policy);
QJsonObject toJson(const SignOff &signOff);
QJsonObject toJson(const FindingWaiver &waiver);
QJsonObject toJson(const Deployment &deployment);
QJsonObject toJson(const RunbookStep &step);
QJsonObject toJson(const KnownError &error);
QJsonObject toJson(const ReleaseReview &review);
QJsonObject toJson(const Build &build);
QJsonObject toJson(const EnvironmentSnapshot &snapshot);
QString outcomeKey(Build::Outcome outcome);
std::optional<Build::Outcome> outcomeFromKey(const QString &key);

QJsonObject toJson(const NotesTemplate &notesTemplate);
/// The logo appears as its SHA-256 and size: the audit trail proves which logo without holding it.
QJsonObject toJson(const NotesBranding &branding);
/// A template's content (title, footer, sections, fields), as stored and as written to a file.
QJsonObject templateBody(const NotesTemplate &notesTemplate);
/// Reads templateBody's shape; nullopt when a value has the wrong type.
std::optional<NotesTemplate> templateFromBody(const QJsonObject &body);

/// The fields that differ between two objects, as (before, after) pairs of objects.
std::pair<QJsonObject, QJsonObject> difference(const QJsonObject &before, const QJsonObject &after);

} // namespace relm::json
