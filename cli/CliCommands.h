#pragma once

#include "domain/Ids.h"

namespace relm {

class CliContext;
struct Deployment;

/// The relm-cli commands; each returns an exit code (see ExitCode).
namespace cli {
int init(CliContext &cli);
int releaseList(CliContext &cli);
int releaseShow(CliContext &cli);
int releaseCreate(CliContext &cli);
int releaseSetStatus(CliContext &cli);
int componentList(CliContext &cli);
int personList(CliContext &cli);
int environmentList(CliContext &cli);
int auditLog(CliContext &cli);
int auditVerify(CliContext &cli);
int packageAdd(CliContext &cli);
int packageRemove(CliContext &cli);
int packageCheck(CliContext &cli);
int releaseFreeze(CliContext &cli);
int buildRecord(CliContext &cli);
int buildNotes(CliContext &cli);
int buildList(CliContext &cli);
int environmentShow(CliContext &cli);
int environmentDiff(CliContext &cli);
int environmentSet(CliContext &cli);
int schedule(CliContext &cli);
int scheduleExport(CliContext &cli);
int baselineSave(CliContext &cli);
int baselineVariance(CliContext &cli);
int conflictList(CliContext &cli);
int taskAdd(CliContext &cli);
int linkAdd(CliContext &cli);
int linkRemove(CliContext &cli);
int calendarHoliday(CliContext &cli);
int freezeAdd(CliContext &cli);
int freezeSet(CliContext &cli);
int freezeRemove(CliContext &cli);
int freezeList(CliContext &cli);
int freezeOverride(CliContext &cli);
int freezeWithdraw(CliContext &cli);
int calendar(CliContext &cli);
/// Prints, as warnings, the calendar conflicts a just-planned deployment is part of.
void warnAboutConflicts(CliContext &cli, const Deployment &planned);
int conflicts(CliContext &cli);
/// Prints the planned deployments of the year ahead that a just-written freeze holds back.
void reportHeldBack(CliContext &cli, Id windowId);
int calendarHours(CliContext &cli);
int importMspdi(CliContext &cli);
int exportMspdi(CliContext &cli);
int riskAdd(CliContext &cli);
int riskList(CliContext &cli);
int riskSet(CliContext &cli);
int criterionAdd(CliContext &cli);
int criterionList(CliContext &cli);
int criterionSet(CliContext &cli);
int policyList(CliContext &cli);
int policySet(CliContext &cli);
int gateCheck(CliContext &cli);
int personSetPassphrase(CliContext &cli);
int signOff(CliContext &cli);
int signOffList(CliContext &cli);
int deployPlan(CliContext &cli);
int deployRecord(CliContext &cli);
int deployRollback(CliContext &cli);
int deployList(CliContext &cli);
int runbookAdd(CliContext &cli);
int runbookDone(CliContext &cli);
int waiverAdd(CliContext &cli);
int waiverWithdraw(CliContext &cli);
int waiverList(CliContext &cli);
int runbookSkip(CliContext &cli);
int runbookReopen(CliContext &cli);
int runbookList(CliContext &cli);
int knownErrorAdd(CliContext &cli);
int knownErrorFix(CliContext &cli);
int knownErrorList(CliContext &cli);
int reviewSet(CliContext &cli);
int reviewShow(CliContext &cli);
int releaseNotes(CliContext &cli);
int changeBoardPack(CliContext &cli);
int changeAdd(CliContext &cli);
int changeList(CliContext &cli);
int changeShow(CliContext &cli);
int changeSet(CliContext &cli);
int changeRemove(CliContext &cli);
int changeLink(CliContext &cli);
int changeUnlink(CliContext &cli);
int changeImport(CliContext &cli);
int brandingShow(CliContext &cli);
int brandingSet(CliContext &cli);
int templateShow(CliContext &cli);
int templateSet(CliContext &cli);
int templateReset(CliContext &cli);
int templateExport(CliContext &cli);
int templateImport(CliContext &cli);
int meetingAdd(CliContext &cli);
int meetingList(CliContext &cli);
int meetingAgenda(CliContext &cli);
int exportICalendar(CliContext &cli);
int importCsv(CliContext &cli);
int exportCsv(CliContext &cli);
} // namespace cli

} // namespace relm
