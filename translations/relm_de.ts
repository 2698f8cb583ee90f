<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QMenu</name>
    <message>
        <source>%1 is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relm release and deployment planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: $RELM_DB, else Relm&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this person (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file to open (as --db).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm</name>
    <message>
        <source>the release has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release does not have it and no target environment is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the release nor %1 has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release does not have it and %1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of %1 in the catalogue matches “%2”: add one to the catalogue, or change the requirement of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2 %3, but %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts with %2 %3, and the release has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 or %2, or choose a version of %3 outside “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts with %2 %3, and %4 runs %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the release, or remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a version of %1 outside “%2” to the release, or remove %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states an unreadable range for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the range in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has %1 versions of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one version of %1 (usually %2) and remove the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SHA-256 fingerprint, and this release requires one for every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the fingerprint of %1 in the catalogue (compute it from the artefact file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with a current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same components are listed in another combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline changed since it was frozen on %1 by %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the change, or freeze the release again to accept it (approvals on the old baseline no longer hold).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ActingPersonPicker</name>
    <message>
        <source>Who you are acting as: the audit trail records this person for every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Handelt als %1</translation>
    </message>
</context>
<context>
    <name>relm::BuildsPage</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was built and how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Build</source>
        <translation>Build &amp;erfassen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Build</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No builds yet. Record the first build above: Relm keeps what it contained and computes what each later build introduced or changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Build %1&lt;/h3&gt;&lt;p&gt;%2 by %3 – %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Compared with build %1:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;First build: it introduced everything.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;introduced %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;removed %1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;changed %1: %2 → %3&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;no change in content&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::CalendarDialog</name>
    <message>
        <source>Working Calendar</source>
        <translation>Arbeitskalender</translation>
    </message>
    <message>
        <source>Add Holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Arbeitszeiten:</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Feiertage:</translation>
    </message>
</context>
<context>
    <name>relm::CatalogueModel</name>
    <message>
        <source>needs %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component / version</source>
        <translation>Komponente / Version</translation>
    </message>
    <message>
        <source>Kind / source</source>
        <translation>Art / Quelle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Requires, conflicts / description</source>
        <translation>Benötigt, Konflikte / Beschreibung</translation>
    </message>
</context>
<context>
    <name>relm::CataloguePanel</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter components and versions…</source>
        <translation>Komponenten und Versionen filtern…</translation>
    </message>
    <message>
        <source>Filter the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Component…</source>
        <translation>Neue Komponente…</translation>
    </message>
    <message>
        <source>New Version…</source>
        <translation>Neue Version…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Retire / Restore</source>
        <translation>Ausmustern / Wiederherstellen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Select the component that gets the new version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::CatalogueStore</name>
    <message>
        <source>Component #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component version #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” already exists in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::CliApp</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are ISO 8601 (YYYY-MM-DD). Exit codes: 0 done, 1 findings, 2 usage, 3 refused (invalid input, not found, conflict), 4 database problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relm release and deployment planner, command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: $RELM_DB, else Relm&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this person (login; default: $RELM_USER, else the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: fill the new database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release type: major, minor, patch, emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release owner (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s version label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: only entries of this release; env diff: compare with this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build outcome: succeeded, failed, partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an environment&apos;s inventory changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: every release together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: simulate this many iterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time: 3d, 4h, 90m, 2w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is a milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase (summary task) it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A predecessor (finish-to-start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimistic,pessimistic durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no earlier than.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish no later than.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must start on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task deploys (freeze windows apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorised emergency deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment it deploys to or books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link lag: 1d, -4h or 50%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze window start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze window last date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ComponentDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">%1 bearbeiten</translation>
    </message>
    <message>
        <source>New Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. auth-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished">&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished">Besc&amp;hreibung:</translation>
    </message>
</context>
<context>
    <name>relm::Database</name>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the database structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the backup “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is already taken (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused %1 in “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::DeliveryStore</name>
    <message>
        <source>Build #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 of this release is already recorded; builds are numbered once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::DirectoryStore</name>
    <message>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with the login “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the login “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::EnvironmentsView</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the environment runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs now</source>
        <translation>Läuft jetzt</translation>
    </message>
    <message>
        <source>History and rollback target</source>
        <translation>Verlauf und Rücksprungziel</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%3, %n version(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A back-out restores the state before “%1”: “%2” (%n component version(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier state is recorded: there is nothing to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both run the same versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::FileFingerprint</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprinting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::FindingsModel</name>
    <message>
        <source>%1
How to fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>relm::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Select a release to see what the package checker finds.</source>
        <translation>Wählen Sie ein Release, um die Befunde der Paketprüfung zu sehen.</translation>
    </message>
    <message>
        <source>%1: no findings. The package is complete and consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s). Double-click one to open the package.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::FreezeRelease</name>
    <message>
        <source>Freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: freeze %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::GanttModel</name>
    <message>
        <source>%1 is booked twice: “%2” (%3) and “%4” (%5) overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 → %3
Float: %4 working days%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
On the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Slip vs %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::GanttTimeline</name>
    <message>
        <source>Gantt chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::GiveReleaseCalendar</name>
    <message>
        <source>Use the calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ImportSchedule</name>
    <message numerus="yes">
        <source>Import %n task(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::MainWindow</name>
    <message>
        <source>Relm databases (*.db *.relm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open releases</source>
        <translation>Offene Releases</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <source>Next Status</source>
        <translation>Nächster Status</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Relm</source>
        <translation>&amp;Über Relm</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Move the release to its next status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded to the current version. A copy of the old version is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Relm records who makes each change. Choose yourself:</source>
        <translation>Relm hält fest, wer welche Änderung macht. Wählen Sie sich aus:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 – Relm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: Relm never overwrites a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database created. Start with Release → New Release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Relm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relm %1&lt;/h3&gt;&lt;p&gt;Release and deployment planning: packages, schedules, risks, sign-off, deployments and release notes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 on in its lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component Catalogue</source>
        <translation>Komponentenkatalog</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Portfolio Gantt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio Gantt</source>
        <translation>&amp;Portfolio-Gantt</translation>
    </message>
</context>
<context>
    <name>relm::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::MonteCarlo</name>
    <message>
        <source>The simulation needs at least one iteration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::MonteCarloPanel</name>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation &amp;starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Anhalten</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws each task&apos;s duration from its estimate (optimistic, likely, pessimistic) and schedules the release again, many times: how likely is the target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish date histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>%1 iterations%2: P50 %3 · &lt;b&gt;P80 %4&lt;/b&gt; · P95 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1% chance of finishing by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes by the target</source>
        <translation>Fertig bis zum Ziel</translation>
    </message>
    <message>
        <source>Finishes after the target</source>
        <translation>Fertig nach dem Ziel</translation>
    </message>
    <message>
        <source>Finish dates of %1 simulated schedules (iterations per day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::MspdiReader</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Microsoft Project XML file (it has no &lt;Project&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged at line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no project start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::NavigatorModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 release, %3&lt;br&gt;Owner: %4&lt;br&gt;Planned: %5 – %6&lt;br&gt;Service: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Package %1: %n component version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (no fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n package finding(s)&lt;/b&gt;: see the Findings panel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::NavigatorPanel</name>
    <message>
        <source>Filter releases, services, components…</source>
        <translation>Releases, Services, Komponenten filtern…</translation>
    </message>
    <message>
        <source>Filter the release navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Package</source>
        <translation>Aus dem Paket entfernen</translation>
    </message>
</context>
<context>
    <name>relm::NewReleaseDialog</name>
    <message>
        <source>New Release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>e.g. 2027.2 Spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Release</source>
        <translation>Release anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Target &amp;service:</source>
        <translation>&amp;Ziel-Service:</translation>
    </message>
    <message>
        <source>Planned s&amp;tart:</source>
        <translation>Geplanter &amp;Beginn:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Geplantes &amp;Ende:</translation>
    </message>
    <message>
        <source>A release named “%1” already exists.</source>
        <translation>Ein Release namens „%1“ gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>relm::PackageContentsModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved in a finding: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::PackageDropper</name>
    <message numerus="yes">
        <source>Remove %n component version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No version chosen for %1: added %2, the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds these versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::PackagePage</name>
    <message>
        <source>&amp;Freeze Baseline</source>
        <translation>Baseline &amp;einfrieren</translation>
    </message>
    <message>
        <source>Package contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Package</source>
        <translation>Aus dem Paket entfernen</translation>
    </message>
    <message>
        <source>This release has no component versions yet. Drag components or versions from the Component catalogue (right) into this table or onto the release in the Portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package that dropped items go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Package…</source>
        <translation>Neues &amp;Paket…</translation>
    </message>
    <message>
        <source>New Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Environment to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops go to:</source>
        <translation>Ablegen in:</translation>
    </message>
    <message>
        <source>What a deployment would change</source>
        <translation>Was ein Rollout ändern würde</translation>
    </message>
    <message>
        <source>Deploying to:</source>
        <translation>Rollout nach:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Not frozen. Freeze the baseline when the package is complete: any later change then shows, and approvals on it no longer hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d32f2f&quot;&gt;Baseline changed&lt;/b&gt; since it was frozen on %1 by %2. See the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen on %1 by %2; unchanged (fingerprint %3…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;freeze Baseline</source>
        <translation>Baseline erneut &amp;einfrieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 already runs everything in this release.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;➕ install &lt;b&gt;%1 %2&lt;/b&gt; (new here)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;⬇ &lt;b&gt;%1&lt;/b&gt; %2 → %3 (downgrade)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;⬆ &lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline frozen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::PlanStore</name>
    <message>
        <source>Task #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two tasks are already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze window #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release already has a baseline named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>relm::RecordBuild</name>
    <message>
        <source>Record build %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build number is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::RecordChanges</name>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Undo: create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>relm::RecordTraits</name>
    <message>
        <source>release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency %1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze window %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ReleaseChanges</name>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Create release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ReleaseLifecycle</name>
    <message>
        <source>The release is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: %1 is a final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot move from %1 to %2. Allowed next: %3.</source>
        <translation>Ein Release kann nicht von %1 nach %2 wechseln. Erlaubt sind: %3.</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Mark as planned</source>
        <translation>Als geplant markieren</translation>
    </message>
    <message>
        <source>Start building</source>
        <translation>Build starten</translation>
    </message>
    <message>
        <source>Start testing</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Submit for sign-off</source>
        <translation>Zur Freigabe einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Start deployment</source>
        <translation>Rollout starten</translation>
    </message>
    <message>
        <source>Mark as deployed</source>
        <translation>Als ausgerollt markieren</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Als nachbetrachtet markieren</translation>
    </message>
    <message>
        <source>Mark as rolled back</source>
        <translation>Als zurückgerollt markieren</translation>
    </message>
    <message>
        <source>Cancel release</source>
        <translation>Release abbrechen</translation>
    </message>
</context>
<context>
    <name>relm::ReleaseOverviewPage</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change the release status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>How to return to the previous state if the deployment fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this release delivers and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service this release changes, e.g. Online Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Release type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Target &amp;service:</source>
        <translation>&amp;Ziel-Service:</translation>
    </message>
    <message>
        <source>Planned s&amp;tart:</source>
        <translation>Geplanter &amp;Beginn:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Geplantes &amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>&amp;Vorgehen:</translation>
    </message>
    <message>
        <source>&amp;Back-out plan:</source>
        <translation>&amp;Rückfallplan:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Change requests:</source>
        <translation>Änderungsanträge:</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-out plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>%1 (release manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change requests yet: this release delivers none so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version needs a SHA-256 fingerprint</source>
        <translation>Jede Version braucht einen SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys &amp;to:</source>
        <translation>Rollout &amp;nach:</translation>
    </message>
    <message>
        <source>target environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ReleaseStore</name>
    <message>
        <source>Release #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release named “%1” already exists.</source>
        <translation>Ein Release namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Package #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release already has a package named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change request %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ReleaseTab</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Release pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>&amp;Builds</source>
        <translation>&amp;Builds</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::RowWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::SaveScheduleBaseline</name>
    <message>
        <source>Save schedule baseline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::ScheduleGraph</name>
    <message>
        <source>“%1” has a negative duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a date constraint without a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to a summary task that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary tasks contain each other in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency refers to a task that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependencies form a cycle: %1. Remove or reverse one of these links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::SchedulePage</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>&amp;Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Milestone</source>
        <translation>&amp;Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>Save &amp;Baseline…</source>
        <translation>&amp;Basisplan speichern…</translation>
    </message>
    <message>
        <source>&amp;Import MS Project…</source>
        <translation>MS Project &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Project XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Schedule</source>
        <translation>Ganzer Zeitplan</translation>
    </message>
    <message>
        <source>Export the whole schedule; when off, only the range in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export the Gantt Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet: add one with Add Task, then link tasks by Shift-dragging from one bar to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked twice: “%2” (%3) and “%4” (%5) overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the duration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished">Portfolio</translation>
    </message>
    <message>
        <source>%1 – Gantt chart – page %2 of %3 – Relm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::Scheduler</name>
    <message>
        <source>“%1” was moved after the change freeze “%2” (%3 to %4); deployments may not run in it unless authorised as an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule needs a project start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::SetEnvironmentInventory</name>
    <message>
        <source>Set what %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::SqliteFileProbe</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::Store</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::TaskDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Deploys (change-freeze windows apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised emergency: may deploy in a freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">%1 bearbeiten</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Duration (most likely):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimistic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pessimistic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::UndoController</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::VersionDialog</name>
    <message>
        <source>Compute from &amp;File…</source>
        <translation>Aus &amp;Datei berechnen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished">%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2.4.0 or 3.0.0-rc.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, or compute it from the artefact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository tag, supplier reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g.
requires auth-service &gt;=2.3 &lt;3
conflicts payments-gateway &lt;7.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished">&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requires / conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges: &gt;=2.3 &lt;3 (all must hold), =2.3.1, !=2.4.0, * (any), || between alternatives. A pre-release matches only a range that names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Artefact to Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: write “requires COMPONENT RANGE” or ǌonflicts COMPONENT RANGE”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::VersionRange</name>
    <message>
        <source>A version range is empty; use e.g. “&gt;=2.3 &lt;3” or “*”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the range “%2” is not a comparison; write e.g. &gt;=2.3, &lt;3, =2.3.1 or *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range “%1” has an empty alternative around “||”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::Vocabulary</name>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Im Build</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Im Test</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Im Rollout</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Nachbetrachtet</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Big bang</source>
        <translation>Big Bang</translation>
    </message>
    <message>
        <source>Phased</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>In-house application</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>Externally developed software</source>
        <translation>Extern entwickelte Software</translation>
    </message>
    <message>
        <source>Utility software</source>
        <translation>Hilfssoftware</translation>
    </message>
    <message>
        <source>Supplier system software</source>
        <translation>Systemsoftware des Lieferanten</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Service documentation</source>
        <translation>Service-Dokumentation</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Test manager</source>
        <translation>Testmanager</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachverantwortlicher</translation>
    </message>
    <message>
        <source>Change board</source>
        <translation>Change Advisory Board</translation>
    </message>
    <message>
        <source>Operations acceptance</source>
        <translation>Betriebsabnahme</translation>
    </message>
    <message>
        <source>Build engineer</source>
        <translation>Build-Ingenieur</translation>
    </message>
    <message>
        <source>Deployment engineer</source>
        <translation>Deployment-Ingenieur</translation>
    </message>
</context>
<context>
    <name>relm::Workspace</name>
    <message>
        <source>Nobody with the login “%1” is in this database. Add the person first, or act as someone listed by “relm-cli person list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has nobody to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relm setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::cli</name>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release show needs a release name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:        </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach:     </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-out plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release create needs a release name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release create needs --type (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown release type “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release set-status needs a release name and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1; a backup of the old version is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “relm-cli --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with “relm-cli --db %1 init --demo” (or without --demo for an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build record needs a release name and --number N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number takes a whole number from 1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome is succeeded, failed or partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded build %1 of %2 (%3 component versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build notes needs a release name and --number N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no build %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 of %2, %3 by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with build %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First build: everything is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Build</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 (%2) runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback target (before “%1”): the state of %2 (“%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying %1 to %2 would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 run the same versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now runs %2 component versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package add needs RELEASE[/PACKAGE] and at least one COMPONENT[@VERSION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: %1 already holds these versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package remove needs RELEASE[/PACKAGE] and at least one COMPONENT[@VERSION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package check needs a release name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release freeze needs a release name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Froze %1: baseline %2 over %n component version(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: finishes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no task named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--montecarlo takes a number of iterations, e.g. 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target takes a date, e.g. 2027-01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 iterations (seed %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Probability of finishing by %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule needs a release name, or --portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline save needs a release and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved baseline “%1” of %2 (%3 tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no baseline named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against “%2”: the release finishes %3 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment is booked twice at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked twice: “%2” (%3, %4 → %5) and “%6” (%7, %8 → %9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration takes working time such as 3d, 4h, 90m or 2w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--estimate takes OPTIMISTIC,PESSIMISTIC, e.g. 2d,5d (the duration is the most likely).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date or date-time, e.g. 2027-01-15 or 2027-01-15T13:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added task “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link add needs RELEASE PREDECESSOR SUCCESSOR (task names; “Other release/Task” for another release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is FS, SS, FF or SF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lag takes working time (1d, -4h) or a percentage of the predecessor (50%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked “%1” → “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a release and a Microsoft Project XML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 tasks and %2 dependencies into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze add needs NAME --from DATE --to DATE [--env ENV].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the freeze window “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar holiday takes a date, e.g. 2026-12-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a holiday in the calendar “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::package_ops</name>
    <message numerus="yes">
        <source>%n component version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The component has no versions in the catalogue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version given for %1: picked %2, the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no package yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no package named “%2” (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::planning</name>
    <message>
        <source>The plan could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::storage_errors</name>
    <message>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Relm database: it is not a database file at all. Open a Relm database, or create a new one (File → New, or relm-cli init). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Relm database: it is an SQLite database of another program. Open a Relm database, or create a new one (File → New, or relm-cli init). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup: Relm writes one beside the file before each upgrade, and File → Save a Copy makes one at any time. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Relm (database version %2; this Relm %3 reads versions up to %4). Install a newer Relm to open it. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Relm, or a backup or sync tool holding it). Close that program and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relm cannot open %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relm::validation</name>
    <message>
        <source>%1 characters is too long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs a name.</source>
        <translation>Ein Release braucht einen Namen.</translation>
    </message>
    <message>
        <source>A release name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release name cannot contain &apos;/&apos; (it separates release and package on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end (%1) is before the planned start (%2).</source>
        <translation>Das geplante Ende (%1) liegt vor dem geplanten Beginn (%2).</translation>
    </message>
    <message>
        <source>A release needs an owner (its release manager).</source>
        <translation>Ein Release braucht einen Verantwortlichen (seinen Release-Manager).</translation>
    </message>
    <message>
        <source>A component needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component name cannot contain spaces or &apos;@&apos; (e.g. use &quot;auth-service&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version needs a version string, e.g. 2.4.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version string cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package name cannot contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change request needs a reference, e.g. RFC-1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date constraint needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A three-point estimate needs optimistic ≤ most likely ≤ pessimistic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freeze window needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freeze window ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar needs some working time in its week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
