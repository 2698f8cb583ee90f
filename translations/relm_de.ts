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
        <source>Only entries of this release.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>relm::RowWriter</name>
    <message>
        <source>The record no longer exists.</source>
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
    <name>relm::UndoController</name>
    <message>
        <source>No database is open.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
</TS>
