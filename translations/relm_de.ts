<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QMenu</name>
    <message>
        <source>%1 is final</source>
        <translation>%1 ist endgültig</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relm release and deployment planner</source>
        <translation>Relm – Release- und Deployment-Planer</translation>
    </message>
    <message>
        <source>The database file (default: $RELM_DB, else Relm&apos;s data folder).</source>
        <translation>Die Datenbankdatei (Standard: $RELM_DB, sonst der Datenordner von Relm).</translation>
    </message>
    <message>
        <source>Act as this person (login).</source>
        <translation>Als diese Person handeln (Login).</translation>
    </message>
    <message>
        <source>A database file to open (as --db), or a plan file (.xml, .gan, .planner) to show in it as a new release.</source>
        <translation>Eine Datenbankdatei zum Öffnen (wie --db) oder eine Plandatei (.xml, .gan, .planner), die darin als neues Release gezeigt wird.</translation>
    </message>
    <message>
        <source>Quit once the window is shown and idle (for timing a start or a plan&apos;s opening).</source>
        <translation>Beenden, sobald das Fenster angezeigt wird und nichts mehr zu tun ist (um einen Start oder das Öffnen eines Plans zu messen).</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE (default: $RELM_SERVER).</source>
        <translation>Eine gemeinsame Datenbank auf einem PostgreSQL-Server, postgresql://BENUTZER@HOST:PORT/DATENBANK (Standard: $RELM_SERVER).</translation>
    </message>
    <message>
        <source>Name either a database file (--db) or a server (--server), not both.</source>
        <translation>Nennen Sie entweder eine Datenbankdatei (--db) oder einen Server (--server), nicht beides.</translation>
    </message>
</context>
<context>
    <name>relm</name>
    <message>
        <source>the release has %1</source>
        <translation>das Release enthält %1</translation>
    </message>
    <message>
        <source>the release does not have it and no target environment is set</source>
        <translation>das Release enthält sie nicht, und es ist keine Zielumgebung festgelegt</translation>
    </message>
    <message>
        <source>neither the release nor %1 has it</source>
        <translation>weder das Release noch %1 enthält sie</translation>
    </message>
    <message>
        <source>the release does not have it and %1 runs %2</source>
        <translation>das Release enthält sie nicht, und auf %1 läuft %2</translation>
    </message>
    <message>
        <source>Add %1 to the release.</source>
        <translation>Fügen Sie %1 dem Release hinzu.</translation>
    </message>
    <message>
        <source>Replace %1 with %2.</source>
        <translation>Ersetzen Sie %1 durch %2.</translation>
    </message>
    <message>
        <source>No version of %1 in the catalogue matches “%2”: add one to the catalogue, or change the requirement of %3.</source>
        <translation>Keine Version von %1 im Katalog passt zu „%2“: Fügen Sie dem Katalog eine hinzu, oder ändern Sie die Anforderung von %3.</translation>
    </message>
    <message>
        <source>%1 requires %2 %3, but %4.</source>
        <translation>%1 benötigt %2 %3, aber %4.</translation>
    </message>
    <message>
        <source>%1 conflicts with %2 %3, and the release has %4.</source>
        <translation>%1 steht im Konflikt mit %2 %3, und das Release enthält %4.</translation>
    </message>
    <message>
        <source>Remove %1 or %2, or choose a version of %3 outside “%4”.</source>
        <translation>Entfernen Sie %1 oder %2, oder wählen Sie eine Version von %3 außerhalb von „%4“.</translation>
    </message>
    <message>
        <source>%1 conflicts with %2 %3, and %4 runs %5.</source>
        <translation>%1 steht im Konflikt mit %2 %3, und auf %4 läuft %5.</translation>
    </message>
    <message>
        <source>Add %1 to the release, or remove %2.</source>
        <translation>Fügen Sie %1 dem Release hinzu, oder entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Add a version of %1 outside “%2” to the release, or remove %3.</source>
        <translation>Fügen Sie dem Release eine Version von %1 außerhalb von „%2“ hinzu, oder entfernen Sie %3.</translation>
    </message>
    <message>
        <source>%1 states an unreadable range for %2: %3</source>
        <translation>%1 gibt für %2 einen unlesbaren Bereich an: %3</translation>
    </message>
    <message>
        <source>Correct the range in the catalogue.</source>
        <translation>Korrigieren Sie den Bereich im Katalog.</translation>
    </message>
    <message>
        <source>The release has %1 versions of %2: %3.</source>
        <translation>Das Release enthält %1 Versionen von %2: %3.</translation>
    </message>
    <message>
        <source>Keep one version of %1 (usually %2) and remove the others.</source>
        <translation>Behalten Sie eine Version von %1 (meist %2), und entfernen Sie die übrigen.</translation>
    </message>
    <message>
        <source>%1 has no SHA-256 fingerprint, and this release requires one for every version.</source>
        <translation>%1 hat keinen SHA-256-Fingerabdruck, und dieses Release verlangt einen für jede Version.</translation>
    </message>
    <message>
        <source>Record the fingerprint of %1 in the catalogue (compute it from the artefact file).</source>
        <translation>Erfassen Sie den Fingerabdruck von %1 im Katalog (berechnen Sie ihn aus der Artefaktdatei).</translation>
    </message>
    <message>
        <source>%1 is retired in the catalogue.</source>
        <translation>%1 ist im Katalog ausgemustert.</translation>
    </message>
    <message>
        <source>Replace %1 with a current version.</source>
        <translation>Ersetzen Sie %1 durch eine aktuelle Version.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>the same components are listed in another combination</source>
        <translation>dieselben Komponenten sind in einer anderen Kombination aufgeführt</translation>
    </message>
    <message>
        <source>Baseline changed since it was frozen on %1 by %2: %3.</source>
        <translation>Die Baseline hat sich geändert, seit %2 sie am %1 eingefroren hat: %3.</translation>
    </message>
    <message>
        <source>Undo the change, or freeze the release again to accept it (approvals on the old baseline no longer hold).</source>
        <translation>Machen Sie die Änderung rückgängig, oder frieren Sie das Release erneut ein, um sie zu übernehmen (Genehmigungen auf Basis der alten Baseline gelten dann nicht mehr).</translation>
    </message>
    <message>
        <source>Criterion #%1 accepted: met</source>
        <translation>Kriterium #%1 abgenommen: erfüllt</translation>
    </message>
    <message>
        <source>A waiver needs the reason the finding is accepted.</source>
        <translation>Eine Ausnahme braucht eine Begründung, warum der Befund akzeptiert wird.</translation>
    </message>
    <message>
        <source>%1 has no finding %2 now; run the package check again.</source>
        <translation>%1 hat derzeit keinen Befund %2; führen Sie die Paketprüfung erneut aus.</translation>
    </message>
    <message>
        <source>A warning does not block the gate and needs no waiver.</source>
        <translation>Eine Warnung blockiert die Schranke nicht und braucht keine Ausnahme.</translation>
    </message>
    <message>
        <source>the task with UID %1</source>
        <translation>der Vorgang mit der UID %1</translation>
    </message>
    <message>
        <source>task “%1” (UID %2)</source>
        <translation>Vorgang „%1“ (UID %2)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 has a value Relm cannot read: %2.</source>
        <translation>%1 hat einen Wert, den Relm nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>a task (“%1”) has no UID.</source>
        <translation>ein Vorgang („%1“) hat keine UID.</translation>
    </message>
    <message>
        <source>two tasks have the UID %1 (“%2” and “%3”); each needs its own.</source>
        <translation>zwei Vorgänge haben die UID %1 („%2“ und „%3“); jeder braucht eine eigene.</translation>
    </message>
    <message>
        <source>%1 depends on UID %2, which is not in the file.</source>
        <translation>%1 hängt von UID %2 ab, die nicht in der Datei enthalten ist.</translation>
    </message>
    <message>
        <source>%1 depends on itself.</source>
        <translation>%1 hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>%1 (%2 years of working time)</source>
        <translation>%1 (%2 Jahre Arbeitszeit)</translation>
    </message>
    <message>
        <source>The pessimistic estimate of task “%1” is negative. Give it zero or more, or leave it empty.</source>
        <translation>Die pessimistische Schätzung für Vorgang „%1“ ist negativ. Geben Sie null oder mehr an, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The optimistic estimate of task “%1” is negative. Give it zero or more, or leave it empty.</source>
        <translation>Die optimistische Schätzung für Vorgang „%1“ ist negativ. Geben Sie null oder mehr an, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The pessimistic estimate of task “%1” is %2; the longest duration Relm schedules is %3. Shorten it.</source>
        <translation>Die pessimistische Schätzung für Vorgang „%1“ beträgt %2; die längste Dauer, die Relm einplant, ist %3. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The optimistic estimate of task “%1” is %2; the longest duration Relm schedules is %3. Shorten it.</source>
        <translation>Die optimistische Schätzung für Vorgang „%1“ beträgt %2; die längste Dauer, die Relm einplant, ist %3. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>Task “%1” has a negative duration (%2). Give it a duration of zero or more.</source>
        <translation>Vorgang „%1“ hat eine negative Dauer (%2). Geben Sie eine Dauer von null oder mehr an.</translation>
    </message>
    <message>
        <source>Task “%1” lasts %2; the longest duration Relm schedules is %3. Shorten it.</source>
        <translation>Vorgang „%1“ dauert %2; die längste Dauer, die Relm einplant, ist %3. Kürzen Sie seine Dauer.</translation>
    </message>
    <message>
        <source>Task “%1” is %2% complete; percent complete runs from 0 to %3.</source>
        <translation>Vorgang „%1“ ist zu %2 % abgeschlossen; der Fertigstellungsgrad reicht von 0 bis %3.</translation>
    </message>
    <message>
        <source>Task “%1” has a date constraint without a date. Give it a date or remove the constraint.</source>
        <translation>Vorgang „%1“ hat eine Terminbedingung ohne Datum. Geben Sie ein Datum an, oder entfernen Sie die Bedingung.</translation>
    </message>
    <message>
        <source>Task “%1” is constrained to %2; Relm schedules dates from %3 to %4. Choose a date in that range.</source>
        <translation>Vorgang „%1“ ist an %2 gebunden; Relm plant Termine von %3 bis %4. Wählen Sie ein Datum in diesem Bereich.</translation>
    </message>
    <message>
        <source>Task “%1” belongs to a summary task that does not exist.</source>
        <translation>Vorgang „%1“ gehört zu einem Sammelvorgang, der nicht existiert.</translation>
    </message>
    <message>
        <source>Task “%1” uses a calendar that does not exist.</source>
        <translation>Vorgang „%1“ verwendet einen Kalender, der nicht existiert.</translation>
    </message>
    <message>
        <source>A dependency of task “%1” refers to a task that does not exist.</source>
        <translation>Eine Abhängigkeit des Vorgangs „%1“ verweist auf einen Vorgang, der nicht existiert.</translation>
    </message>
    <message>
        <source>A dependency refers to a task that does not exist.</source>
        <translation>Eine Abhängigkeit verweist auf einen Vorgang, der nicht existiert.</translation>
    </message>
    <message>
        <source>Task “%1” cannot depend on itself. Remove that dependency.</source>
        <translation>Vorgang „%1“ kann nicht von sich selbst abhängen. Entfernen Sie diese Abhängigkeit.</translation>
    </message>
    <message>
        <source>The dependency from “%1” to “%2” has a lag of %3% of the predecessor; Relm schedules lags from -%4% to %4%. Shorten it.</source>
        <translation>Die Abhängigkeit von „%1“ zu „%2“ hat einen Zeitabstand von %3 % des Vorgängers; Relm plant Zeitabstände von -%4 % bis %4 %. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The dependency from “%1” to “%2” has a lag of %3; the longest lag Relm schedules is %4 either way. Shorten it.</source>
        <translation>Die Abhängigkeit von „%1“ zu „%2“ hat einen Zeitabstand von %3; der längste Zeitabstand, den Relm einplant, beträgt %4 in jede Richtung. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The change freeze “%1” runs from %2 to %3; Relm schedules dates from %4 to %5. Correct its dates.</source>
        <translation>Die Änderungssperre „%1“ läuft von %2 bis %3; Relm plant Termine von %4 bis %5. Korrigieren Sie ihre Daten.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 waived this finding already on %2 UTC, giving the reason “%3”. Withdraw that waiver first to give another reason.</source>
        <translation>%1 hat für diesen Befund bereits am %2 UTC eine Ausnahme erteilt, mit der Begründung „%3“. Ziehen Sie diese Ausnahme zuerst zurück, um eine andere Begründung zu geben.</translation>
    </message>
    <message>
        <source>Deliver change requests with %1</source>
        <translation>Änderungsanträge mit %1 liefern</translation>
    </message>
    <message>
        <source>%1 already delivers %2.</source>
        <translation>%1 liefert %2 bereits.</translation>
    </message>
    <message>
        <source>%1 may not waive findings of %2, nor withdraw their waivers: only someone holding the %3 role may.</source>
        <translation>%1 darf für Befunde von %2 keine Ausnahmen erteilen oder zurückziehen: Das darf nur, wer die Rolle %3 innehat.</translation>
    </message>
    <message>
        <source>Deployment in a freeze</source>
        <translation>Deployment während einer Änderungssperre</translation>
    </message>
    <message>
        <source>Environment booked twice</source>
        <translation>Umgebung doppelt belegt</translation>
    </message>
    <message>
        <source>Same component changed at once</source>
        <translation>Gleiche Komponente gleichzeitig geändert</translation>
    </message>
    <message>
        <source>Deployment order</source>
        <translation>Deployment-Reihenfolge</translation>
    </message>
    <message>
        <source>“%1” is a maintenance window: nothing is refused in it, so there is nothing to override.</source>
        <translation>„%1“ ist ein Wartungsfenster: Darin wird nichts abgelehnt, daher gibt es nichts zu übersteuern.</translation>
    </message>
    <message>
        <source>Only the %1 may override the freeze “%2”; %3 does not hold that role.</source>
        <translation>Nur die Rolle %1 darf die Änderungssperre „%2“ übersteuern; %3 hat diese Rolle nicht inne.</translation>
    </message>
    <message>
        <source>An override needs the reason the deployment may run in the freeze.</source>
        <translation>Eine Übersteuerung braucht eine Begründung, warum das Deployment während der Änderungssperre laufen darf.</translation>
    </message>
    <message>
        <source>Deployment #%1 has run already; an override is for a planned deployment.</source>
        <translation>Deployment #%1 ist bereits gelaufen; eine Übersteuerung gilt nur für ein geplantes Deployment.</translation>
    </message>
    <message>
        <source>Deployment #%1 of %2 is not planned inside the freeze “%3”; it needs no override.</source>
        <translation>Deployment #%1 von %2 ist nicht innerhalb der Änderungssperre „%3“ geplant; es braucht keine Übersteuerung.</translation>
    </message>
    <message>
        <source>%1 overrode this freeze for deployment #%2 already: “%3”.</source>
        <translation>%1 hat diese Änderungssperre für Deployment #%2 bereits übersteuert: „%3“.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>A meeting is named by its title or its number, e.g. #3 (see meeting list).</source>
        <translation>Eine Sitzung wird über ihren Titel oder ihre Nummer angegeben, z. B. #3 (siehe „meeting list“).</translation>
    </message>
    <message>
        <source>There is no meeting called “%1”.</source>
        <translation>Es gibt keine Sitzung namens „%1“.</translation>
    </message>
    <message>
        <source>%1 meetings are called “%2”; name one by its number, e.g. #%3.</source>
        <translation>%1 Sitzungen heißen „%2“; geben Sie eine über ihre Nummer an, z. B. #%3.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 %2 (%3 UTC)</source>
        <translation>%1 %2 (%3 UTC)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>No members are named for this meeting.</source>
        <translation>Für diese Sitzung sind keine Mitglieder angegeben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1, before this meeting, and still awaits sign-off.</source>
        <translation>Überfällig: Es war am %1 fällig, vor dieser Sitzung, und wartet noch auf Abnahme.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>No deployment is planned yet; it is due by its planned end.</source>
        <translation>Noch ist kein Deployment geplant; es ist zu seinem geplanten Ende fällig.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The approval gate passes: the board can approve it.</source>
        <translation>Die Schranke zur Genehmigung ist erfüllt: Der Änderungsausschuss kann das Release genehmigen.</translation>
    </message>
    <message>
        <source>Before it can be approved:</source>
        <translation>Bevor es genehmigt werden kann:</translation>
    </message>
    <message>
        <source>Allowed to run in the freeze “%1” by %2 (%3) on %4: %5</source>
        <translation>Während der Änderungssperre „%1“ zugelassen von %2 (%3) am %4: %5</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Nothing was signed and no freeze was overridden while the meeting sat (%1 to %2).</source>
        <translation>Während der Sitzung (%1 bis %2) wurde nichts unterschrieben und keine Änderungssperre übersteuert.</translation>
    </message>
    <message>
        <source>Sign-offs given:</source>
        <translation>Erteilte Abnahmen:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Freezes overridden:</source>
        <translation>Übersteuerte Änderungssperren:</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Change board agenda and minutes</source>
        <translation>Tagesordnung und Protokoll des Änderungsausschusses</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Deployments up to</source>
        <translation>Deployments bis</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Releases to decide on</source>
        <translation>Zu entscheidende Releases</translation>
    </message>
    <message>
        <source>No release awaiting sign-off is due before %1.</source>
        <translation>Vor %1 ist kein Release fällig, das auf Abnahme wartet.</translation>
    </message>
    <message>
        <source>Freeze and Maintenance &amp;Windows…</source>
        <translation>Sperr- und &amp;Wartungsfenster…</translation>
    </message>
    <message>
        <source>New &amp;Freeze Window…</source>
        <translation>Neues Sperr&amp;fenster…</translation>
    </message>
    <message>
        <source>Change Board Meetings…</source>
        <translation>Sitzungen des Änderungsausschusses…</translation>
    </message>
    <message>
        <source>New Change Board &amp;Meeting…</source>
        <translation>Neue &amp;Sitzung des Änderungsausschusses…</translation>
    </message>
    <message>
        <source>Task “%1” has an actual or manual date of %2; Relm schedules dates from %3 to %4. Correct the date.</source>
        <translation>Vorgang „%1“ hat ein tatsächliches oder manuelles Datum %2; Relm plant Termine von %3 bis %4. Korrigieren Sie das Datum.</translation>
    </message>
    <message>
        <source>Task “%1” finishes (%2) before it starts (%3). Correct its actual dates.</source>
        <translation>Vorgang „%1“ endet (%2), bevor er beginnt (%3). Korrigieren Sie seine tatsächlichen Termine.</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Kalender %1</translation>
    </message>
    <message>
        <source>its week has no working day (every day is a weekend day).</source>
        <translation>seine Woche hat keinen Arbeitstag (jeder Tag ist ein Wochenendtag).</translation>
    </message>
    <message>
        <source>the holiday %1 lies outside the years %2 to %3.</source>
        <translation>der Feiertag %1 liegt außerhalb der Jahre %2 bis %3.</translation>
    </message>
    <message>
        <source>the calendar sets apart more than %1 days.</source>
        <translation>der Kalender nimmt mehr als %1 Tage aus.</translation>
    </message>
    <message>
        <source>it holds no tasks; there is nothing to import.</source>
        <translation>sie enthält keine Vorgänge; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>two tasks have the id %1 (“%2” and “%3”); each needs its own.</source>
        <translation>zwei Vorgänge haben die ID %1 („%2“ und „%3“); jeder braucht eine eigene.</translation>
    </message>
    <message>
        <source>task “%1” (id %2) has a dependency on the task id %3, which is not in the file.</source>
        <translation>Vorgang „%1“ (ID %2) hat eine Abhängigkeit von der Vorgangs-ID %3, die nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>task “%1” (id %2) depends on itself.</source>
        <translation>Vorgang „%1“ (ID %2) hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>The file uses GanttProject&apos;s holiday calendar “%1”, which it does not contain; only the holidays it lists were read.</source>
        <translation>Die Datei verwendet den GanttProject-Feiertagskalender „%1“, den sie nicht enthält; nur die aufgeführten Feiertage wurden gelesen.</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 früher</translation>
    </message>
    <message>
        <source>task “%1” (id %2) would last %3, longer than the %4 Relm plans.</source>
        <translation>Vorgang „%1“ (ID %2) würde %3 dauern, länger als die %4, die Relm plant.</translation>
    </message>
    <message>
        <source>task “%1” (id %2) depends on the task id %3, which is not in the file.</source>
        <translation>Vorgang „%1“ (ID %2) hängt von der Vorgangs-ID %3 ab, die nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>Planner counts lags in elapsed time; Relm counts each calendar day of lag as one working day (8 hours).</source>
        <translation>Planner zählt Verzögerungen in verstrichener Zeit; Relm zählt jeden Kalendertag Verzögerung als einen Arbeitstag (8 Stunden).</translation>
    </message>
    <message>
        <source>The file names no calendar Relm can find; the standard calendar is used.</source>
        <translation>Die Datei nennt keinen Kalender, den Relm findet; der Standardkalender wird verwendet.</translation>
    </message>
    <message>
        <source>Relm has no as-late-as-possible tasks; these start as soon as possible: %1.</source>
        <translation>Relm kennt keine So-spät-wie-möglich-Vorgänge; diese beginnen so früh wie möglich: %1.</translation>
    </message>
    <message>
        <source>GanttProject keeps no working hours: Relm counts 8 hours a day (08:00 to 12:00 and 13:00 to 17:00) on its working days.</source>
        <translation>GanttProject speichert keine Arbeitszeiten: Relm rechnet an seinen Arbeitstagen 8 Stunden am Tag (08:00 bis 12:00 und 13:00 bis 17:00).</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; a restore never overwrites a file. Name a new file.</source>
        <translation>%1 gibt es schon und ist nicht leer; eine Wiederherstellung überschreibt nie eine Datei. Nennen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>%1 is of schema version %2, which this Relm cannot make.</source>
        <translation>%1 hat die Schemaversion %2, die dieses Relm nicht anlegen kann.</translation>
    </message>
    <message>
        <source>%1: %2 The backup was tampered with or damaged, so it is not restored.</source>
        <translation>%1: %2 Die Sicherung wurde verändert oder beschädigt und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reading table %1 failed: %2</source>
        <translation>Lesen der Tabelle %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB, more than a bill of materials holds; check you chose the right file.</source>
        <translation>%1 ist größer als 256 MB, mehr als eine Stückliste enthält; prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Task names repeat in the file (%1): task names are unique within a release, so the later ones get “ (2)”, “ (3)” and so on.</source>
        <translation>Vorgangsnamen wiederholen sich in der Datei (%1): In einem Release sind Vorgangsnamen eindeutig, daher erhalten die späteren „ (2)“, „ (3)“ und so weiter.</translation>
    </message>
    <message>
        <source>%1 has the constraint type %2; Microsoft Project writes 0 to 7.</source>
        <translation>%1 hat die Terminbedingung Nummer %2; Microsoft Project schreibt 0 bis 7.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE, for example postgresql://alice@db.example.org/relm.</source>
        <translation>„%1“ ist keine Serveradresse: %2. Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK, zum Beispiel postgresql://alice@db.example.org/relm.</translation>
    </message>
    <message>
        <source>The policy for releases of type %1 names nobody who may waive findings. Name an authorising role in Policies first.</source>
        <translation>Die Richtlinie für Releases vom Typ %1 nennt niemanden, der Ausnahmen für Befunde erteilen darf. Legen Sie zuerst unter „Richtlinien“ eine berechtigte Rolle fest.</translation>
    </message>
</context>
<context>
    <name>relm::AcceptanceStore</name>
    <message>
        <source>Criterion #%1</source>
        <translation>Kriterium #%1</translation>
    </message>
    <message>
        <source>Policy #%1</source>
        <translation>Richtlinie #%1</translation>
    </message>
    <message>
        <source>%1 releases already have a policy.</source>
        <translation>Releases vom Typ %1 haben bereits eine Richtlinie.</translation>
    </message>
    <message>
        <source>Waiver #%1</source>
        <translation>Ausnahme #%1</translation>
    </message>
</context>
<context>
    <name>relm::ActingPersonPicker</name>
    <message>
        <source>Who you are acting as: the audit trail records this person for every change</source>
        <translation>Als wer Sie handeln: Der Prüfpfad vermerkt diese Person bei jeder Änderung</translation>
    </message>
    <message>
        <source>Acting person</source>
        <translation>Handelnde Person</translation>
    </message>
</context>
<context>
    <name>relm::AgendaDialog</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Change Board Agenda and Minutes</source>
        <translation>Tagesordnung und Protokoll des Änderungsausschusses</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Tagesordnung und Protokoll</translation>
    </message>
    <message>
        <source>!Stopped.</source>
        <translation>!Angehalten.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>Export Agenda and Minutes</source>
        <translation>Tagesordnung und Protokoll exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>%1; %2 and %3 in the minutes.</source>
        <translation>%1; %2 und %3 im Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) to decide on</source>
        <translation>
            <numerusform>%n Release zu entscheiden</numerusform>
            <numerusform>%n Releases zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n Abnahme</numerusform>
            <numerusform>%n Abnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Ausnahme</numerusform>
            <numerusform>%n Ausnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::AgendaModel</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n Terminkonflikt</numerusform>
            <numerusform>⚠ %n Terminkonflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Terminkonflikte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>relm::AuditChainCheck</name>
    <message>
        <source>Entry %1 is not the first one written: the entries before it were removed.</source>
        <translation>Eintrag %1 ist nicht der zuerst geschriebene: Die Einträge davor wurden entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry between them was removed or inserted, or the order changed.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Dazwischen wurde ein Eintrag entfernt oder eingefügt, oder die Reihenfolge wurde geändert.</translation>
    </message>
    <message>
        <source>The trail is empty, but its recorded head names an entry: every entry was cut off.</source>
        <translation>Der Prüfpfad ist leer, doch sein gespeicherter Kopf verweist auf einen Eintrag: Alle Einträge wurden abgeschnitten.</translation>
    </message>
    <message>
        <source>The recorded head of the trail is missing: entries may have been cut off after entry %1.</source>
        <translation>Der gespeicherte Kopf des Prüfpfads fehlt: Nach Eintrag %1 wurden möglicherweise Einträge abgeschnitten.</translation>
    </message>
    <message>
        <source>The trail ends at entry %1, but later entries were written: they were cut off.</source>
        <translation>Der Prüfpfad endet bei Eintrag %1, es wurden aber spätere Einträge geschrieben: Sie wurden abgeschnitten.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert.</translation>
    </message>
</context>
<context>
    <name>relm::AuditModel</name>
    <message>
        <source>Entry hash %1
Previous %2</source>
        <translation>Eintrags-Hash %1
Vorheriger %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>relm::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>&amp;Verify Trail and Signatures</source>
        <translation>Prüfpfad und Unterschriften &amp;verifizieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Release:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n entries.</source>
        <translation>
            <numerusform>Nach %n Eintrag angehalten.</numerusform>
            <numerusform>Nach %n Einträgen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intact.</source>
        <translation>Intakt.</translation>
    </message>
    <message>
        <source>%1 entries checked; %2 signatures: %3 valid, %4 void because what they signed changed since.</source>
        <translation>%1 Einträge geprüft; %2 Unterschriften: %3 gültig, %4 ungültig, weil sich das Unterschriebene seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Tampered with.</source>
        <translation>Manipuliert.</translation>
    </message>
    <message>
        <source>Every entry: all releases and the catalogue</source>
        <translation>Jeder Eintrag: alle Releases und der Katalog</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>relm::BackupParse</name>
    <message>
        <source>should be a whole number of at least %1.</source>
        <translation>sollte eine ganze Zahl von mindestens %1 sein.</translation>
    </message>
    <message>
        <source>is not “%1”: this file is not a Relm backup. Make one with “relm-cli export json” or File → Back Up.</source>
        <translation>ist nicht „%1“: diese Datei ist keine Relm-Sicherung. Erstellen Sie eine mit „relm-cli export json“ oder Datei → Sichern.</translation>
    </message>
    <message>
        <source>is %1, but this Relm reads backups up to version %2: restore it with the newer Relm that made it.</source>
        <translation>ist %1, aber dieses Relm liest Sicherungen bis Version %2: stellen Sie sie mit dem neueren Relm wieder her, das sie erstellt hat.</translation>
    </message>
    <message>
        <source>should be a whole number, the last id given in that table.</source>
        <translation>sollte eine ganze Zahl sein, die letzte in dieser Tabelle vergebene ID.</translation>
    </message>
    <message>
        <source>is missing or not an object of tables; the backup is incomplete.</source>
        <translation>fehlt oder ist kein Objekt mit Tabellen; die Sicherung ist unvollständig.</translation>
    </message>
    <message>
        <source>is not a table Relm keeps.</source>
        <translation>ist keine Tabelle, die Relm führt.</translation>
    </message>
    <message>
        <source>should be a column name, given once.</source>
        <translation>sollte ein Spaltenname sein, einmal angegeben.</translation>
    </message>
    <message>
        <source>is missing or empty.</source>
        <translation>fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>should be a list of %1 values, one per column.</source>
        <translation>sollte eine Liste von %1 Werten sein, einer je Spalte.</translation>
    </message>
    <message>
        <source>should be text, a number, null, {&quot;int&quot;: &quot;digits&quot;} or {&quot;base64&quot;: &quot;...&quot;}.</source>
        <translation>sollte Text, eine Zahl, null, {&quot;int&quot;: &quot;digits&quot;} oder {&quot;base64&quot;: &quot;...&quot;} sein.</translation>
    </message>
</context>
<context>
    <name>relm::BackupReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>relm::BackupRestore</name>
    <message>
        <source>%1 holds a database of schema version %2, newer than this Relm reads (%3). Restore it with the Relm that made it, or a newer one.</source>
        <translation>%1 enthält eine Datenbank der Schemaversion %2, neuer als dieses Relm liest (%3). Stellen Sie sie mit dem Relm wieder her, das sie erstellt hat, oder einem neueren.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; choose another name.</source>
        <translation>%1 kann nicht ersetzt werden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The restored database cannot be named %1; check the folder can be written.</source>
        <translation>Die wiederhergestellte Datenbank kann nicht %1 heißen; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tables.%1: a Relm database of schema version %2 has no such table; the backup was changed or is not from Relm.</source>
        <translation>tables.%1: eine Relm-Datenbank der Schemaversion %2 hat keine solche Tabelle; die Sicherung wurde verändert oder stammt nicht von Relm.</translation>
    </message>
    <message>
        <source>tables.%1 is missing; a backup holds every table. Make the backup again.</source>
        <translation>tables.%1 fehlt; eine Sicherung enthält jede Tabelle. Erstellen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <source>tables.%1.rows[%2][%3] (%4): is null, but every row of %1 has one. The backup was changed or damaged, so it is not restored.</source>
        <translation>tables.%1.rows[%2][%3] (%4): ist null, jede Zeile von %1 hat aber einen Wert. Die Sicherung wurde verändert oder beschädigt und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>tables.%1.columns: the table has the columns %2 in schema version %3, the backup gives %4.</source>
        <translation>tables.%1.columns: die Tabelle hat in Schemaversion %3 die Spalten %2, die Sicherung gibt %4.</translation>
    </message>
    <message>
        <source>The restore was stopped; no database was made.</source>
        <translation>Die Wiederherstellung wurde angehalten; es wurde keine Datenbank angelegt.</translation>
    </message>
    <message>
        <source>tables.%1.rows[%2]: the row cannot be stored: %3</source>
        <translation>tables.%1.rows[%2]: die Zeile kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>sequences.%1 names a table the backup does not hold.</source>
        <translation>sequences.%1 nennt eine Tabelle, die die Sicherung nicht enthält.</translation>
    </message>
    <message>
        <source>tables.relm_meta: it says schema version “%1”, the backup&apos;s header %2; the backup was changed.</source>
        <translation>tables.relm_meta: dort steht Schemaversion „%1“, im Kopf der Sicherung %2; die Sicherung wurde verändert.</translation>
    </message>
    <message>
        <source>%1; the backup was changed or cut short.</source>
        <translation>%1; die Sicherung wurde verändert oder ist unvollständig.</translation>
    </message>
    <message>
        <source>tables.audit_log: audit entry %1 does not verify: %2 The backup was tampered with or damaged, so it is not restored.</source>
        <translation>tables.audit_log: Eintrag %1 des Prüfpfads lässt sich nicht prüfen: %2 Die Sicherung wurde verändert oder beschädigt und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>tables.audit_log: %1 The backup was tampered with or damaged, so it is not restored.</source>
        <translation>tables.audit_log: %1 Die Sicherung wurde verändert oder beschädigt und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>audit_head: the header names %1 as the newest audit entry, but the trail ends with %2. The backup was tampered with or damaged, so it is not restored.</source>
        <translation>audit_head: der Kopf nennt %1 als neuesten Eintrag des Prüfpfads, der Prüfpfad endet aber mit %2. Die Sicherung wurde verändert oder beschädigt und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 is of schema version %2 and %3 of version %4. Restore it into a file first, which brings it up to date, and copy that to the server.</source>
        <translation>%1 hat die Schemaversion %2 und %3 die Version %4. Stellen Sie sie zuerst in eine Datei wieder her, die dabei aktualisiert wird, und kopieren Sie diese auf den Server.</translation>
    </message>
    <message>
        <source>%1 already holds a Relm database with an audit trail; a copy never goes over one. Name an empty database (createdb) instead.</source>
        <translation>%1 enthält bereits eine Relm-Datenbank mit Prüfpfad; eine Kopie überschreibt nie eine solche. Nennen Sie stattdessen eine leere Datenbank (createdb).</translation>
    </message>
    <message>
        <source>%1 holds %2 rows of %3 after the copy, not %4.</source>
        <translation>%1 enthält nach dem Kopieren %2 Zeilen von %3, nicht %4.</translation>
    </message>
</context>
<context>
    <name>relm::BackupWriter</name>
    <message>
        <source>A backup is made of a Relm database file (SQLite); %1 is not one.</source>
        <translation>Eine Sicherung wird aus einer Relm-Datenbankdatei (SQLite) erstellt; %1 ist keine.</translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation>Die Sicherung wurde angehalten; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>relm::BuildsPage</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
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
        <translation>Build-Nummer</translation>
    </message>
    <message>
        <source>Build outcome</source>
        <translation>Build-Ergebnis</translation>
    </message>
    <message>
        <source>What was built and how it went</source>
        <translation>Was gebaut wurde und wie es lief</translation>
    </message>
    <message>
        <source>Build notes</source>
        <translation>Build-Notizen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
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
        <translation>Builds</translation>
    </message>
    <message>
        <source>&lt;p&gt;No builds yet. Record the first build above: Relm keeps what it contained and computes what each later build introduced or changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Builds. Erfassen Sie oben den ersten Build: Relm speichert seinen Inhalt und berechnet, was jeder spätere Build eingeführt oder geändert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Build %1&lt;/h3&gt;&lt;p&gt;%2 by %3 – %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Build %1&lt;/h3&gt;&lt;p&gt;%2 von %3 – %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compared with build %1:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Im Vergleich zu Build %1:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;First build: it introduced everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erster Build: Er hat alles eingeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;introduced %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 eingeführt&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;removed %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 entfernt&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;changed %1: %2 → %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 geändert: %2 → %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;no change in content&lt;/li&gt;</source>
        <translation>&lt;li&gt;keine inhaltliche Änderung&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Record B&amp;uild</source>
        <translation>Build &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>relm::CalendarActions</name>
    <message>
        <source>The deployment of %1 ran already (%2); only planned deployments can be moved.</source>
        <translation>Das Deployment von %1 ist bereits gelaufen (%2); nur geplante Deployments können verschoben werden.</translation>
    </message>
    <message>
        <source>Choose a date and time to move the deployment to.</source>
        <translation>Wählen Sie Datum und Uhrzeit, auf die das Deployment verschoben werden soll.</translation>
    </message>
    <message>
        <source>Move the deployment of %1 to %2</source>
        <translation>Deployment von %1 auf %2 verschieben</translation>
    </message>
</context>
<context>
    <name>relm::CalendarData</name>
    <message>
        <source>The change calendar could not be read.</source>
        <translation>Der Änderungskalender konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>%1 planned end</source>
        <translation>%1 geplantes Ende</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>No release or window names the service “%1”. Services: %2.</source>
        <translation>Kein Release und kein Fenster nennt den Service „%1“. Services: %2.</translation>
    </message>
    <message>
        <source>No release is owned by “%1”. Owners (logins): %2.</source>
        <translation>Kein Release gehört „%1“. Verantwortliche (Anmeldenamen): %2.</translation>
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
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
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
    <name>relm::CalendarFeed</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>relm::CalendarFilterBar</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>relm::CalendarPage</name>
    <message>
        <source>Change calendar</source>
        <translation>Änderungskalender</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The events of the month, day by day.</source>
        <translation>Die Termine des Monats, Tag für Tag.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Mo&amp;ve To…</source>
        <translation>Ver&amp;schieben nach…</translation>
    </message>
    <message>
        <source>&amp;Override Freeze…</source>
        <translation>Änderungssperre &amp;übersteuern…</translation>
    </message>
    <message>
        <source>New &amp;Freeze Window…</source>
        <translation>Neues Sperr&amp;fenster…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
    <message>
        <source>Nothing is planned yet: plan deployments on a release&apos;s Deployments page, or add a freeze window with New Freeze Window…</source>
        <translation>Noch ist nichts geplant: Planen Sie Deployments auf der Seite „Deployments“ eines Releases, oder legen Sie mit „Neues Sperrfenster…“ ein Sperrfenster an.</translation>
    </message>
    <message>
        <source>Select a planned deployment to move.</source>
        <translation>Wählen Sie ein geplantes Deployment aus, das verschoben werden soll.</translation>
    </message>
    <message>
        <source>Move “%1” to:</source>
        <translation>„%1“ verschieben nach:</translation>
    </message>
    <message>
        <source>Select a planned deployment that runs in a freeze to override it.</source>
        <translation>Wählen Sie ein geplantes Deployment während einer Änderungssperre aus, um die Änderungssperre dafür zu übersteuern.</translation>
    </message>
    <message>
        <source>Override Freeze</source>
        <translation>Änderungssperre übersteuern</translation>
    </message>
    <message>
        <source>Why may “%1” run in the freeze “%2”?</source>
        <translation>Warum darf „%1“ während der Änderungssperre „%2“ laufen?</translation>
    </message>
    <message>
        <source>&amp;Withdraw Override</source>
        <translation>Übersteuerung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Agenda: %1 – %2</source>
        <translation>Agenda: %1 – %2</translation>
    </message>
</context>
<context>
    <name>relm::CalendarSource</name>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (übersteuert)</translation>
    </message>
    <message>
        <source>%1 — fix: %2</source>
        <translation>%1 — Behebung: %2</translation>
    </message>
</context>
<context>
    <name>relm::CalendarStore</name>
    <message>
        <source>Window #%1</source>
        <translation>Fenster #%1</translation>
    </message>
    <message>
        <source>There is no freeze or maintenance window named “%1”. “relm-cli freeze list” lists them.</source>
        <translation>Es gibt kein Sperr- oder Wartungsfenster namens „%1“. „relm-cli freeze list“ listet sie auf.</translation>
    </message>
    <message>
        <source>A window named “%1” already exists.</source>
        <translation>Ein Fenster namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Override #%1</source>
        <translation>Übersteuerung #%1</translation>
    </message>
    <message>
        <source>Meeting #%1</source>
        <translation>Sitzung #%1</translation>
    </message>
</context>
<context>
    <name>relm::CalendarStyle</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change freeze(s)</source>
        <translation>
            <numerusform>%n Änderungssperre</numerusform>
            <numerusform>%n Änderungssperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n Wartungsfenster</numerusform>
            <numerusform>%n Wartungsfenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CatalogueModel</name>
    <message>
        <source>needs %1 %2</source>
        <translation>benötigt %1 %2</translation>
    </message>
    <message>
        <source>conflicts %1 %2</source>
        <translation>Konflikt mit %1 %2</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ausgemustert)</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>no fingerprint</source>
        <translation>kein Fingerabdruck</translation>
    </message>
    <message>
        <source>%1 %2 has no SHA-256 fingerprint</source>
        <translation>%1 %2 hat keinen SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
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
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Filter components and versions…</source>
        <translation>Komponenten und Versionen filtern…</translation>
    </message>
    <message>
        <source>Filter the catalogue</source>
        <translation>Katalog filtern</translation>
    </message>
    <message>
        <source>Component catalogue</source>
        <translation>Komponentenkatalog</translation>
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
        <translation>Wählen Sie zuerst die Komponente aus, die die neue Version erhalten soll.</translation>
    </message>
    <message>
        <source>Retire %1 %2</source>
        <translation>%1 %2 ausmustern</translation>
    </message>
    <message>
        <source>Restore %1 %2</source>
        <translation>%1 %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 ausmustern</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Add to Release or Package…</source>
        <translation>Zu Release oder Paket hinzufügen…</translation>
    </message>
    <message>
        <source>Adds the selected components or versions to a package of a release, as dragging them there does (Insert)</source>
        <translation>Fügt die ausgewählten Komponenten oder Versionen einem Paket eines Release hinzu, wie es das Ziehen dorthin tut (Einfg)</translation>
    </message>
</context>
<context>
    <name>relm::CatalogueStore</name>
    <message>
        <source>Component #%1</source>
        <translation>Komponente #%1</translation>
    </message>
    <message>
        <source>A component named “%1”</source>
        <translation>Eine Komponente namens „%1“</translation>
    </message>
    <message>
        <source>A component named “%1” already exists.</source>
        <translation>Eine Komponente namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Component version #%1</source>
        <translation>Komponentenversion #%1</translation>
    </message>
    <message>
        <source>Version %1 of “%2”</source>
        <translation>Version %1 von „%2“</translation>
    </message>
    <message>
        <source>Version %1 of “%2” already exists in the catalogue.</source>
        <translation>Version %1 von „%2“ ist bereits im Katalog vorhanden.</translation>
    </message>
</context>
<context>
    <name>relm::ChangeImport</name>
    <message>
        <source>%1 new, %2 updated, %3 links added, %4 unchanged</source>
        <translation>%1 neu, %2 aktualisiert, %3 Verknüpfungen hinzugefügt, %4 unverändert</translation>
    </message>
</context>
<context>
    <name>relm::ChangeListModel</name>
    <message>
        <source>No public summary: customer notes leave this change out.</source>
        <translation>Keine öffentliche Zusammenfassung: Release Notes für Kunden lassen diesen Änderungsantrag weg.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Geliefert mit</translation>
    </message>
</context>
<context>
    <name>relm::ChangeRecoveryPrompts</name>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Your change is kept while this message is open. Try again once the server answers, or discard the change.</source>
        <translation>Ihre Änderung bleibt erhalten, solange diese Meldung offen ist. Versuchen Sie es erneut, sobald der Server antwortet, oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard Change</source>
        <translation>Änderung &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>relm::ChangeRequestDialog</name>
    <message>
        <source>One or two sentences in the customer&apos;s words, e.g. “Invoices can be exported to Excel.”</source>
        <translation>Ein oder zwei Sätze aus Sicht der Kunden, z. B. „Rechnungen lassen sich nach Excel exportieren.“</translation>
    </message>
    <message>
        <source>Leave empty when users need to do nothing.</source>
        <translation>Leer lassen, wenn Benutzer nichts tun müssen.</translation>
    </message>
    <message>
        <source>Design notes, problem records, anything for staff only.</source>
        <translation>Designnotizen, Problemdatensätze, alles nur für internes Personal.</translation>
    </message>
    <message>
        <source>Change Request %1</source>
        <translation>Änderungsantrag %1</translation>
    </message>
    <message>
        <source>New Change Request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <source>The id in your change system, e.g. RFC-1042</source>
        <translation>Die ID in Ihrem System für Änderungsanträge, z. B. RFC-1042</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Public summary:</source>
        <translation>Öffentliche &amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Users need to:</source>
        <translation>&amp;Benutzer müssen:</translation>
    </message>
    <message>
        <source>Internal &amp;detail:</source>
        <translation>Interne &amp;Details:</translation>
    </message>
    <message>
        <source>Customer notes print the public summary and what users need to do, under New, Improved or Fixed by kind. The title and the internal detail stay with staff: service and technical notes and the change board pack.</source>
        <translation>Release Notes für Kunden enthalten die öffentliche Zusammenfassung und was Benutzer tun müssen, je nach Art unter „Neu“, „Verbessert“ oder „Behoben“. Titel und interne Details bleiben intern: in den Release Notes für Service-Management und Technik sowie in den Unterlagen für den Änderungsausschuss.</translation>
    </message>
</context>
<context>
    <name>relm::ChangesPage</name>
    <message>
        <source>Change requests this release delivers</source>
        <translation>Änderungsanträge, die dieses Release liefert</translation>
    </message>
    <message>
        <source>All change requests</source>
        <translation>Alle Änderungsanträge</translation>
    </message>
    <message>
        <source>Filter by reference, title or release</source>
        <translation>Nach Referenz, Titel oder Release filtern</translation>
    </message>
    <message>
        <source>Filter change requests</source>
        <translation>Änderungsanträge filtern</translation>
    </message>
    <message>
        <source>The selected change request</source>
        <translation>Der ausgewählte Änderungsantrag</translation>
    </message>
    <message>
        <source>&amp;New Change…</source>
        <translation>&amp;Neuer Änderungsantrag…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>← &amp;Add to Release</source>
        <translation>← &amp;Zum Release hinzufügen</translation>
    </message>
    <message>
        <source>Write a new change request delivered by this release</source>
        <translation>Einen neuen Änderungsantrag anlegen, den dieses Release liefert</translation>
    </message>
    <message>
        <source>This release no longer delivers the selected change; the change request stays</source>
        <translation>Dieses Release liefert den ausgewählten Änderungsantrag nicht mehr; der Änderungsantrag selbst bleibt erhalten</translation>
    </message>
    <message>
        <source>This release delivers the change requests selected on the right (or drag them across)</source>
        <translation>Dieses Release liefert die rechts ausgewählten Änderungsanträge (oder ziehen Sie sie herüber)</translation>
    </message>
    <message>
        <source>Delete the selected change request from every release</source>
        <translation>Den ausgewählten Änderungsantrag aus allen Releases löschen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Take Out of Release</source>
        <translation>Aus dem Release herausnehmen</translation>
    </message>
    <message>
        <source>Add to Release</source>
        <translation>Zum Release hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>The release notes print what this release delivers: customers read each change&apos;s public summary under New, Improved or Fixed.</source>
        <translation>Die Release Notes zeigen, was dieses Release liefert: Kunden lesen die öffentliche Zusammenfassung jedes Änderungsantrags unter „Neu“, „Verbessert“ oder „Behoben“.</translation>
    </message>
    <message>
        <source>Delivered by this release</source>
        <translation>Von diesem Release geliefert</translation>
    </message>
    <message>
        <source>&lt;p&gt;This release delivers no change request yet. Write one with &lt;b&gt;New Change&lt;/b&gt;, drag existing ones from the list on the right, or import a CSV file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Release liefert noch keinen Änderungsantrag. Legen Sie einen mit &lt;b&gt;Neuer Änderungsantrag&lt;/b&gt; an, ziehen Sie vorhandene aus der Liste rechts herüber, oder importieren Sie eine CSV-Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Public summary (customers read this)</source>
        <translation>Öffentliche Zusammenfassung (für Kunden sichtbar)</translation>
    </message>
    <message>
        <source>None: customer notes leave this change out.</source>
        <translation>Keine: Release Notes für Kunden lassen diesen Änderungsantrag weg.</translation>
    </message>
    <message>
        <source>Users need to</source>
        <translation>Benutzer müssen</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Internal detail</source>
        <translation>Interne Details</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Select a change request to edit.</source>
        <translation>Wählen Sie einen Änderungsantrag zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Select change requests in the list on the right to add them.</source>
        <translation>Wählen Sie Änderungsanträge in der Liste rechts aus, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Select a change request of this release.</source>
        <translation>Wählen Sie einen Änderungsantrag dieses Releases aus.</translation>
    </message>
    <message>
        <source>Select a change request to delete.</source>
        <translation>Wählen Sie einen Änderungsantrag zum Löschen aus.</translation>
    </message>
    <message>
        <source>Delete Change Request</source>
        <translation>Änderungsantrag löschen</translation>
    </message>
    <message>
        <source>Delete %1 “%2” from every release that delivers it? Undo brings it back.</source>
        <translation>%1 „%2“ aus allen Releases löschen, die ihn liefern? „Rückgängig“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Import Change Requests</source>
        <translation>Änderungsanträge importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported change requests: %1.</source>
        <translation>Änderungsanträge importiert: %1.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Ta&amp;ke Out</source>
        <translation>Herausneh&amp;men</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
</context>
<context>
    <name>relm::Checklist</name>
    <message>
        <source>At least one %1 criterion</source>
        <translation>Mindestens ein Kriterium der Kategorie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n defined</source>
        <translation>
            <numerusform>%n festgelegt</numerusform>
            <numerusform>%n festgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>keines festgelegt</translation>
    </message>
    <message>
        <source>Frozen baseline, unchanged</source>
        <translation>Eingefrorene Baseline, unverändert</translation>
    </message>
    <message>
        <source>the release is not frozen</source>
        <translation>das Release ist nicht eingefroren</translation>
    </message>
    <message>
        <source>the package contents changed after freezing</source>
        <translation>der Paketinhalt hat sich nach dem Einfrieren geändert</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <source>Criterion #%1 “%2” accepted</source>
        <translation>Kriterium #%1 „%2“ abgenommen</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>%1, accepted by %2 (%3)</source>
        <translation>%1, abgenommen von %2 (%3)</translation>
    </message>
    <message>
        <source>%1, but its sign-off by %2 is void</source>
        <translation>%1, aber die Abnahme durch %2 ist ungültig</translation>
    </message>
    <message>
        <source>%1, awaiting sign-off by %2</source>
        <translation>%1, wartet auf Abnahme durch %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n void)</source>
        <translation>
            <numerusform> (%n ungültig)</numerusform>
            <numerusform> (%n ungültig)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approval by %2 distinct people</source>
        <translation>Genehmigung durch %1 (%2 verschiedene Personen)</translation>
    </message>
    <message>
        <source>%1 approval</source>
        <translation>Genehmigung durch %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No standing rejection</source>
        <translation>Keine bestehende Ablehnung</translation>
    </message>
    <message>
        <source>Every signature verifies</source>
        <translation>Alle Unterschriften sind gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) do not verify: the records were altered</source>
        <translation>
            <numerusform>%n Unterschrift lässt sich nicht prüfen: Die Datensätze wurden verändert</numerusform>
            <numerusform>%n Unterschriften lassen sich nicht prüfen: Die Datensätze wurden verändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk reviews up to date</source>
        <translation>Risikoprüfungen aktuell</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>überfällig: %1</translation>
    </message>
    <message>
        <source>the authorising role</source>
        <translation>die berechtigte Rolle</translation>
    </message>
    <message>
        <source>Package warning: %1</source>
        <translation>Paketwarnung: %1</translation>
    </message>
    <message>
        <source>listed; a warning does not block</source>
        <translation>aufgeführt; eine Warnung blockiert nicht</translation>
    </message>
    <message>
        <source>Package error waived: %1</source>
        <translation>Paketfehler mit Ausnahme: %1</translation>
    </message>
    <message>
        <source>waived by %1 (%2), %3: %4</source>
        <translation>Ausnahme erteilt von %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>Package error: %1</source>
        <translation>Paketfehler: %1</translation>
    </message>
    <message>
        <source>%1 Or have the %2 waive it with a reason.</source>
        <translation>%1 Oder lassen Sie %2 mit Begründung eine Ausnahme erteilen.</translation>
    </message>
    <message>
        <source>No package errors</source>
        <translation>Keine Paketfehler</translation>
    </message>
    <message>
        <source>the package checker found no errors</source>
        <translation>die Paketprüfung hat keine Fehler gefunden</translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 outside change freezes</source>
        <translation>Deployment #%1 nach %2 außerhalb von Änderungssperren</translation>
    </message>
    <message>
        <source>planned %1 inside %2; authorised emergency by %3</source>
        <translation>geplant %1 innerhalb von %2; Notfall autorisiert von %3</translation>
    </message>
    <message>
        <source>Post-release review complete</source>
        <translation>Nachbetrachtung abgeschlossen</translation>
    </message>
    <message>
        <source>no review written yet</source>
        <translation>noch keine Nachbetrachtung geschrieben</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>written, not yet marked complete</source>
        <translation>geschrieben, noch nicht als abgeschlossen markiert</translation>
    </message>
    <message>
        <source>still needs %1</source>
        <translation>benötigt noch %1</translation>
    </message>
    <message>
        <source>Emergency authorised</source>
        <translation>Notfall autorisiert</translation>
    </message>
    <message>
        <source>the policy names nobody who may authorise an emergency</source>
        <translation>die Richtlinie nennt niemanden, der einen Notfall genehmigen darf</translation>
    </message>
    <message>
        <source>Emergency authorised by %1</source>
        <translation>Notfall autorisiert von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not yet authorised</source>
        <translation>noch nicht autorisiert</translation>
    </message>
    <message numerus="yes">
        <source>Approved at least %n hour(s) before deployment</source>
        <translation>
            <numerusform>Mindestens %n Stunde vor dem Deployment genehmigt</numerusform>
            <numerusform>Mindestens %n Stunden vor dem Deployment genehmigt</numerusform>
        </translation>
    </message>
    <message>
        <source>waived: emergency authorised by %1</source>
        <translation>mit Ausnahme: Notfall autorisiert von %1</translation>
    </message>
    <message>
        <source>no approval recorded</source>
        <translation>keine Genehmigung erfasst</translation>
    </message>
    <message>
        <source>approved %1; may deploy from %2</source>
        <translation>genehmigt %1; Deployment ab %2 möglich</translation>
    </message>
    <message>
        <source>planned %1 inside %2; freeze overridden by %3</source>
        <translation>geplant %1 innerhalb von %2; Änderungssperre übersteuert von %3</translation>
    </message>
    <message>
        <source>planned %1 inside %2. Move the deployment out of the freeze, have the freeze&apos;s overriding role override it with a reason, or have the emergency authoriser sign an authorisation.</source>
        <translation>geplant %1 innerhalb von %2. Verschieben Sie das Deployment aus der Änderungssperre, lassen Sie die zum Übersteuern der Änderungssperre berechtigte Rolle sie mit Begründung übersteuern, oder lassen Sie die zur Notfallgenehmigung berechtigte Person eine Genehmigung unterschreiben.</translation>
    </message>
    <message>
        <source>No clash on the change calendar</source>
        <translation>Keine Überschneidung im Änderungskalender</translation>
    </message>
    <message>
        <source>Role approvals</source>
        <translation>Genehmigungen der Rollen</translation>
    </message>
    <message>
        <source>None required by the %1 policy</source>
        <translation>Keine nötig laut Richtlinie für Releases vom Typ %1</translation>
    </message>
    <message>
        <source>Overlaps another release: for the board to weigh</source>
        <translation>Überschneidung mit einem anderen Release: vom Ausschuss abzuwägen</translation>
    </message>
    <message>
        <source>None required: there is no policy for %1 releases</source>
        <translation>Keine nötig: Für Releases vom Typ %1 gibt es keine Richtlinie</translation>
    </message>
</context>
<context>
    <name>relm::CliApp</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Relm release and deployment planner, command-line tool.</source>
        <translation>Relm – Release- und Deployment-Planer, Kommandozeilenwerkzeug.</translation>
    </message>
    <message>
        <source>The database file (default: $RELM_DB, else Relm&apos;s data folder).</source>
        <translation>Die Datenbankdatei (Standard: $RELM_DB, sonst der Datenordner von Relm).</translation>
    </message>
    <message>
        <source>Act as this person (login; default: $RELM_USER, else the OS user).</source>
        <translation>Als diese Person handeln (Login; Standard: $RELM_USER, sonst der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>init: fill the new database with demo data.</source>
        <translation>init: die neue Datenbank mit Demodaten füllen.</translation>
    </message>
    <message>
        <source>Release type: major, minor, patch, emergency.</source>
        <translation>Release-Typ: major, minor, patch, emergency.</translation>
    </message>
    <message>
        <source>The release owner (login).</source>
        <translation>Der Release-Verantwortliche (Login).</translation>
    </message>
    <message>
        <source>The release&apos;s version label.</source>
        <translation>Die Versionsbezeichnung des Releases.</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Eine Beschreibung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>audit log: only entries of this release; env diff: compare with this release.</source>
        <translation>audit log: nur Einträge dieses Releases; env diff: mit diesem Release vergleichen.</translation>
    </message>
    <message>
        <source>Build number.</source>
        <translation>Build-Nummer.</translation>
    </message>
    <message>
        <source>schedule: every release together.</source>
        <translation>schedule: alle Releases gemeinsam.</translation>
    </message>
    <message>
        <source>schedule: simulate this many iterations.</source>
        <translation>schedule: so viele Iterationen simulieren.</translation>
    </message>
    <message>
        <source>Monte Carlo random seed.</source>
        <translation>Zufallsstartwert für Monte Carlo.</translation>
    </message>
    <message>
        <source>Monte Carlo target date.</source>
        <translation>Zieldatum für Monte Carlo.</translation>
    </message>
    <message>
        <source>Working time: 3d, 4h, 90m, 2w.</source>
        <translation>Arbeitszeit: 3d, 4h, 90m, 2w.</translation>
    </message>
    <message>
        <source>The task is a milestone.</source>
        <translation>Der Vorgang ist ein Meilenstein.</translation>
    </message>
    <message>
        <source>The phase (summary task) it belongs to.</source>
        <translation>Die Phase (Sammelvorgang), zu der er gehört.</translation>
    </message>
    <message>
        <source>A predecessor (finish-to-start).</source>
        <translation>Ein Vorgänger (Ende-Anfang).</translation>
    </message>
    <message>
        <source>Optimistic,pessimistic durations.</source>
        <translation>Optimistische,pessimistische Dauer.</translation>
    </message>
    <message>
        <source>Start no earlier than.</source>
        <translation>Beginn nicht früher als.</translation>
    </message>
    <message>
        <source>Finish no later than.</source>
        <translation>Ende nicht später als.</translation>
    </message>
    <message>
        <source>Must start on.</source>
        <translation>Muss beginnen am.</translation>
    </message>
    <message>
        <source>The task deploys (freeze windows apply).</source>
        <translation>Der Vorgang ist ein Deployment (Sperrfenster gelten).</translation>
    </message>
    <message>
        <source>An authorised emergency deployment.</source>
        <translation>Ein autorisiertes Notfall-Deployment.</translation>
    </message>
    <message>
        <source>Link lag: 1d, -4h or 50%.</source>
        <translation>Zeitabstand der Abhängigkeit: 1d, -4h oder 50%.</translation>
    </message>
    <message>
        <source>Calendar name.</source>
        <translation>Name des Kalenders.</translation>
    </message>
    <message>
        <source>Planned start date; deploy: a UTC date and time.</source>
        <translation>Geplantes Startdatum; deploy: Datum und Uhrzeit in UTC.</translation>
    </message>
    <message>
        <source>Planned end date; deploy: a UTC date and time.</source>
        <translation>Geplantes Enddatum; deploy: Datum und Uhrzeit in UTC.</translation>
    </message>
    <message>
        <source>Build or deployment outcome: succeeded, failed, partial.</source>
        <translation>Ergebnis des Builds oder Deployments: succeeded, failed, partial.</translation>
    </message>
    <message>
        <source>Build or deployment notes.</source>
        <translation>Notizen zum Build oder Deployment.</translation>
    </message>
    <message>
        <source>Risk likelihood, 1 to 5.</source>
        <translation>Eintrittswahrscheinlichkeit des Risikos, 1 bis 5.</translation>
    </message>
    <message>
        <source>Risk impact, 1 to 5.</source>
        <translation>Auswirkung des Risikos, 1 bis 5.</translation>
    </message>
    <message>
        <source>Risk category.</source>
        <translation>Risikokategorie.</translation>
    </message>
    <message>
        <source>How the risk is reduced.</source>
        <translation>Wie das Risiko gemindert wird.</translation>
    </message>
    <message>
        <source>What happens if it occurs.</source>
        <translation>Was passiert, wenn es eintritt.</translation>
    </message>
    <message>
        <source>Risk status.</source>
        <translation>Risikostatus.</translation>
    </message>
    <message>
        <source>Next review date.</source>
        <translation>Datum der nächsten Überprüfung.</translation>
    </message>
    <message>
        <source>The schedule task a risk threatens.</source>
        <translation>Der Vorgang im Zeitplan, den ein Risiko gefährdet.</translation>
    </message>
    <message>
        <source>How long that task slips if it happens.</source>
        <translation>Wie lange sich dieser Vorgang verzögert, wenn es eintritt.</translation>
    </message>
    <message>
        <source>A role, e.g. change_board, test_manager.</source>
        <translation>Eine Rolle, z. B. change_board, test_manager.</translation>
    </message>
    <message>
        <source>What a signature means.</source>
        <translation>Was eine Unterschrift bedeutet.</translation>
    </message>
    <message>
        <source>Sign one criterion (its number).</source>
        <translation>Ein einzelnes Kriterium unterschreiben (seine Nummer).</translation>
    </message>
    <message>
        <source>A sign-off comment (required to reject).</source>
        <translation>Ein Kommentar zur Abnahme (für eine Ablehnung erforderlich).</translation>
    </message>
    <message>
        <source>Evidence: a note.</source>
        <translation>Nachweis: eine Notiz.</translation>
    </message>
    <message>
        <source>Evidence: a link.</source>
        <translation>Nachweis: ein Link.</translation>
    </message>
    <message>
        <source>Evidence: a file; its SHA-256 is recorded.</source>
        <translation>Nachweis: eine Datei; ihr SHA-256 wird gespeichert.</translation>
    </message>
    <message>
        <source>Policy: roles that sign, with quorum.</source>
        <translation>Richtlinie: Rollen, die unterschreiben, mit Quorum.</translation>
    </message>
    <message>
        <source>Policy: required criterion categories.</source>
        <translation>Richtlinie: erforderliche Kriterienkategorien.</translation>
    </message>
    <message>
        <source>Policy: hours between approval and deployment.</source>
        <translation>Richtlinie: Stunden zwischen Genehmigung und Deployment.</translation>
    </message>
    <message>
        <source>Policy: a frozen baseline is required.</source>
        <translation>Richtlinie: Eine eingefrorene Baseline ist erforderlich.</translation>
    </message>
    <message>
        <source>Policy: the role that may authorise an emergency.</source>
        <translation>Richtlinie: die Rolle, die einen Notfall genehmigen darf.</translation>
    </message>
    <message>
        <source>The step belongs to the back-out plan.</source>
        <translation>Der Schritt gehört zum Rückfallplan.</translation>
    </message>
    <message>
        <source>After this step the deployment cannot be rolled back.</source>
        <translation>Nach diesem Schritt kann das Deployment nicht mehr zurückgerollt werden.</translation>
    </message>
    <message>
        <source>What users see.</source>
        <translation>Was Benutzer sehen.</translation>
    </message>
    <message>
        <source>How to work around it.</source>
        <translation>Wie sich das Problem umgehen lässt.</translation>
    </message>
    <message>
        <source>A problem or ticket reference.</source>
        <translation>Eine Problem- oder Ticketreferenz.</translation>
    </message>
    <message>
        <source>The release that fixes it.</source>
        <translation>Das Release, das ihn behebt.</translation>
    </message>
    <message>
        <source>Review: the outcome against the plan.</source>
        <translation>Nachbetrachtung: das Ergebnis im Vergleich zum Plan.</translation>
    </message>
    <message>
        <source>Review: incidents caused.</source>
        <translation>Nachbetrachtung: verursachte Störungen.</translation>
    </message>
    <message>
        <source>Review: about the incidents.</source>
        <translation>Nachbetrachtung: zu den Störungen.</translation>
    </message>
    <message>
        <source>Review: service levels met or missed.</source>
        <translation>Nachbetrachtung: Service-Level eingehalten oder verfehlt.</translation>
    </message>
    <message>
        <source>Review: lessons learned.</source>
        <translation>Nachbetrachtung: gewonnene Erkenntnisse.</translation>
    </message>
    <message>
        <source>Review: follow-up actions.</source>
        <translation>Nachbetrachtung: Folgemaßnahmen.</translation>
    </message>
    <message>
        <source>Review: mark it complete.</source>
        <translation>Nachbetrachtung: als abgeschlossen markieren.</translation>
    </message>
    <message>
        <source>notes: customer, service or technical.</source>
        <translation>notes: customer, service oder technical.</translation>
    </message>
    <message>
        <source>notes: pdf, html or md.</source>
        <translation>notes: pdf, html oder md.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>change: its title; template: the document title.</source>
        <translation>change: sein Titel; template: der Dokumenttitel.</translation>
    </message>
    <message>
        <source>change: feature, improvement or fix.</source>
        <translation>change: feature, improvement oder fix.</translation>
    </message>
    <message>
        <source>change: the public summary customers read.</source>
        <translation>change: die öffentliche Zusammenfassung, die Kunden lesen.</translation>
    </message>
    <message>
        <source>change: internal detail, never shown to customers.</source>
        <translation>change: interne Details, für Kunden nie sichtbar.</translation>
    </message>
    <message>
        <source>change: what users need to do because of it.</source>
        <translation>change: was Benutzer deswegen tun müssen.</translation>
    </message>
    <message>
        <source>branding: the organisation&apos;s name.</source>
        <translation>branding: der Name der Organisation.</translation>
    </message>
    <message>
        <source>branding: a PNG logo, or none.</source>
        <translation>branding: ein PNG-Logo oder none.</translation>
    </message>
    <message>
        <source>branding: the main colour, #RRGGBB.</source>
        <translation>branding: die Hauptfarbe, #RRGGBB.</translation>
    </message>
    <message>
        <source>branding: the highlight colour, #RRGGBB.</source>
        <translation>branding: die Akzentfarbe, #RRGGBB.</translation>
    </message>
    <message>
        <source>template: the text at the foot of every page.</source>
        <translation>template: der Text in der Fußzeile jeder Seite.</translation>
    </message>
    <message>
        <source>template: sections to show (comma-separated keys).</source>
        <translation>template: anzuzeigende Abschnitte (Schlüssel, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>template: sections to hide (comma-separated keys).</source>
        <translation>template: auszublendende Abschnitte (Schlüssel, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>template: the optional fields shown (comma-separated keys).</source>
        <translation>template: die angezeigten optionalen Felder (Schlüssel, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>template: a section&apos;s own heading, KEY=TEXT.</source>
        <translation>template: eigene Überschrift eines Abschnitts, KEY=TEXT.</translation>
    </message>
    <message>
        <source>schedule export: A4, A3, Letter or Legal.</source>
        <translation>schedule export: A4, A3, Letter oder Legal.</translation>
    </message>
    <message>
        <source>schedule export: landscape pages (the default).</source>
        <translation>schedule export: Seiten im Querformat (Standard).</translation>
    </message>
    <message>
        <source>schedule export: portrait pages.</source>
        <translation>schedule export: Seiten im Hochformat.</translation>
    </message>
    <message>
        <source>schedule export: fit the dates to this many pages across.</source>
        <translation>schedule export: den Zeitraum auf so viele Seiten nebeneinander verteilen.</translation>
    </message>
    <message>
        <source>schedule export: a PNG&apos;s width in pixels.</source>
        <translation>schedule export: die Breite eines PNG in Pixeln.</translation>
    </message>
    <message>
        <source>A window repeats: once, weekly, monthly, yearly.</source>
        <translation>Wiederholung eines Fensters: once, weekly, monthly, yearly.</translation>
    </message>
    <message>
        <source>Repeat every N weeks, months or years.</source>
        <translation>Alle N Wochen, Monate oder Jahre wiederholen.</translation>
    </message>
    <message>
        <source>Which days: mon,fri; 15; last; -3 (from month end); 3sat.</source>
        <translation>Welche Tage: mon,fri; 15; last; -3 (ab Monatsende); 3sat.</translation>
    </message>
    <message>
        <source>The last day a window repeats.</source>
        <translation>Der letzte Tag, an dem sich ein Fenster wiederholt.</translation>
    </message>
    <message>
        <source>Components a window applies to.</source>
        <translation>Komponenten, für die ein Fenster gilt.</translation>
    </message>
    <message>
        <source>The role that may override a freeze.</source>
        <translation>Die Rolle, die eine Änderungssperre übersteuern darf.</translation>
    </message>
    <message>
        <source>freeze add: a maintenance window (changes preferred).</source>
        <translation>freeze add: ein Wartungsfenster (Änderungen bevorzugt).</translation>
    </message>
    <message>
        <source>The target service; export ical: only this service&apos;s events.</source>
        <translation>Der Ziel-Service; export ical: nur die Termine dieses Service.</translation>
    </message>
    <message>
        <source>The environment it deploys to or books; export ical: only this environment&apos;s events.</source>
        <translation>Die Umgebung, in die ausgerollt wird oder die belegt wird; export ical: nur die Termine dieser Umgebung.</translation>
    </message>
    <message>
        <source>Start: of a window (date or date and time), or of a period (calendar, conflicts, export ical).</source>
        <translation>Beginn: eines Fensters (Datum oder Datum und Uhrzeit) oder eines Zeitraums (calendar, conflicts, export ical).</translation>
    </message>
    <message>
        <source>A time zone, e.g. Europe/Berlin (freeze: UTC unless told; meeting: this computer&apos;s).</source>
        <translation>Eine Zeitzone, z. B. Europe/Berlin (freeze: UTC, sofern nicht angegeben; meeting: die dieses Computers).</translation>
    </message>
    <message>
        <source>Expected minutes of a runbook step; how long a meeting sits.</source>
        <translation>Erwartete Minuten eines Runbook-Schritts; Dauer einer Sitzung.</translation>
    </message>
    <message>
        <source>meeting: its date and wall-clock time, YYYY-MM-DDTHH:MM.</source>
        <translation>meeting: Datum und Uhrzeit (Ortszeit), JJJJ-MM-TTThh:mm.</translation>
    </message>
    <message>
        <source>meeting: where it sits.</source>
        <translation>meeting: wo die Sitzung stattfindet.</translation>
    </message>
    <message>
        <source>meeting: its members, comma-separated logins.</source>
        <translation>meeting: die Mitglieder als kommagetrennte Logins.</translation>
    </message>
    <message>
        <source>meeting: how many days after it the agenda covers.</source>
        <translation>meeting: wie viele Tage nach der Sitzung die Tagesordnung abdeckt.</translation>
    </message>
    <message>
        <source>Why: an inventory change, a freeze or its override, a waiver, a rollback.</source>
        <translation>Warum: eine Bestandsänderung, eine Änderungssperre oder ihre Übersteuerung, eine Ausnahme, ein Rollback.</translation>
    </message>
    <message>
        <source>import: move the plan to the release&apos;s planned start instead of keeping its dates.</source>
        <translation>import: den Plan auf den geplanten Start des Release verschieben, statt seine Termine zu behalten.</translation>
    </message>
    <message>
        <source>End: of a window (its last day, or a date and time), or of a period (calendar, conflicts, export ical); gate check: the status to move to; import json: the new database file.</source>
        <translation>Ende: eines Fensters (sein letzter Tag oder Datum und Uhrzeit) oder eines Zeitraums (calendar, conflicts, export ical); gate check: der Zielstatus; import json: die neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>Deploy only this package; import: the package to fill.</source>
        <translation>Nur dieses Paket ausrollen; import: das zu füllende Paket.</translation>
    </message>
    <message>
        <source>import csv: which column gives which field, e.g. name=Vorgang,duration=Dauer.</source>
        <translation>import csv: welche Spalte welches Feld liefert, z. B. name=Vorgang,duration=Dauer.</translation>
    </message>
    <message>
        <source>import/export csv: how dates are written (default yyyy-MM-dd).</source>
        <translation>import/export csv: wie Daten geschrieben sind (Standard yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>import/export csv: the field separator: , ; | or tab.</source>
        <translation>import/export csv: das Feldtrennzeichen: , ; | oder tab.</translation>
    </message>
    <message>
        <source>Start no later than.</source>
        <translation>Beginn nicht später als.</translation>
    </message>
    <message>
        <source>Finish no earlier than.</source>
        <translation>Ende nicht früher als.</translation>
    </message>
    <message>
        <source>Must finish on.</source>
        <translation>Muss enden am.</translation>
    </message>
    <message>
        <source>As late as possible.</source>
        <translation>So spät wie möglich.</translation>
    </message>
    <message>
        <source>%1 is given more than once: give it once.</source>
        <translation>%1 ist mehrfach angegeben: bitte nur einmal angeben.</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE (default: $RELM_SERVER).</source>
        <translation>Eine gemeinsame Datenbank auf einem PostgreSQL-Server, postgresql://BENUTZER@HOST:PORT/DATENBANK (Standard: $RELM_SERVER).</translation>
    </message>
    <message>
        <source>Name either a database file (--db) or a server (--server), not both.</source>
        <translation>Nennen Sie entweder eine Datenbankdatei (--db) oder einen Server (--server), nicht beides.</translation>
    </message>
    <message>
        <source>--server is empty: give the server&apos;s address, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>--server ist leer: geben Sie die Adresse des Servers an, postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Dates are ISO 8601 (YYYY-MM-DD). Exit codes: 0 done, 1 findings, 2 usage, 3 refused (invalid input, not found, conflict), 4 database problem, 5 nobody to act as (use --as LOGIN).</source>
        <translation>Datumsangaben im Format ISO 8601 (JJJJ-MM-TT). Exit-Codes: 0 erledigt, 1 Befunde, 2 falscher Aufruf, 3 abgelehnt (ungültige Eingabe, nicht gefunden, Konflikt), 4 Datenbankproblem, 5 niemand, als der gehandelt wird (--as LOGIN angeben).</translation>
    </message>
</context>
<context>
    <name>relm::ComponentDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New Component</source>
        <translation>Neue Komponente</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>e.g. auth-service</source>
        <translation>z. B. auth-service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
</context>
<context>
    <name>relm::ConflictDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Both changed it</source>
        <translation>Beide haben es geändert</translation>
    </message>
    <message>
        <source>Both made the same change</source>
        <translation>Beide haben dasselbe geändert</translation>
    </message>
    <message>
        <source>You changed it</source>
        <translation>Sie haben es geändert</translation>
    </message>
    <message>
        <source>They changed it</source>
        <translation>Die andere Person hat es geändert</translation>
    </message>
    <message>
        <source>Someone Else Changed This</source>
        <translation>Jemand anderes hat dies geändert</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Widersprüchliche Felder</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>Deren Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Apply Mine on Top</source>
        <translation>Meine Änderung &amp;darüberlegen</translation>
    </message>
    <message>
        <source>Save &amp;Merge</source>
        <translation>&amp;Zusammenführung speichern</translation>
    </message>
    <message>
        <source>Discard your change; the record stays as they saved it.</source>
        <translation>Ihre Änderung verwerfen; der Datensatz bleibt, wie die andere Person ihn gespeichert hat.</translation>
    </message>
    <message>
        <source>Write every field you changed over their version; fields only they changed stay theirs.</source>
        <translation>Jedes von Ihnen geänderte Feld über deren Fassung schreiben; Felder, die nur die andere Person geändert hat, bleiben deren.</translation>
    </message>
    <message>
        <source>Take the ticked fields from your change and the rest from theirs.</source>
        <translation>Die angehakten Felder aus Ihrer Änderung übernehmen, den Rest aus deren Fassung.</translation>
    </message>
    <message>
        <source>This kind of record is kept whole: choose theirs or yours.</source>
        <translation>Diese Art Datensatz wird nur als Ganzes übernommen: Wählen Sie deren oder Ihre Fassung.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Deren (gespeichert)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Who changed it</source>
        <translation>Wer es geändert hat</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it.</source>
        <translation>Jemand anderes hat %1 gespeichert, nachdem Sie es geöffnet hatten.</translation>
    </message>
    <message>
        <source>%1 saved %2 after you opened it.</source>
        <translation>%1 hat %2 gespeichert, nachdem Sie es geöffnet hatten.</translation>
    </message>
    <message>
        <source>Nothing of your change is written yet. Keep their version, apply your change on top of theirs, or tick in the “Yours” column the fields to take from your change.</source>
        <translation>Von Ihrer Änderung ist noch nichts geschrieben. Behalten Sie deren Fassung, legen Sie Ihre Änderung darüber, oder haken Sie in der Spalte „Ihre“ die Felder an, die aus Ihrer Änderung übernommen werden sollen.</translation>
    </message>
    <message>
        <source>%1 changed it</source>
        <translation>%1 hat es geändert</translation>
    </message>
</context>
<context>
    <name>relm::ConflictModel</name>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (übersteuert)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Terminkonflikt</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>relm::ConflictPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Terminkonflikte</translation>
    </message>
    <message>
        <source>Conflicts on the forward schedule of change; choose one to show it on the calendar.</source>
        <translation>Terminkonflikte im Änderungszeitplan; wählen Sie einen aus, um ihn im Kalender anzuzeigen.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>&amp;Conflicts: none from %1 to %2.</source>
        <translation>Termin&amp;konflikte: keine von %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts from %1 to %2: %n</source>
        <translation>
            <numerusform>Termin&amp;konflikte von %1 bis %2: %n</numerusform>
            <numerusform>Termin&amp;konflikte von %1 bis %2: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>FREEZE: red hatched · MAINT.: green · ◆ milestone · ⚠ conflict (red outline) · times in %1</source>
        <translation>SPERRE: rot schraffiert · WART.: grün · ◆ Meilenstein · ⚠ Terminkonflikt (roter Rahmen) · Zeiten in %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>relm::ConnectServerDialog</name>
    <message>
        <source>Encrypted, server&apos;s name and certificate checked</source>
        <translation>Verschlüsselt, Name und Zertifikat des Servers geprüft</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked</source>
        <translation>Verschlüsselt, Zertifikat des Servers geprüft</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network)</source>
        <translation>Unverschlüsselt (dieser Rechner oder ein vertrauenswürdiges Netz)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>z. B. db.example.org</translation>
    </message>
    <message>
        <source>e.g. relm</source>
        <translation>z. B. relm</translation>
    </message>
    <message>
        <source>your own login on the server</source>
        <translation>Ihre eigene Anmeldung auf dem Server</translation>
    </message>
    <message>
        <source>the system&apos;s default</source>
        <translation>die Vorgabe des Systems</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>asked when needed</source>
        <translation>wird bei Bedarf erfragt</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Each person signs in with their own login: Relm records it as who made each change.</source>
        <translation>Jede Person meldet sich mit ihrer eigenen Anmeldung an: Relm hält sie als Urheber jeder Änderung fest.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>relm::CriteriaModel</name>
    <message>
        <source>Waived: %1</source>
        <translation>Mit Ausnahme: %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>VOID: changed after %1 signed</source>
        <translation>HINFÄLLIG: geändert, nachdem %1 unterschrieben hat</translation>
    </message>
    <message>
        <source>INVALID signature by %1</source>
        <translation>UNGÜLTIGE Unterschrift von %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Unterschrieben %1</translation>
    </message>
</context>
<context>
    <name>relm::CriterionDialog</name>
    <message>
        <source>Attach &amp;File…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Criterion #%1</source>
        <translation>Kriterium #%1</translation>
    </message>
    <message>
        <source>New Acceptance Criterion</source>
        <translation>Neues Abnahmekriterium</translation>
    </message>
    <message>
        <source>Why it is waived, and who agreed</source>
        <translation>Warum eine Ausnahme gilt und wer zugestimmt hat</translation>
    </message>
    <message>
        <source>https://… (test run, report, ticket)</source>
        <translation>https://… (Testlauf, Bericht, Ticket)</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Abgenommen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Waiver reason:</source>
        <translation>A&amp;usnahmegrund:</translation>
    </message>
    <message>
        <source>Evidence &amp;note:</source>
        <translation>Nachweis-&amp;Notiz:</translation>
    </message>
    <message>
        <source>Evidence &amp;link:</source>
        <translation>Nachweis-&amp;Link:</translation>
    </message>
    <message>
        <source>Evidence file:</source>
        <translation>Nachweisdatei:</translation>
    </message>
    <message>
        <source>A signature on this criterion covers all of the above: any later change voids it.</source>
        <translation>Eine Unterschrift unter diesem Kriterium umfasst alle obigen Angaben: Jede spätere Änderung macht sie ungültig.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Keine Datei angehängt</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>relm::CsvActions</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation>%1 ist größer als 512 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file changes nothing: %1.</source>
        <translation>Die Datei ändert nichts: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
</context>
<context>
    <name>relm::CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Datensätze:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CsvImportDialog</name>
    <message>
        <source>Import CSV — %1</source>
        <translation>CSV importieren — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>How the file writes dates: d day, M month, yyyy year; e.g. dd.MM.yyyy or MM/dd/yyyy. Dates are never guessed.</source>
        <translation>Wie die Datei Daten schreibt: d Tag, M Monat, yyyy Jahr; z. B. dd.MM.yyyy oder MM/dd/yyyy. Daten werden nie geraten.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Datensätze:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 belong to a release: choose the release to import them into.</source>
        <translation>%1 gehören zu einem Release: wählen Sie das Release, in das sie importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1, separated by %2.</source>
        <translation>
            <numerusform>%n Zeile, %1, getrennt durch %2.</numerusform>
            <numerusform>%n Zeilen, %1, getrennt durch %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>Importing gives: %1.</source>
        <translation>Der Import ergibt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct the file or the columns; nothing is imported while any row has one.</source>
        <translation>
            <numerusform>%n Problem: korrigieren Sie die Datei oder die Spalten; solange eine Zeile ein Problem hat, wird nichts importiert.</numerusform>
            <numerusform>%n Probleme: korrigieren Sie die Datei oder die Spalten; solange eine Zeile ein Problem hat, wird nichts importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CsvPreviewModel</name>
    <message>
        <source>%1
← %2</source>
        <translation>%1
← %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>relm::CycloneDxParse</name>
    <message>
        <source>metadata.component (%1): a Relm release, not a component</source>
        <translation>metadata.component (%1): ein Relm-Release, keine Komponente</translation>
    </message>
    <message>
        <source>is “%1”; Relm reads CycloneDX 1.4, 1.5 and 1.6. Produce the bill of materials in one of these versions.</source>
        <translation>ist „%1“; Relm liest CycloneDX 1.4, 1.5 und 1.6. Erzeugen Sie die Stückliste in einer dieser Versionen.</translation>
    </message>
    <message>
        <source>components are nested more than 32 deep; flatten the file.</source>
        <translation>Komponenten sind mehr als 32 Ebenen tief verschachtelt; flachen Sie die Datei ab.</translation>
    </message>
    <message>
        <source>“%1” is also the bom-ref of %2; each must be unique.</source>
        <translation>„%1“ ist auch die bom-ref von %2; jede muss eindeutig sein.</translation>
    </message>
    <message>
        <source>%1 (%2): no version, so it cannot go into a package</source>
        <translation>%1 (%2): keine Version, kann daher in kein Paket</translation>
    </message>
    <message>
        <source>services are nested more than 32 deep; flatten the file.</source>
        <translation>Dienste sind mehr als 32 Ebenen tief verschachtelt; flachen Sie die Datei ab.</translation>
    </message>
    <message>
        <source>%1 (%2): a service, not a component version</source>
        <translation>%1 (%2): ein Dienst, keine Komponentenversion</translation>
    </message>
    <message>
        <source>gives a second, different SHA-256; a component has one.</source>
        <translation>gibt einen zweiten, anderen SHA-256; eine Komponente hat einen.</translation>
    </message>
    <message>
        <source>is missing; name the bom-ref of a component.</source>
        <translation>fehlt; nennen Sie die bom-ref einer Komponente.</translation>
    </message>
    <message>
        <source>should be the bom-ref of a component, as text.</source>
        <translation>sollte die bom-ref einer Komponente sein, als Text.</translation>
    </message>
    <message>
        <source>no component has the bom-ref “%1”; add the component or remove the reference.</source>
        <translation>keine Komponente hat die bom-ref „%1“; fügen Sie die Komponente hinzu oder entfernen Sie den Verweis.</translation>
    </message>
    <message>
        <source>is “%1”, not “CycloneDX”: this is not a CycloneDX bill of materials in JSON. For an SPDX document use the SPDX import.</source>
        <translation>ist „%1“, nicht „CycloneDX“: das ist keine CycloneDX-Stückliste in JSON. Für ein SPDX-Dokument verwenden Sie den SPDX-Import.</translation>
    </message>
</context>
<context>
    <name>relm::DashboardView</name>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Letzte 24 Monate</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>Export &amp;Charts…</source>
        <translation>&amp;Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Figures (CSV)…</source>
        <translation>&amp;Kennzahlen exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Deployment frequency (production, per month)</source>
        <translation>Deployment-Häufigkeit (Produktion, pro Monat)</translation>
    </message>
    <message>
        <source>Lead time for changes (median days)</source>
        <translation>Durchlaufzeit für Änderungen (Median, Tage)</translation>
    </message>
    <message>
        <source>Change failure rate (%)</source>
        <translation>Änderungsfehlerrate (%)</translation>
    </message>
    <message>
        <source>Time to restore (mean hours)</source>
        <translation>Wiederherstellungszeit (Mittelwert, Stunden)</translation>
    </message>
    <message>
        <source>Releases on time</source>
        <translation>Pünktliche Releases</translation>
    </message>
    <message>
        <source>Average schedule slip (days)</source>
        <translation>Durchschnittlicher Terminverzug (Tage)</translation>
    </message>
    <message>
        <source>Open risk exposure per release</source>
        <translation>Offene Risikoexposition pro Release</translation>
    </message>
    <message>
        <source>Sign-off turnaround (hours)</source>
        <translation>Bearbeitungszeit der Abnahmen (Stunden)</translation>
    </message>
    <message>
        <source>Production deployments per month; failed or rolled-back ones in red.</source>
        <translation>Produktions-Deployments pro Monat; fehlgeschlagene oder zurückgerollte in Rot.</translation>
    </message>
    <message>
        <source>From a change request being raised to the first successful production deployment of its release.</source>
        <translation>Vom Einreichen eines Änderungsantrags bis zum ersten erfolgreichen Produktions-Deployment seines Releases.</translation>
    </message>
    <message>
        <source>Share of production deployments that failed or were rolled back.</source>
        <translation>Anteil der Produktions-Deployments, die fehlgeschlagen sind oder zurückgerollt wurden.</translation>
    </message>
    <message>
        <source>From a failed production deployment to the next successful one of the same service.</source>
        <translation>Von einem fehlgeschlagenen Produktions-Deployment bis zum nächsten erfolgreichen desselben Service.</translation>
    </message>
    <message>
        <source>Releases whose first production deployment was on or before their planned end.</source>
        <translation>Releases, deren erstes Produktions-Deployment am oder vor dem geplanten Ende lag.</translation>
    </message>
    <message>
        <source>First production deployment against the planned end; negative is early.</source>
        <translation>Erstes Produktions-Deployment im Vergleich zum geplanten Ende; negativ bedeutet früher.</translation>
    </message>
    <message>
        <source>Sum of likelihood × impact over each release&apos;s risks that are not closed.</source>
        <translation>Summe aus Wahrscheinlichkeit × Auswirkung über die nicht geschlossenen Risiken jedes Releases.</translation>
    </message>
    <message>
        <source>From the first sign-off on a release to its last approval.</source>
        <translation>Von der ersten Abnahme-Entscheidung zu einem Release bis zu dessen letzter Genehmigung.</translation>
    </message>
    <message>
        <source>Export Charts to Folder</source>
        <translation>Diagramme in Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) to %1.</source>
        <translation>
            <numerusform>%n Diagramm in %1 gespeichert.</numerusform>
            <numerusform>%n Diagramme in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>%1 production deployments, %2 failed or rolled back (%3 %)</source>
        <translation>%1 Produktions-Deployments, %2 fehlgeschlagen oder zurückgerollt (%3 %)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed or rolled back</source>
        <translation>Fehlgeschlagen oder zurückgerollt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Median lead time</source>
        <translation>Median der Durchlaufzeit</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Mean time to restore</source>
        <translation>Mittlere Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Average slip</source>
        <translation>Durchschnittlicher Verzug</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Open exposure</source>
        <translation>Offene Exposition</translation>
    </message>
    <message>
        <source>exposure (likelihood × impact, summed)</source>
        <translation>Exposition (Wahrscheinlichkeit × Auswirkung, summiert)</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>days (negative: early)</source>
        <translation>Tage (negativ: früher)</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Keine Kennzahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Latest: %1 %2 in %3; highest: %4 %2 in %5.</source>
        <translation>Zuletzt: %1 %2 in %3; am höchsten: %4 %2 in %5.</translation>
    </message>
    <message>
        <source>No releases to show.</source>
        <translation>Keine Releases anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s); the highest: %1 with %2 %3.</source>
        <translation>
            <numerusform>%n Release; am höchsten: %1 mit %2 %3.</numerusform>
            <numerusform>%n Releases; am höchsten: %1 mit %2 %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 releases due, %2 of them on time.</source>
        <translation>%1 Releases fällig, davon %2 pünktlich.</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>Risikowert</translation>
    </message>
</context>
<context>
    <name>relm::Database</name>
    <message>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>das Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>das Vorbereiten der Verbindung</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>das Starten einer Transaktion</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>das Speichern der Änderung</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>das Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>das Ausführen einer Anweisung</translation>
    </message>
    <message>
        <source>changing the database structure</source>
        <translation>das Ändern der Datenbankstruktur</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the copy.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>preparing a backup</source>
        <translation>das Vorbereiten einer Sicherung</translation>
    </message>
    <message>
        <source>writing the backup “%1”</source>
        <translation>das Schreiben der Sicherung „%1“</translation>
    </message>
    <message>
        <source>That name is already taken (%1).</source>
        <translation>Dieser Name ist bereits vergeben (%1).</translation>
    </message>
    <message>
        <source>The database refused %1 in “%2”: %3</source>
        <translation>Die Datenbank hat %1 in „%2“ verweigert: %3</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>Die Anweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (install the package libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt (installieren Sie das Paket libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>relm::DeliveryStore</name>
    <message>
        <source>Build #%1 does not exist.</source>
        <translation>Build #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Build %1 of this release is already recorded; builds are numbered once.</source>
        <translation>Build %1 dieses Releases ist bereits erfasst; jede Build-Nummer wird nur einmal vergeben.</translation>
    </message>
</context>
<context>
    <name>relm::DeploymentStore</name>
    <message>
        <source>Deployment #%1</source>
        <translation>Deployment #%1</translation>
    </message>
    <message>
        <source>Runbook step #%1</source>
        <translation>Runbook-Schritt #%1</translation>
    </message>
    <message>
        <source>Known error #%1</source>
        <translation>Bekannter Fehler #%1</translation>
    </message>
    <message>
        <source>Review #%1</source>
        <translation>Nachbetrachtung #%1</translation>
    </message>
</context>
<context>
    <name>relm::DeploymentsPage</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Planned (UTC)</source>
        <translation>Geplant (UTC)</translation>
    </message>
    <message>
        <source>Ran (UTC)</source>
        <translation>Ausgeführt (UTC)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Done (UTC)</source>
        <translation>Erledigt (UTC)</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Known errors</source>
        <translation>Bekannte Fehler</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>Überspri&amp;ngen…</translation>
    </message>
    <message>
        <source>whole release</source>
        <translation>ganzes Release</translation>
    </message>
    <message>
        <source> (emergency: %1)</source>
        <translation> (Notfall: %1)</translation>
    </message>
    <message>
        <source>%1 (carried forward)</source>
        <translation>%1 (übernommen)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) early</source>
        <translation>
            <numerusform>%n Tag zu früh</numerusform>
            <numerusform>%n Tage zu früh</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>Planned to finish %1; in production since %2: %3.</source>
        <translation>Geplantes Ende %1; in Produktion seit %2: %3.</translation>
    </message>
    <message>
        <source>Planned to finish %1; not in production yet.</source>
        <translation>Geplantes Ende %1; noch nicht in Produktion.</translation>
    </message>
    <message numerus="yes">
        <source>Baseline “%1” finished %2: %n day(s) of slip against it.</source>
        <translation>
            <numerusform>Baseline „%1“ endete %2: %n Tag Verzug dagegen.</numerusform>
            <numerusform>Baseline „%1“ endete %2: %n Tage Verzug dagegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>back-out</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>skipped %1 (%2): %3</source>
        <translation>übersprungen %1 (%2): %3</translation>
    </message>
    <message>
        <source>Select a planned deployment first.</source>
        <translation>Wählen Sie zuerst ein geplantes Deployment aus.</translation>
    </message>
    <message>
        <source>Select the deployment to roll back.</source>
        <translation>Wählen Sie das Deployment aus, das zurückgerollt werden soll.</translation>
    </message>
    <message>
        <source>Roll Back Deployment #%1</source>
        <translation>Deployment #%1 zurückrollen</translation>
    </message>
    <message>
        <source>Why is it rolled back? The environment gets back exactly what it ran before.</source>
        <translation>Warum wird es zurückgerollt? Die Umgebung erhält genau den Stand zurück, der vorher darauf lief.</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Wählen Sie zuerst ein Deployment aus.</translation>
    </message>
    <message>
        <source>Select a runbook step first.</source>
        <translation>Wählen Sie zuerst einen Runbook-Schritt aus.</translation>
    </message>
    <message>
        <source>Skip “%1”</source>
        <translation>„%1“ überspringen</translation>
    </message>
    <message>
        <source>Why is this step not run? The reason is recorded with your name.</source>
        <translation>Warum wird dieser Schritt nicht ausgeführt? Die Begründung wird mit Ihrem Namen gespeichert.</translation>
    </message>
    <message>
        <source>Select a known error first.</source>
        <translation>Wählen Sie zuerst einen bekannten Fehler aus.</translation>
    </message>
    <message>
        <source>Plan Deplo&amp;yment…</source>
        <translation>Deployment &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Add Step…</source>
        <translation>&amp;Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Add Kno&amp;wn Error…</source>
        <translation>Bekann&amp;ten Fehler hinzufügen…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Re&amp;cord Run…</source>
        <translation>D&amp;urchlauf erfassen…</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <source>Check &amp;Off</source>
        <translation>Abha&amp;ken</translation>
    </message>
    <message>
        <source>Runbook of the selected deployment</source>
        <translation>Runbook des gewählten Deployments</translation>
    </message>
    <message>
        <source>Known errors this release ships with</source>
        <translation>Bekannte Fehler, mit denen dieses Release ausgeliefert wird</translation>
    </message>
    <message>
        <source>Deployment #%1 has not run yet, so there is nothing to roll back. Record its run first, or change its plan.</source>
        <translation>Deployment #%1 ist noch nicht gelaufen, es gibt also nichts zurückzurollen. Erfassen Sie zuerst seinen Durchlauf oder ändern Sie seinen Plan.</translation>
    </message>
</context>
<context>
    <name>relm::DirectoryStore</name>
    <message>
        <source>Person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>A person with the login “%1”</source>
        <translation>Eine Person mit dem Login „%1“</translation>
    </message>
    <message>
        <source>Someone with the login “%1” already exists.</source>
        <translation>Es gibt bereits jemanden mit dem Login „%1“.</translation>
    </message>
    <message>
        <source>Environment #%1</source>
        <translation>Umgebung #%1</translation>
    </message>
    <message>
        <source>An environment named “%1”</source>
        <translation>Eine Umgebung namens „%1“</translation>
    </message>
    <message>
        <source>An environment named “%1” already exists.</source>
        <translation>Eine Umgebung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The environments are: %1.</source>
        <translation>Die Umgebungen sind: %1.</translation>
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
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>What the environment runs</source>
        <translation>Was in der Umgebung läuft</translation>
    </message>
    <message>
        <source>Environment history</source>
        <translation>Verlauf der Umgebung</translation>
    </message>
    <message>
        <source>Environment to compare with</source>
        <translation>Vergleichsumgebung</translation>
    </message>
    <message>
        <source>Differences between the environments</source>
        <translation>Unterschiede zwischen den Umgebungen</translation>
    </message>
    <message>
        <source>Runs now</source>
        <translation>Läuft jetzt</translation>
    </message>
    <message>
        <source>History and rollback target</source>
        <translation>Verlauf und Rollback-Ziel</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Mit:</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%3, %n version(s))</source>
        <translation>
            <numerusform>%1 – %2 (%3, %n Version)</numerusform>
            <numerusform>%1 – %2 (%3, %n Versionen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A back-out restores the state before “%1”: “%2” (%n component version(s)).</source>
        <translation>
            <numerusform>Ein Rollback stellt den Stand vor „%1“ wieder her: „%2“ (%n Komponentenversion).</numerusform>
            <numerusform>Ein Rollback stellt den Stand vor „%1“ wieder her: „%2“ (%n Komponentenversionen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier state is recorded: there is nothing to roll back to.</source>
        <translation>Es ist kein früherer Stand erfasst: Es gibt nichts, worauf zurückgerollt werden könnte.</translation>
    </message>
    <message>
        <source>– not installed</source>
        <translation>– nicht installiert</translation>
    </message>
    <message>
        <source>Both run the same versions.</source>
        <translation>In beiden laufen dieselben Versionen.</translation>
    </message>
</context>
<context>
    <name>relm::EventWriter</name>
    <message>
        <source>Release: %1
Service: %2
Environment: %3
Outcome: %4</source>
        <translation>Release: %1
Service: %2
Umgebung: %3
Ergebnis: %4</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>Gilt für: %1</translation>
    </message>
    <message>
        <source>Repeats %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>Change advisory board. The agenda covers deployments up to %1 days after the meeting.</source>
        <translation>Änderungsausschuss. Die Tagesordnung umfasst Deployments bis %1 Tage nach der Sitzung.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>every deployment</source>
        <translation>jedes Deployment</translation>
    </message>
    <message>
        <source>services %1</source>
        <translation>Services %1</translation>
    </message>
    <message>
        <source>environments %1</source>
        <translation>Umgebungen %1</translation>
    </message>
</context>
<context>
    <name>relm::ExposureChart</name>
    <message>
        <source>Total risk exposure over time</source>
        <translation>Gesamte Risikoexposition im Zeitverlauf</translation>
    </message>
    <message>
        <source>Total exposure of risks in play</source>
        <translation>Gesamtexposition der aktiven Risiken</translation>
    </message>
    <message>
        <source>No risk history yet</source>
        <translation>Noch kein Risikoverlauf</translation>
    </message>
    <message>
        <source>Total exposure over time</source>
        <translation>Gesamtexposition im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1: exposure %2</source>
        <translation>%1: Risikowert %2</translation>
    </message>
    <message>
        <source>No risk history yet: the chart fills as risks are added and scored.</source>
        <translation>Noch kein Risikoverlauf: Das Diagramm füllt sich, sobald Risiken erfasst und bewertet werden.</translation>
    </message>
    <message>
        <source>Total exposure (likelihood × impact, summed) of the risks in play since %1: now %2, highest %3 on %4.</source>
        <translation>Gesamter Risikowert (Wahrscheinlichkeit × Auswirkung, summiert) der offenen Risiken seit %1: jetzt %2, am höchsten %3 am %4.</translation>
    </message>
</context>
<context>
    <name>relm::FeedUpdater</name>
    <message>
        <source>Publish Calendar &amp;Feed…</source>
        <translation>Kalender-&amp;Feed veröffentlichen…</translation>
    </message>
    <message>
        <source>Stop Publishing Calendar Feed</source>
        <translation>Kalender-Feed nicht mehr veröffentlichen</translation>
    </message>
    <message>
        <source>Keep an iCalendar file of the change calendar current, for calendar apps to subscribe to.</source>
        <translation>Hält eine iCalendar-Datei des Änderungskalenders aktuell, die Kalender-Apps abonnieren können.</translation>
    </message>
    <message>
        <source>Publish Calendar Feed</source>
        <translation>Kalender-Feed veröffentlichen</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>relm::FileFingerprint</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Fingerprinting was cancelled.</source>
        <translation>Die Berechnung des Fingerabdrucks wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2.</source>
        <translation>Lesen von „%1“ fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>relm::FindingsModel</name>
    <message>
        <source>%1
How to fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Waived by %1 (%2), %3: %4</source>
        <translation>Ausnahme erteilt von %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Waived error: %1</source>
        <translation>Fehler mit Ausnahme: %1</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
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
        <translation>%1: keine Befunde. Das Paket ist vollständig und konsistent.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n package finding(s). Press Enter or double-click one to open the package.</source>
        <translation>
            <numerusform>%1: %n Paketbefund. Drücken Sie die Eingabetaste oder doppelklicken Sie darauf, um das Paket zu öffnen.</numerusform>
            <numerusform>%1: %n Paketbefunde. Drücken Sie die Eingabetaste oder doppelklicken Sie auf einen, um das Paket zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3. Press Enter or double-click one to open the package or the calendar.</source>
        <translation>%1: %2 und %3. Drücken Sie die Eingabetaste oder doppelklicken Sie auf einen Eintrag, um das Paket oder den Kalender zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n package finding(s)</source>
        <translation>
            <numerusform>%n Paketbefund</numerusform>
            <numerusform>%n Paketbefunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es) with other releases on the calendar</source>
        <translation>
            <numerusform>%n Terminkonflikt mit anderen Releases</numerusform>
            <numerusform>%n Terminkonflikte mit anderen Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n clash(es) with other releases on the calendar. Press Enter or double-click one to open the calendar.</source>
        <translation>
            <numerusform>%1: %n Terminkonflikt mit anderen Releases. Drücken Sie die Eingabetaste oder doppelklicken Sie darauf, um den Änderungskalender zu öffnen.</numerusform>
            <numerusform>%1: %n Terminkonflikte mit anderen Releases. Drücken Sie die Eingabetaste oder doppelklicken Sie auf einen, um den Änderungskalender zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::FingerprintJob</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Fingerprint progress</source>
        <translation>Fortschritt der Fingerabdruck-Berechnung</translation>
    </message>
</context>
<context>
    <name>relm::FreezeCheck</name>
    <message>
        <source>%1, overridden by %2 (%3): %4</source>
        <translation>%1, übersteuert von %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>relm::FreezeRelease</name>
    <message>
        <source>Freeze %1</source>
        <translation>%1 einfrieren</translation>
    </message>
    <message>
        <source>Undo: freeze %1</source>
        <translation>Rückgängig: %1 einfrieren</translation>
    </message>
    <message>
        <source>The package of %1 changed since it was frozen; freeze it again to record what it holds now.</source>
        <translation>Das Paket von %1 hat sich seit dem Einfrieren geändert; frieren Sie es erneut ein, um seinen aktuellen Inhalt festzuhalten.</translation>
    </message>
    <message>
        <source>%1 was frozen again since; undoing this freeze would overwrite that baseline, so nothing was changed.</source>
        <translation>%1 wurde seitdem erneut eingefroren; das Rückgängigmachen dieses Einfrierens würde diese Baseline überschreiben, daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>relm::GanttExportDialog</name>
    <message>
        <source>Export the Gantt Chart</source>
        <translation>Gantt-Diagramm exportieren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>Whole schedule</source>
        <translation>Gesamter Zeitplan</translation>
    </message>
    <message>
        <source>Range in view</source>
        <translation>Sichtbarer Zeitraum</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>The whole span of dates fits this many pages across; rows continue on further pages</source>
        <translation>Der gesamte Zeitraum wird auf so viele Seiten nebeneinander verteilt; die Zeilen werden auf weiteren Seiten fortgesetzt</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Pages &amp;wide:</source>
        <translation>Seiten &amp;nebeneinander:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>One picture %1 pixels wide, with every row.</source>
        <translation>Ein Bild mit %1 Pixeln Breite, mit allen Zeilen.</translation>
    </message>
    <message>
        <source>1 page.</source>
        <translation>1 Seite.</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 Seiten.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
</context>
<context>
    <name>relm::GanttModel</name>
    <message>
        <source>%1 is booked twice: “%2” (%3) and “%4” (%5) overlap.</source>
        <translation>%1 ist doppelt belegt: „%2“ (%3) und „%4“ (%5) überschneiden sich.</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>%1
%2 → %3
Float: %4 working days%5</source>
        <translation>%1
%2 → %3
Puffer: %4 Arbeitstage%5</translation>
    </message>
    <message>
        <source>
On the critical path</source>
        <translation>
Auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
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
        <translation>Verzug gegenüber %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>constraint and its date</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>relm::GanttProjectReader</name>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>“%1” is not a GanttProject file (it has no &lt;project&gt;).</source>
        <translation>„%1“ ist keine GanttProject-Datei (sie hat kein &lt;project&gt;).</translation>
    </message>
    <message>
        <source>“%1” is a GNOME Planner file, not a GanttProject file: import it as a Planner file (relm-cli import planner).</source>
        <translation>„%1“ ist eine GNOME-Planner-Datei, keine GanttProject-Datei: Importieren Sie sie als Planner-Datei (relm-cli import planner).</translation>
    </message>
</context>
<context>
    <name>relm::GanttTimeline</name>
    <message>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>Bars are tasks, diamonds milestones and thin bars with pointed ends phases; hatched red bars are on the critical path; a grey line under a bar is its baseline, the orange line today; hatched red bands are change freezes; a dashed frame with ⚠ marks an environment booked twice.</source>
        <translation>Balken sind Vorgänge, Rauten Meilensteine und schmale Balken mit spitzen Enden Phasen; schraffierte rote Balken liegen auf dem kritischen Pfad; eine graue Linie unter einem Balken ist seine Baseline, die orange Linie heute; schraffierte rote Bänder sind Änderungssperren; ein gestrichelter Rahmen mit ⚠ kennzeichnet eine doppelt belegte Umgebung.</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Noch keine Vorgänge.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) and milestone(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n Vorgang oder Meilenstein, von %1 bis %2.</numerusform>
            <numerusform>%n Vorgänge und Meilensteine, von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the critical path: %1.</source>
        <translation>
            <numerusform>%n auf dem kritischen Pfad: %1.</numerusform>
            <numerusform>%n auf dem kritischen Pfad: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change freeze(s) shown.</source>
        <translation>
            <numerusform>%n Änderungssperre angezeigt.</numerusform>
            <numerusform>%n Änderungssperren angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::GateChecklist</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>Gate checklist</source>
        <translation>Checkliste der Schranke</translation>
    </message>
    <message>
        <source>Gate open</source>
        <translation>Schranke offen</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) missing</source>
        <translation>
            <numerusform>%n Prüfung fehlt</numerusform>
            <numerusform>%n Prüfungen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3 for %4. &lt;i&gt;%5&lt;/i&gt;</source>
        <translation>%1 — %2 → %3 für %4. &lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Nothing is required for this step.</source>
        <translation>Für diesen Schritt ist nichts erforderlich.</translation>
    </message>
</context>
<context>
    <name>relm::GateDialog</name>
    <message>
        <source>Gate: %1</source>
        <translation>Schranke: %1</translation>
    </message>
    <message>
        <source>The move is refused until every check passes. Sign-offs are given on the release&apos;s Sign-off page.</source>
        <translation>Der Statuswechsel wird verweigert, bis alle Prüfungen bestanden sind. Abnahmen werden auf der Seite „Abnahme“ des Releases erteilt.</translation>
    </message>
</context>
<context>
    <name>relm::GateResult</name>
    <message>
        <source>%1 cannot move to %2 yet. Missing:</source>
        <translation>%1 kann noch nicht in den Status %2 wechseln. Es fehlt:</translation>
    </message>
</context>
<context>
    <name>relm::GiveReleaseCalendar</name>
    <message>
        <source>Use the calendar %1</source>
        <translation>Kalender %1 verwenden</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>relm::ICalendarWriter</name>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Relm change calendar</source>
        <translation>Relm-Änderungskalender</translation>
    </message>
</context>
<context>
    <name>relm::ImportChanges</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Undo: import %1</source>
        <translation>Rückgängig: %1 importieren</translation>
    </message>
</context>
<context>
    <name>relm::ImportPlanFile</name>
    <message>
        <source>Import the plan %1</source>
        <translation>Plan %1 importieren</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>relm::ImportSbom</name>
    <message>
        <source>Import SBOM %1</source>
        <translation>SBOM %1 importieren</translation>
    </message>
</context>
<context>
    <name>relm::ImportSchedule</name>
    <message numerus="yes">
        <source>Import %n task(s) from %1</source>
        <translation>
            <numerusform>%n Vorgang aus %1 importieren</numerusform>
            <numerusform>%n Vorgänge aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>The file places task %1 in a phase that does not come before it.</source>
        <translation>Die Datei ordnet Vorgang %1 einer Phase zu, die nicht vor ihm steht.</translation>
    </message>
    <message>
        <source>Task %1 (id %2 in the file): %3</source>
        <translation>Vorgang %1 (ID %2 in der Datei): %3</translation>
    </message>
    <message>
        <source>The file links a task that is not in it.</source>
        <translation>Die Datei verknüpft einen Vorgang, der nicht in ihr enthalten ist.</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2: %3</source>
        <translation>Die Abhängigkeit von %1 zu %2: %3</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The calendar %1: %2</source>
        <translation>Der Kalender %1: %2</translation>
    </message>
</context>
<context>
    <name>relm::ImportTasks</name>
    <message>
        <source>The import links a task that it does not create.</source>
        <translation>Der Import verknüpft einen Vorgang, den er nicht anlegt.</translation>
    </message>
    <message>
        <source>“%1” can only belong to a phase of its own release.</source>
        <translation>„%1“ kann nur zu einer Phase des eigenen Release gehören.</translation>
    </message>
    <message>
        <source>“%1” is a milestone, not a phase: tasks cannot be placed in it.</source>
        <translation>„%1“ ist ein Meilenstein, keine Phase: Vorgänge können nicht hineingelegt werden.</translation>
    </message>
    <message>
        <source>“%1” is placed in a phase that does not come before it.</source>
        <translation>„%1“ liegt in einer Phase, die nicht vor ihm kommt.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Vorgang %1: %2</translation>
    </message>
    <message>
        <source>The release already has a task named “%1”. Task names identify tasks: rename it in the file, e.g. “%1 (2)”.</source>
        <translation>Das Release hat schon einen Vorgang namens „%1“. Vorgangsnamen kennzeichnen Vorgänge: benennen Sie ihn in der Datei um, z. B. „%1 (2)“.</translation>
    </message>
</context>
<context>
    <name>relm::JsonPaths</name>
    <message>
        <source>line %1, column %2: this is not valid JSON (%3). Check that the file was written whole and chosen right.</source>
        <translation>Zeile %1, Spalte %2: das ist kein gültiges JSON (%3). Prüfen Sie, ob die Datei vollständig geschrieben und richtig gewählt wurde.</translation>
    </message>
    <message>
        <source>the file holds a JSON list or a single value, but one JSON object was expected.</source>
        <translation>die Datei enthält eine JSON-Liste oder einen Einzelwert, erwartet wurde aber ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>is %1, but should be an object.</source>
        <translation>ist %1, sollte aber ein Objekt sein.</translation>
    </message>
    <message>
        <source>is %1, but should be a list.</source>
        <translation>ist %1, sollte aber eine Liste sein.</translation>
    </message>
    <message>
        <source>is %1, but should be text.</source>
        <translation>ist %1, sollte aber Text sein.</translation>
    </message>
    <message>
        <source>is missing or empty; every entry needs one.</source>
        <translation>fehlt oder ist leer; jeder Eintrag braucht eins.</translation>
    </message>
</context>
<context>
    <name>relm::KnownErrorDialog</name>
    <message>
        <source>Known Error #%1</source>
        <translation>Bekannter Fehler #%1</translation>
    </message>
    <message>
        <source>New Known Error</source>
        <translation>Neuer bekannter Fehler</translation>
    </message>
    <message>
        <source>Not fixed yet</source>
        <translation>Noch nicht behoben</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Symptom:</translation>
    </message>
    <message>
        <source>&amp;Workaround:</source>
        <translation>&amp;Workaround:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Fixed in:</source>
        <translation>&amp;Behoben in:</translation>
    </message>
</context>
<context>
    <name>relm::LinkChangeRequest</name>
    <message>
        <source>Deliver %1 with %2</source>
        <translation>%1 mit %2 liefern</translation>
    </message>
    <message>
        <source>Take %1 out of %2</source>
        <translation>%1 aus %2 herausnehmen</translation>
    </message>
    <message>
        <source>%1 is already delivered by %2.</source>
        <translation>%1 wird bereits mit %2 geliefert.</translation>
    </message>
    <message>
        <source>%1 is not delivered by %2.</source>
        <translation>%1 wird nicht mit %2 geliefert.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>relm::MainWindow</name>
    <message>
        <source>Relm databases (*.db *.relm);;All files (*)</source>
        <translation>Relm-Datenbanken (*.db *.relm);;Alle Dateien (*)</translation>
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
        <translation>Das Release in den nächsten Status versetzen</translation>
    </message>
    <message>
        <source>This database was upgraded to the current version. A copy of the old version is at %1.</source>
        <translation>Diese Datenbank wurde auf die aktuelle Version aktualisiert. Eine Kopie der alten Version liegt unter %1.</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 – Relm</source>
        <translation>%1 – Relm</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: Relm never overwrites a database.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen: Relm überschreibt nie eine Datenbank.</translation>
    </message>
    <message>
        <source>New database created. Start with Release → New Release.</source>
        <translation>Neue Datenbank angelegt. Beginnen Sie mit Release → Neues Release.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Eine Kopie wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>About Relm</source>
        <translation>Über Relm</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relm %1&lt;/h3&gt;&lt;p&gt;Release and deployment planning: packages, schedules, risks, sign-off, deployments and release notes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relm %1&lt;/h3&gt;&lt;p&gt;Release- und Deployment-Planung: Pakete, Zeitpläne, Risiken, Abnahmen, Deployments und Release Notes.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Datenbank: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Move %1 on in its lifecycle</source>
        <translation>%1 im Lebenszyklus zum nächsten Status bringen</translation>
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
        <translation>Portfolio-Gantt</translation>
    </message>
    <message>
        <source>&amp;Portfolio Gantt</source>
        <translation>&amp;Portfolio-Gantt</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Delivery Dashboard</source>
        <translation>Liefer-Dashboard</translation>
    </message>
    <message>
        <source>Select a release first.</source>
        <translation>Wählen Sie zuerst ein Release aus.</translation>
    </message>
    <message>
        <source>Signing passphrase set; key fingerprint %1.</source>
        <translation>Unterschrifts-Passphrase festgelegt; Schlüssel-Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>Release &amp;Notes and Board Pack…</source>
        <translation>Release &amp;Notes und Unterlagen für den Änderungsausschuss…</translation>
    </message>
    <message>
        <source>Set Signing &amp;Passphrase…</source>
        <translation>Unterschrifts-&amp;Passphrase festlegen…</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfpfad</translation>
    </message>
    <message>
        <source>Delivery &amp;Dashboard</source>
        <translation>&amp;Liefer-Dashboard</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Verknüpft: %1</translation>
    </message>
    <message>
        <source>Ro&amp;ll-up Notes…</source>
        <translation>Sa&amp;mmel-Release-Notes…</translation>
    </message>
    <message>
        <source>Notes Te&amp;mplates…</source>
        <translation>Release-Notes-&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>Change Calendar</source>
        <translation>Änderungskalender</translation>
    </message>
    <message>
        <source>Change &amp;Calendar</source>
        <translation>Änderungs&amp;kalender</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>&amp;Open Database or Plan…</source>
        <translation>Datenbank oder Plan &amp;öffnen…</translation>
    </message>
    <message>
        <source>Relm databases and plans (*.db *.relm %1);;</source>
        <translation>Relm-Datenbanken und Pläne (*.db *.relm %1);;</translation>
    </message>
    <message>
        <source>Open Database or Plan</source>
        <translation>Datenbank oder Plan öffnen</translation>
    </message>
    <message>
        <source>&amp;Import SBOM…</source>
        <translation>SBOM &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport SBOM…</source>
        <translation>SBOM e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Nobody in this database has your login, %1: you can read everything, and change nothing until an administrator adds you (relm-cli server admit).</source>
        <translation>Niemand in dieser Datenbank hat Ihre Anmeldung %1: Sie können alles lesen und nichts ändern, bis eine Administratorin Sie aufnimmt (relm-cli server admit).</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Verbunden mit %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>On a server you act as your own login, %1, not as %2: to act as %2, sign in as them.</source>
        <translation>Auf einem Server handeln Sie als Ihre eigene Anmeldung %1, nicht als %2: um als %2 zu handeln, melden Sie sich als diese Person an.</translation>
    </message>
    <message>
        <source>%1 on %2 – Relm</source>
        <translation>%1 auf %2 – Relm</translation>
    </message>
    <message>
        <source>Add to Release or Package</source>
        <translation>Zu Release oder Paket hinzufügen</translation>
    </message>
    <message>
        <source>Relm records who makes each change, and your roles decide what you may sign. Choose yourself:</source>
        <translation>Relm hält fest, wer jede Änderung vornimmt, und Ihre Rollen bestimmen, was Sie unterschreiben dürfen. Wählen Sie sich aus:</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Handelt als:</translation>
    </message>
</context>
<context>
    <name>relm::MeetingDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Meeting “%1”</source>
        <translation>Sitzung „%1“</translation>
    </message>
    <message>
        <source>New Change Board Meeting</source>
        <translation>Neue Sitzung des Änderungsausschusses</translation>
    </message>
    <message>
        <source>e.g. Weekly change board</source>
        <translation>z. B. Wöchentlicher Änderungsausschuss</translation>
    </message>
    <message>
        <source>A room or a call link</source>
        <translation>Ein Raum oder ein Link zur Telefonkonferenz</translation>
    </message>
    <message>
        <source>The agenda lists releases awaiting sign-off whose deployments are planned up to this many days after the meeting, and those overdue.</source>
        <translation>Die Tagesordnung führt Releases auf, die auf Abnahme warten und deren Deployments bis zu so vielen Tagen nach der Sitzung geplant sind, sowie überfällige.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Agenda looks &amp;ahead:</source>
        <translation>&amp;Vorausschau der Tagesordnung:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
</context>
<context>
    <name>relm::MeetingsDialog</name>
    <message>
        <source>Change Board Meetings</source>
        <translation>Sitzungen des Änderungsausschusses</translation>
    </message>
    <message>
        <source>Change board meetings</source>
        <translation>Sitzungen des Änderungsausschusses</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Tagesordnung…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n Min.</numerusform>
            <numerusform>%1, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings yet: add one with New; its agenda fills itself from the releases awaiting sign-off.</source>
        <translation>Noch keine Sitzungen: Legen Sie mit „Neu“ eine an; ihre Tagesordnung füllt sich selbst mit den Releases, die auf Abnahme warten.</translation>
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
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>%1 is the first of several messages; %n counts the others, shown by the button beside it</extracomment>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n messages</source>
        <translation>
            <numerusform>Alle %n Meldungen anzeigen</numerusform>
            <numerusform>Alle %n Meldungen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show only the first message</source>
        <translation>Nur die erste Meldung anzeigen</translation>
    </message>
</context>
<context>
    <name>relm::MonteCarlo</name>
    <message>
        <source>The simulation runs from 1 to %1 iterations; %2 were asked for.</source>
        <translation>Die Simulation läuft mit 1 bis %1 Iterationen; angefordert wurden %2.</translation>
    </message>
    <message>
        <source>In some iterations the plan finishes after %1, past what Relm schedules (%2 years from its start). Shorten the pessimistic estimates or the risks&apos; delays.</source>
        <translation>In manchen Iterationen endet der Plan nach %1 und damit später, als Relm planen kann (%2 Jahre ab seinem Beginn). Verkürzen Sie die pessimistischen Schätzungen oder die Verzögerungen der Risiken.</translation>
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
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Draws each task&apos;s duration from its estimate (optimistic, likely, pessimistic) and schedules the release again, many times: how likely is the target?</source>
        <translation>Zieht die Dauer jedes Vorgangs aus seiner Schätzung (optimistisch, wahrscheinlich, pessimistisch) und plant das Release viele Male neu: Wie wahrscheinlich ist das Ziel?</translation>
    </message>
    <message>
        <source>Finish date histogram</source>
        <translation>Histogramm der Endtermine</translation>
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
        <translation>%1 Iterationen%2: P50 %3 · &lt;b&gt;P80 %4&lt;/b&gt; · P95 %5</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (vorzeitig beendet)</translation>
    </message>
    <message>
        <source> · %1% chance of finishing by %2</source>
        <translation> · %1 % Wahrscheinlichkeit, bis %2 fertig zu sein</translation>
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
        <translation>Endtermine von %1 simulierten Zeitplänen (Iterationen pro Tag)</translation>
    </message>
    <message numerus="yes">
        <source> · includes %n risk(s) from the register as possible delays</source>
        <translation>
            <numerusform> · berücksichtigt %n Risiko aus dem Register als mögliche Verzögerung</numerusform>
            <numerusform> · berücksichtigt %n Risiken aus dem Register als mögliche Verzögerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>How many simulated schedules finish on each day, those by the target and those after it.</source>
        <translation>Wie viele simulierte Zeitpläne an jedem Tag enden, bis zum Zieltermin und danach.</translation>
    </message>
    <message>
        <source>%1: %2 by the target, %3 after it</source>
        <translation>%1: %2 bis zum Zieltermin, %3 danach</translation>
    </message>
    <message>
        <source> Most runs finish on %1 (%2).</source>
        <translation> Die meisten Läufe enden am %1 (%2).</translation>
    </message>
</context>
<context>
    <name>relm::MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <source>Six weeks of days with their deployments, freezes, maintenance windows, meetings and milestones. Arrow keys select a day, Tab its events, Alt+Left or Right moves a planned deployment by a day.</source>
        <translation>Sechs Wochen mit ihren Tagen und deren Deployments, Änderungssperren, Wartungsfenstern, Sitzungen und Meilensteinen. Die Pfeiltasten wählen einen Tag, die Tabulatortaste dessen Termine; Alt+Links oder Alt+Rechts verschiebt ein geplantes Deployment um einen Tag.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day of the month, short month name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · Heute</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see every event of this day in the week view.</source>
        <translation>Klicken, um alle Ereignisse dieses Tages in der Wochenansicht zu sehen.</translation>
    </message>
    <message>
        <source>↳ %1 (continued)</source>
        <translation>↳ %1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>relm::MoveToDialog</name>
    <message>
        <source>Move To</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>Neuer Beginn</translation>
    </message>
    <message>
        <source>&amp;Start (local time):</source>
        <translation>&amp;Beginn (Ortszeit):</translation>
    </message>
</context>
<context>
    <name>relm::MspdiExport</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>relm::MspdiImportDialog</name>
    <message>
        <source>&amp;Move the plan to the release&apos;s planned start</source>
        <translation>Plan auf den geplanten Start des Release &amp;verschieben</translation>
    </message>
    <message>
        <source>Import MS Project</source>
        <translation>MS Project importieren</translation>
    </message>
    <message>
        <source>A Microsoft Project XML file</source>
        <translation>Eine Microsoft-Project-XML-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The plan keeps the dates it has in Microsoft Project: its start, constraints, manually scheduled tasks and progress. Moved, it starts at the release&apos;s planned start and its dates move with it.</source>
        <translation>Der Plan behält die Termine, die er in Microsoft Project hat: Start, Einschränkungen, manuell geplante Vorgänge und Fortschritt. Verschoben beginnt er am geplanten Start des Release, und seine Termine wandern mit.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import a Schedule</source>
        <translation>Zeitplan importieren</translation>
    </message>
    <message>
        <source>Microsoft Project XML (*.xml);;All files (*)</source>
        <translation>Microsoft Project XML (*.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>relm::MspdiReader</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Microsoft Project XML file (it has no &lt;Project&gt;).</source>
        <translation>„%1“ ist keine Microsoft-Project-XML-Datei (sie enthält kein &lt;Project&gt;).</translation>
    </message>
    <message>
        <source>“%1” has no project start date.</source>
        <translation>„%1“ hat kein Projektstartdatum.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>“%1” is not valid UTF-8 text (line %2). Export it again from Microsoft Project, or save it as UTF-8.</source>
        <translation>„%1“ ist kein gültiger UTF-8-Text (Zeile %2). Exportieren Sie die Datei erneut aus Microsoft Project oder speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is damaged at line %2: %3. Export it again from Microsoft Project as XML.</source>
        <translation>„%1“ ist in Zeile %2 beschädigt: %3. Exportieren Sie die Datei erneut als XML aus Microsoft Project.</translation>
    </message>
    <message>
        <source>“%1” is empty. Export the plan again from Microsoft Project as XML.</source>
        <translation>„%1“ ist leer. Exportieren Sie den Plan erneut aus Microsoft Project als XML.</translation>
    </message>
    <message>
        <source>“%1” is a GanttProject or GNOME Planner file, not a Microsoft Project XML file: import it as such (relm-cli import gan or import planner).</source>
        <translation>„%1“ ist eine GanttProject- oder GNOME-Planner-Datei, keine Microsoft-Project-XML-Datei: Importieren Sie sie als solche (relm-cli import gan oder import planner).</translation>
    </message>
    <message>
        <source>“%1” gives the project start “%2”, which is not a date and time such as 2026-01-05T08:00:00. Export the plan again from Microsoft Project as XML.</source>
        <translation>„%1“ gibt als Projektbeginn „%2“ an, was kein Datum mit Uhrzeit wie 2026-01-05T08:00:00 ist. Exportieren Sie den Plan erneut aus Microsoft Project als XML.</translation>
    </message>
</context>
<context>
    <name>relm::MspdiWriter</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>relm::NavigatorModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 releases: %2</source>
        <translation>%1-Releases: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 release, %3&lt;br&gt;Owner: %4&lt;br&gt;Planned: %5 – %6&lt;br&gt;Service: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Release vom Typ %2, %3&lt;br&gt;Verantwortlich: %4&lt;br&gt;Geplant: %5 – %6&lt;br&gt;Service: %7</translation>
    </message>
    <message numerus="yes">
        <source>Package %1: %n component version(s)</source>
        <translation>
            <numerusform>Paket %1: %n Komponentenversion</numerusform>
            <numerusform>Paket %1: %n Komponentenversionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (no fingerprint)</source>
        <translation>%1 %2 (kein Fingerabdruck)</translation>
    </message>
    <message>
        <source>%1 %2
SHA-256 %3</source>
        <translation>%1 %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n package finding(s)&lt;/b&gt;: see the Findings panel</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n Paketbefund&lt;/b&gt;: siehe Befunde</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n Paketbefunde&lt;/b&gt;: siehe Befunde</numerusform>
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
        <translation>Release-Navigator filtern</translation>
    </message>
    <message>
        <source>Release navigator</source>
        <translation>Release-Navigator</translation>
    </message>
    <message>
        <source>Select component versions inside a package first.</source>
        <translation>Wählen Sie zuerst Komponentenversionen in einem Paket aus.</translation>
    </message>
    <message>
        <source>Select component versions inside a package to remove them from it.</source>
        <translation>Wählen Sie Komponentenversionen in einem Paket aus, um sie daraus zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Remove from Package</source>
        <translation>Aus Paket &amp;entfernen</translation>
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
        <translation>z. B. 2027.2 Frühjahr</translation>
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
    <name>relm::NotesDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release Notes</source>
        <translation>Release Notes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>Service-Management</translation>
    </message>
    <message>
        <source>Technical staff</source>
        <translation>Technisches Personal</translation>
    </message>
    <message>
        <source>Change board pack</source>
        <translation>Unterlagen für den Änderungsausschuss</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>!Stopped.</source>
        <translation>!Angehalten.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n section(s)</source>
        <translation>
            <numerusform>%1 für %2: %n Abschnitt</numerusform>
            <numerusform>%1 für %2: %n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Release Notes</source>
        <translation>Release Notes exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html or .md.</source>
        <translation>Wählen Sie eine Datei mit der Endung .pdf, .html oder .md.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Roll-up Notes</source>
        <translation>Sammel-Release-Notes</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Vorlage…</translation>
    </message>
    <message>
        <source>Sections, headings, fields, footer, and the organisation&apos;s name, logo and colours</source>
        <translation>Abschnitte, Überschriften, Felder, Fußzeile sowie Name, Logo und Farben der Organisation</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Add an environment first: a roll-up covers one environment.</source>
        <translation>Legen Sie zuerst eine Umgebung an: Sammel-Release-Notes umfassen jeweils eine Umgebung.</translation>
    </message>
    <message>
        <source>%1 changes %2 to %3.pdf</source>
        <translation>%1 Änderungen %2 bis %3.pdf</translation>
    </message>
</context>
<context>
    <name>relm::NotesTemplateDialog</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>Service-Management</translation>
    </message>
    <message>
        <source>Technical staff</source>
        <translation>Technisches Personal</translation>
    </message>
    <message>
        <source>Change board pack</source>
        <translation>Unterlagen für den Änderungsausschuss</translation>
    </message>
    <message>
        <source>Notes Templates</source>
        <translation>Release-Notes-Vorlagen</translation>
    </message>
    <message>
        <source>e.g. Questions? support@example.com</source>
        <translation>z. B. Fragen? support@example.com</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Heading in the document</source>
        <translation>Überschrift im Dokument</translation>
    </message>
    <message>
        <source>Sections: tick to show, edit the heading in the second column</source>
        <translation>Abschnitte: zum Anzeigen ankreuzen, Überschrift in der zweiten Spalte bearbeiten</translation>
    </message>
    <message>
        <source>Optional fields</source>
        <translation>Optionale Felder</translation>
    </message>
    <message>
        <source>Your organisation&apos;s name, printed on every document</source>
        <translation>Der Name Ihrer Organisation, auf jedem Dokument gedruckt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>Organisation (every document)</source>
        <translation>Organisation (alle Dokumente)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Abschnitte:</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>F&amp;elder:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Default for This Audience</source>
        <translation>&amp;Standard für diese Zielgruppe</translation>
    </message>
    <message>
        <source>Write every template and the organisation&apos;s look to a file</source>
        <translation>Alle Vorlagen und das Erscheinungsbild der Organisation in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Read templates and the look from a file written by Export, and save them</source>
        <translation>Vorlagen und Erscheinungsbild aus einer mit „Exportieren“ geschriebenen Datei lesen und speichern</translation>
    </message>
    <message>
        <source>Export Notes Templates</source>
        <translation>Release-Notes-Vorlagen exportieren</translation>
    </message>
    <message>
        <source>notes-templates.json</source>
        <translation>release-notes-vorlagen.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import Notes Templates</source>
        <translation>Release-Notes-Vorlagen importieren</translation>
    </message>
    <message>
        <source> (internal)</source>
        <translation> (intern)</translation>
    </message>
    <message>
        <source>Meant for staff: customers would read internal records.</source>
        <translation>Für das Personal gedacht: Kunden würden interne Daten lesen.</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Headings, the title band and table headers</source>
        <translation>Überschriften, Titelband und Tabellenköpfe</translation>
    </message>
    <message>
        <source>Notices such as a deployment inside a change freeze</source>
        <translation>Hinweise, etwa auf ein Deployment während einer Änderungssperre</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Create a release to see a preview.</source>
        <translation>Legen Sie ein Release an, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Edit notes templates</source>
        <translation>Release-Notes-Vorlagen bearbeiten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the templates to %1.</source>
        <translation>Vorlagen unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read %1 templates from %2; Save keeps them.</source>
        <translation>%1 Vorlagen aus %2 gelesen; „Speichern“ übernimmt sie.</translation>
    </message>
</context>
<context>
    <name>relm::NotesTemplateStore</name>
    <message>
        <source>Notes template #%1</source>
        <translation>Release-Notes-Vorlage #%1</translation>
    </message>
    <message>
        <source>The %1 notes already have a template.</source>
        <translation>Für die Zielgruppe %1 gibt es bereits eine Vorlage.</translation>
    </message>
    <message>
        <source>The organisation&apos;s look</source>
        <translation>Das Erscheinungsbild der Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s look is set already; change it instead.</source>
        <translation>Das Erscheinungsbild der Organisation ist bereits festgelegt; ändern Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>relm::OverrideDialog</name>
    <message>
        <source>Override a Change Freeze</source>
        <translation>Änderungssperre übersteuern</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why this deployment may run in the freeze (required), e.g. the incident or the customer commitment it serves</source>
        <translation>Warum dieses Deployment während der Änderungssperre laufen darf (erforderlich), z. B. der Incident oder die Kundenzusage, der es dient</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Übersteuern</translation>
    </message>
    <message>
        <source>the planned slot does not run in this freeze</source>
        <translation>der geplante Zeitraum liegt nicht in dieser Änderungssperre</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Planned slot</source>
        <translation>Geplanter Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>May override</source>
        <translation>Darf übersteuern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nobody holds it</source>
        <translation>niemand hat sie inne</translation>
    </message>
    <message>
        <source>You act as</source>
        <translation>Sie handeln als</translation>
    </message>
    <message>
        <source>Only the %1 may override this freeze; %2 does not hold that role.</source>
        <translation>Nur die Rolle %1 darf diese Änderungssperre übersteuern; %2 hat diese Rolle nicht inne.</translation>
    </message>
</context>
<context>
    <name>relm::OverrideFreeze</name>
    <message>
        <source>Override a freeze</source>
        <translation>Änderungssperre übersteuern</translation>
    </message>
    <message>
        <source>%1 let deployment #%2 run in a freeze: %3</source>
        <translation>%1 hat Deployment #%2 während einer Änderungssperre zugelassen: %3</translation>
    </message>
    <message>
        <source>Undo: override of a freeze for deployment #%1</source>
        <translation>Rückgängig: Übersteuerung einer Änderungssperre für Deployment #%1</translation>
    </message>
</context>
<context>
    <name>relm::PackageContentsModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ausgemustert)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Involved in a finding: see below</source>
        <translation>An einem Befund beteiligt: siehe unten</translation>
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
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>relm::PackageDropper</name>
    <message numerus="yes">
        <source>Remove %n component version(s)</source>
        <translation>
            <numerusform>%n Komponentenversion entfernen</numerusform>
            <numerusform>%n Komponentenversionen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>No version chosen for %1: added %2, the latest.</source>
        <translation>Keine Version für %1 gewählt: %2 hinzugefügt, die neueste.</translation>
    </message>
    <message>
        <source>%1 already holds these versions.</source>
        <translation>%1 enthält diese Versionen bereits.</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Nach %1 kopieren</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>package in release</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>These versions are in %1 already: choose another package.</source>
        <translation>Diese Versionen sind schon in %1: Wählen Sie ein anderes Paket.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 nach %2 verschoben.</translation>
    </message>
</context>
<context>
    <name>relm::PackagePage</name>
    <message>
        <source>Package contents</source>
        <translation>Paketinhalt</translation>
    </message>
    <message>
        <source>Package findings</source>
        <translation>Paketbefunde</translation>
    </message>
    <message>
        <source>Package that dropped items go to</source>
        <translation>Paket für abgelegte Elemente</translation>
    </message>
    <message>
        <source>New Package</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>Package name:</source>
        <translation>Paketname:</translation>
    </message>
    <message>
        <source>Environment to compare with</source>
        <translation>Vergleichsumgebung</translation>
    </message>
    <message>
        <source>Drops go to:</source>
        <translation>Ablegen in:</translation>
    </message>
    <message>
        <source>What a deployment would change</source>
        <translation>Was ein Deployment ändern würde</translation>
    </message>
    <message>
        <source>Deploying to:</source>
        <translation>Deployment nach:</translation>
    </message>
    <message>
        <source>Not frozen. Freeze the baseline when the package is complete: any later change then shows, and approvals on it no longer hold.</source>
        <translation>Nicht eingefroren. Frieren Sie die Baseline ein, wenn das Paket vollständig ist: Jede spätere Änderung wird dann sichtbar, und Genehmigungen darauf gelten nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%3&quot;&gt;Baseline changed&lt;/b&gt; since it was frozen on %1 by %2. See the findings.</source>
        <translation>&lt;b style=&quot;color:%3&quot;&gt;Baseline geändert&lt;/b&gt;, seit sie am %1 von %2 eingefroren wurde. Siehe Befunde.</translation>
    </message>
    <message>
        <source>Frozen on %1 by %2; unchanged (fingerprint %3…).</source>
        <translation>Am %1 von %2 eingefroren; unverändert (Fingerabdruck %3…).</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 already runs everything in this release.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In %1 läuft bereits alles aus diesem Release.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;+ install &lt;b&gt;%1 %2&lt;/b&gt; (new here)&lt;/p&gt;</source>
        <translation>&lt;p&gt;+ &lt;b&gt;%1 %2&lt;/b&gt; installieren (hier neu)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;↓ &lt;b&gt;%1&lt;/b&gt; %2 → %3 (downgrade)&lt;/p&gt;</source>
        <translation>&lt;p&gt;↓ &lt;b&gt;%1&lt;/b&gt; %2 → %3 (Downgrade)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;↑ &lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;↑ &lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baseline frozen.</source>
        <translation>Baseline eingefroren.</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>Ausnahme er&amp;teilen…</translation>
    </message>
    <message>
        <source>Errors block approval unless the policy&apos;s authorising role waives them.</source>
        <translation>Fehler blockieren die Genehmigung, sofern die laut Richtlinie autorisierende Rolle keine Ausnahme erteilt.</translation>
    </message>
    <message>
        <source>Select an error finding to waive.</source>
        <translation>Wählen Sie einen Fehlerbefund aus, für den Sie eine Ausnahme erteilen möchten.</translation>
    </message>
    <message>
        <source>Waive Finding</source>
        <translation>Ausnahme für Befund erteilen</translation>
    </message>
    <message>
        <source>%1

Why may the release go ahead with this? The waiver is recorded with your name and shown in the gate, the board pack and the service notes.</source>
        <translation>%1

Warum darf das Release trotzdem fortgesetzt werden? Die Ausnahme wird mit Ihrem Namen erfasst und in der Schranke, den Unterlagen für den Änderungsausschuss und den Release Notes für das Service-Management angezeigt.</translation>
    </message>
    <message>
        <source>Finding waived.</source>
        <translation>Ausnahme für den Befund erteilt.</translation>
    </message>
    <message>
        <source>Select a waived finding.</source>
        <translation>Wählen Sie einen Befund mit Ausnahme aus.</translation>
    </message>
    <message>
        <source>Waiver withdrawn: the finding blocks again.</source>
        <translation>Ausnahme zurückgezogen: Der Befund blockiert wieder.</translation>
    </message>
    <message>
        <source>Import SBOM…</source>
        <translation>SBOM importieren…</translation>
    </message>
    <message>
        <source>Export SBOM…</source>
        <translation>SBOM exportieren…</translation>
    </message>
    <message>
        <source>New Pac&amp;kage…</source>
        <translation>Neues &amp;Paket…</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Jetzt prü&amp;fen</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw Waiver</source>
        <translation>Ausnahme &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Re-free&amp;ze Baseline</source>
        <translation>Baseline erneut &amp;einfrieren</translation>
    </message>
    <message>
        <source>Free&amp;ze Baseline</source>
        <translation>Baseline &amp;einfrieren</translation>
    </message>
    <message>
        <source>This release has no component versions yet. Drag components or versions from the Component catalogue (right) into this table or onto the release in the Portfolio, or select them in the catalogue and press Insert.</source>
        <translation>Dieses Release enthält noch keine Komponentenversionen. Ziehen Sie Komponenten oder Versionen aus dem Komponentenkatalog (rechts) in diese Tabelle oder auf das Release im Portfolio, oder wählen Sie sie im Katalog aus und drücken Sie Einfg.</translation>
    </message>
    <message>
        <source>&amp;Remove from Package</source>
        <translation>Aus Paket &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>relm::PackagePickerDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>Select what to send first.</source>
        <translation>Wählen Sie zuerst aus, was übertragen werden soll.</translation>
    </message>
    <message>
        <source>Move to Package</source>
        <translation>In Paket verschieben</translation>
    </message>
    <message>
        <source>Copy to Package</source>
        <translation>In Paket kopieren</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to Package…</source>
        <translation>In Paket &amp;verschieben…</translation>
    </message>
    <message>
        <source>&amp;Copy to Package…</source>
        <translation>In Paket &amp;kopieren…</translation>
    </message>
</context>
<context>
    <name>relm::Parser</name>
    <message>
        <source>&lt;default-week&gt; gives %1=“%2”; each day is 0 (working) or 1 (weekend).</source>
        <translation>&lt;default-week&gt; gibt %1=„%2“; jeder Tag ist 0 (Arbeitstag) oder 1 (Wochenende).</translation>
    </message>
    <message>
        <source>the calendar date year=“%1” month=“%2” date=“%3” is not a date.</source>
        <translation>das Kalenderdatum year=„%1“ month=„%2“ date=„%3“ ist kein Datum.</translation>
    </message>
    <message>
        <source>tasks are nested more than %1 levels deep.</source>
        <translation>Vorgänge sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>the task “%1” has no id, or one that is not a whole number (“%2”).</source>
        <translation>der Vorgang „%1“ hat keine ID oder eine, die keine ganze Zahl ist („%2“).</translation>
    </message>
    <message>
        <source>task “%1” (id %2)</source>
        <translation>Vorgang „%1“ (ID %2)</translation>
    </message>
    <message>
        <source>%1 starts on “%2”, which is not a date (YYYY-MM-DD) between %3 and %4.</source>
        <translation>%1 beginnt am „%2“, das kein Datum (JJJJ-MM-TT) zwischen %3 und %4 ist.</translation>
    </message>
    <message>
        <source>%1 lasts “%2” days; a duration is a whole number of days from 0 to %3.</source>
        <translation>%1 dauert „%2“ Tage; eine Dauer ist eine ganze Zahl von Tagen von 0 bis %3.</translation>
    </message>
    <message>
        <source>%1 is “%2” percent complete; that is a whole number from 0 to 100.</source>
        <translation>%1 ist zu „%2“ Prozent fertig; das ist eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>%1 has the earliest start “%2”, which is not a date (YYYY-MM-DD).</source>
        <translation>%1 hat den frühesten Start „%2“, der kein Datum (JJJJ-MM-TT) ist.</translation>
    </message>
    <message>
        <source>a dependency of task “%1” (id %2) names the successor “%3”, which is not a task id.</source>
        <translation>eine Abhängigkeit von Vorgang „%1“ (ID %2) nennt den Nachfolger „%3“, der keine Vorgangs-ID ist.</translation>
    </message>
    <message>
        <source>the dependency of task id %1 on task “%2” (id %3) has the type “%4”; GanttProject writes 1 (start-start), 2 (finish-start), 3 (finish-finish) or 4 (start-finish).</source>
        <translation>die Abhängigkeit der Vorgangs-ID %1 von Vorgang „%2“ (ID %3) hat den Typ „%4“; GanttProject schreibt 1 (Anfang-Anfang), 2 (Ende-Anfang), 3 (Ende-Ende) oder 4 (Anfang-Ende).</translation>
    </message>
    <message>
        <source>the dependency of task id %1 on task “%2” (id %3) has the lag “%4”; a lag is a whole number of days from -%5 to %5.</source>
        <translation>die Abhängigkeit der Vorgangs-ID %1 von Vorgang „%2“ (ID %3) hat die Verzögerung „%4“; eine Verzögerung ist eine ganze Zahl von Tagen von -%5 bis %5.</translation>
    </message>
    <message>
        <source>the project start “%1” is not a time such as 20260105T000000Z between %2 and %3.</source>
        <translation>der Projektstart „%1“ ist keine Zeit wie 20260105T000000Z zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>the project calendar “%1” is not a calendar id.</source>
        <translation>der Projektkalender „%1“ ist keine Kalender-ID.</translation>
    </message>
    <message>
        <source>%1 has %2=“%3”; that is a whole number of seconds from 0 to %4.</source>
        <translation>%1 hat %2=„%3“; das ist eine ganze Zahl von Sekunden von 0 bis %4.</translation>
    </message>
    <message>
        <source>the constraint of task “%1” (id %2) has the time “%3”, which is not a time such as 20260105T080000Z.</source>
        <translation>die Einschränkung von Vorgang „%1“ (ID %2) hat die Zeit „%3“, die keine Zeit wie 20260105T080000Z ist.</translation>
    </message>
    <message>
        <source>a predecessor of task “%1” (id %2) is “%3”, which is not a task id.</source>
        <translation>ein Vorgänger von Vorgang „%1“ (ID %2) ist „%3“, das keine Vorgangs-ID ist.</translation>
    </message>
    <message>
        <source>the dependency of task “%1” (id %2) on id %3 has the type “%4”; Planner writes FS, SS, FF or SF.</source>
        <translation>die Abhängigkeit von Vorgang „%1“ (ID %2) von ID %3 hat den Typ „%4“; Planner schreibt FS, SS, FF oder SF.</translation>
    </message>
    <message>
        <source>the dependency of task “%1” (id %2) on id %3 has the lag “%4”; a lag is a whole number of seconds from -%5 to %5.</source>
        <translation>die Abhängigkeit von Vorgang „%1“ (ID %2) von ID %3 hat die Verzögerung „%4“; eine Verzögerung ist eine ganze Zahl von Sekunden von -%5 bis %5.</translation>
    </message>
    <message>
        <source>an allocation names the task “%1” with the units “%2”; it needs a task id and units from 0 to 100000 (percent).</source>
        <translation>eine Zuordnung nennt den Vorgang „%1“ mit den Einheiten „%2“; sie braucht eine Vorgangs-ID und Einheiten von 0 bis 100000 (Prozent).</translation>
    </message>
</context>
<context>
    <name>relm::PassphraseDialog</name>
    <message>
        <source>Signing Passphrase for %1</source>
        <translation>Unterschrifts-Passphrase für %1</translation>
    </message>
    <message>
        <source>Set Passphrase</source>
        <translation>Passphrase festlegen</translation>
    </message>
    <message>
        <source>You have a signing key (fingerprint %1). A new passphrase gives you a new key; what you signed before still verifies.</source>
        <translation>Sie haben einen Unterschriftsschlüssel (Fingerabdruck %1). Eine neue Passphrase erzeugt einen neuen Schlüssel; Ihre bisherigen Unterschriften lassen sich weiterhin prüfen.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. You type it each time you sign; nobody else can sign in your name without it.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens %1 Zeichen. Sie geben sie bei jeder Unterschrift ein; ohne sie kann niemand sonst in Ihrem Namen unterschreiben.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Geben Sie zuerst Ihre aktuelle Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>relm::PersonText</name>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>relm::Plan</name>
    <message>
        <source>As soon as possible</source>
        <translation>So früh wie möglich</translation>
    </message>
    <message>
        <source>As late as possible</source>
        <translation>So spät wie möglich</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>Beginn nicht früher als</translation>
    </message>
    <message>
        <source>Start no later than</source>
        <translation>Beginn nicht später als</translation>
    </message>
    <message>
        <source>Finish no earlier than</source>
        <translation>Ende nicht früher als</translation>
    </message>
    <message>
        <source>Finish no later than</source>
        <translation>Ende nicht später als</translation>
    </message>
    <message>
        <source>Must start on</source>
        <translation>Muss beginnen am</translation>
    </message>
    <message>
        <source>Must finish on</source>
        <translation>Muss enden am</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Ende–Anfang</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Anfang–Anfang</translation>
    </message>
    <message>
        <source>Finish to finish</source>
        <translation>Ende–Ende</translation>
    </message>
    <message>
        <source>Start to finish</source>
        <translation>Anfang–Ende</translation>
    </message>
</context>
<context>
    <name>relm::PlanChanges</name>
    <message>
        <source>Change the predecessors of %1</source>
        <translation>Vorgänger von %1 ändern</translation>
    </message>
</context>
<context>
    <name>relm::PlanDateCheck</name>
    <message>
        <source>Relm computes the same dates as the file.</source>
        <translation>Relm berechnet dieselben Termine wie die Datei.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>“%1” starts %2 and finishes %3</source>
        <translation>„%1“ beginnt %2 und endet %3</translation>
    </message>
    <message>
        <source>“%1” starts %2</source>
        <translation>„%1“ beginnt %2</translation>
    </message>
    <message>
        <source>“%1” finishes %2</source>
        <translation>„%1“ endet %2</translation>
    </message>
</context>
<context>
    <name>relm::PlanDeploymentDialog</name>
    <message>
        <source>Plan a Deployment</source>
        <translation>Deployment planen</translation>
    </message>
    <message>
        <source>The whole release</source>
        <translation>Das gesamte Release</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>Window &amp;from:</source>
        <translation>Zeitfenster &amp;von:</translation>
    </message>
    <message>
        <source>Window &amp;to:</source>
        <translation>Zeitfenster &amp;bis:</translation>
    </message>
</context>
<context>
    <name>relm::PlanFileReader</name>
    <message>
        <source>“%1” is not a plan file Relm reads: it reads Microsoft Project XML (.xml), GanttProject (.gan) and Planner (.planner) files.</source>
        <translation>„%1“ ist keine Plandatei, die Relm liest: Relm liest Microsoft Project XML (.xml), GanttProject (.gan) und Planner (.planner).</translation>
    </message>
</context>
<context>
    <name>relm::PlanImportReport</name>
    <message>
        <source>Imported %1 (%2) into %3: %4 tasks (%5 phases, %6 milestones), %7 dependencies.</source>
        <translation>%1 (%2) in %3 importiert: %4 Vorgänge (%5 Phasen, %6 Meilensteine), %7 Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Calendars in the file: %1; the project calendar sets apart %2 days. The plan starts %3.</source>
        <translation>Kalender in der Datei: %1; der Projektkalender nimmt %2 Tage aus. Der Plan beginnt %3.</translation>
    </message>
</context>
<context>
    <name>relm::PlanOpener</name>
    <message>
        <source>Open or create a database first, then open the plan.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank und öffnen Sie dann den Plan.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Imported from %1 (%2).</source>
        <translation>Importiert aus %1 (%2).</translation>
    </message>
    <message>
        <source>%1 – %2 – Relm</source>
        <translation>%1 – %2 – Relm</translation>
    </message>
    <message>
        <source>Keep in a New Database…</source>
        <translation>In neuer Datenbank behalten…</translation>
    </message>
    <message>
        <source>Keep the Plan in a New Database</source>
        <translation>Plan in neuer Datenbank behalten</translation>
    </message>
    <message>
        <source>Relm databases (*.db *.relm)</source>
        <translation>Relm-Datenbanken (*.db *.relm)</translation>
    </message>
    <message>
        <source>No plan was opened to move.</source>
        <translation>Es wurde kein Plan geöffnet, der verschoben werden könnte.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name: Relm never overwrites a database.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Namen: Relm überschreibt nie eine Datenbank.</translation>
    </message>
    <message>
        <source>The plan is now in %1. It also stays in the first database, where more was done after the import.</source>
        <translation>Der Plan ist jetzt in %1. Er bleibt auch in der ersten Datenbank, in der nach dem Import weitergearbeitet wurde.</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>The plan was imported as %1. Relm records who makes each change; choose yourself for what you do next:</source>
        <translation>Der Plan wurde als %1 importiert. Relm hält fest, wer welche Änderung macht; wählen Sie sich für das, was Sie als Nächstes tun:</translation>
    </message>
</context>
<context>
    <name>relm::PlanStore</name>
    <message>
        <source>Task #%1</source>
        <translation>Vorgang #%1</translation>
    </message>
    <message>
        <source>Dependency #%1</source>
        <translation>Abhängigkeit #%1</translation>
    </message>
    <message>
        <source>These two tasks are already linked.</source>
        <translation>Diese beiden Vorgänge sind bereits verknüpft.</translation>
    </message>
    <message>
        <source>Calendar #%1 does not exist.</source>
        <translation>Kalender #%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>A calendar named “%1” already exists.</source>
        <translation>Einen Kalender namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>This release already has a baseline named “%1”.</source>
        <translation>Dieses Release hat bereits eine Baseline namens „%1“.</translation>
    </message>
</context>
<context>
    <name>relm::PlannerReader</name>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>“%1” is not a Planner file (it has no &lt;project&gt;).</source>
        <translation>„%1“ ist keine Planner-Datei (sie hat kein &lt;project&gt;).</translation>
    </message>
    <message>
        <source>“%1” is a GanttProject file, not a GNOME Planner file: import it as a GanttProject file (relm-cli import gan).</source>
        <translation>„%1“ ist eine GanttProject-Datei, keine GNOME-Planner-Datei: Importieren Sie sie als GanttProject-Datei (relm-cli import gan).</translation>
    </message>
</context>
<context>
    <name>relm::PolicyDialog</name>
    <message>
        <source>A &amp;frozen, unchanged baseline is required for sign-off</source>
        <translation>Für die Abnahme ist eine &amp;eingefrorene, unveränderte Baseline erforderlich</translation>
    </message>
    <message>
        <source>Release Policies</source>
        <translation>Release-Richtlinien</translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation>Releases vom Typ %1</translation>
    </message>
    <message>
        <source>Signs off</source>
        <translation>Abnahme durch</translation>
    </message>
    <message>
        <source>Quorum (people)</source>
        <translation>Quorum (Personen)</translation>
    </message>
    <message>
        <source>Required criterion categories</source>
        <translation>Erforderliche Kriterienkategorien</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>&amp;Policy for:</source>
        <translation>&amp;Richtlinie für:</translation>
    </message>
    <message>
        <source>Sign-off &amp;roles:</source>
        <translation>Abnahme-&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Lead time from approval to production:</source>
        <translation>&amp;Vorlaufzeit von der Genehmigung bis zur Produktion:</translation>
    </message>
    <message>
        <source>&amp;Emergency authorised by:</source>
        <translation>&amp;Notfall autorisiert durch:</translation>
    </message>
    <message>
        <source>Owners never sign the test or acceptance roles of their own release, nobody signs one release in two roles, and a quorum counts distinct people.</source>
        <translation>Verantwortliche unterschreiben nie die Test- oder Abnahmerollen ihres eigenen Releases, niemand unterschreibt ein Release in zwei Rollen, und ein Quorum zählt verschiedene Personen.</translation>
    </message>
    <message>
        <source>No sign-off role is ticked: %1 releases will pass their gate without anyone&apos;s approval.</source>
        <translation>Keine Abnahmerolle ist angekreuzt: Releases vom Typ %1 passieren ihre Schranke ohne jede Genehmigung.</translation>
    </message>
</context>
<context>
    <name>relm::PredecessorsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Predecessors of %1</source>
        <translation>Vorgänger von %1</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>The tasks “%1” waits for, each with how it follows and any lag. The schedule checks them when you press OK: a link that closes a loop is refused.</source>
        <translation>Die Vorgänge, auf die „%1“ wartet, jeweils mit Anordnungsbeziehung und Zeitabstand. Der Zeitplan prüft sie, wenn Sie OK drücken: Eine Verknüpfung, die einen Zyklus schließt, wird abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Predecessor:</source>
        <translation>&amp;Vorgänger:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Lag:</source>
        <translation>&amp;Zeitabstand:</translation>
    </message>
    <message>
        <source>%1 is chosen twice: change or remove one of them.</source>
        <translation>%1 ist zweimal gewählt: Ändern oder entfernen Sie einen der beiden Einträge.</translation>
    </message>
    <message>
        <source>The plan has no other task to wait for.</source>
        <translation>Der Plan hat keinen anderen Vorgang, auf den gewartet werden kann.</translation>
    </message>
    <message>
        <source>Every other task is a predecessor already.</source>
        <translation>Alle anderen Vorgänge sind bereits Vorgänger.</translation>
    </message>
    <message>
        <source>“%1” is not a lag: write working time (1d, 4h), a lead with a minus (-4h), or a share of the predecessor (50%).</source>
        <translation>„%1“ ist kein Zeitabstand: Geben Sie Arbeitszeit (1d, 4h), einen Vorlauf mit Minus (-4h) oder einen Anteil am Vorgänger (50%) an.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, lag %3</source>
        <translation>%1 — %2, Zeitabstand %3</translation>
    </message>
    <message>
        <source>Task #%1</source>
        <translation>Vorgang #%1</translation>
    </message>
    <message>
        <source>none; e.g. %1, -4h or 50%</source>
        <translation>keiner; z. B. %1, -4h oder 50%</translation>
    </message>
    <message>
        <source>Working time after the predecessor (%1, 4h), a lead before it (-4h), or a share of the predecessor&apos;s duration (50%)</source>
        <translation>Arbeitszeit nach dem Vorgänger (%1, 4h), ein Vorlauf davor (-4h) oder ein Anteil an der Dauer des Vorgängers (50%)</translation>
    </message>
</context>
<context>
    <name>relm::ProgressRun</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>relm::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
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
        <translation>Build %1 von %2 erfassen</translation>
    </message>
    <message>
        <source>A build number is a whole number from 1.</source>
        <translation>Eine Build-Nummer ist eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
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
        <translation>Rückgängig: %1 anlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Undo: remove %1</source>
        <translation>Rückgängig: %1 entfernen</translation>
    </message>
</context>
<context>
    <name>relm::RecordDeploymentRun</name>
    <message>
        <source>Record deployment #%1: %2</source>
        <translation>Deployment #%1 erfassen: %2</translation>
    </message>
    <message>
        <source>Deployment #%1 was already recorded as %2.</source>
        <translation>Deployment #%1 wurde bereits als %2 erfasst.</translation>
    </message>
    <message>
        <source>Record a deployment as succeeded, failed or partially deployed; a rollback is recorded by rolling back.</source>
        <translation>Erfassen Sie ein Deployment als erfolgreich, fehlgeschlagen oder teilweise ausgerollt; ein Rollback wird durch das Zurückrollen erfasst.</translation>
    </message>
    <message>
        <source>Deployment #%1 of %2</source>
        <translation>Deployment #%1 von %2</translation>
    </message>
    <message>
        <source>Deployment #%1 of %2 to %3: %4%5</source>
        <translation>Deployment #%1 von %2 nach %3: %4%5</translation>
    </message>
    <message>
        <source> (authorised emergency: %1)</source>
        <translation> (autorisierter Notfall: %1)</translation>
    </message>
    <message>
        <source>Undo: record deployment #%1</source>
        <translation>Rückgängig: Deployment #%1 erfassen</translation>
    </message>
</context>
<context>
    <name>relm::RecordFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target service</source>
        <translation>Zieldienst</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Zielumgebung</translation>
    </message>
    <message>
        <source>Fingerprints required</source>
        <translation>Fingerabdrücke erforderlich</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Requires and conflicts</source>
        <translation>Erfordert und schließt aus</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Öffentliche Zusammenfassung</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Nötige Benutzeraktion</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation>Einschränkungsdatum</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Optimistic duration</source>
        <translation>Optimistische Dauer</translation>
    </message>
    <message>
        <source>Pessimistic duration</source>
        <translation>Pessimistische Dauer</translation>
    </message>
    <message>
        <source>Manual start</source>
        <translation>Manueller Beginn</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Verknüpfungsart</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Lag in percent</source>
        <translation>Verzögerung in Prozent</translation>
    </message>
    <message>
        <source>Working times</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Eventualplan</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Expected delay</source>
        <translation>Erwartete Verzögerung</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nachweisnotiz</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Nachweislink</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Verzichtsgrund</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abnahmen</translation>
    </message>
    <message>
        <source>Required categories</source>
        <translation>Erforderliche Kategorien</translation>
    </message>
    <message>
        <source>Minimum lead time</source>
        <translation>Mindestvorlaufzeit</translation>
    </message>
    <message>
        <source>Frozen baseline required</source>
        <translation>Eingefrorene Baseline erforderlich</translation>
    </message>
    <message>
        <source>Emergency authoriser</source>
        <translation>Notfall autorisiert durch</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Executed by</source>
        <translation>Ausgeführt von</translation>
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
        <source>Emergency reason</source>
        <translation>Notfallbegründung</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>Erwartete Dauer</translation>
    </message>
    <message>
        <source>Back-out step</source>
        <translation>Rückfallschritt</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>Punkt ohne Rückkehr</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Skip reason</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Umgehung</translation>
    </message>
    <message>
        <source>Fixed in release</source>
        <translation>Behoben in Release</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Incident notes</source>
        <translation>Notizen zu Störungen</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgemaßnahmen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Override role</source>
        <translation>Rolle für Ausnahmen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Vorschauzeitraum</translation>
    </message>
</context>
<context>
    <name>relm::RecordRunDialog</name>
    <message>
        <source>Run as an authorised &amp;emergency (past a closed gate or in a freeze)</source>
        <translation>Als autorisierten &amp;Notfall ausführen (trotz geschlossener Schranke oder während einer Änderungssperre)</translation>
    </message>
    <message>
        <source>Record Deployment #%1</source>
        <translation>Deployment #%1 erfassen</translation>
    </message>
    <message>
        <source>Why it cannot wait; recorded with your name</source>
        <translation>Warum es nicht warten kann; wird mit Ihrem Namen erfasst</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Gestartet:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Beendet:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>Record the run once it has happened. Succeeded needs every runbook step checked off, or skipped with a reason. A succeeded deployment updates what the environment runs; what it ran before is kept for a rollback. In production, a run past a closed gate or in a change freeze needs an authorised emergency.</source>
        <translation>Erfassen Sie den Durchlauf, sobald er stattgefunden hat. „Erfolgreich“ setzt voraus, dass jeder Runbook-Schritt abgehakt oder mit Begründung übersprungen wurde. Ein erfolgreiches Deployment aktualisiert, was in der Umgebung läuft; der vorherige Stand bleibt für ein Rollback erhalten. In der Produktion erfordert ein Lauf trotz geschlossener Schranke oder während einer Änderungssperre einen autorisierten Notfall.</translation>
    </message>
</context>
<context>
    <name>relm::RecordTraits</name>
    <message>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>change request %1</source>
        <translation>Änderungsantrag %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>dependency %1 (%2 → %3)</source>
        <translation>Abhängigkeit %1 (%2 → %3)</translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation>Kalender %1</translation>
    </message>
    <message>
        <source>freeze window %1</source>
        <translation>Sperrfenster %1</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>policy for %1 releases</source>
        <translation>Richtlinie für Releases vom Typ %1</translation>
    </message>
    <message>
        <source>deployment #%1</source>
        <translation>Deployment #%1</translation>
    </message>
    <message>
        <source>runbook step %1</source>
        <translation>Runbook-Schritt %1</translation>
    </message>
    <message>
        <source>known error %1</source>
        <translation>bekannter Fehler %1</translation>
    </message>
    <message>
        <source>post-release review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>the %1 notes template</source>
        <translation>die Release-Notes-Vorlage für %1</translation>
    </message>
    <message>
        <source>the organisation&apos;s look</source>
        <translation>das Erscheinungsbild der Organisation</translation>
    </message>
    <message>
        <source>maintenance window %1</source>
        <translation>Wartungsfenster %1</translation>
    </message>
    <message>
        <source>change board meeting %1</source>
        <translation>Sitzung des Änderungsausschusses %1</translation>
    </message>
</context>
<context>
    <name>relm::Recurrence</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>%1th from last</source>
        <translation>%1.-letzten</translation>
    </message>
    <message>
        <source>on the %1 %2</source>
        <translation>am %1 %2</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message>
        <source>on day %1 counted from the month&apos;s end</source>
        <translation>am %1.-letzten Tag des Monats</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>am %1.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>alle %1 Jahre</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>relm::RecurrenceEditor</name>
    <message>
        <source>&amp;Ends on</source>
        <translation>Endet a&amp;m</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Wiederholungsintervall</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>on day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message>
        <source>days before the month&apos;s end:</source>
        <translation>Tage vor Monatsende:</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>am</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Days before the month&apos;s last day</source>
        <translation>Tage vor dem letzten Tag des Monats</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>in</source>
        <translation>im</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
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
        <translation>Release %1 anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>%1 has moved on to %2 since; undoing this step would jump back from there. Move it with its status actions instead.</source>
        <translation>%1 ist seitdem auf %2 weitergerückt; diesen Schritt rückgängig zu machen, würde von dort zurückspringen. Ändern Sie den Status stattdessen über die Statusaktionen.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>%1 %2 is already in %3.</source>
        <translation>%1 %2 ist bereits in %3.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer in %3.</source>
        <translation>%1 %2 ist nicht mehr in %3.</translation>
    </message>
</context>
<context>
    <name>relm::ReleaseGate</name>
    <message>
        <source>Policy for %1 releases</source>
        <translation>Richtlinie für Releases vom Typ %1</translation>
    </message>
    <message>
        <source>No policy for %1 releases: only the general checks apply</source>
        <translation>Keine Richtlinie für Releases vom Typ %1: Es gelten nur die allgemeinen Prüfungen</translation>
    </message>
</context>
<context>
    <name>relm::ReleaseLifecycle</name>
    <message>
        <source>The release is already %1.</source>
        <translation>Das Release hat bereits den Status %1.</translation>
    </message>
    <message>
        <source>none: %1 is a final status</source>
        <translation>keiner: %1 ist ein Endstatus</translation>
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
        <translation>Zur Abnahme einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Start deployment</source>
        <translation>Deployment starten</translation>
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
        <translation>Release-Status ändern</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>How to return to the previous state if the deployment fails</source>
        <translation>Wie der vorherige Zustand wiederhergestellt wird, falls das Deployment fehlschlägt</translation>
    </message>
    <message>
        <source>What this release delivers and why</source>
        <translation>Was dieses Release liefert und warum</translation>
    </message>
    <message>
        <source>The service this release changes, e.g. Online Billing</source>
        <translation>Der Service, den dieses Release ändert, z. B. Online Billing</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Release-Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Release type</source>
        <translation>Release-Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target service</source>
        <translation>Ziel-Service</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Deployment approach</source>
        <translation>Deployment-Vorgehen</translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Change requests delivered</source>
        <translation>Gelieferte Änderungsanträge</translation>
    </message>
    <message>
        <source>Planned s&amp;tart:</source>
        <translation>Geplanter Beg&amp;inn:</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>Vor&amp;gehen:</translation>
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
        <source>Change requests:</source>
        <translation>Änderungsanträge:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>target service</source>
        <translation>Ziel-Service</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>geplanter Beginn</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>geplantes Ende</translation>
    </message>
    <message>
        <source>back-out plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>%1 (release manager)</source>
        <translation>%1 (Release-Manager)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No change requests yet: this release delivers none so far.</source>
        <translation>Noch keine Änderungsanträge: Dieses Release liefert bisher keine.</translation>
    </message>
    <message>
        <source>Every version needs a SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck für jede Version</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Zielumgebung</translation>
    </message>
    <message>
        <source>Require fingerprints</source>
        <translation>Fingerabdrücke verlangen</translation>
    </message>
    <message>
        <source>target environment</source>
        <translation>Zielumgebung</translation>
    </message>
    <message>
        <source>fingerprint policy</source>
        <translation>Fingerabdruck-Richtlinie</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <source>Target serv&amp;ice:</source>
        <translation>&amp;Ziel-Service:</translation>
    </message>
    <message>
        <source>Bac&amp;k-out plan:</source>
        <translation>Rüc&amp;kfallplan:</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Ver&amp;sion:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Planned en&amp;d:</source>
        <translation>Geplantes &amp;Ende:</translation>
    </message>
    <message>
        <source>De&amp;ploys to:</source>
        <translation>R&amp;ollout nach:</translation>
    </message>
</context>
<context>
    <name>relm::ReleaseReview</name>
    <message>
        <source>the outcome against the plan</source>
        <translation>das Ergebnis im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>whether service levels were met</source>
        <translation>ob die Service-Levels eingehalten wurden</translation>
    </message>
    <message>
        <source>the lessons learned</source>
        <translation>die gewonnenen Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>relm::ReleaseStore</name>
    <message>
        <source>Release #%1</source>
        <translation>Release #%1</translation>
    </message>
    <message>
        <source>A release named “%1”</source>
        <translation>Ein Release namens „%1“</translation>
    </message>
    <message>
        <source>A release named “%1” already exists.</source>
        <translation>Ein Release namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Package #%1 does not exist.</source>
        <translation>Paket #%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The release already has a package named “%1”.</source>
        <translation>Das Release hat bereits ein Paket namens „%1“.</translation>
    </message>
    <message>
        <source>Change request #%1</source>
        <translation>Änderungsantrag #%1</translation>
    </message>
    <message>
        <source>A change request %1 already exists.</source>
        <translation>Einen Änderungsantrag %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Change request %1</source>
        <translation>Änderungsantrag %1</translation>
    </message>
</context>
<context>
    <name>relm::ReleaseTab</name>
    <message>
        <source>Release pages</source>
        <translation>Release-Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Builds</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
</context>
<context>
    <name>relm::ReviewPanel</name>
    <message>
        <source>Post-release review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>Eine Maßnahme pro Zeile</translation>
    </message>
    <message>
        <source>About the incidents:</source>
        <translation>Zu den Störungen:</translation>
    </message>
    <message>
        <source>Review co&amp;mplete</source>
        <translation>Nachbetrachtung abgeschl&amp;ossen</translation>
    </message>
    <message>
        <source>Save Rev&amp;iew</source>
        <translation>Nachbetra&amp;chtung speichern</translation>
    </message>
    <message>
        <source>O&amp;utcome against plan:</source>
        <translation>Er&amp;gebnis gegenüber Plan:</translation>
    </message>
    <message>
        <source>Incidents caused:</source>
        <translation>Verursachte Störungen:</translation>
    </message>
    <message>
        <source>Lesso&amp;ns learned:</source>
        <translation>&amp;Erkenntnisse:</translation>
    </message>
    <message>
        <source>&amp;Service levels:</source>
        <translation>Ser&amp;vice-Levels:</translation>
    </message>
    <message>
        <source>Follow-u&amp;p actions:</source>
        <translation>&amp;Folgemaßnahmen:</translation>
    </message>
</context>
<context>
    <name>relm::Risk</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>In Minderung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Extrem</translation>
    </message>
</context>
<context>
    <name>relm::RiskDialog</name>
    <message>
        <source>Edit Risk</source>
        <translation>Risiko bearbeiten</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>e.g. Technical, Supplier, Schedule</source>
        <translation>z. B. Technik, Lieferant, Zeitplan</translation>
    </message>
    <message>
        <source>1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain</source>
        <translation>1 selten, 2 unwahrscheinlich, 3 möglich, 4 wahrscheinlich, 5 nahezu sicher</translation>
    </message>
    <message>
        <source>1 negligible, 2 minor, 3 moderate, 4 major, 5 severe</source>
        <translation>1 vernachlässigbar, 2 gering, 3 mäßig, 4 erheblich, 5 schwerwiegend</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Kein Vorgang</translation>
    </message>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>Working days the task slips if the risk happens</source>
        <translation>Arbeitstage, um die sich der Vorgang verzögert, wenn das Risiko eintritt</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>&amp;Likelihood (1–5):</source>
        <translation>&amp;Wahrscheinlichkeit (1–5):</translation>
    </message>
    <message>
        <source>&amp;Impact (1–5):</source>
        <translation>&amp;Auswirkung (1–5):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Minderung:</translation>
    </message>
    <message>
        <source>C&amp;ontingency:</source>
        <translation>&amp;Eventualplan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Re&amp;view by:</source>
        <translation>&amp;Prüfen bis:</translation>
    </message>
    <message>
        <source>&amp;Threatens task:</source>
        <translation>&amp;Bedrohter Vorgang:</translation>
    </message>
    <message>
        <source>D&amp;elay if it happens:</source>
        <translation>&amp;Verzögerung bei Eintritt:</translation>
    </message>
</context>
<context>
    <name>relm::RiskHeatMap</name>
    <message>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Likelihood %1 × impact %2: %3 (%4 open)</source>
        <translation>Wahrscheinlichkeit %1 × Auswirkung %2: %3 (%4 offen)</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Keine offenen Risiken.</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s): %1 extreme, %2 high, %3 medium, %4 low; highest: likelihood %5 × impact %6 (%7) with %8.</source>
        <translation>
            <numerusform>%n offenes Risiko: %1 extrem, %2 hoch, %3 mittel, %4 niedrig; am höchsten: Wahrscheinlichkeit %5 × Auswirkung %6 (%7) mit %8.</numerusform>
            <numerusform>%n offene Risiken: %1 extrem, %2 hoch, %3 mittel, %4 niedrig; am höchsten: Wahrscheinlichkeit %5 × Auswirkung %6 (%7) mit %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open risks by likelihood (up) and impact (across); each cell names its band and counts its risks. %1</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit (nach oben) und Auswirkung (nach rechts); jede Zelle nennt ihre Stufe und zählt ihre Risiken. %1</translation>
    </message>
</context>
<context>
    <name>relm::RiskStore</name>
    <message>
        <source>Risk #%1</source>
        <translation>Risiko #%1</translation>
    </message>
</context>
<context>
    <name>relm::RiskTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1 (+%2 d)</source>
        <translation>%1 (+%2 T)</translation>
    </message>
    <message>
        <source>%1
Mitigation: %2
Contingency: %3</source>
        <translation>%1
Minderung: %2
Eventualplan: %3</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Threatens</source>
        <translation>Gefährdet</translation>
    </message>
</context>
<context>
    <name>relm::RisksPage</name>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>&amp;Add Risk</source>
        <translation>Risiko hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Risk</source>
        <translation>Risiko ent&amp;fernen</translation>
    </message>
    <message>
        <source>Open risks by likelihood and impact. Click a cell to show only its risks; click it again to show all.</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit und Auswirkung. Klicken Sie auf eine Zelle, um nur deren Risiken anzuzeigen; klicken Sie erneut darauf, um alle anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s), %1 high or extreme, %2 overdue for review</source>
        <translation>
            <numerusform>%n offenes Risiko, %1 hoch oder extrem, %2 mit überfälliger Prüfung</numerusform>
            <numerusform>%n offene Risiken, %1 hoch oder extrem, %2 mit überfälliger Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <source> — showing likelihood %1 × impact %2</source>
        <translation> — Anzeige: Wahrscheinlichkeit %1 × Auswirkung %2</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Select a risk first.</source>
        <translation>Wählen Sie zuerst ein Risiko aus.</translation>
    </message>
    <message>
        <source>Show &amp;closed risks</source>
        <translation>&amp;Geschlossene Risiken anzeigen</translation>
    </message>
    <message>
        <source>Edit R&amp;isk…</source>
        <translation>Risiko bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a risk band&apos;s first letter, then its name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Bands: %1.</source>
        <translation>Stufen: %1.</translation>
    </message>
</context>
<context>
    <name>relm::RollBackDeployment</name>
    <message>
        <source>Roll back deployment #%1</source>
        <translation>Deployment #%1 zurückrollen</translation>
    </message>
    <message>
        <source>A rollback needs its reason.</source>
        <translation>Ein Rollback braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Deployment #%1 is %2: only a deployment that ran can be rolled back.</source>
        <translation>Deployment #%1 hat den Status %2: Nur ein Deployment, das gelaufen ist, kann zurückgerollt werden.</translation>
    </message>
    <message>
        <source>Deployment #%1 passed its point of no return (“%2” at %3 UTC): roll forward instead.</source>
        <translation>Deployment #%1 hat seinen Punkt ohne Rückkehr überschritten („%2“ um %3 UTC): Führen Sie stattdessen einen Roll-forward durch.</translation>
    </message>
    <message>
        <source>Rollback of deployment #%1: %2</source>
        <translation>Rollback von Deployment #%1: %2</translation>
    </message>
    <message>
        <source>Rolled back deployment #%1 of %2 on %3: %4</source>
        <translation>Deployment #%1 von %2 am %3 zurückgerollt: %4</translation>
    </message>
    <message>
        <source>Undo: roll back deployment #%1</source>
        <translation>Rückgängig: Deployment #%1 zurückrollen</translation>
    </message>
</context>
<context>
    <name>relm::RowWriter</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Der Datensatz existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>relm::RunbookStepDialog</name>
    <message>
        <source>Part of the &amp;back-out plan</source>
        <translation>Teil des &amp;Rückfallplans</translation>
    </message>
    <message>
        <source>&amp;Point of no return: no rollback once this is done</source>
        <translation>&amp;Punkt ohne Rückkehr: Danach ist kein Rollback mehr möglich</translation>
    </message>
    <message>
        <source>Runbook Step</source>
        <translation>Runbook-Schritt</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Erwartet:</translation>
    </message>
</context>
<context>
    <name>relm::SaveScheduleBaseline</name>
    <message>
        <source>Save schedule baseline “%1”</source>
        <translation>Baseline „%1“ des Zeitplans speichern</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Eine Baseline braucht einen Namen.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>relm::SbomImport</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n Voraussetzung</numerusform>
            <numerusform>%n Voraussetzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::SbomImportRun</name>
    <message>
        <source>%1: %2 (%3) is also listed at %4 with another SHA-256 (%5 against %6). One version has one artefact: correct the file.</source>
        <translation>%1: %2 (%3) steht auch bei %4 mit einem anderen SHA-256 (%5 gegenüber %6). Eine Version hat ein Artefakt: korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 requires %2: that version cannot be written as a range, so the requirement was left out</source>
        <translation>%1 setzt %2 voraus: diese Version lässt sich nicht als Bereich schreiben, daher wurde die Voraussetzung weggelassen</translation>
    </message>
    <message>
        <source>%1: the file gives the SHA-256 %2…, the catalogue none; it was not recorded, as releases holding this version would change with it. Set it in the catalogue if it is right.</source>
        <translation>%1: die Datei gibt den SHA-256 %2…, der Katalog keinen; er wurde nicht übernommen, da sich sonst die Releases mit dieser Version ändern würden. Setzen Sie ihn im Katalog, wenn er stimmt.</translation>
    </message>
    <message>
        <source>package URL</source>
        <translation>Paket-URL</translation>
    </message>
    <message>
        <source>Import SBOM: complete %1</source>
        <translation>SBOM importieren: %1 ergänzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1: %2 (%3): the file gives the SHA-256 %4, but the catalogue holds %5 for this version. Two artefacts cannot share one version: check which one is right, and correct the file or give the artefact another version. Nothing was imported.</source>
        <translation>%1: %2 (%3): die Datei gibt den SHA-256 %4, der Katalog führt für diese Version aber %5. Zwei Artefakte können sich keine Version teilen: prüfen Sie, welches stimmt, und korrigieren Sie die Datei oder geben Sie dem Artefakt eine andere Version. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>relm::SbomImportSummary</name>
    <message>
        <source>Imported %1 from %2 into %3 / %4%5.</source>
        <translation>%1 aus %2 nach %3 / %4%5 importiert.</translation>
    </message>
    <message>
        <source> (a new package)</source>
        <translation> (ein neues Paket)</translation>
    </message>
    <message>
        <source>Components added: %1. Versions added: %2, reused: %3 (completed: %4).</source>
        <translation>Komponenten hinzugefügt: %1. Versionen hinzugefügt: %2, wiederverwendet: %3 (ergänzt: %4).</translation>
    </message>
    <message>
        <source>Put into the package: %1; already there: %2. Requirements added: %3.</source>
        <translation>Ins Paket gelegt: %1; schon darin: %2. Voraussetzungen hinzugefügt: %3.</translation>
    </message>
    <message>
        <source>  completed: %1</source>
        <translation>  ergänzt: %1</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
</context>
<context>
    <name>relm::SbomJson</name>
    <message>
        <source>is longer than 200 characters; shorten it.</source>
        <translation>ist länger als 200 Zeichen; kürzen Sie es.</translation>
    </message>
    <message>
        <source>Correct the version in the file.</source>
        <translation>Korrigieren Sie die Version in der Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-256 (64 Hexadezimalziffern).</translation>
    </message>
</context>
<context>
    <name>relm::SbomReading</name>
    <message>
        <source>neither bomFormat (CycloneDX) nor spdxVersion (SPDX) is there: this is not a bill of materials Relm reads. Export it as CycloneDX JSON or SPDX JSON.</source>
        <translation>weder bomFormat (CycloneDX) noch spdxVersion (SPDX) ist vorhanden: das ist keine Stückliste, die Relm liest. Exportieren Sie sie als CycloneDX-JSON oder SPDX-JSON.</translation>
    </message>
</context>
<context>
    <name>relm::ScheduleGraph</name>
    <message>
        <source>The dependencies form a cycle: %1. Remove or reverse one of these links.</source>
        <translation>Die Abhängigkeiten bilden einen Zyklus: %1. Entfernen Sie eine dieser Abhängigkeiten oder kehren Sie sie um.</translation>
    </message>
    <message>
        <source>Task “%1” is nested more than %2 phases deep, or its phases contain each other in a loop. Flatten the outline.</source>
        <translation>Vorgang „%1“ ist mehr als %2 Phasen tief verschachtelt, oder seine Phasen enthalten sich gegenseitig in einer Schleife. Vereinfachen Sie die Gliederung.</translation>
    </message>
    <message>
        <source>The dependency from “%1” to “%2” makes the links between phases stand for more than %3 dependencies between their tasks (a link to or from a phase applies to each of its tasks). Link the phases&apos; first and last tasks instead.</source>
        <translation>Durch die Abhängigkeit von „%1“ nach „%2“ stehen die Abhängigkeiten zwischen Phasen für mehr als %3 Abhängigkeiten zwischen deren Vorgängen (eine Abhängigkeit zu oder von einer Phase gilt für jeden ihrer Vorgänge). Verknüpfen Sie stattdessen den ersten und letzten Vorgang der Phasen.</translation>
    </message>
</context>
<context>
    <name>relm::SchedulePage</name>
    <message>
        <source>Tasks</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>Vorg&amp;ang hinzufügen</translation>
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
        <translation>&amp;Baseline speichern…</translation>
    </message>
    <message>
        <source>&amp;Import MS Project…</source>
        <translation>MS Project &amp;importieren…</translation>
    </message>
    <message>
        <source>Export the Gantt Chart</source>
        <translation>Gantt-Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 is booked twice: “%2” (%3) and “%4” (%5) overlap.</source>
        <translation>%1 ist doppelt belegt: „%2“ (%3) und „%4“ (%5) überschneiden sich.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Change the duration of %1</source>
        <translation>Dauer von %1 ändern</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>Kalender %1</translation>
    </message>
    <message>
        <source>Change the calendar %1</source>
        <translation>Kalender %1 ändern</translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation>Baseline speichern</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Name der Baseline:</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>%1-schedule-%2</source>
        <translation>%1-Zeitplan-%2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The chart could not be exported: %1</source>
        <translation>Das Diagramm konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Export to MS &amp;Project XML…</source>
        <translation>Als MS-&amp;Project-XML exportieren…</translation>
    </message>
    <message>
        <source>Export to MS Project XML</source>
        <translation>Als MS-Project-XML exportieren</translation>
    </message>
    <message>
        <source>Microsoft Project XML (*.xml)</source>
        <translation>Microsoft Project XML (*.xml)</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>zeitplan</translation>
    </message>
    <message>
        <source>The plan could not be exported: %1</source>
        <translation>Der Plan konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (%n task(s), Microsoft Project XML).</source>
        <translation>
            <numerusform>Gespeichert unter %1 (%n Vorgang, Microsoft Project XML).</numerusform>
            <numerusform>Gespeichert unter %1 (%n Vorgänge, Microsoft Project XML).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Predecessors…</source>
        <translation>&amp;Vorgänger…</translation>
    </message>
    <message>
        <source>Choose the tasks the selected task waits for (Ctrl+L)</source>
        <translation>Die Vorgänge wählen, auf die der ausgewählte Vorgang wartet (Strg+L)</translation>
    </message>
    <message>
        <source>No tasks yet: add one with Add Task (Ctrl+T), then link tasks with Predecessors… (Ctrl+L) or by Shift-dragging from one bar to another.</source>
        <translation>Noch keine Vorgänge: Legen Sie einen mit „Vorgang hinzufügen“ (Strg+T) an und verknüpfen Sie Vorgänge dann mit „Vorgänger…“ (Strg+L) oder indem Sie mit gedrückter Umschalttaste von einem Balken auf einen anderen ziehen.</translation>
    </message>
    <message>
        <source>Select the task whose predecessors you want to choose, then press Ctrl+L.</source>
        <translation>Wählen Sie den Vorgang aus, dessen Vorgänger Sie festlegen möchten, und drücken Sie dann Strg+L.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Import/E&amp;xport</source>
        <translation>Import/E&amp;xport</translation>
    </message>
    <message>
        <source>E&amp;xport Chart (PDF, PNG)…</source>
        <translation>Diagramm e&amp;xportieren (PDF, PNG)…</translation>
    </message>
</context>
<context>
    <name>relm::ScheduleValidation</name>
    <message>
        <source>%1 week</source>
        <translation>%1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>The schedule needs a project start.</source>
        <translation>Der Zeitplan braucht einen Projektbeginn.</translation>
    </message>
    <message>
        <source>The project starts on %1; Relm schedules dates from %2 to %3. Choose a start in that range.</source>
        <translation>Das Projekt beginnt am %1; Relm plant Termine vom %2 bis %3. Wählen Sie einen Beginn in diesem Bereich.</translation>
    </message>
    <message>
        <source>The status date is %1; Relm schedules dates from %2 to %3. Choose a status date in that range.</source>
        <translation>Das Statusdatum ist der %1; Relm plant Termine vom %2 bis %3. Wählen Sie ein Statusdatum in diesem Bereich.</translation>
    </message>
    <message>
        <source>A risk on task “%1” has a probability of %2; it must lie between 0 and 1.</source>
        <translation>Ein Risiko für Vorgang „%1“ hat eine Wahrscheinlichkeit von %2; sie muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>A risk on task “%1” delays it by %2; Relm simulates delays from none to %3. Correct the risk&apos;s delay.</source>
        <translation>Ein Risiko für Vorgang „%1“ verzögert ihn um %2; Relm simuliert Verzögerungen von null bis %3. Korrigieren Sie die Verzögerung des Risikos.</translation>
    </message>
    <message>
        <source>Task “%1” would finish after %2: the plan runs past what Relm schedules (%3 years from its start). Shorten durations or lags before it, or move its constraint dates.</source>
        <translation>Vorgang „%1“ würde nach dem %2 enden: Der Plan reicht über das hinaus, was Relm planen kann (%3 Jahre ab seinem Beginn). Verkürzen Sie vorangehende Dauern oder Zeitabstände, oder verschieben Sie seine Einschränkungstermine.</translation>
    </message>
    <message>
        <source>Task “%1” would start before %2: the plan reaches back further than Relm schedules (%3 years before its start). Check negative lags and constraint dates in the past.</source>
        <translation>Vorgang „%1“ würde vor dem %2 beginnen: Der Plan reicht weiter zurück, als Relm planen kann (%3 Jahre vor seinem Beginn). Prüfen Sie negative Zeitabstände und Einschränkungstermine in der Vergangenheit.</translation>
    </message>
</context>
<context>
    <name>relm::Scheduler</name>
    <message>
        <source>“%1” was moved after the change freeze “%2” (%3 to %4); deployments may not run in it unless authorised as an emergency.</source>
        <translation>„%1“ wurde hinter die Änderungssperre „%2“ (%3 bis %4) verschoben; Deployments dürfen darin nur laufen, wenn sie als Notfall autorisiert sind.</translation>
    </message>
    <message>
        <source>The schedule changed its tasks since its dependencies were read.</source>
        <translation>Die Vorgänge des Zeitplans haben sich geändert, seit seine Abhängigkeiten gelesen wurden.</translation>
    </message>
</context>
<context>
    <name>relm::ScopeEditor</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>A service no release names yet</source>
        <translation>Ein Service, den noch kein Release nennt</translation>
    </message>
    <message>
        <source>En&amp;vironments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <source>Com&amp;ponents</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>Another service:</source>
        <translation>Weiterer Service:</translation>
    </message>
    <message>
        <source>Nothing checked: the window applies to every service, environment and component.</source>
        <translation>Nichts ausgewählt: Das Fenster gilt für jeden Service, jede Umgebung und jede Komponente.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies only where all of these match: %1.</source>
        <translation>Gilt nur, wo all dies zutrifft: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>&amp;Services</translation>
    </message>
</context>
<context>
    <name>relm::Search</name>
    <message>
        <source>%1 deploys to %2 at %3, inside the freeze %4.</source>
        <translation>%1 wird am %3 nach %2 ausgerollt, innerhalb der Änderungssperre %4.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Overridden; nothing to do.</source>
        <translation>Übersteuert; nichts zu tun.</translation>
    </message>
    <message>
        <source>an authorised emergency deployment</source>
        <translation>ein autorisiertes Notfall-Deployment</translation>
    </message>
    <message>
        <source>Authorised emergency; nothing to do.</source>
        <translation>Genehmigter Notfall; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1, or have the %2 override the freeze with a reason.</source>
        <translation>%1, oder lassen Sie die Rolle %2 die Änderungssperre mit Begründung übersteuern.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) and %4 (%5 to %6) both deploy to %7.</source>
        <translation>%1 (%2 bis %3) und %4 (%5 bis %6) werden beide nach %7 ausgerollt.</translation>
    </message>
    <message>
        <source>Move %1 to start at %2 or later, or %3 to end by %4.</source>
        <translation>Verschieben Sie %1 so, dass es am %2 oder später beginnt, oder %3 so, dass es bis %4 endet.</translation>
    </message>
    <message>
        <source>%1 deploys to %2 at %3, but its %4 %5 needs %6 %7, which only %8 brings there at %9: until then %2 would be incompatible.</source>
        <translation>%1 wird am %3 nach %2 ausgerollt, aber seine Komponente %4 %5 benötigt %6 %7, das erst %8 am %9 dorthin bringt: Bis dahin wäre %2 inkompatibel.</translation>
    </message>
    <message>
        <source>Deploy %1 after %2 (from %3), or %2 before %1.</source>
        <translation>Rollen Sie %1 nach %2 aus (ab %3), oder %2 vor %1.</translation>
    </message>
    <message>
        <source>Let the emergency %1 go first, then deploy the rest of %2 rebuilt on top of it. %3.</source>
        <translation>Den Notfall %1 zuerst ausrollen, dann den Rest von %2 darauf neu gebaut ausrollen. %3.</translation>
    </message>
    <message>
        <source>Deploy %1 after %2 has finished, built and tested on top of it. %3.</source>
        <translation>%1 nach Abschluss von %2 ausrollen, darauf gebaut und getestet. %3.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Move %1 into the maintenance window “%2” at %3</source>
        <translation>%1 in das Wartungsfenster „%2“ am %3 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later</source>
        <translation>%1 auf %2 oder später verschieben</translation>
    </message>
    <message>
        <source>The deployments of %1 (%2 to %3) overlap those of %4 (%5 to %6).</source>
        <translation>Die Deployments von %1 (%2 bis %3) überschneiden sich mit denen von %4 (%5 bis %6).</translation>
    </message>
    <message>
        <source>Both change %1.</source>
        <translation>Beide ändern %1.</translation>
    </message>
    <message>
        <source>Components they change depend on each other: %1.</source>
        <translation>Komponenten, die sie ändern, hängen voneinander ab: %1.</translation>
    </message>
</context>
<context>
    <name>relm::ServerAddress</name>
    <message>
        <source>it names no host</source>
        <translation>sie nennt keinen Host</translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation>sie nennt nach dem Host keine Datenbank</translation>
    </message>
    <message>
        <source>it names no user before the host (USER@HOST)</source>
        <translation>sie nennt vor dem Host keinen Benutzer (BENUTZER@HOST)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>Relm does not know the setting “%1” (it knows sslmode and sslrootcert)</source>
        <translation>Relm kennt die Einstellung „%1“ nicht (es kennt sslmode und sslrootcert)</translation>
    </message>
    <message>
        <source>it must start with postgresql:// (or postgres://)</source>
        <translation>sie muss mit postgresql:// (oder postgres://) beginnen</translation>
    </message>
    <message>
        <source>the port must be a number between 1 and 65535</source>
        <translation>der Port muss eine Zahl zwischen 1 und 65535 sein</translation>
    </message>
    <message>
        <source>it is not written as an address</source>
        <translation>sie ist nicht als Adresse geschrieben</translation>
    </message>
</context>
<context>
    <name>relm::ServerChangeFeed</name>
    <message>
        <source>other people&apos;s changes do not arrive by themselves (a connection pooler in transaction mode drops them; connect to the server itself for live refresh)</source>
        <translation>Änderungen anderer kommen nicht von selbst an (ein Verbindungspooler im Transaktionsmodus verwirft sie; verbinden Sie sich für die Live-Aktualisierung direkt mit dem Server)</translation>
    </message>
    <message>
        <source>no live refresh: %1</source>
        <translation>keine Live-Aktualisierung: %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>reconnecting to the server…</source>
        <translation>Verbindung zum Server wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>relm::ServerSetup</name>
    <message>
        <source>Only a database on a server has roles to set up.</source>
        <translation>Nur eine Datenbank auf einem Server hat Rollen, die sich einrichten lassen.</translation>
    </message>
    <message>
        <source>“%1” is not a login name Relm admits: use letters, digits, _ . @ and -.</source>
        <translation>„%1“ ist kein Anmeldename, den Relm zulässt: verwenden Sie Buchstaben, Ziffern, _ . @ und -.</translation>
    </message>
    <message>
        <source>The server has no login “%1”. Create it first, e.g. in psql: CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>Der Server hat keine Anmeldung „%1“. Legen Sie sie zuerst an, z. B. in psql: CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
</context>
<context>
    <name>relm::ServerSignIn</name>
    <message>
        <source>Sign In to the Server</source>
        <translation>Am Server anmelden</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Passwort von %2 auf %3:</translation>
    </message>
</context>
<context>
    <name>relm::SetEnvironmentInventory</name>
    <message>
        <source>Set what %1 runs</source>
        <translation>Festlegen, was in %1 läuft</translation>
    </message>
    <message>
        <source>What %1 runs changed since (another deployment or edit); putting back what it ran before would overwrite that, so nothing was changed.</source>
        <translation>Was in %1 läuft, hat sich inzwischen geändert (durch ein anderes Deployment oder eine Bearbeitung); den vorherigen Stand wiederherzustellen, würde das überschreiben. Daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>relm::SetSigningKey</name>
    <message>
        <source>Set signing passphrase</source>
        <translation>Unterschrifts-Passphrase festlegen</translation>
    </message>
    <message>
        <source>Only the person themselves can set their signing passphrase.</source>
        <translation>Nur die Person selbst kann ihre Unterschrifts-Passphrase festlegen.</translation>
    </message>
    <message>
        <source>New signing key for %1 (fingerprint %2)</source>
        <translation>Neuer Unterschriftsschlüssel für %1 (Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>Undo: new signing key for %1</source>
        <translation>Rückgängig: neuer Unterschriftsschlüssel für %1</translation>
    </message>
</context>
<context>
    <name>relm::SettleRunbookStep</name>
    <message>
        <source>Check off runbook step %1</source>
        <translation>Runbook-Schritt %1 abhaken</translation>
    </message>
    <message>
        <source>Skip runbook step %1</source>
        <translation>Runbook-Schritt %1 überspringen</translation>
    </message>
    <message>
        <source>Reopen runbook step %1</source>
        <translation>Runbook-Schritt %1 wieder öffnen</translation>
    </message>
    <message>
        <source>“%1” is not checked off.</source>
        <translation>„%1“ ist nicht abgehakt.</translation>
    </message>
    <message>
        <source>Deployment #%1 was recorded as succeeded with “%2” settled; it stays so.</source>
        <translation>Deployment #%1 wurde als erfolgreich erfasst, als „%2“ erledigt war; dabei bleibt es.</translation>
    </message>
    <message>
        <source>“%1” was already %2 by %3 at %4 UTC.</source>
        <translation>„%1“ wurde bereits von %3 um %4 UTC %2.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>checked off</source>
        <translation>abgehakt</translation>
    </message>
    <message>
        <source>Skipping a step needs the reason it was not run.</source>
        <translation>Zum Überspringen eines Schritts ist eine Begründung nötig, warum er nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Runbook step “%1”</source>
        <translation>Runbook-Schritt „%1“</translation>
    </message>
</context>
<context>
    <name>relm::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>Menübefehle</translation>
    </message>
    <message>
        <source>Next or previous open tab</source>
        <translation>Nächster oder vorheriger offener Tab</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>A release&apos;s pages: Overview, Package, Changes, Schedule, Risks, Sign-off, Builds, Deployments</source>
        <translation>Die Seiten eines Release: Übersicht, Paket, Änderungen, Zeitplan, Risiken, Abnahme, Builds, Deployments</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+8</source>
        <translation>Alt+1 … Alt+8</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Umschalt+F6</translation>
    </message>
    <message>
        <source>The button or field whose letter is underlined</source>
        <translation>Die Schaltfläche oder das Feld mit dem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <source>Open the selected release, or edit the selected row</source>
        <translation>Das ausgewählte Release öffnen oder die ausgewählte Zeile bearbeiten</translation>
    </message>
    <message>
        <source>Context menu of the selected row (add to a release, move, remove, open)</source>
        <translation>Kontextmenü der ausgewählten Zeile (einem Release hinzufügen, verschieben, entfernen, öffnen)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <source>Remove or delete the selected row</source>
        <translation>Die ausgewählte Zeile entfernen oder löschen</translation>
    </message>
    <message>
        <source>Commit an edit in a table cell, or leave it unchanged</source>
        <translation>Eine Änderung in einer Tabellenzelle übernehmen oder verwerfen</translation>
    </message>
    <message>
        <source>Gantt chart: zoom in or out</source>
        <translation>Gantt-Diagramm: vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>In the window&apos;s panels and pages</source>
        <translation>In den Bereichen und Seiten des Fensters</translation>
    </message>
    <message>
        <source>Component Catalogue: add the selected rows to a release or package</source>
        <translation>Komponentenkatalog: die ausgewählten Zeilen einem Release oder Paket hinzufügen</translation>
    </message>
    <message>
        <source>Schedule: add a task, or a milestone</source>
        <translation>Zeitplan: einen Vorgang oder einen Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Schedule: choose the predecessors of the selected task (link tasks)</source>
        <translation>Zeitplan: Vorgänger des ausgewählten Vorgangs wählen (Vorgänge verknüpfen)</translation>
    </message>
    <message>
        <source>Next or previous panel (Portfolio, tabs, Component Catalogue, Findings, the person you act as)</source>
        <translation>Nächster oder vorheriger Bereich (Portfolio, Registerkarten, Komponentenkatalog, Befunde, die Person, als die Sie handeln)</translation>
    </message>
</context>
<context>
    <name>relm::SignOff</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Void: content changed after signing</source>
        <translation>Hinfällig: Inhalt nach dem Unterschreiben geändert</translation>
    </message>
    <message>
        <source>Invalid: the signature does not match this record</source>
        <translation>Ungültig: Die Unterschrift passt nicht zu diesem Datensatz</translation>
    </message>
</context>
<context>
    <name>relm::SignOffChange</name>
    <message>
        <source>Sign off as %1 (%2)</source>
        <translation>Abnahme als %1 (%2)</translation>
    </message>
    <message>
        <source>Sign with your own current key.</source>
        <translation>Unterschreiben Sie mit Ihrem eigenen aktuellen Schlüssel.</translation>
    </message>
    <message>
        <source>Criterion #%1 is not part of %2.</source>
        <translation>Kriterium #%1 gehört nicht zu %2.</translation>
    </message>
    <message>
        <source>criterion #%1 of %2</source>
        <translation>Kriterium #%1 von %2</translation>
    </message>
    <message>
        <source>%1 signed %2 as %3: %4</source>
        <translation>%1 hat %2 als %3 unterschrieben: %4</translation>
    </message>
    <message>
        <source>A signature cannot be undone; sign again to supersede it.</source>
        <translation>Eine Unterschrift lässt sich nicht rückgängig machen; unterschreiben Sie erneut, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>relm::SignOffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Required when you reject</source>
        <translation>Erforderlich, wenn Sie ablehnen</translation>
    </message>
    <message>
        <source>Signing passphrase</source>
        <translation>Unterschrifts-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>Criterion #%1 of %2: “%3”, with its evidence</source>
        <translation>Kriterium #%1 von %2: „%3“ mit seinem Nachweis</translation>
    </message>
    <message>
        <source>Release %1 as a whole: its plan, package contents, baseline and all its acceptance criteria</source>
        <translation>Release %1 als Ganzes: Plan, Paketinhalt, Baseline und alle Abnahmekriterien</translation>
    </message>
    <message>
        <source>%1 (%2), key %3</source>
        <translation>%1 (%2), Schlüssel %3</translation>
    </message>
    <message>
        <source>%1 (%2) has no signing key: set a passphrase first (Release ▸ Set Signing Passphrase…).</source>
        <translation>%1 (%2) hat keinen Unterschriftsschlüssel: Legen Sie zuerst eine Passphrase fest (Release ▸ Unterschrifts-Passphrase festlegen…).</translation>
    </message>
    <message>
        <source>You sign:</source>
        <translation>Sie unterschreiben:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Printed name:</source>
        <translation>Name in Druckschrift:</translation>
    </message>
    <message>
        <source>In the &amp;role:</source>
        <translation>In der &amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The signature also records the date and time (UTC) and the audit trail&apos;s current head. Any later change to what you sign voids it visibly.</source>
        <translation>Die Unterschrift erfasst außerdem Datum und Uhrzeit (UTC) sowie den aktuellen Kopfeintrag des Prüfpfads. Jede spätere Änderung an dem, was Sie unterschreiben, macht sie sichtbar ungültig.</translation>
    </message>
    <message>
        <source>You have no signing key yet.</source>
        <translation>Sie haben noch keinen Unterschriftsschlüssel.</translation>
    </message>
    <message>
        <source>You hold no role, so you cannot sign.</source>
        <translation>Sie haben keine Rolle und können daher nicht unterschreiben.</translation>
    </message>
    <message>
        <source>Signing accepts criterion #%1: its status becomes Met, and your signature covers it as met.</source>
        <translation>Mit der Unterschrift nehmen Sie Kriterium #%1 ab: Sein Status wird „Erfüllt“, und Ihre Unterschrift bestätigt es als erfüllt.</translation>
    </message>
</context>
<context>
    <name>relm::SignOffModel</name>
    <message>
        <source>The release</source>
        <translation>Das Release</translation>
    </message>
    <message>
        <source>Criterion #%1: %2</source>
        <translation>Kriterium #%1: %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Content SHA-256 %1
Audit chain head %2</source>
        <translation>Inhalt SHA-256 %1
Kopfeintrag des Prüfpfads %2</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>relm::SignOffPage</name>
    <message>
        <source>Acceptance criteria</source>
        <translation>Abnahmekriterien</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>&amp;Add Criterion…</source>
        <translation>Kriterium hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Gate to the next status</source>
        <translation>Schranke zum nächsten Status</translation>
    </message>
    <message>
        <source>%1 is %2: there is no further gate.</source>
        <translation>%1 hat den Status %2: Es gibt keine weitere Schranke.</translation>
    </message>
    <message>
        <source>Select a criterion first.</source>
        <translation>Wählen Sie zuerst ein Kriterium aus.</translation>
    </message>
    <message>
        <source>Signed as %1: %2.</source>
        <translation>Als %1 unterschrieben: %2.</translation>
    </message>
    <message>
        <source>Edit release policies</source>
        <translation>Release-Richtlinien bearbeiten</translation>
    </message>
    <message>
        <source>Accept &amp;&amp; Sig&amp;n Criterion…</source>
        <translation>Kriterium abnehmen &amp;&amp; &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>S&amp;ign Release…</source>
        <translation>Release unter&amp;schreiben…</translation>
    </message>
    <message>
        <source>P&amp;olicies…</source>
        <translation>R&amp;ichtlinien…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
</context>
<context>
    <name>relm::SignOffStore</name>
    <message>
        <source>Signing key #%1</source>
        <translation>Unterschriftsschlüssel #%1</translation>
    </message>
</context>
<context>
    <name>relm::SignOffVerifier</name>
    <message>
        <source>Its role or meaning is not one Relm writes: the record was altered.</source>
        <translation>Rolle oder Bedeutung entspricht keiner, die Relm schreibt: Der Datensatz wurde verändert.</translation>
    </message>
    <message>
        <source>The signing key it names is not %1&apos;s.</source>
        <translation>Der angegebene Unterschriftsschlüssel gehört nicht zu %1.</translation>
    </message>
    <message>
        <source>The signature does not match the record: it was altered or copied from elsewhere.</source>
        <translation>Die Unterschrift passt nicht zum Datensatz: Er wurde verändert oder von anderswo kopiert.</translation>
    </message>
    <message>
        <source>The audit trail it was signed against no longer contains the entry it names.</source>
        <translation>Der Prüfpfad, auf den sich die Unterschrift bezieht, enthält den angegebenen Eintrag nicht mehr.</translation>
    </message>
    <message>
        <source>The criterion it signed was removed.</source>
        <translation>Das unterschriebene Kriterium wurde entfernt.</translation>
    </message>
    <message>
        <source>The criterion or its evidence changed after signing.</source>
        <translation>Das Kriterium oder sein Nachweis hat sich nach dem Unterschreiben geändert.</translation>
    </message>
    <message>
        <source>The release, its contents or its criteria changed after signing.</source>
        <translation>Das Release, sein Inhalt oder seine Kriterien haben sich nach dem Unterschreiben geändert.</translation>
    </message>
</context>
<context>
    <name>relm::SpdxParse</name>
    <message>
        <source>is missing: this is not an SPDX document in JSON. For a CycloneDX bill of materials use the CycloneDX import.</source>
        <translation>fehlt: das ist kein SPDX-Dokument in JSON. Für eine CycloneDX-Stückliste verwenden Sie den CycloneDX-Import.</translation>
    </message>
    <message>
        <source>is “%1”; Relm reads SPDX-2.2 and SPDX-2.3 documents in JSON. Produce the document in one of these versions.</source>
        <translation>ist „%1“; Relm liest SPDX-2.2- und SPDX-2.3-Dokumente in JSON. Erzeugen Sie das Dokument in einer dieser Versionen.</translation>
    </message>
    <message>
        <source>“%1” is also the SPDXID of %2; each must be unique.</source>
        <translation>„%1“ ist auch die SPDXID von %2; jede muss eindeutig sein.</translation>
    </message>
    <message>
        <source>%1 (%2): no version, so it cannot go into a package</source>
        <translation>%1 (%2): keine Version, kann daher in kein Paket</translation>
    </message>
    <message>
        <source>gives a second, different SHA256; a package has one.</source>
        <translation>gibt einen zweiten, anderen SHA256; ein Paket hat einen.</translation>
    </message>
    <message>
        <source>no package, file or snippet has the SPDXID “%1”; add it or remove the relationship.</source>
        <translation>kein Paket, keine Datei und kein Ausschnitt hat die SPDXID „%1“; fügen Sie es hinzu oder entfernen Sie die Beziehung.</translation>
    </message>
</context>
<context>
    <name>relm::SqliteFileProbe</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>die Schemaversion fehlt</translation>
    </message>
</context>
<context>
    <name>relm::StartPage</name>
    <message>
        <source>&amp;Open Release</source>
        <translation>Release &amp;öffnen</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Relm – release and deployment planning</source>
        <translation>Relm – Release- und Deployment-Planung</translation>
    </message>
    <message>
        <source>Design each release from the component catalogue, schedule it on a Gantt chart with its freeze windows, keep its risks, have independent people sign its acceptance criteria, record its builds and deployments, and export release notes. Every change is kept in an audit trail that nobody can rewrite unnoticed.</source>
        <translation>Stellen Sie jedes Release aus dem Komponentenkatalog zusammen, planen Sie es im Gantt-Diagramm mit seinen Sperrfenstern, führen Sie seine Risiken, lassen Sie seine Abnahmekriterien von unabhängigen Personen unterschreiben, erfassen Sie Builds und Deployments und exportieren Sie Release Notes. Jede Änderung steht in einem Prüfpfad, den niemand unbemerkt umschreiben kann.</translation>
    </message>
    <message>
        <source>Releases to open</source>
        <translation>Releases zum Öffnen</translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>Plan &amp;importieren…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Everything works from the keyboard: Ctrl+Tab goes round the open tabs, Alt+1 to Alt+8 reach a release&apos;s pages, F6 moves between the panels, and %1 lists every shortcut.</source>
        <translation>Alles geht mit der Tastatur: Strg+Tab wechselt zwischen den offenen Tabs, Alt+1 bis Alt+8 erreichen die Seiten eines Release, F6 springt zwischen den Bereichen, und %1 listet alle Tastenkürzel.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>No database is open: open one (Ctrl+O), create one (Ctrl+Shift+N) or connect to a server (Ctrl+Shift+O).</source>
        <translation>Keine Datenbank ist geöffnet: Öffnen Sie eine (Strg+O), legen Sie eine an (Strg+Umschalt+N) oder verbinden Sie sich mit einem Server (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>You act as nobody yet: choose yourself in the status bar.</source>
        <translation>Sie handeln noch als niemand: Wählen Sie sich in der Statusleiste aus.</translation>
    </message>
    <message>
        <source>You act as &lt;b&gt;%1&lt;/b&gt;, with the roles: %2. The audit trail records you for every change; choose another person in the status bar.</source>
        <translation>Sie handeln als &lt;b&gt;%1&lt;/b&gt;, mit den Rollen: %2. Der Prüfpfad verzeichnet Sie bei jeder Änderung; eine andere Person wählen Sie in der Statusleiste.</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <source>no planned end</source>
        <translation>kein geplantes Ende</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Releases in this &amp;database:</source>
        <translation>Releases in dieser Datenban&amp;k:</translation>
    </message>
</context>
<context>
    <name>relm::Store</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
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
        <translation>Führt ein Deployment durch (Sperrfenster gelten)</translation>
    </message>
    <message>
        <source>Authorised emergency: may deploy in a freeze</source>
        <translation>Autorisierter Notfall: darf während einer Änderungssperre ausrollen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The release&apos;s calendar</source>
        <translation>Kalender des Releases</translation>
    </message>
    <message>
        <source>as likely</source>
        <translation>wie wahrscheinlichste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Duration (most likely):</source>
        <translation>&amp;Dauer (wahrscheinlichste):</translation>
    </message>
    <message>
        <source>&amp;Optimistic:</source>
        <translation>&amp;Optimistisch:</translation>
    </message>
    <message>
        <source>&amp;Pessimistic:</source>
        <translation>&amp;Pessimistisch:</translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation>&amp;Fortschritt:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Date constraint</source>
        <translation>Terminbedingung</translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation>Datum der Terminbedingung</translation>
    </message>
    <message>
        <source>Cons&amp;traint:</source>
        <translation>&amp;Terminbedingung:</translation>
    </message>
</context>
<context>
    <name>relm::TrailVerification</name>
    <message>
        <source>Sign-off #%1 by %2 (%3) does not verify: %4</source>
        <translation>Abnahme #%1 von %2 (%3) lässt sich nicht verifizieren: %4</translation>
    </message>
</context>
<context>
    <name>relm::UndoController</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Kept %1 as the other person saved it; your change was not written.</source>
        <translation>%1 bleibt, wie die andere Person es gespeichert hat; Ihre Änderung wurde nicht geschrieben.</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
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
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>relm::VersionDialog</name>
    <message>
        <source>Compute from &amp;File…</source>
        <translation>Aus &amp;Datei berechnen…</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
    <message>
        <source>e.g. 2.4.0 or 3.0.0-rc.1</source>
        <translation>z. B. 2.4.0 oder 3.0.0-rc.1</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, or compute it from the artefact</source>
        <translation>64 Hexadezimalziffern, oder aus dem Artefakt berechnen</translation>
    </message>
    <message>
        <source>repository tag, supplier reference</source>
        <translation>Repository-Tag, Lieferantenreferenz</translation>
    </message>
    <message>
        <source>One per line, e.g.
requires auth-service &gt;=2.3 &lt;3
conflicts payments-gateway &lt;7.5</source>
        <translation>Eine pro Zeile, z. B.
requires auth-service &gt;=2.3 &lt;3
conflicts payments-gateway &lt;7.5</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Requirements and conflicts</source>
        <translation>Voraussetzungen und Konflikte</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Requires / conflicts:</source>
        <translation>&amp;Benötigt / Konflikte:</translation>
    </message>
    <message>
        <source>Ranges: &gt;=2.3 &lt;3 (all must hold), =2.3.1, !=2.4.0, * (any), || between alternatives. A pre-release matches only a range that names one.</source>
        <translation>Bereiche: &gt;=2.3 &lt;3 (alle müssen gelten), =2.3.1, !=2.4.0, * (beliebig), || zwischen Alternativen. Eine Vorabversion passt nur zu einem Bereich, der selbst eine Vorabversion nennt.</translation>
    </message>
    <message>
        <source>Choose the Artefact to Fingerprint</source>
        <translation>Artefakt für den Fingerabdruck auswählen</translation>
    </message>
    <message>
        <source>“%1”: write “requires COMPONENT RANGE” or “conflicts COMPONENT RANGE”.</source>
        <translation>„%1“: Schreiben Sie „requires KOMPONENTE BEREICH“ oder „conflicts KOMPONENTE BEREICH“.</translation>
    </message>
</context>
<context>
    <name>relm::VersionRange</name>
    <message>
        <source>A version range is empty; use e.g. “&gt;=2.3 &lt;3” or “*”.</source>
        <translation>Ein Versionsbereich ist leer; verwenden Sie z. B. „&gt;=2.3 &lt;3“ oder „*“.</translation>
    </message>
    <message>
        <source>“%1” in the range “%2” is not a comparison; write e.g. &gt;=2.3, &lt;3, =2.3.1 or *.</source>
        <translation>„%1“ im Bereich „%2“ ist kein Vergleich; schreiben Sie z. B. &gt;=2.3, &lt;3, =2.3.1 oder *.</translation>
    </message>
    <message>
        <source>The range “%1” has an empty alternative around “||”.</source>
        <translation>Der Bereich „%1“ enthält eine leere Alternative bei „||“.</translation>
    </message>
</context>
<context>
    <name>relm::Vocabulary</name>
    <message>
        <source>Major</source>
        <translation>Hauptversion</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Nebenversion</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Korrektur</translation>
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
        <translation>Wartet auf Abnahme</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
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
        <translation>Stichtagsumstellung</translation>
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
        <translation>Vorproduktion</translation>
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
        <translation>Änderungsausschuss</translation>
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
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Betrieblich</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Training and handover</source>
        <translation>Schulung und Übergabe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Mit Ausnahme</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partially deployed</source>
        <translation>Teilweise ausgerollt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Change freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>environment name (its kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>relm::WaiveFinding</name>
    <message>
        <source>Waive a package finding</source>
        <translation>Ausnahme für einen Paketbefund erteilen</translation>
    </message>
    <message>
        <source>%1 waived “%2”: %3</source>
        <translation>%1 hat für „%2“ eine Ausnahme erteilt: %3</translation>
    </message>
    <message>
        <source>Undo: waiver of “%1”</source>
        <translation>Rückgängig: Ausnahme für „%1“</translation>
    </message>
</context>
<context>
    <name>relm::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <source>Seven days by the hour with their deployments, meetings and windows. Arrow keys select a day and a 30-minute slot, Tab the day&apos;s events, Alt+arrow keys move a planned deployment by a day or 30 minutes.</source>
        <translation>Sieben Tage nach Stunden mit ihren Deployments, Sitzungen und Fenstern. Die Pfeiltasten wählen einen Tag und einen 30-Minuten-Abschnitt, die Tabulatortaste die Termine des Tages; Alt+Pfeiltasten verschieben ein geplantes Deployment um einen Tag oder 30 Minuten.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>⚠ conflict</source>
        <translation>⚠ Terminkonflikt</translation>
    </message>
</context>
<context>
    <name>relm::WindowDialog</name>
    <message>
        <source>Window “%1”</source>
        <translation>Fenster „%1“</translation>
    </message>
    <message>
        <source>New Freeze or Maintenance Window</source>
        <translation>Neues Sperr- oder Wartungsfenster</translation>
    </message>
    <message>
        <source>e.g. Month-end freeze</source>
        <translation>z. B. Änderungssperre zum Monatsabschluss</translation>
    </message>
    <message>
        <source>Why changes stop, or what the window is for</source>
        <translation>Warum Änderungen ruhen oder wofür das Fenster dient</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Overriding role:</source>
        <translation>Rolle zum &amp;Übersteuern:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation>Nächste Vorkommen</translation>
    </message>
    <message>
        <source>%1 is not a day this window repeats on (%2).</source>
        <translation>%1 ist kein Tag, an dem sich dieses Fenster wiederholt (%2).</translation>
    </message>
    <message>
        <source>Start on %1</source>
        <translation>Am %1 beginnen</translation>
    </message>
    <message>
        <source>Choose a time zone this computer knows, such as Europe/Berlin or UTC.</source>
        <translation>Wählen Sie eine Zeitzone, die dieser Computer kennt, etwa Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>The window needs to end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>No occurrence after today.</source>
        <translation>Kein Vorkommen nach dem heutigen Tag.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>Ihre Ortszeit (%1)</translation>
    </message>
    <message>
        <source>Who may let a deployment run in the freeze, and who may lift, shorten or remove it. Until it begins, and while nobody else has changed it, whoever made it may still take it back.</source>
        <translation>Wer ein Deployment in der Änderungssperre zulassen und sie aufheben, verkürzen oder entfernen darf. Bis sie beginnt und solange niemand sonst sie geändert hat, kann sie ihr Urheber noch zurücknehmen.</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>En&amp;ds:</source>
        <translation>&amp;Ende:</translation>
    </message>
</context>
<context>
    <name>relm::WindowsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Freeze and Maintenance Windows</source>
        <translation>Sperr- und Wartungsfenster</translation>
    </message>
    <message>
        <source>Freeze and maintenance windows</source>
        <translation>Sperr- und Wartungsfenster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Overriding role</source>
        <translation>Rolle zum Übersteuern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>environment #%1</source>
        <translation>Umgebung #%1</translation>
    </message>
    <message>
        <source>component #%1</source>
        <translation>Komponente #%1</translation>
    </message>
    <message>
        <source>No windows yet: add a freeze (no changes) or a maintenance window with New.</source>
        <translation>Noch keine Fenster: Legen Sie mit „Neu“ ein Sperrfenster (keine Änderungen) oder ein Wartungsfenster an.</translation>
    </message>
    <message>
        <source>First time (wall clock)</source>
        <translation>Erstes Mal (Ortszeit)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>relm::WithdrawOverride</name>
    <message>
        <source>Withdraw a freeze override</source>
        <translation>Übersteuerung einer Änderungssperre zurückziehen</translation>
    </message>
    <message>
        <source>Withdrew the freeze override for deployment #%1</source>
        <translation>Übersteuerung der Änderungssperre für Deployment #%1 zurückgezogen</translation>
    </message>
    <message>
        <source>Undo: withdrawal; %1 let deployment #%2 run in a freeze again: %3</source>
        <translation>Rückgängig: Zurückziehen; %1 hat Deployment #%2 wieder während einer Änderungssperre zugelassen: %3</translation>
    </message>
</context>
<context>
    <name>relm::WithdrawWaiver</name>
    <message>
        <source>Withdraw the waiver of a package finding</source>
        <translation>Ausnahme für einen Paketbefund zurückziehen</translation>
    </message>
    <message>
        <source>%1 withdrew the waiver of “%2”</source>
        <translation>%1 hat die Ausnahme für „%2“ zurückgezogen</translation>
    </message>
    <message>
        <source>Undo: withdraw the waiver of “%1”</source>
        <translation>Rückgängig: Ausnahme für „%1“ zurückziehen</translation>
    </message>
</context>
<context>
    <name>relm::WorkDays</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>relm::Workspace</name>
    <message>
        <source>This database has nobody to act as.</source>
        <translation>In dieser Datenbank gibt es niemanden, als den Sie handeln können.</translation>
    </message>
    <message>
        <source>Relm setup</source>
        <translation>Relm-Einrichtung</translation>
    </message>
    <message>
        <source>Choose who you are before changing anything: in the window, with the person box in the status bar; with relm-cli, with --as LOGIN or RELM_USER (“relm-cli person list” shows who is in this database).</source>
        <translation>Wählen Sie, wer Sie sind, bevor Sie etwas ändern: im Fenster mit der Personenauswahl in der Statusleiste, in relm-cli mit --as LOGIN oder RELM_USER („relm-cli person list“ zeigt, wer in dieser Datenbank ist).</translation>
    </message>
    <message>
        <source>On %1 you act as your own database login, “%2”: to act as “%3”, sign in to the server as them.</source>
        <translation>Auf %1 handeln Sie als Ihre eigene Datenbankanmeldung „%2“: um als „%3“ zu handeln, melden Sie sich als diese Person am Server an.</translation>
    </message>
    <message>
        <source>Nobody with the login “%1” is in this database. Act as someone it lists (“relm-cli person list”, or the person box in the window).</source>
        <translation>Niemand mit dem Login „%1“ ist in dieser Datenbank. Handeln Sie als eine der dort aufgeführten Personen („relm-cli person list“ oder das Personenfeld im Fenster).</translation>
    </message>
</context>
<context>
    <name>relm::backup_actions</name>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Relm backup (*.json)</source>
        <translation>Relm-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Backed up %1 rows, the audit trail and the signatures to %2.</source>
        <translation>%1 Zeilen, den Prüfpfad und die Unterschriften nach %2 gesichert.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore into New Database</source>
        <translation>In neue Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>Relm database (*.db)</source>
        <translation>Relm-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 rows; the audit trail and %4 verify.</source>
        <translation>%1 nach %2 wiederhergestellt: %3 Zeilen; der Prüfpfad und %4 sind bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n Unterschrift</numerusform>
            <numerusform>%n Unterschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>relm::calendar_style</name>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>FREEZE</source>
        <translation>SPERRE</translation>
    </message>
    <message>
        <source>MAINT.</source>
        <translation>WART.</translation>
    </message>
    <message>
        <source>CAB</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Drag it, or press Alt+arrow keys, to move it.</source>
        <translation>Zum Verschieben ziehen oder Alt+Pfeiltasten drücken.</translation>
    </message>
    <message>
        <source>⚠ Conflicts:</source>
        <translation>⚠ Terminkonflikte:</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Deployment #%1 (the number relm-cli takes)</source>
        <translation>Deployment #%1 (die Nummer für relm-cli)</translation>
    </message>
    <message>
        <source>Overridden:</source>
        <translation>Übersteuert:</translation>
    </message>
    <message>
        <source>Nothing planned in this period.</source>
        <translation>In diesem Zeitraum ist nichts geplant.</translation>
    </message>
    <message>
        <source>In view: %1.</source>
        <translation>Im Blick: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in conflict.</source>
        <translation>
            <numerusform>%n Termin in einem Terminkonflikt.</numerusform>
            <numerusform>%n Termine in Terminkonflikten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::cli</name>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 gibt es bereits; es bleibt unverändert.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ausgemustert)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>release show needs a release name.</source>
        <translation>release show erwartet einen Release-Namen.</translation>
    </message>
    <message>
        <source>Package </source>
        <translation>Paket </translation>
    </message>
    <message>
        <source>Delivers </source>
        <translation>Liefert </translation>
    </message>
    <message>
        <source>release create needs a release name.</source>
        <translation>release create erwartet einen Release-Namen.</translation>
    </message>
    <message>
        <source>release create needs --type (%1).</source>
        <translation>release create erwartet --type (%1).</translation>
    </message>
    <message>
        <source>Unknown release type “%1”; use one of %2.</source>
        <translation>Unbekannter Release-Typ „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--start</source>
        <translation>--start</translation>
    </message>
    <message>
        <source>--end</source>
        <translation>--end</translation>
    </message>
    <message>
        <source>Created release %1.</source>
        <translation>Release %1 angelegt.</translation>
    </message>
    <message>
        <source>release set-status needs a release name and a status.</source>
        <translation>release set-status erwartet einen Release-Namen und einen Status.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of %2.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Upgraded %1; a backup of the old version is at %2</source>
        <translation>%1 wurde aktualisiert; eine Sicherung der alten Version liegt unter %2</translation>
    </message>
    <message>
        <source>Run “relm-cli --help” for the commands.</source>
        <translation>Mit „relm-cli --help“ erhalten Sie eine Übersicht der Befehle.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with “relm-cli --db %1 init --demo” (or without --demo for an empty one).</source>
        <translation>%1 existiert nicht. Legen Sie die Datenbank mit „relm-cli --db %1 init --demo“ an (oder ohne --demo für eine leere Datenbank).</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>build record needs a release name and --number N.</source>
        <translation>build record erwartet einen Release-Namen und --number N.</translation>
    </message>
    <message>
        <source>--number takes a whole number from 1, not “%1”.</source>
        <translation>--number erwartet eine ganze Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--outcome is succeeded, failed or partial.</source>
        <translation>--outcome erwartet succeeded, failed oder partial.</translation>
    </message>
    <message>
        <source>Recorded build %1 of %2 (%3 component versions).</source>
        <translation>Build %1 von %2 erfasst (%3 Komponentenversionen).</translation>
    </message>
    <message>
        <source>build notes needs a release name and --number N.</source>
        <translation>build notes erwartet einen Release-Namen und --number N.</translation>
    </message>
    <message>
        <source>%1 has no build %2.</source>
        <translation>%1 hat keinen Build %2.</translation>
    </message>
    <message>
        <source>Build %1 of %2, %3 by %4: %5</source>
        <translation>Build %1 von %2, %3 durch %4: %5</translation>
    </message>
    <message>
        <source>Compared with build %1:</source>
        <translation>Verglichen mit Build %1:</translation>
    </message>
    <message>
        <source>First build: everything is new.</source>
        <translation>Erster Build: Alles ist neu.</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
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
        <source>%1 (%2) runs:</source>
        <translation>Auf %1 (%2) läuft:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rollback target (before “%1”): the state of %2 (“%3”).</source>
        <translation>Rollback-Ziel (vor „%1“): der Stand von %2 („%3“).</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>taken away</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>Deploying %1 to %2 would change:</source>
        <translation>Ein Deployment von %1 auf %2 würde Folgendes ändern:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 and %2 run the same versions.</source>
        <translation>Auf %1 und %2 laufen dieselben Versionen.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>manuell gesetzt</translation>
    </message>
    <message>
        <source>%1 now runs %2 component versions.</source>
        <translation>Auf %1 laufen jetzt %2 Komponentenversionen.</translation>
    </message>
    <message>
        <source>package add needs RELEASE[/PACKAGE] and at least one COMPONENT[@VERSION].</source>
        <translation>package add erwartet RELEASE[/PACKAGE] und mindestens eine COMPONENT[@VERSION].</translation>
    </message>
    <message>
        <source>Nothing to add: %1 already holds these versions.</source>
        <translation>Nichts hinzuzufügen: %1 enthält diese Versionen bereits.</translation>
    </message>
    <message>
        <source>package remove needs RELEASE[/PACKAGE] and at least one COMPONENT[@VERSION].</source>
        <translation>package remove erwartet RELEASE[/PACKAGE] und mindestens eine COMPONENT[@VERSION].</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist nicht in %2 enthalten.</translation>
    </message>
    <message>
        <source>package check needs a release name.</source>
        <translation>package check erwartet einen Release-Namen.</translation>
    </message>
    <message>
        <source>%1: no findings.</source>
        <translation>%1: keine Befunde.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>fix: </source>
        <translation>Behebung: </translation>
    </message>
    <message>
        <source>release freeze needs a release name.</source>
        <translation>release freeze erwartet einen Release-Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Froze %1: baseline %2 over %n component version(s).</source>
        <translation>
            <numerusform>%1 eingefroren: Baseline %2 über %n Komponentenversion.</numerusform>
            <numerusform>%1 eingefroren: Baseline %2 über %n Komponentenversionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: finishes %2</source>
        <translation>%1: Ende %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation>Spätestes Ende</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>%1 has no task named “%2”.</source>
        <translation>%1 hat keinen Vorgang namens „%2“.</translation>
    </message>
    <message>
        <source>--montecarlo takes a number of iterations, e.g. 2000.</source>
        <translation>--montecarlo erwartet eine Anzahl von Iterationen, z. B. 2000.</translation>
    </message>
    <message>
        <source>--target takes a date, e.g. 2027-01-15.</source>
        <translation>--target erwartet ein Datum, z. B. 2027-01-15.</translation>
    </message>
    <message>
        <source>%1, %2 iterations (seed %3):</source>
        <translation>%1, %2 Iterationen (Startwert %3):</translation>
    </message>
    <message>
        <source>  Probability of finishing by %1: %2%</source>
        <translation>  Wahrscheinlichkeit, bis %1 fertig zu werden: %2 %</translation>
    </message>
    <message>
        <source>schedule needs a release name, or --portfolio.</source>
        <translation>schedule erwartet einen Release-Namen oder --portfolio.</translation>
    </message>
    <message>
        <source>baseline save needs a release and a name.</source>
        <translation>baseline save erwartet ein Release und einen Namen.</translation>
    </message>
    <message>
        <source>Saved baseline “%1” of %2 (%3 tasks).</source>
        <translation>Baseline „%1“ von %2 gespeichert (%3 Vorgänge).</translation>
    </message>
    <message>
        <source>%1 has no baseline named “%2”.</source>
        <translation>%1 hat keine Baseline namens „%2“.</translation>
    </message>
    <message>
        <source>%1 against “%2”: the release finishes %3 later.</source>
        <translation>%1 gegenüber „%2“: Das Release endet %3 später.</translation>
    </message>
    <message>
        <source>Start slip</source>
        <translation>Verzug Beginn</translation>
    </message>
    <message>
        <source>Finish slip</source>
        <translation>Verzug Ende</translation>
    </message>
    <message>
        <source>No environment is booked twice at the same time.</source>
        <translation>Keine Umgebung ist zur gleichen Zeit doppelt belegt.</translation>
    </message>
    <message>
        <source>%1 is booked twice: “%2” (%3, %4 → %5) and “%6” (%7, %8 → %9).</source>
        <translation>%1 ist doppelt belegt: „%2“ (%3, %4 → %5) und „%6“ (%7, %8 → %9).</translation>
    </message>
    <message>
        <source>--duration takes working time such as 3d, 4h, 90m or 2w.</source>
        <translation>--duration erwartet Arbeitszeit wie 3d, 4h, 90m oder 2w.</translation>
    </message>
    <message>
        <source>--estimate takes OPTIMISTIC,PESSIMISTIC, e.g. 2d,5d (the duration is the most likely).</source>
        <translation>--estimate erwartet OPTIMISTIC,PESSIMISTIC, z. B. 2d,5d (die Dauer ist der wahrscheinlichste Wert).</translation>
    </message>
    <message>
        <source>--%1 takes a date or date-time, e.g. 2027-01-15 or 2027-01-15T13:00.</source>
        <translation>--%1 erwartet ein Datum oder Datum mit Uhrzeit, z. B. 2027-01-15 oder 2027-01-15T13:00.</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Vorgang %1 hinzufügen</translation>
    </message>
    <message>
        <source>Added task “%1” to %2.</source>
        <translation>Vorgang „%1“ zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>--type is FS, SS, FF or SF.</source>
        <translation>--type erwartet FS, SS, FF oder SF.</translation>
    </message>
    <message>
        <source>--lag takes working time (1d, -4h) or a percentage of the predecessor (50%).</source>
        <translation>--lag erwartet Arbeitszeit (1d, -4h) oder einen Prozentsatz des Vorgängers (50%).</translation>
    </message>
    <message>
        <source>Linked “%1” → “%2” (%3).</source>
        <translation>„%1“ → „%2“ verknüpft (%3).</translation>
    </message>
    <message>
        <source>Imported %1 tasks and %2 dependencies into %3.</source>
        <translation>%1 Vorgänge und %2 Abhängigkeiten in %3 importiert.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>calendar holiday takes a date, e.g. 2026-12-25.</source>
        <translation>calendar holiday erwartet ein Datum, z. B. 2026-12-25.</translation>
    </message>
    <message>
        <source>%1 is now a holiday in the calendar “%2”.</source>
        <translation>%1 ist jetzt ein Feiertag im Kalender „%2“.</translation>
    </message>
    <message>
        <source>%1 takes a number (see the list command).</source>
        <translation>%1 erwartet eine Nummer (siehe den Befehl list).</translation>
    </message>
    <message>
        <source>--%1 is one of: %2.</source>
        <translation>--%1 erwartet einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>criterion #%1</source>
        <translation>Kriterium #%1</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Added criterion #%1 (%2, accepted by %3).</source>
        <translation>Kriterium #%1 hinzugefügt (%2, abgenommen durch %3).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Abgenommen durch</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>criterion set</source>
        <translation>criterion set</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Updated criterion #%1 (%2).</source>
        <translation>Kriterium #%1 aktualisiert (%2).</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abnahmen</translation>
    </message>
    <message>
        <source>Required criteria</source>
        <translation>Erforderliche Kriterien</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>Frozen baseline</source>
        <translation>Eingefrorene Baseline</translation>
    </message>
    <message>
        <source>Emergency authoriser</source>
        <translation>Notfallgenehmigung durch</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>policy set takes a release type: %1.</source>
        <translation>policy set erwartet einen Release-Typ: %1.</translation>
    </message>
    <message>
        <source>--signoffs lists roles with an optional quorum, e.g. change_board:3,test_manager; roles: %1.</source>
        <translation>--signoffs listet Rollen mit optionalem Quorum auf, z. B. change_board:3,test_manager; Rollen: %1.</translation>
    </message>
    <message>
        <source>--categories lists criterion categories: %1.</source>
        <translation>--categories listet Kriterienkategorien auf: %1.</translation>
    </message>
    <message>
        <source>--lead-hours takes a whole number of hours.</source>
        <translation>--lead-hours erwartet eine ganze Zahl von Stunden.</translation>
    </message>
    <message>
        <source>--frozen-baseline is yes or no.</source>
        <translation>--frozen-baseline erwartet yes oder no.</translation>
    </message>
    <message>
        <source>--emergency-role is a role or none: %1.</source>
        <translation>--emergency-role erwartet eine Rolle oder none: %1.</translation>
    </message>
    <message>
        <source>Saved the policy for %1 releases.</source>
        <translation>Richtlinie für Releases vom Typ %1 gespeichert.</translation>
    </message>
    <message>
        <source>--to takes a status: %1.</source>
        <translation>--to erwartet einen Status: %1.</translation>
    </message>
    <message>
        <source>%1 is %2, a final status: there is no next gate.</source>
        <translation>%1 ist %2, ein Endstatus: Es gibt keine weitere Schranke.</translation>
    </message>
    <message>
        <source>Gate %1 → %2 for %3 (%4)</source>
        <translation>Schranke %1 → %2 für %3 (%4)</translation>
    </message>
    <message>
        <source>PASS: the release may move on.</source>
        <translation>BESTANDEN: Das Release darf weiter.</translation>
    </message>
    <message numerus="yes">
        <source>FAIL: %n check(s) missing.</source>
        <translation>
            <numerusform>FEHLGESCHLAGEN: %n Prüfung fehlt.</numerusform>
            <numerusform>FEHLGESCHLAGEN: %n Prüfungen fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can sign now. Key fingerprint: %2</source>
        <translation>%1 kann jetzt unterschreiben. Schlüssel-Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>signoff needs --role and --meaning.</source>
        <translation>signoff erwartet --role und --meaning.</translation>
    </message>
    <message>
        <source>--criterion takes the criterion&apos;s number (see criterion list).</source>
        <translation>--criterion erwartet die Nummer des Kriteriums (siehe criterion list).</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: run “relm-cli person set-passphrase %2” first.</source>
        <translation>%1 hat noch keinen Unterschriftsschlüssel: Führen Sie zuerst „relm-cli person set-passphrase %2“ aus.</translation>
    </message>
    <message>
        <source>%1 signed %2 of %3 as %4: %5, %6.</source>
        <translation>%1 hat %2 von %3 als %4 unterschrieben: %5, %6.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>“%1” already exists: it is a Relm database, and init left it as it is. To start a new database, name a file that does not exist yet.</source>
        <translation>„%1“ existiert bereits: Es ist eine Relm-Datenbank, und init hat sie unverändert gelassen. Um eine neue Datenbank anzulegen, geben Sie eine Datei an, die noch nicht existiert.</translation>
    </message>
    <message>
        <source>“%1” is a Relm database with nobody in it, so no command can act in it (an older relm-cli made such files from empty ones). If it holds nothing you need, delete it and run “relm-cli --db %1 init”.</source>
        <translation>„%1“ ist eine Relm-Datenbank ohne Personen, daher kann kein Befehl darin handeln (ein älteres relm-cli hat solche Dateien aus leeren erzeugt). Wenn sie nichts enthält, was Sie brauchen, löschen Sie sie und führen Sie „relm-cli --db %1 init“ aus.</translation>
    </message>
    <message>
        <source>deploy plan needs --env.</source>
        <translation>deploy plan erwartet --env.</translation>
    </message>
    <message>
        <source>%1 has no package named “%2”.</source>
        <translation>%1 hat kein Paket namens „%2“.</translation>
    </message>
    <message>
        <source>Planned deployment #%1 of %2 to %3.</source>
        <translation>Deployment #%1 von %2 nach %3 geplant.</translation>
    </message>
    <message>
        <source>deploy record</source>
        <translation>deploy record</translation>
    </message>
    <message>
        <source>Recorded deployment #%1: %2.</source>
        <translation>Deployment #%1 erfasst: %2.</translation>
    </message>
    <message>
        <source>deploy rollback</source>
        <translation>deploy rollback</translation>
    </message>
    <message>
        <source>Rolled back deployment #%1; the environment runs what it ran before.</source>
        <translation>Deployment #%1 zurückgerollt; auf der Umgebung läuft wieder, was vorher lief.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Planned (UTC)</source>
        <translation>Geplant (UTC)</translation>
    </message>
    <message>
        <source>Ran (UTC)</source>
        <translation>Ausgeführt (UTC)</translation>
    </message>
    <message>
        <source> (emergency)</source>
        <translation> (Notfall)</translation>
    </message>
    <message>
        <source>runbook add</source>
        <translation>runbook add</translation>
    </message>
    <message>
        <source>Deployment #%1 does not exist; “relm-cli deploy list” shows the deployments and their numbers.</source>
        <translation>Deployment #%1 existiert nicht; „relm-cli deploy list“ zeigt die Deployments und ihre Nummern.</translation>
    </message>
    <message>
        <source>Added step “%1” to deployment #%2.</source>
        <translation>Schritt „%1“ zu Deployment #%2 hinzugefügt.</translation>
    </message>
    <message>
        <source>runbook skip needs --reason: why the step was not run.</source>
        <translation>runbook skip erwartet --reason: warum der Schritt nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Checked off “%1” at %2 UTC.</source>
        <translation>„%1“ abgehakt (%2 UTC).</translation>
    </message>
    <message>
        <source>Skipped “%1” at %2 UTC: %3</source>
        <translation>„%1“ übersprungen (%2 UTC): %3</translation>
    </message>
    <message>
        <source>Reopened “%1”.</source>
        <translation>„%1“ wieder geöffnet.</translation>
    </message>
    <message>
        <source>runbook done</source>
        <translation>runbook done</translation>
    </message>
    <message>
        <source>runbook skip</source>
        <translation>runbook skip</translation>
    </message>
    <message>
        <source>runbook reopen</source>
        <translation>runbook reopen</translation>
    </message>
    <message>
        <source>runbook list</source>
        <translation>runbook list</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Done (UTC)</source>
        <translation>Erledigt (UTC)</translation>
    </message>
    <message>
        <source>back-out</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>skipped %1 %2: %3</source>
        <translation>übersprungen %1 %2: %3</translation>
    </message>
    <message>
        <source>Added known error #%1 to %2.</source>
        <translation>Bekannter Fehler #%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>known-error fix</source>
        <translation>known-error fix</translation>
    </message>
    <message>
        <source>Known error #%1 is fixed in %2.</source>
        <translation>Bekannter Fehler #%1 ist in %2 behoben.</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>--sla is met, missed or unknown.</source>
        <translation>--sla erwartet met, missed oder unknown.</translation>
    </message>
    <message>
        <source>Updated the review of %1.</source>
        <translation>Nachbetrachtung von %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Wrote the review of %1.</source>
        <translation>Nachbetrachtung von %1 erstellt.</translation>
    </message>
    <message>
        <source>%1 has no review yet.</source>
        <translation>%1 hat noch keine Nachbetrachtung.</translation>
    </message>
    <message>
        <source>Outcome: %1
Incidents: %2 %3
Service levels: %4
Lessons: %5
Follow-ups: %6
Complete: %7</source>
        <translation>Ergebnis: %1
Störungen: %2 %3
Service-Level: %4
Erkenntnisse: %5
Folgemaßnahmen: %6
Vollständig: %7</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Der Prüfpfad ist intakt: %1 Einträge geprüft.</translation>
    </message>
    <message>
        <source>Signatures: %1 checked, %2 valid, %3 void because what they signed changed since.</source>
        <translation>Unterschriften: %1 geprüft, %2 gültig, %3 ungültig, weil sich das Unterschriebene seitdem geändert hat.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1</source>
        <translation>Der Prüfpfad wurde manipuliert. %1</translation>
    </message>
    <message>
        <source>Say where to write it with -o FILE.</source>
        <translation>Geben Sie mit -o FILE an, wohin geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>--audience is customer, service or technical.</source>
        <translation>--audience erwartet customer, service oder technical.</translation>
    </message>
    <message>
        <source>--format is pdf, html or md.</source>
        <translation>--format erwartet pdf, html oder md.</translation>
    </message>
    <message>
        <source>key: </source>
        <translation>Schlüssel: </translation>
    </message>
    <message>
        <source>waived by %1 (%2), %3 UTC: %4</source>
        <translation>Ausnahme erteilt von %1 (%2), %3 UTC: %4</translation>
    </message>
    <message>
        <source>--%1 takes a rating from 1 to 5.</source>
        <translation>--%1 erwartet eine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>--status is open, mitigating, accepted or closed.</source>
        <translation>--status erwartet open, mitigating, accepted oder closed.</translation>
    </message>
    <message>
        <source>The release has no task named “%1”.</source>
        <translation>Das Release hat keinen Vorgang namens „%1“.</translation>
    </message>
    <message>
        <source>--delay takes working time such as 2d or 6h.</source>
        <translation>--delay erwartet Arbeitszeit wie 2d oder 6h.</translation>
    </message>
    <message>
        <source>risk add needs --likelihood and --impact, each a rating from 1 to 5: how likely the risk is, and how bad it would be.</source>
        <translation>risk add erwartet --likelihood und --impact, jeweils eine Bewertung von 1 bis 5: wie wahrscheinlich das Risiko ist und wie schwer es wiegen würde.</translation>
    </message>
    <message>
        <source>Added risk #%1 “%2” (exposure %3, %4).</source>
        <translation>Risiko #%1 „%2“ hinzugefügt (Risikowert %3, %4).</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>L</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>risk set takes the risk&apos;s number (see risk list).</source>
        <translation>risk set erwartet die Nummer des Risikos (siehe risk list).</translation>
    </message>
    <message>
        <source>Updated risk #%1 (exposure %2, %3).</source>
        <translation>Risiko #%1 aktualisiert (Risikowert %2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>  Includes %n risk(s) from the register as possible delays.</source>
        <translation>
            <numerusform>  Berücksichtigt %n Risiko aus dem Register als mögliche Verzögerung.</numerusform>
            <numerusform>  Berücksichtigt %n Risiken aus dem Register als mögliche Verzögerungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar hours takes days such as mon-fri or mon,wed,sat, then hours such as 08:00-12:00,13:00-17:00 (or off).</source>
        <translation>calendar hours erwartet Tage wie mon-fri oder mon,wed,sat, dann Uhrzeiten wie 08:00-12:00,13:00-17:00 (oder off).</translation>
    </message>
    <message>
        <source>“%1” is not a span of hours such as 08:00-12:00.</source>
        <translation>„%1“ ist keine Zeitspanne wie 08:00-12:00.</translation>
    </message>
    <message>
        <source>calendar hours needs the days it sets, e.g. mon-fri.</source>
        <translation>calendar hours erwartet die Tage, für die die Zeiten gelten, z. B. mon-fri.</translation>
    </message>
    <message>
        <source>The working hours of the calendar “%1” are set.</source>
        <translation>Die Arbeitszeiten des Kalenders „%1“ sind festgelegt.</translation>
    </message>
    <message>
        <source>waiver add needs a release and a finding key (shown by “package check”).</source>
        <translation>waiver add erwartet ein Release und einen Befundschlüssel (angezeigt von „package check“).</translation>
    </message>
    <message>
        <source>waiver add needs --reason: why the finding may be accepted.</source>
        <translation>waiver add erwartet --reason: warum der Befund akzeptiert werden darf.</translation>
    </message>
    <message>
        <source>Waived for %1: %2</source>
        <translation>Ausnahme erteilt für %1: %2</translation>
    </message>
    <message>
        <source>waiver withdraw needs a release and a finding key (shown by “waiver list”).</source>
        <translation>waiver withdraw erwartet ein Release und einen Befundschlüssel (angezeigt von „waiver list“).</translation>
    </message>
    <message>
        <source>Withdrew the waiver of: %1</source>
        <translation>Ausnahme zurückgezogen für: %1</translation>
    </message>
    <message>
        <source>%1 has no waiver for %2.</source>
        <translation>%1 hat keine Ausnahme für %2.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Waived by</source>
        <translation>Ausnahme erteilt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>--kind is feature, improvement or fix.</source>
        <translation>--kind erwartet feature, improvement oder fix.</translation>
    </message>
    <message>
        <source>--status of a change is proposed, approved, in_progress, implemented or rejected.</source>
        <translation>--status eines Änderungsantrags erwartet proposed, approved, in_progress, implemented oder rejected.</translation>
    </message>
    <message>
        <source>change add needs the reference (the id in your change system) and --title.</source>
        <translation>change add erwartet die Referenz (die ID in Ihrem System für Änderungsanträge) und --title.</translation>
    </message>
    <message>
        <source>Added %1 “%2”.</source>
        <translation>%1 „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 “%2”, delivered by %3.</source>
        <translation>%1 „%2“ hinzugefügt, geliefert mit %3.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Öffentliche Zusammenfassung</translation>
    </message>
    <message>
        <source>Users need to</source>
        <translation>Benutzer müssen</translation>
    </message>
    <message>
        <source>Internal detail</source>
        <translation>Interne Details</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Geliefert mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>change import needs a CSV file.</source>
        <translation>change import erwartet eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported change requests: %1.</source>
        <translation>Änderungsanträge importiert: %1.</translation>
    </message>
    <message>
        <source>schedule export takes one release name; put names with spaces in quotes.</source>
        <translation>schedule export erwartet genau einen Release-Namen; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Say where to write the chart with -o FILE.pdf or -o FILE.png.</source>
        <translation>Geben Sie mit -o DATEI.pdf oder -o DATEI.png an, wohin das Diagramm geschrieben werden soll.</translation>
    </message>
    <message>
        <source>-o names a .pdf or a .png file, not “%1”.</source>
        <translation>-o erwartet eine .pdf- oder .png-Datei, nicht „%1“.</translation>
    </message>
    <message>
        <source>--paper, --landscape, --portrait and --pages-wide are for a PDF; a PNG takes --width.</source>
        <translation>--paper, --landscape, --portrait und --pages-wide gelten für ein PDF; ein PNG erwartet --width.</translation>
    </message>
    <message>
        <source>--width is for a PNG; a PDF takes --paper, --landscape or --portrait, and --pages-wide.</source>
        <translation>--width gilt für ein PNG; ein PDF erwartet --paper, --landscape oder --portrait und --pages-wide.</translation>
    </message>
    <message>
        <source>--paper is A4, A3, Letter or Legal, not “%1”.</source>
        <translation>--paper erwartet A4, A3, Letter oder Legal, nicht „%1“.</translation>
    </message>
    <message>
        <source>Choose --landscape or --portrait, not both.</source>
        <translation>Wählen Sie --landscape oder --portrait, nicht beides.</translation>
    </message>
    <message>
        <source>--pages-wide takes a whole number from 1 to %1, not “%2”.</source>
        <translation>--pages-wide erwartet eine ganze Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--width takes a number of pixels from %1 to %2, not “%3”.</source>
        <translation>--width erwartet eine Pixelzahl von %1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>%1 geschrieben (1 Seite).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 geschrieben (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Roll-up notes are for --audience customer or service.</source>
        <translation>Sammel-Release-Notes gibt es nur für --audience customer oder service.</translation>
    </message>
    <message>
        <source>A roll-up needs --from and --to: days (YYYY-MM-DD) or deployment numbers (#42).</source>
        <translation>Sammel-Release-Notes erwarten --from und --to: Tage (YYYY-MM-DD) oder Deployment-Nummern (#42).</translation>
    </message>
    <message>
        <source>--from and --to are both days or both deployment numbers.</source>
        <translation>--from und --to müssen beide Tage oder beide Deployment-Nummern sein.</translation>
    </message>
    <message>
        <source>A deployment is given by its number, e.g. #42 (see deploy list).</source>
        <translation>Ein Deployment wird über seine Nummer angegeben, z. B. #42 (siehe deploy list).</translation>
    </message>
    <message>
        <source>Deployment #%1 did not go to %2.</source>
        <translation>Deployment #%1 ging nicht nach %2.</translation>
    </message>
    <message>
        <source>“%1” is not a section; “template show %2” lists them.</source>
        <translation>„%1“ ist kein Abschnitt; „template show %2“ listet sie auf.</translation>
    </message>
    <message>
        <source>“%1” is not a field; “template show %2” lists them.</source>
        <translation>„%1“ ist kein Feld; „template show %2“ listet sie auf.</translation>
    </message>
    <message>
        <source>--heading takes SECTION=TEXT, e.g. --heading new=“What’s new”.</source>
        <translation>--heading erwartet SECTION=TEXT, z. B. --heading new=„Was ist neu“.</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 bytes of PNG</source>
        <translation>%1 Byte PNG</translation>
    </message>
    <message>
        <source>Colours: primary %1, accent %2</source>
        <translation>Farben: Hauptfarbe %1, Akzentfarbe %2</translation>
    </message>
    <message>
        <source>The organisation&apos;s look is saved; every document uses it from now on.</source>
        <translation>Das Erscheinungsbild der Organisation ist gespeichert; alle Dokumente verwenden es ab jetzt.</translation>
    </message>
    <message>
        <source>template show takes an audience: customer, service, technical or cab.</source>
        <translation>template show erwartet eine Zielgruppe: customer, service, technical oder cab.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Footer: %1</source>
        <translation>Fußzeile: %1</translation>
    </message>
    <message>
        <source>Sections (key, shown, heading):</source>
        <translation>Abschnitte (Schlüssel, angezeigt, Überschrift):</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Fields shown: %1</source>
        <translation>Angezeigte Felder: %1</translation>
    </message>
    <message>
        <source>Fields there are: %1</source>
        <translation>Verfügbare Felder: %1</translation>
    </message>
    <message>
        <source>template set takes an audience: customer, service, technical or cab.</source>
        <translation>template set erwartet eine Zielgruppe: customer, service, technical oder cab.</translation>
    </message>
    <message>
        <source>The %1 template is saved.</source>
        <translation>Die Vorlage für %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>template reset takes an audience: customer, service, technical or cab.</source>
        <translation>template reset erwartet eine Zielgruppe: customer, service, technical oder cab.</translation>
    </message>
    <message>
        <source>The %1 notes use Relm&apos;s default already.</source>
        <translation>Die Release Notes für %1 verwenden bereits die Standardvorlage von Relm.</translation>
    </message>
    <message>
        <source>The %1 notes use Relm&apos;s default again.</source>
        <translation>Die Release Notes für %1 verwenden wieder die Standardvorlage von Relm.</translation>
    </message>
    <message>
        <source>Say where to write it with -o FILE.json.</source>
        <translation>Geben Sie mit -o DATEI.json an, wohin geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 templates and the organisation&apos;s look).</source>
        <translation>%1 geschrieben (%2 Vorlagen und das Erscheinungsbild der Organisation).</translation>
    </message>
    <message>
        <source>template import needs the JSON file that template export wrote.</source>
        <translation>template import erwartet die JSON-Datei, die template export geschrieben hat.</translation>
    </message>
    <message>
        <source>Imported %1 templates and the organisation&apos;s look.</source>
        <translation>%1 Vorlagen und das Erscheinungsbild der Organisation importiert.</translation>
    </message>
    <message>
        <source>Name the change request and the release, e.g. “change link RFC-1042 2026.4”.</source>
        <translation>Nennen Sie den Änderungsantrag und das Release, z. B. „change link RFC-1042 2026.4“.</translation>
    </message>
    <message>
        <source>schedule export needs a release name, e.g. schedule export “2026.4 Autumn” -o autumn.pdf.</source>
        <translation>schedule export braucht einen Release-Namen, z. B. schedule export „2026.4 Autumn“ -o autumn.pdf.</translation>
    </message>
    <message>
        <source>--%1 takes a colour as #RRGGBB, e.g. #1F3A5F.</source>
        <translation>--%1 erwartet eine Farbe als #RRGGBB, z. B. #1F3A5F.</translation>
    </message>
    <message>
        <source>--%1 needs a date (YYYY-MM-DD).</source>
        <translation>--%1 erwartet ein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No conflicts between %1 and %2.</source>
        <translation>Keine Terminkonflikte zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>[overridden] </source>
        <translation>[übersteuert] </translation>
    </message>
    <message>
        <source>Releases: %1</source>
        <translation>Releases: %1</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>Komponenten: %1</translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation>Umgebungen: %1</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Übersteuerung: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>--on for a weekly window lists days: mon,tue,wed,thu,fri,sat,sun.</source>
        <translation>--on listet für ein wöchentliches Fenster Tage auf: mon,tue,wed,thu,fri,sat,sun.</translation>
    </message>
    <message>
        <source>--on “%1” is not understood. Use a day of the month (15), last, a day counted from the month&apos;s end (-3), or a weekday in the month (3sat, last-fri).</source>
        <translation>--on „%1“ wird nicht verstanden. Verwenden Sie einen Tag des Monats (15), last, einen vom Monatsende gezählten Tag (-3) oder einen Wochentag im Monat (3sat, last-fri).</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>--from erwartet ein Datum (YYYY-MM-DD) oder Datum und Uhrzeit (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>--to needs a date (the last day) or a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>--to erwartet ein Datum (den letzten Tag) oder Datum und Uhrzeit (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>--repeat is once, weekly, monthly or yearly.</source>
        <translation>--repeat ist once, weekly, monthly oder yearly.</translation>
    </message>
    <message>
        <source>--every needs a number of weeks, months or years.</source>
        <translation>--every erwartet eine Anzahl von Wochen, Monaten oder Jahren.</translation>
    </message>
    <message>
        <source>--until needs a date (YYYY-MM-DD), or nothing for no end.</source>
        <translation>--until erwartet ein Datum (YYYY-MM-DD) oder nichts für kein Ende.</translation>
    </message>
    <message>
        <source>--override-role “%1” is not a role: use change_board, release_manager, business_owner, ….</source>
        <translation>--override-role „%1“ ist keine Rolle: Verwenden Sie change_board, release_manager, business_owner, ….</translation>
    </message>
    <message>
        <source>The first occurrence is on %1, the first day the rule gives.</source>
        <translation>Das erste Vorkommen ist am %1, dem ersten Tag, den die Regel ergibt.</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>environments: %1</source>
        <translation>Umgebungen: %1</translation>
    </message>
    <message>
        <source>components: %1</source>
        <translation>Komponenten: %1</translation>
    </message>
    <message>
        <source>freeze add needs NAME --from DATE[THH:MM] --to DATE[THH:MM].</source>
        <translation>freeze add erwartet NAME --from DATUM[THH:MM] --to DATUM[THH:MM].</translation>
    </message>
    <message>
        <source>Added the freeze “%1” (%2, %3).</source>
        <translation>Änderungssperre „%1“ hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>Added the maintenance window “%1” (%2, %3).</source>
        <translation>Wartungsfenster „%1“ hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>Changed “%1”.</source>
        <translation>„%1“ geändert.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Override by</source>
        <translation>Übersteuerung durch</translation>
    </message>
    <message>
        <source>freeze override needs NAME DEPLOYMENT-ID --reason TEXT.</source>
        <translation>freeze override erwartet NAME DEPLOYMENT-ID --reason TEXT.</translation>
    </message>
    <message>
        <source>Deployment #%1 may run in “%2”: overridden by %3 (%4).</source>
        <translation>Deployment #%1 darf in „%2“ laufen: übersteuert von %3 (%4).</translation>
    </message>
    <message>
        <source>Relm change calendar – %1</source>
        <translation>Relm-Änderungskalender – %1</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>--at is a date and a wall-clock time, e.g. 2026-12-01T10:00.</source>
        <translation>--at erwartet Datum und Uhrzeit (Ortszeit), z. B. 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>--%1 is a whole number.</source>
        <translation>--%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>, %n minute(s)</source>
        <translation>
            <numerusform>, %n Minute</numerusform>
            <numerusform>, %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Covers deployments planned up to %1.</source>
        <translation>Umfasst Deployments, die bis %1 geplant sind.</translation>
    </message>
    <message>
        <source>No release awaiting sign-off is due in this period.</source>
        <translation>In diesem Zeitraum ist kein Release fällig, das auf Abnahme wartet.</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — überfällig</translation>
    </message>
    <message>
        <source>deploys to %1 at %2</source>
        <translation>Deployment nach %1 am %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>freeze overridden by %1: %2</source>
        <translation>Änderungssperre übersteuert von %1: %2</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>nothing was signed or overridden while the meeting sat.</source>
        <translation>während der Sitzung wurde nichts unterschrieben oder übersteuert.</translation>
    </message>
    <message>
        <source>%1 %2 signed %3 as %4: %5</source>
        <translation>%1 %2 hat %3 als %4 unterschrieben: %5</translation>
    </message>
    <message>
        <source>%1 %2 overrode “%3” for %4: %5</source>
        <translation>%1 %2 hat „%3“ für %4 übersteuert: %5</translation>
    </message>
    <message>
        <source>meeting add needs a title and --at, e.g. “meeting add &quot;Weekly CAB&quot; --at 2026-12-01T10:00 --zone Europe/Berlin”.</source>
        <translation>meeting add erwartet einen Titel und --at, z. B. „meeting add &quot;Wöchentlicher Änderungsausschuss&quot; --at 2026-12-01T10:00 --zone Europe/Berlin“.</translation>
    </message>
    <message>
        <source>Added meeting #%1 “%2” on %3.</source>
        <translation>Sitzung #%1 „%2“ am %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>No change board meetings yet: add one with meeting add.</source>
        <translation>Noch keine Sitzungen des Änderungsausschusses: Legen Sie eine mit „meeting add“ an.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Name the meeting by its title or number, e.g. “meeting agenda #1”.</source>
        <translation>Geben Sie die Sitzung über ihren Titel oder ihre Nummer an, z. B. „meeting agenda #1“.</translation>
    </message>
    <message>
        <source>Deployments: %1</source>
        <translation>Deployments: %1</translation>
    </message>
    <message>
        <source>--on says which days a window repeats on: give --repeat weekly, monthly or yearly too.</source>
        <translation>--on gibt an, an welchen Tagen sich ein Fenster wiederholt: geben Sie auch --repeat weekly, monthly oder yearly an.</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>freeze withdraw needs NAME DEPLOYMENT-ID.</source>
        <translation>freeze withdraw braucht NAME DEPLOYMENT-ID.</translation>
    </message>
    <message>
        <source>Deployment #%1 has no override of “%2”.</source>
        <translation>Deployment #%1 hat keine Übersteuerung von „%2“.</translation>
    </message>
    <message>
        <source>Withdrew the override that let deployment #%1 run in “%2”.</source>
        <translation>Die Übersteuerung, die Deployment #%1 in „%2“ erlaubte, ist zurückgezogen.</translation>
    </message>
    <message>
        <source>import takes one release and one file; put names with spaces in quotes.</source>
        <translation>import nimmt ein Release und eine Datei; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The plan was moved to the release&apos;s start; it runs from %1 to %2.</source>
        <translation>Der Plan wurde auf den Start des Release verschoben; er läuft von %1 bis %2.</translation>
    </message>
    <message>
        <source>The plan keeps the dates of the file; it runs from %1 to %2.</source>
        <translation>Der Plan behält die Termine der Datei; er läuft von %1 bis %2.</translation>
    </message>
    <message>
        <source>export mspdi takes one release name; put names with spaces in quotes.</source>
        <translation>export mspdi nimmt einen Release-Namen; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Say where to write the plan with -o FILE.xml.</source>
        <translation>Geben Sie mit -o DATEI.xml an, wohin der Plan geschrieben wird.</translation>
    </message>
    <message>
        <source>Wrote %1 tasks and %2 dependencies of %3 to %4 (Microsoft Project XML).</source>
        <translation>%1 Vorgänge und %2 Abhängigkeiten von %3 nach %4 geschrieben (Microsoft Project XML).</translation>
    </message>
    <message>
        <source>import needs a release and a Microsoft Project XML file, e.g. import mspdi &quot;2026.4 Autumn&quot; plan.xml.</source>
        <translation>import braucht ein Release und eine Microsoft-Project-XML-Datei, z. B. import mspdi &quot;2026.4 Autumn&quot; plan.xml.</translation>
    </message>
    <message>
        <source>export mspdi needs a release name, e.g. export mspdi &quot;2026.4 Autumn&quot; -o autumn.xml.</source>
        <translation>export mspdi braucht einen Release-Namen, z. B. export mspdi &quot;2026.4 Autumn&quot; -o autumn.xml.</translation>
    </message>
    <message>
        <source>import %1 needs a release and a .%1 file.</source>
        <translation>import %1 braucht ein Release und eine .%1-Datei.</translation>
    </message>
    <message>
        <source>Say where to write the backup: relm-cli export json -o FILE.json</source>
        <translation>Geben Sie an, wohin die Sicherung geschrieben wird: relm-cli export json -o DATEI.json</translation>
    </message>
    <message>
        <source>Wrote %1: %2 tables, %3 rows, schema version %4; the audit trail ends at %5.</source>
        <translation>%1 geschrieben: %2 Tabellen, %3 Zeilen, Schemaversion %4; der Prüfpfad endet bei %5.</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>(keine Einträge)</translation>
    </message>
    <message>
        <source>Name the backup and the new database: relm-cli import json FILE.json --to NEW.db</source>
        <translation>Nennen Sie die Sicherung und die neue Datenbank: relm-cli import json DATEI.json --to NEU.db</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 tables, %4 rows; the audit trail (%5 entries) and %6 signature(s) verify.</source>
        <translation>%1 nach %2 wiederhergestellt: %3 Tabellen, %4 Zeilen; der Prüfpfad (%5 Einträge) und %6 Unterschrift(en) sind geprüft.</translation>
    </message>
    <message>
        <source>%1 import needs a release and one file: relm-cli import %2 RELEASE FILE.json [--package NAME]</source>
        <translation>%1-Import braucht ein Release und eine Datei: relm-cli import %2 RELEASE DATEI.json [--package NAME]</translation>
    </message>
    <message>
        <source>The package checker finds nothing.</source>
        <translation>Die Paketprüfung findet nichts.</translation>
    </message>
    <message>
        <source>The package checker now finds %1 finding(s); “relm-cli package check %2” lists them.</source>
        <translation>Die Paketprüfung findet jetzt %1 Befund(e); „relm-cli package check %2“ listet sie.</translation>
    </message>
    <message>
        <source>export cyclonedx needs one release: relm-cli export cyclonedx RELEASE -o FILE.json</source>
        <translation>export cyclonedx braucht ein Release: relm-cli export cyclonedx RELEASE -o DATEI.json</translation>
    </message>
    <message>
        <source>Wrote %1: %2 as CycloneDX 1.5, %3 component version(s).</source>
        <translation>%1 geschrieben: %2 als CycloneDX 1.5, %3 Komponentenversion(en).</translation>
    </message>
    <message>
        <source>%1 needs what to read or write: %2.</source>
        <translation>%1 braucht, was gelesen oder geschrieben wird: %2.</translation>
    </message>
    <message>
        <source>--delimiter is one of , ; | or tab, not “%1”.</source>
        <translation>--delimiter ist eines von , ; | oder tab, nicht „%1“.</translation>
    </message>
    <message>
        <source>--date-format needs day, month and year, e.g. dd.MM.yyyy or MM/dd/yyyy (d: day, M: month, yyyy: year), not “%1”.</source>
        <translation>--date-format braucht Tag, Monat und Jahr, z. B. dd.MM.yyyy oder MM/dd/yyyy (d: Tag, M: Monat, yyyy: Jahr), nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 %2 needs --release NAME: %2 belong to a release.</source>
        <translation>%1 %2 braucht --release NAME: %2 gehören zu einem Release.</translation>
    </message>
    <message>
        <source>import csv %1 needs one CSV file.</source>
        <translation>import csv %1 braucht eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation>%1 ist größer als 512 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: es wurde nichts importiert. %2</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (%3, separated by %4): %5.</source>
        <translation>%1 aus %2 importiert (%3, getrennt durch %4): %5.</translation>
    </message>
    <message>
        <source>export csv takes the file with -o FILE.csv, not “%1”.</source>
        <translation>export csv nimmt die Datei mit -o DATEI.csv, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Environments: %2.</source>
        <translation>%1 Umgebungen: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a day: months are numbered 01 to 12.</source>
        <translation>„%1“ ist kein Tag: Monate sind von 01 bis 12 nummeriert.</translation>
    </message>
    <message>
        <source>“%1” is not a day: %2 has %3 days.</source>
        <translation>„%1“ ist kein Tag: %2 hat %3 Tage.</translation>
    </message>
    <message>
        <source>Service or scope</source>
        <translation>Dienst oder Geltungsbereich</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>It holds back planned deployments in the year ahead: %1. See relm-cli conflicts.</source>
        <translation>Es hält geplante Deployments im kommenden Jahr zurück: %1. Siehe relm-cli conflicts.</translation>
    </message>
    <message>
        <source>OVERRIDDEN (%1): %2</source>
        <translation>ÜBERSTEUERT (%1): %2</translation>
    </message>
    <message>
        <source>CONFLICT: %1 Components: %2.</source>
        <translation>KONFLIKT: %1 Komponenten: %2.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>The file holds no tasks, so there is nothing to schedule.</source>
        <translation>Die Datei enthält keine Vorgänge, es gibt also nichts zu planen.</translation>
    </message>
    <message>
        <source>A task has one date constraint: give only one of --snet, --snlt, --fnet, --fnlt, --mso, --mfo and --alap.</source>
        <translation>Ein Vorgang hat eine Terminbedingung: Geben Sie nur eine von --snet, --snlt, --fnet, --fnlt, --mso, --mfo und --alap an.</translation>
    </message>
    <message>
        <source>task add takes one release and one task name, not “%1”; put names with spaces in quotes (--alap takes no date).</source>
        <translation>task add nimmt ein Release und einen Vorgangsnamen, nicht „%1“; setzen Sie Namen mit Leerzeichen in Anführungszeichen (--alap nimmt kein Datum).</translation>
    </message>
    <message>
        <source>You are “%1” in it (this system gives no user name): run relm-cli with --as %1, or set RELM_USER=%1.</source>
        <translation>Darin sind Sie „%1“ (dieses System nennt keinen Benutzernamen): rufen Sie relm-cli mit --as %1 auf oder setzen Sie RELM_USER=%1.</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Name the server: relm-cli server init postgresql://USER@HOST/DB</source>
        <translation>Nennen Sie den Server: relm-cli server init postgresql://BENUTZER@HOST/DB</translation>
    </message>
    <message>
        <source>%1 is not administered by “%2”: run this as the database&apos;s owner or a superuser.</source>
        <translation>%1 wird nicht von „%2“ verwaltet: führen Sie dies als Eigentümer der Datenbank oder als Superuser aus.</translation>
    </message>
    <message>
        <source>Created Relm&apos;s tables in %1.</source>
        <translation>Relms Tabellen in %1 angelegt.</translation>
    </message>
    <message>
        <source>The role %1 may use them; the audit trail and the sign-offs are append-only for it.</source>
        <translation>Die Rolle %1 darf sie nutzen; Prüfpfad und Abnahmen kann sie nur ergänzen.</translation>
    </message>
    <message>
        <source>Let each person in with their own login: relm-cli server admit %1 LOGIN (the login&apos;s name is their Relm login).</source>
        <translation>Lassen Sie jede Person mit ihrer eigenen Anmeldung herein: relm-cli server admit %1 ANMELDUNG (der Name der Anmeldung ist ihr Relm-Login).</translation>
    </message>
    <message>
        <source>Name the server and the login: relm-cli server admit postgresql://USER@HOST/DB LOGIN</source>
        <translation>Nennen Sie Server und Anmeldung: relm-cli server admit postgresql://BENUTZER@HOST/DB ANMELDUNG</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are %2.</source>
        <translation>„%1“ ist keine Rolle; die Rollen sind %2.</translation>
    </message>
    <message>
        <source>Added %1 to Relm&apos;s people.</source>
        <translation>%1 zu den Personen in Relm hinzugefügt.</translation>
    </message>
    <message>
        <source>Created Relm&apos;s tables in %1, with the demo portfolio.</source>
        <translation>Relms Tabellen in %1 angelegt, mit dem Demo-Portfolio.</translation>
    </message>
    <message>
        <source>%1 holds Relm&apos;s tables (version %2); they were left as they are%3.</source>
        <translation>%1 enthält Relms Tabellen (Version %2); sie wurden belassen, wie sie sind%3.</translation>
    </message>
    <message>
        <source>, without the demo (it goes only into new tables)</source>
        <translation>, ohne die Demo (sie kommt nur in neue Tabellen)</translation>
    </message>
    <message>
        <source>%1 may now use the database with their own login: %2</source>
        <translation>%1 darf die Datenbank jetzt mit der eigenen Anmeldung nutzen: %2</translation>
    </message>
    <message>
        <source>Name the server to copy to: relm-cli migrate --to postgresql://USER@HOST/DB</source>
        <translation>Nennen Sie den Zielserver: relm-cli migrate --to postgresql://BENUTZER@HOST/DB</translation>
    </message>
    <message>
        <source>migrate copies a database file to a server, and %1 is on a server already. Copy between servers with export json and import json --to URL.</source>
        <translation>migrate kopiert eine Datenbankdatei auf einen Server, und %1 liegt bereits auf einem Server. Zwischen Servern kopieren Sie mit export json und import json --to URL.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 tables and %4 rows, each table&apos;s rows counted again on the server; the audit trail (%5 entries) and %6 signature(s) verify there.</source>
        <translation>%1 nach %2 kopiert: %3 Tabellen und %4 Zeilen, die Zeilen jeder Tabelle auf dem Server nachgezählt; der Prüfpfad (%5 Einträge) und %6 Unterschrift(en) sind dort gültig.</translation>
    </message>
    <message>
        <source>The role %1 may use it. Let each person in with their own login: relm-cli server admit %2 LOGIN</source>
        <translation>Die Rolle %1 darf sie nutzen. Lassen Sie jede Person mit eigener Anmeldung zu: relm-cli server admit %2 ANMELDUNG</translation>
    </message>
    <message>
        <source>Added %1 to Relm&apos;s people, without a role: they may read and plan, but sign nothing until given one (admit a new login with --role ROLE,...).</source>
        <translation>%1 wurde ohne Rolle zu den Personen von Relm hinzugefügt: Die Person darf lesen und planen, aber nichts unterschreiben, bis sie eine Rolle hat (eine neue Anmeldung mit --role ROLLE,... zulassen).</translation>
    </message>
    <message>
        <source>%1 is one of Relm&apos;s people already; their roles stay as they are (--role applies only to a login new to Relm).</source>
        <translation>%1 gehört bereits zu den Personen von Relm; ihre Rollen bleiben, wie sie sind (--role gilt nur für eine Anmeldung, die in Relm neu ist).</translation>
    </message>
    <message>
        <source>link %1 needs RELEASE PREDECESSOR SUCCESSOR (task names; “Other release/Task” for another release).</source>
        <translation>link %1 braucht RELEASE VORGÄNGER NACHFOLGER (Vorgangsnamen; „Anderes Release/Vorgang“ für ein anderes Release).</translation>
    </message>
    <message>
        <source>“%1” does not wait for “%2”: there is no link to remove.</source>
        <translation>„%1“ wartet nicht auf „%2“: Es gibt keine Verknüpfung zum Entfernen.</translation>
    </message>
    <message>
        <source>Removed the link “%1” → “%2”.</source>
        <translation>Verknüpfung „%1“ → „%2“ entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Also %n clash(es) with other releases on the change calendar: “relm-cli conflicts --release &quot;%1&quot;” lists them.</source>
        <translation>
            <numerusform>Außerdem %n Terminkonflikt mit anderen Releases im Änderungskalender: „relm-cli conflicts --release &quot;%1&quot;“ listet ihn auf.</numerusform>
            <numerusform>Außerdem %n Terminkonflikte mit anderen Releases im Änderungskalender: „relm-cli conflicts --release &quot;%1&quot;“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Nächster Status</translation>
    </message>
    <message>
        <source>none (final)</source>
        <translation>keiner (Endstatus)</translation>
    </message>
</context>
<context>
    <name>relm::cli::PassphraseSource</name>
    <message>
        <source>No passphrase was given. Set %1, or give the passphrase on a line of standard input.</source>
        <translation>Es wurde keine Passphrase angegeben. Setzen Sie %1 oder geben Sie die Passphrase in einer Zeile der Standardeingabe ein.</translation>
    </message>
</context>
<context>
    <name>relm::crypto</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The signing key of %1 is damaged.</source>
        <translation>Der Unterschriftsschlüssel von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation>Falsche Passphrase für %1.</translation>
    </message>
</context>
<context>
    <name>relm::csv</name>
    <message>
        <source>%1 belong to a release: name the release to export them from.</source>
        <translation>%1 gehören zu einem Release: nennen Sie das Release, aus dem sie exportiert werden.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a date in the file&apos;s date format</source>
        <translation>ein Datum im Datumsformat der Datei</translation>
    </message>
    <message>
        <source>yes or no (also true/false, 1/0, ja/nein, x)</source>
        <translation>ja oder nein (auch true/false, 1/0, yes/no, x)</translation>
    </message>
    <message>
        <source>working time: 3d, 4h, 90m, 2w (a plain number is days)</source>
        <translation>Arbeitszeit: 3d, 4h, 90m, 2w (eine bloße Zahl sind Tage)</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5</source>
        <translation>eine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>a person&apos;s login</source>
        <translation>die Anmeldung einer Person</translation>
    </message>
    <message>
        <source>names separated by |</source>
        <translation>Namen, getrennt durch |</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>application, external_software, utility_software, system_software, hardware, documentation or service_documentation</source>
        <translation>application, external_software, utility_software, system_software, hardware, documentation oder service_documentation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
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
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Setzt voraus</translation>
    </message>
    <message>
        <source>component and range, separated by |: auth-service &gt;=2.3 &lt;3</source>
        <translation>Komponente und Bereich, getrennt durch |: auth-service &gt;=2.3 &lt;3</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>component and range, separated by |</source>
        <translation>Komponente und Bereich, getrennt durch |</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>the name of a task above it in the file, or already in the release</source>
        <translation>der Name eines Vorgangs weiter oben in der Datei oder schon im Release</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>task names separated by | (finish-to-start)</source>
        <translation>Vorgangsnamen, getrennt durch | (Ende-Anfang)</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>Anfang nicht früher als</translation>
    </message>
    <message>
        <source>Finish no later than</source>
        <translation>Ende nicht später als</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% abgeschlossen</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100</source>
        <translation>eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>an environment&apos;s name</source>
        <translation>der Name einer Umgebung</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimistisch</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pessimistisch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Eventualplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open, mitigating, accepted or closed</source>
        <translation>open, mitigating, accepted oder closed</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>the name of a task of the release</source>
        <translation>der Name eines Vorgangs des Release</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>feature, improvement or fix</source>
        <translation>feature, improvement oder fix</translation>
    </message>
    <message>
        <source>proposed, approved, in_progress, implemented or rejected</source>
        <translation>proposed, approved, in_progress, implemented oder rejected</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Öffentliche Zusammenfassung</translation>
    </message>
    <message>
        <source>Internal detail</source>
        <translation>Interne Details</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Benutzeraktion</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Komponentenversionen</translation>
    </message>
    <message>
        <source>Schedule tasks</source>
        <translation>Vorgänge des Zeitplans</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>no column gives %1, which every row needs; the header has: %2. Name the column in the header, or map it (--map %3=COLUMN).</source>
        <translation>keine Spalte liefert %1, das jede Zeile braucht; die Kopfzeile hat: %2. Benennen Sie die Spalte in der Kopfzeile oder ordnen Sie sie zu (--map %3=SPALTE).</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line naming the columns and one line per record.</source>
        <translation>die Datei ist leer: sie braucht eine Kopfzeile mit den Spalten und eine Zeile je Datensatz.</translation>
    </message>
    <message>
        <source>%1 belong to a release: name the release to import them into.</source>
        <translation>%1 gehören zu einem Release: nennen Sie das Release, in das sie importiert werden.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16 (it may be cut off). Save it again as “CSV UTF-8” or as Unicode text and try again.</source>
        <translation>Die Datei beginnt wie UTF-16-Text, ist aber kein gültiges UTF-16 (vielleicht abgeschnitten). Speichern Sie sie erneut als „CSV UTF-8“ oder als Unicode-Text und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>months are numbered 1 to 12</source>
        <translation>Monate sind von 1 bis 12 nummeriert</translation>
    </message>
    <message>
        <source>%1 has %2 days</source>
        <translation>%1 hat %2 Tage</translation>
    </message>
</context>
<context>
    <name>relm::csv::ChangeRequestImporter</name>
    <message>
        <source>feature, improvement, fix</source>
        <translation>feature, improvement, fix</translation>
    </message>
    <message>
        <source>proposed, approved, in_progress, implemented, rejected</source>
        <translation>proposed, approved, in_progress, implemented, rejected</translation>
    </message>
    <message>
        <source>there is no release “%1” (release names are as the portfolio shows them, separated by “|”).</source>
        <translation>es gibt kein Release „%1“ (Release-Namen wie im Portfolio, getrennt durch „|“).</translation>
    </message>
</context>
<context>
    <name>relm::csv::ColumnMapping</name>
    <message>
        <source>“%1” in the column mapping is not FIELD=Column with one of the fields of %2: %3.</source>
        <translation>„%1“ in der Spaltenzuordnung ist nicht FELD=Spalte mit einem der Felder von %2: %3.</translation>
    </message>
    <message>
        <source>The column mapping names a column “%1” for %2, but the file has none; its columns are: %3 (or give #1 to #%4).</source>
        <translation>Die Spaltenzuordnung nennt für %2 eine Spalte „%1“, die Datei hat aber keine; ihre Spalten sind: %3 (oder geben Sie #1 bis #%4 an).</translation>
    </message>
</context>
<context>
    <name>relm::csv::ComponentImporter</name>
    <message>
        <source>application, external_software, utility_software, system_software, hardware, documentation, service_documentation</source>
        <translation>application, external_software, utility_software, system_software, hardware, documentation, service_documentation</translation>
    </message>
</context>
<context>
    <name>relm::csv::CsvImport</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 links added</source>
        <translation>%1 neu, %2 geändert, %3 unverändert, %4 Verknüpfungen hinzugefügt</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… und %1 weitere Probleme.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file (or the column mapping) and import it again.</source>
        <translation>Es wurde nichts importiert: korrigieren Sie die Datei (oder die Spaltenzuordnung) und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>relm::csv::Logins</name>
    <message>
        <source>nobody with the login “%1” is in this database (see relm-cli person list).</source>
        <translation>niemand mit der Anmeldung „%1“ ist in dieser Datenbank (siehe relm-cli person list).</translation>
    </message>
</context>
<context>
    <name>relm::csv::RecordSplitter</name>
    <message>
        <source>The file has more than %1 records; split it into smaller files.</source>
        <translation>Die Datei hat mehr als %1 Datensätze; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that never closes. Close the quote (&quot;) and try again.</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie schließt. Schließen Sie das Anführungszeichen (&quot;) und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>relm::csv::RiskImporter</name>
    <message>
        <source>“%1” is not one of open, mitigating, accepted, closed.</source>
        <translation>„%1“ ist keines von open, mitigating, accepted, closed.</translation>
    </message>
    <message>
        <source>the release has no task “%1”.</source>
        <translation>das Release hat keinen Vorgang „%1“.</translation>
    </message>
</context>
<context>
    <name>relm::csv::RowCells</name>
    <message>
        <source>is empty; every row needs it.</source>
        <translation>ist leer; jede Zeile braucht es.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the format %2. Write the date that way, or give the file&apos;s date format (e.g. dd.MM.yyyy or MM/dd/yyyy).</source>
        <translation>„%1“ ist kein Datum im Format %2. Schreiben Sie das Datum so oder geben Sie das Datumsformat der Datei an (z. B. dd.MM.yyyy oder MM/dd/yyyy).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>“%1” is not working time such as 3d, 4h, 90m or 2w.</source>
        <translation>„%1“ ist keine Arbeitszeit wie 3d, 4h, 90m oder 2w.</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>„%1“ ist keines von %2.</translation>
    </message>
    <message>
        <source>“%1” is written as %2 but is not a day: %3.</source>
        <translation>„%1“ ist als %2 geschrieben, ist aber kein Tag: %3.</translation>
    </message>
</context>
<context>
    <name>relm::csv::RowProblem</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, column “%2”: %3</source>
        <translation>%1, Spalte „%2“: %3</translation>
    </message>
</context>
<context>
    <name>relm::csv::SeenKeys</name>
    <message>
        <source>“%1” appears twice in the file; give each once.</source>
        <translation>„%1“ steht zweimal in der Datei; geben Sie jedes nur einmal an.</translation>
    </message>
</context>
<context>
    <name>relm::csv::TaskImporter</name>
    <message>
        <source>there is no task “%1” in the file or the release.</source>
        <translation>es gibt keinen Vorgang „%1“ in der Datei oder im Release.</translation>
    </message>
    <message>
        <source>a task cannot wait for itself.</source>
        <translation>ein Vorgang kann nicht auf sich selbst warten.</translation>
    </message>
    <message>
        <source>a task cannot be its own phase.</source>
        <translation>ein Vorgang kann nicht seine eigene Phase sein.</translation>
    </message>
    <message>
        <source>a task the release has can only move into a phase it has already; import “%1” first.</source>
        <translation>ein Vorgang des Release kann nur in eine Phase wechseln, die es schon hat; importieren Sie zuerst „%1“.</translation>
    </message>
    <message>
        <source>there is no task “%1” in the release or on an earlier line; a phase comes before its tasks.</source>
        <translation>es gibt keinen Vorgang „%1“ im Release oder in einer früheren Zeile; eine Phase kommt vor ihren Vorgängen.</translation>
    </message>
    <message>
        <source>a task has one date constraint: give a start no earlier than or a finish no later than, not both.</source>
        <translation>ein Vorgang hat eine Terminbedingung: geben Sie einen frühesten Anfang oder ein spätestes Ende an, nicht beides.</translation>
    </message>
    <message>
        <source>there is no environment “%1” (see relm-cli env list).</source>
        <translation>es gibt keine Umgebung „%1“ (siehe relm-cli env list).</translation>
    </message>
</context>
<context>
    <name>relm::csv::VersionImporter</name>
    <message>
        <source>the catalogue has no component “%1”. Add it first (import components, or New Component).</source>
        <translation>der Katalog hat keine Komponente „%1“. Legen Sie sie zuerst an (import components oder Neue Komponente).</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>is %1, but the catalogue holds %2 for %3 %4. Two artefacts cannot share one version: correct the file, or give the artefact another version.</source>
        <translation>ist %1, der Katalog führt für %3 %4 aber %2. Zwei Artefakte können sich keine Version teilen: korrigieren Sie die Datei oder geben Sie dem Artefakt eine andere Version.</translation>
    </message>
</context>
<context>
    <name>relm::deployment_rules</name>
    <message>
        <source>A run that happened needs its actual end as well as its start.</source>
        <translation>Ein erfolgter Durchlauf braucht sein tatsächliches Ende ebenso wie seinen Beginn.</translation>
    </message>
    <message>
        <source>The run ends (%1) before it starts (%2).</source>
        <translation>Der Durchlauf endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>The run cannot be recorded as happening at %1: that is in the future (it is %2 now). Record a run once it has happened, with the times it really took.</source>
        <translation>Der Durchlauf kann nicht als um %1 erfolgt erfasst werden: Das liegt in der Zukunft (jetzt ist es %2). Erfassen Sie einen Durchlauf erst, wenn er stattgefunden hat, mit den tatsächlichen Zeiten.</translation>
    </message>
    <message>
        <source>Deployment #%1 ran on %2 from %3 to %4; two runs to one environment cannot overlap. Check the times of this run.</source>
        <translation>Deployment #%1 lief auf %2 von %3 bis %4; zwei Durchläufe auf derselben Umgebung dürfen sich nicht überschneiden. Prüfen Sie die Zeiten dieses Durchlaufs.</translation>
    </message>
    <message>
        <source>A run is recorded as succeeded only when every runbook step is checked off, or skipped with a reason. Still open: %1.</source>
        <translation>Ein Durchlauf wird nur dann als erfolgreich erfasst, wenn jeder Runbook-Schritt abgehakt oder mit Begründung übersprungen ist. Noch offen: %1.</translation>
    </message>
    <message>
        <source>
Only an authorised emergency may deploy to production past its gate or in a freeze.</source>
        <translation>
Nur ein autorisierter Notfall darf an seiner Schranke vorbei oder während einer Änderungssperre in die Produktion ausgerollt werden.</translation>
    </message>
    <message>
        <source>%1 may not authorise an emergency deployment of %2: the policy names %3.</source>
        <translation>%1 darf kein Notfall-Deployment von %2 genehmigen: Die Richtlinie nennt %3.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved release goes to production, also in an emergency. Approve it first (Next Status in the window, or “relm-cli release set-status NAME approved”).</source>
        <translation>%1 hat den Status „%2“: Nur ein genehmigtes Release geht in Produktion, auch im Notfall. Genehmigen Sie es zuerst („Nächster Status“ im Fenster oder „relm-cli release set-status NAME approved“).</translation>
    </message>
    <message>
        <source>The run (%1 to %2) falls in the change freeze %3. Only the %4 may override it.</source>
        <translation>Der Lauf (%1 bis %2) fällt in die Änderungssperre %3. Nur die Rolle %4 darf sie übersteuern.</translation>
    </message>
</context>
<context>
    <name>relm::gantt</name>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Pages wide must be between 1 and %1, not %2.</source>
        <translation>Die Anzahl der Seiten nebeneinander muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 — schedule</source>
        <translation>%1 — Zeitplan</translation>
    </message>
    <message>
        <source>Cannot write a PDF to %1.</source>
        <translation>Nach %1 kann kein PDF geschrieben werden.</translation>
    </message>
    <message>
        <source>The picture&apos;s width must be between %1 and %2 pixels, not %3.</source>
        <translation>Die Bildbreite muss zwischen %1 und %2 Pixeln liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>A picture of all %1 rows would be %2 pixels tall, more than one image can hold. Export a PDF instead.</source>
        <translation>Ein Bild mit allen %1 Zeilen wäre %2 Pixel hoch, mehr als ein Bild fassen kann. Exportieren Sie stattdessen ein PDF.</translation>
    </message>
    <message>
        <source>Not enough memory for a picture of %1 × %2 pixels.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows: phases, milestones and critical tasks first. The schedule&apos;s own export shows them all.</source>
        <translation>%1 von %2 Zeilen angezeigt: zuerst Phasen, Meilensteine und kritische Vorgänge. Der Export des Zeitplans selbst zeigt alle.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>relm::gantt::GanttLayout</name>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>Baseline (%1)</translation>
    </message>
    <message>
        <source>Critical task</source>
        <translation>Kritischer Vorgang</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Change freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
</context>
<context>
    <name>relm::gantt::GanttSheet</name>
    <message>
        <source>No tasks to show</source>
        <translation>Keine Vorgänge anzuzeigen</translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Status date %1</source>
        <translation>Statusdatum %1</translation>
    </message>
    <message>
        <source>no status date</source>
        <translation>kein Statusdatum</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Vorgänge</translation>
    </message>
    <message>
        <source>showing %1 – %2</source>
        <translation>angezeigt: %1 – %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
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
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>relm::mspdi</name>
    <message>
        <source>&lt;%1&gt; is %2, not a whole number</source>
        <translation>&lt;%1&gt; ist %2, keine ganze Zahl</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; is %1, not a duration such as PT8H0M0S</source>
        <translation>&lt;Duration&gt; ist %1, keine Dauer wie PT8H0M0S</translation>
    </message>
    <message>
        <source>&lt;Duration&gt; is %1, far longer than any plan</source>
        <translation>&lt;Duration&gt; ist %1, weit länger als jeder Plan</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>24 Hours (elapsed time)</source>
        <translation>24 Stunden (verstrichene Zeit)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is %2, not a date and time such as 2026-01-05T08:00:00</source>
        <translation>&lt;%1&gt; ist %2, kein Datum mit Uhrzeit wie 2026-01-05T08:00:00</translation>
    </message>
</context>
<context>
    <name>relm::mspdi::CalendarResolver</name>
    <message>
        <source>the calendar “%1” has a value Relm cannot read: %2.</source>
        <translation>der Kalender „%1“ hat einen Wert, den Relm nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>the calendar “%1” is based on calendars that are based on it again. Give it a base calendar that is not derived from it.</source>
        <translation>der Kalender „%1“ beruht auf Kalendern, die wiederum auf ihm beruhen. Geben Sie ihm einen Basiskalender, der nicht von ihm abgeleitet ist.</translation>
    </message>
    <message>
        <source>its calendar “%1” lists %2 exception days, more than the %3 Relm reads (every day from %4 to %5). Remove exceptions that lie far outside the plan.</source>
        <translation>sein Kalender „%1“ führt %2 Ausnahmetage, mehr als die %3, die Relm liest (jeden Tag von %4 bis %5). Entfernen Sie Ausnahmen, die weit außerhalb des Plans liegen.</translation>
    </message>
</context>
<context>
    <name>relm::mspdi::RawTask</name>
    <message>
        <source>&lt;LinkLag&gt; is %1, not a lag Relm can read</source>
        <translation>&lt;LinkLag&gt; ist %1, kein Zeitabstand, den Relm lesen kann</translation>
    </message>
</context>
<context>
    <name>relm::notes</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Produced from the audit trail whose newest entry has the SHA-256:</source>
        <translation>Erstellt aus dem Prüfpfad, dessen neuester Eintrag folgenden SHA-256 hat:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Audit trail head (SHA-256):</source>
        <translation>Neuester Eintrag des Prüfpfads (SHA-256):</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Was ist neu</translation>
    </message>
    <message>
        <source>What is improved</source>
        <translation>Was wurde verbessert</translation>
    </message>
    <message>
        <source>What is fixed</source>
        <translation>Was wurde behoben</translation>
    </message>
    <message>
        <source>What you need to do</source>
        <translation>Was Sie tun müssen</translation>
    </message>
    <message>
        <source>Known errors and workarounds</source>
        <translation>Bekannte Fehler und Workarounds</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>Deployment windows and affected environments</source>
        <translation>Deployment-Fenster und betroffene Umgebungen</translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>Package contents</source>
        <translation>Paketinhalt</translation>
    </message>
    <message>
        <source>Build notes</source>
        <translation>Build-Notizen</translation>
    </message>
    <message>
        <source>Checker findings</source>
        <translation>Befunde der Paketprüfung</translation>
    </message>
    <message>
        <source>Waived findings</source>
        <translation>Befunde mit Ausnahme</translation>
    </message>
    <message>
        <source>Deployment runbook</source>
        <translation>Deployment-Runbook</translation>
    </message>
    <message>
        <source>Gate checklist</source>
        <translation>Checkliste der Schranke</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abnahmen</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Release-Status</translation>
    </message>
    <message>
        <source>Release type</source>
        <translation>Release-Typ</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Change request references</source>
        <translation>Referenzen der Änderungsanträge</translation>
    </message>
    <message>
        <source>Internal detail of change requests</source>
        <translation>Interne Details der Änderungsanträge</translation>
    </message>
    <message>
        <source>Problem record references</source>
        <translation>Referenzen der Problemdatensätze</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints</source>
        <translation>SHA-256-Fingerabdrücke</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <source>Audit trail head</source>
        <translation>Neuester Eintrag des Prüfpfads</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>%1 (%2) has no public summary, so the %3 notes leave it out. Write one on the release&apos;s Changes page to include it.</source>
        <translation>%1 (%2) hat keine öffentliche Zusammenfassung, daher lassen die Release Notes für %3 ihn weg. Schreiben Sie eine auf der Seite „Änderungen“ des Releases, um ihn aufzunehmen.</translation>
    </message>
    <message>
        <source>This file is not an image Relm can read; use a PNG or JPEG logo.</source>
        <translation>Diese Datei ist kein Bild, das Relm lesen kann; verwenden Sie ein PNG- oder JPEG-Logo.</translation>
    </message>
    <message>
        <source>The template file was written by a newer Relm (file version %1); update Relm to read it.</source>
        <translation>Die Vorlagendatei wurde von einer neueren Relm-Version geschrieben (Dateiversion %1); aktualisieren Sie Relm, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The template for “%1” in the file is damaged: a value has the wrong type.</source>
        <translation>Die Vorlage für „%1“ in der Datei ist beschädigt: Ein Wert hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The file holds two templates for “%1”.</source>
        <translation>Die Datei enthält zwei Vorlagen für „%1“.</translation>
    </message>
    <message>
        <source>The period runs backwards: %1 is after %2. Give the earlier day first.</source>
        <translation>Der Zeitraum läuft rückwärts: %1 liegt nach %2. Geben Sie den früheren Tag zuerst an.</translation>
    </message>
    <message>
        <source>Deployments #%1 and #%2 went to different environments; a roll-up covers one.</source>
        <translation>Die Deployments #%1 und #%2 gingen in verschiedene Umgebungen; Sammel-Release-Notes umfassen jeweils eine.</translation>
    </message>
    <message>
        <source>Deployment #%1 has not run yet, so it cannot bound a roll-up.</source>
        <translation>Deployment #%1 ist noch nicht gelaufen und kann daher den Zeitraum von Sammel-Release-Notes nicht begrenzen.</translation>
    </message>
    <message>
        <source>Deployment #%1 ran before #%2: give the earlier one first.</source>
        <translation>Deployment #%1 lief vor #%2: Geben Sie das frühere zuerst an.</translation>
    </message>
    <message>
        <source>Roll-up notes are written for customers or for service management.</source>
        <translation>Sammel-Release-Notes werden für Kunden oder für das Service-Management geschrieben.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Changes deployed</source>
        <translation>Ausgerollte Änderungen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>This is not a Relm notes template file: use the JSON file that Export… in Notes Templates, or relm-cli template export, writes.</source>
        <translation>Dies ist keine Relm-Vorlagendatei für Release Notes: Verwenden Sie die JSON-Datei, die „Exportieren…“ in den Release-Notes-Vorlagen oder relm-cli template export schreibt.</translation>
    </message>
</context>
<context>
    <name>relm::notes::Builder</name>
    <message>
        <source>The release&apos;s records could not be read.</source>
        <translation>Die Daten des Releases konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 (carried forward)</source>
        <translation>%1 (übernommen)</translation>
    </message>
    <message>
        <source>No known errors.</source>
        <translation>Keine bekannten Fehler.</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Expect %1 to be unavailable or slower between %2 and %3.</source>
        <translation>Rechnen Sie damit, dass %1 zwischen %2 und %3 nicht verfügbar oder langsamer ist.</translation>
    </message>
    <message>
        <source> (emergency)</source>
        <translation> (Notfall)</translation>
    </message>
    <message>
        <source>Service affected</source>
        <translation>Betroffener Service</translation>
    </message>
    <message>
        <source>Deployment approach</source>
        <translation>Deployment-Vorgehen</translation>
    </message>
    <message>
        <source>No deployment is planned yet.</source>
        <translation>Es ist noch kein Deployment geplant.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (%2 min, %3)</source>
        <translation>%1 (%2 Min., %3)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>Open risks by likelihood and impact</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <source>No risks are registered.</source>
        <translation>Es sind keine Risiken erfasst.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>criterion #%1</source>
        <translation>Kriterium #%1</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Noch hat niemand unterschrieben.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The release has no content yet.</source>
        <translation>Das Release hat noch keinen Inhalt.</translation>
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
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No build is recorded yet.</source>
        <translation>Es ist noch kein Build erfasst.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Gebaut</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Every requirement is met and nothing conflicts.</source>
        <translation>Alle Anforderungen sind erfüllt, und es gibt keine Konflikte.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>No finding was waived: the release goes ahead with none.</source>
        <translation>Für keinen Befund wurde eine Ausnahme erteilt: Das Release geht ohne Ausnahmen weiter.</translation>
    </message>
    <message>
        <source>Waived by</source>
        <translation>Ausnahme erteilt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Deployment #%1 to %2, %3</source>
        <translation>Deployment #%1 nach %2, %3</translation>
    </message>
    <message>
        <source>back-out</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation>Point of no Return</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No runbook is written yet.</source>
        <translation>Es wurde noch kein Runbook erstellt.</translation>
    </message>
    <message>
        <source>%1 is final: no gate remains.</source>
        <translation>%1 ist endgültig: Es bleibt keine Schranke mehr.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3): %4</source>
        <translation>%1 → %2 (%3): %4</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>something is missing</source>
        <translation>es fehlt etwas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Festgestellt</translation>
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
        <source>Tasks</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>The schedule; the critical path in red</source>
        <translation>Der Zeitplan; der kritische Pfad in Rot</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Verfügbar ab</translation>
    </message>
    <message>
        <source>Nothing in this release.</source>
        <translation>Nichts in diesem Release.</translation>
    </message>
    <message>
        <source>Known errors of earlier releases that this release fixes:</source>
        <translation>Bekannte Fehler früherer Releases, die dieses Release behebt:</translation>
    </message>
    <message>
        <source>Nothing: the release needs no action from you.</source>
        <translation>Nichts: Das Release erfordert keine Maßnahmen von Ihnen.</translation>
    </message>
    <message>
        <source>No change requests are linked to this release.</source>
        <translation>Mit diesem Release sind keine Änderungsanträge verknüpft.</translation>
    </message>
    <message>
        <source>Also delivered by</source>
        <translation>Auch geliefert mit</translation>
    </message>
    <message>
        <source>The emergency deployment to %1 (%2 to %3) runs inside %4; it is authorised to.</source>
        <translation>Das Notfall-Deployment nach %1 (%2 bis %3) läuft innerhalb von %4; es ist dafür autorisiert.</translation>
    </message>
    <message>
        <source>inside %1 (authorised emergency)</source>
        <translation>innerhalb von %1 (autorisierter Notfall)</translation>
    </message>
    <message>
        <source>INSIDE %1</source>
        <translation>INNERHALB VON %1</translation>
    </message>
    <message>
        <source>Change freeze</source>
        <translation>Änderungssperre</translation>
    </message>
    <message>
        <source>No back-out plan is written. Write one on the release&apos;s Overview page before the change board decides.</source>
        <translation>Es ist kein Rückfallplan geschrieben. Schreiben Sie einen auf der Seite „Übersicht“ des Releases, bevor der Änderungsausschuss entscheidet.</translation>
    </message>
    <message>
        <source>Back-out steps in the runbook:</source>
        <translation>Rückfallschritte im Runbook:</translation>
    </message>
    <message>
        <source>the release</source>
        <translation>das Release</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>mit Ausnahme</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>%1 (overridden)</source>
        <translation>%1 (übersteuert)</translation>
    </message>
    <message>
        <source>The deployment to %1 (%2 to %3) runs inside %4; %5 (%6) overrode the freeze: %7</source>
        <translation>Das Deployment nach %1 (%2 bis %3) läuft innerhalb von %4; %5 (%6) hat die Änderungssperre übersteuert: %7</translation>
    </message>
    <message>
        <source>The deployment to %1 planned for %2 to %3 falls inside %4. Move it out of the freeze, have the %5 override it, or have it authorised as an emergency.</source>
        <translation>Das für %2 bis %3 geplante Deployment nach %1 fällt in %4. Verschieben Sie es aus der Änderungssperre, lassen Sie die Rolle %5 sie übersteuern, oder lassen Sie es als Notfall genehmigen.</translation>
    </message>
</context>
<context>
    <name>relm::notes::PagePainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Produced %1 by Relm</source>
        <translation>Erstellt am %1 mit Relm</translation>
    </message>
</context>
<context>
    <name>relm::notes::PdfLayout</name>
    <message>
        <source>Cannot write a PDF to %1.</source>
        <translation>Nach %1 kann kein PDF geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>relm::notes::RollupBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Releases deployed</source>
        <translation>Ausgerollte Releases</translation>
    </message>
    <message>
        <source> (emergency)</source>
        <translation> (Notfall)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Nothing was deployed in this period.</source>
        <translation>In diesem Zeitraum wurde nichts ausgerollt.</translation>
    </message>
    <message>
        <source>Deployments that failed or were rolled back</source>
        <translation>Fehlgeschlagene oder zurückgerollte Deployments</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4</source>
        <translation>%1 %2 am %3: %4</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>keine Notizen</translation>
    </message>
</context>
<context>
    <name>relm::notes::Writer</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Produced from the audit trail whose newest entry has the SHA-256:</source>
        <translation>Erstellt aus dem Prüfpfad, dessen neuester Eintrag folgenden SHA-256 hat:</translation>
    </message>
</context>
<context>
    <name>relm::notes_catalogue</name>
    <message>
        <source>Release notes</source>
        <translation>Release Notes</translation>
    </message>
    <message>
        <source>Release notes for service management</source>
        <translation>Release Notes für das Service-Management</translation>
    </message>
    <message>
        <source>Technical release notes</source>
        <translation>Technische Release Notes</translation>
    </message>
    <message>
        <source>Change board pack</source>
        <translation>Unterlagen für den Änderungsausschuss</translation>
    </message>
</context>
<context>
    <name>relm::package_ops</name>
    <message numerus="yes">
        <source>%n component version(s)</source>
        <translation>
            <numerusform>%n Komponentenversion</numerusform>
            <numerusform>%n Komponentenversionen</numerusform>
        </translation>
    </message>
    <message>
        <source>The component has no versions in the catalogue yet.</source>
        <translation>Die Komponente hat noch keine Versionen im Katalog.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No version given for %1: picked %2, the latest.</source>
        <translation>Keine Version für %1 angegeben: %2 gewählt, die neueste.</translation>
    </message>
    <message>
        <source>%1 has no package yet.</source>
        <translation>%1 hat noch kein Paket.</translation>
    </message>
    <message>
        <source>%1 has no package named “%2” (it has: %3).</source>
        <translation>%1 hat kein Paket namens „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>relm::planner</name>
    <message>
        <source>the calendar “%1” overrides a day type without a valid id.</source>
        <translation>der Kalender „%1“ überschreibt einen Tagestyp ohne gültige ID.</translation>
    </message>
    <message>
        <source>the calendar “%1” has the working interval “%2”–“%3”; an interval runs from HHMM to a later HHMM.</source>
        <translation>der Kalender „%1“ hat das Arbeitsintervall „%2“–„%3“; ein Intervall reicht von HHMM bis zu einem späteren HHMM.</translation>
    </message>
    <message>
        <source>the calendar “%1” has working intervals of one day that overlap.</source>
        <translation>der Kalender „%1“ hat sich überschneidende Arbeitsintervalle an einem Tag.</translation>
    </message>
    <message>
        <source>the calendar “%1” sets apart the day “%2”; a day is YYYYMMDD between %3 and %4 with the id of a day type.</source>
        <translation>der Kalender „%1“ nimmt den Tag „%2“ aus; ein Tag ist JJJJMMTT zwischen %3 und %4 mit der ID eines Tagestyps.</translation>
    </message>
    <message>
        <source>the calendar “%1” sets apart more than %2 days.</source>
        <translation>der Kalender „%1“ nimmt mehr als %2 Tage aus.</translation>
    </message>
    <message>
        <source>calendars derive from each other more than %1 levels deep.</source>
        <translation>Kalender sind mehr als %1 Ebenen tief voneinander abgeleitet.</translation>
    </message>
    <message>
        <source>the calendar “%1” has no valid id.</source>
        <translation>der Kalender „%1“ hat keine gültige ID.</translation>
    </message>
    <message>
        <source>the calendar “%1” gives %2 the day type “%3”, which is not a number.</source>
        <translation>der Kalender „%1“ gibt %2 den Tagestyp „%3“, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>its calendar “%1” has no working time in its week.</source>
        <translation>sein Kalender „%1“ hat in seiner Woche keine Arbeitszeit.</translation>
    </message>
</context>
<context>
    <name>relm::planning</name>
    <message>
        <source>The plan could not be read.</source>
        <translation>Der Plan konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Release #%1 does not exist.</source>
        <translation>Release #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The schedule finishes on %1, after the release&apos;s planned end (%2): move the planned end, or shorten the plan.</source>
        <translation>Der Zeitplan endet am %1, nach dem geplanten Ende des Release (%2): Verschieben Sie das geplante Ende oder kürzen Sie den Plan.</translation>
    </message>
</context>
<context>
    <name>relm::rules</name>
    <message>
        <source>The release already has a task named “%1”. Task names identify tasks (relm-cli refers to them by name): choose another name, e.g. “%1 (2)”.</source>
        <translation>Das Release hat bereits einen Vorgang namens „%1“. Vorgangsnamen identifizieren Vorgänge (relm-cli verweist über den Namen auf sie): Wählen Sie einen anderen Namen, z. B. „%1 (2)“.</translation>
    </message>
    <message>
        <source>“%1” cannot be placed inside itself or inside one of its own tasks.</source>
        <translation>„%1“ kann nicht in sich selbst oder in einen seiner eigenen Vorgänge eingeordnet werden.</translation>
    </message>
    <message>
        <source>“%1” can only belong to a phase of its own release.</source>
        <translation>„%1“ kann nur zu einer Phase des eigenen Releases gehören.</translation>
    </message>
    <message>
        <source>“%1” is a milestone, not a phase: tasks cannot be placed in it.</source>
        <translation>„%1“ ist ein Meilenstein, keine Phase: Darin können keine Vorgänge eingeordnet werden.</translation>
    </message>
    <message>
        <source>A new release starts as Draft; it moves on along its lifecycle from there.</source>
        <translation>Ein neues Release beginnt als Entwurf; von dort durchläuft es seinen Lebenszyklus.</translation>
    </message>
    <message>
        <source>The status of %1 moves only along its lifecycle (the status button, Release ▸ Status, or “relm-cli release set-status”), where its gates are checked.</source>
        <translation>Der Status von %1 ändert sich nur entlang seines Lebenszyklus (über die Status-Schaltfläche, Release ▸ Status oder „relm-cli release set-status“), wobei seine Schranken geprüft werden.</translation>
    </message>
    <message>
        <source>A task stays in its release; remove it and add it to the other release instead.</source>
        <translation>Ein Vorgang bleibt in seinem Release; entfernen Sie ihn und fügen Sie ihn stattdessen dem anderen Release hinzu.</translation>
    </message>
    <message>
        <source>“%1” and “%2” cannot be linked: “%1” is part of the phase “%2”, which spans it.</source>
        <translation>„%1“ und „%2“ können nicht verknüpft werden: „%1“ gehört zur Phase „%2“, die sie umfasst.</translation>
    </message>
    <message>
        <source>A risk can only threaten a task of its own release; “%1” belongs to another.</source>
        <translation>Ein Risiko kann nur einen Vorgang des eigenen Releases bedrohen; „%1“ gehört zu einem anderen.</translation>
    </message>
    <message>
        <source>Package “%1” is not part of %2.</source>
        <translation>Paket „%1“ gehört nicht zu %2.</translation>
    </message>
    <message>
        <source>How a deployment ran is recorded with Record Run (“relm-cli deploy record”) and Roll Back, where the deployment rules are checked; it cannot be written directly.</source>
        <translation>Wie ein Deployment lief, wird mit „Durchlauf erfassen“ („relm-cli deploy record“) und „Zurückrollen“ erfasst, wobei die Deployment-Regeln geprüft werden; direkt schreiben lässt es sich nicht.</translation>
    </message>
    <message>
        <source>A runbook step is checked off or skipped with Check Off and Skip (“relm-cli runbook done” and “runbook skip”), which record who and when.</source>
        <translation>Ein Runbook-Schritt wird mit „Abhaken“ und „Überspringen“ („relm-cli runbook done“ und „runbook skip“) abgehakt oder übersprungen; dabei wird festgehalten, wer es wann getan hat.</translation>
    </message>
    <message>
        <source>Deployment #%1 has run (%2): a deployment that ran is a record and stays.</source>
        <translation>Deployment #%1 ist gelaufen (%2): Ein gelaufenes Deployment ist eine Aufzeichnung und bleibt erhalten.</translation>
    </message>
    <message>
        <source>Runbook step “%1” was checked off at %2 UTC; it stays as a record of the run.</source>
        <translation>Runbook-Schritt „%1“ wurde abgehakt (%2 UTC); er bleibt als Aufzeichnung des Durchlaufs erhalten.</translation>
    </message>
    <message>
        <source>%1 is %2: the changes it delivered are on record and stay as they are. Link %3 to a release that is still to come.</source>
        <translation>%1 hat den Status %2: Die gelieferten Änderungen sind festgehalten und bleiben unverändert. Verknüpfen Sie %3 mit einem Release, das noch bevorsteht.</translation>
    </message>
    <message>
        <source>%1 is %2 and delivered %3: that stays on record. Set the change&apos;s status instead if it no longer applies.</source>
        <translation>%1 hat den Status „%2“ und hat %3 geliefert: Das bleibt dokumentiert. Ändern Sie stattdessen den Status des Änderungsantrags, wenn er nicht mehr zutrifft.</translation>
    </message>
    <message>
        <source>%1 may not change %2: the change calendar is kept by release managers and the change board.</source>
        <translation>%1 darf %2 nicht ändern: Den Änderungskalender pflegen Release-Manager und der Änderungsausschuss.</translation>
    </message>
    <message>
        <source>Only the %1 may change or remove the freeze “%2”, as only they may override it. %3 does not hold that role.</source>
        <translation>Nur die Rolle %1 darf die Änderungssperre „%2“ ändern oder entfernen, da nur diese Rolle sie übersteuern darf. %3 hat diese Rolle nicht inne.</translation>
    </message>
    <message>
        <source>the window “%1”</source>
        <translation>dem Fenster „%1“</translation>
    </message>
    <message>
        <source>#%1 by %2</source>
        <translation>#%1 von %2</translation>
    </message>
    <message>
        <source>Freeze overrides rest on %1 (deployment %2). Withdraw them first, so that the audit trail records who withdrew them.</source>
        <translation>Auf %1 beruhen Übersteuerungen von Änderungssperren (Deployment %2). Ziehen Sie sie zuerst zurück, damit der Prüfpfad festhält, wer sie zurückgezogen hat.</translation>
    </message>
    <message>
        <source>deployment #%1</source>
        <translation>Deployment #%1</translation>
    </message>
    <message>
        <source>No release serves “%1”, so “%2” would hold nothing back for it. Give a release that target service first.</source>
        <translation>Kein Release bedient „%1“, daher würde „%2“ dafür nichts zurückhalten. Geben Sie zuerst einem Release diesen Zieldienst.</translation>
    </message>
    <message>
        <source>No release serves “%1”, so “%2” would hold nothing back for it: check the spelling. Services releases serve: %3.</source>
        <translation>Kein Release bedient „%1“, daher würde „%2“ dafür nichts zurückhalten: Prüfen Sie die Schreibweise. Dienste, die Releases bedienen: %3.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 was changed since (%2), by another step or another person, and writing now would overwrite that change. Look at it again, then make your change anew.</source>
        <translation>Nichts wurde geschrieben: %1 wurde seither geändert (%2), durch einen anderen Schritt oder eine andere Person, und jetzt zu schreiben würde diese Änderung überschreiben. Sehen Sie es sich erneut an und nehmen Sie Ihre Änderung dann neu vor.</translation>
    </message>
    <message>
        <source>%1 is %2: what it shipped is on record and stays as it is. Put %3 into a release that is still to come.</source>
        <translation>%1 hat den Status „%2“: Was es ausgeliefert hat, ist festgehalten und bleibt, wie es ist. Nehmen Sie %3 in ein kommendes Release auf.</translation>
    </message>
    <message>
        <source>%1 is %2 and shipped %3: that stays on record. A later release can replace or retire it.</source>
        <translation>%1 hat den Status „%2“ und hat %3 ausgeliefert: Das bleibt festgehalten. Ein späteres Release kann es ersetzen oder ausmustern.</translation>
    </message>
</context>
<context>
    <name>relm::sbom_actions</name>
    <message>
        <source>Import SBOM</source>
        <translation>SBOM importieren</translation>
    </message>
    <message>
        <source>Bills of materials (CycloneDX or SPDX JSON) (*.json)</source>
        <translation>Stücklisten (CycloneDX- oder SPDX-JSON) (*.json)</translation>
    </message>
    <message>
        <source>Open or select a release first: the bill of materials goes into one of its packages.</source>
        <translation>Öffnen oder wählen Sie zuerst ein Release: die Stückliste kommt in eines seiner Pakete.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Open or select a release first: its content is what the bill of materials lists.</source>
        <translation>Öffnen oder wählen Sie zuerst ein Release: sein Inhalt ist, was die Stückliste aufführt.</translation>
    </message>
    <message>
        <source>Export SBOM</source>
        <translation>SBOM exportieren</translation>
    </message>
    <message>
        <source>CycloneDX JSON (*.cdx.json *.json)</source>
        <translation>CycloneDX-JSON (*.cdx.json *.json)</translation>
    </message>
    <message>
        <source>Saved %1 as CycloneDX 1.5 to %2.</source>
        <translation>%1 als CycloneDX 1.5 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>relm::schedule_rule</name>
    <message>
        <source>The schedule of %1 could not be computed after this change, so nothing was changed: %2</source>
        <translation>Der Zeitplan von %1 konnte nach dieser Änderung nicht berechnet werden, daher wurde nichts geändert: %2</translation>
    </message>
</context>
<context>
    <name>relm::server_errors</name>
    <message>
        <source>Relm cannot connect to %1: %2. Check the address, that the server runs and lets you in from this computer, and your password (kept in the keychain, PGPASSWORD or ~/.pgpass).</source>
        <translation>Relm kann sich nicht mit %1 verbinden: %2. Prüfen Sie die Adresse, ob der Server läuft und Sie von diesem Rechner aus hereinlässt, und Ihr Passwort (im Schlüsselbund, in PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>%1 did not let you in (%2). Check the user name and the password.</source>
        <translation>%1 hat Sie nicht hereingelassen (%2). Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>%1 holds no Relm database yet. Whoever manages the server sets it up with “relm-cli server init %1” (as the database&apos;s owner), or “relm-cli --server %1 init” for a database of your own.</source>
        <translation>%1 enthält noch keine Relm-Datenbank. Wer den Server verwaltet, richtet sie mit „relm-cli server init %1“ ein (als Eigentümer der Datenbank), oder „relm-cli --server %1 init“ für eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Relm database: it holds another program&apos;s tables. Name an empty database or one Relm set up. Nothing was changed.</source>
        <translation>%1 ist keine Relm-Datenbank: sie enthält Tabellen eines anderen Programms. Nennen Sie eine leere Datenbank oder eine, die Relm eingerichtet hat. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 has database version %2 and this Relm needs version %3, but your login may not change the database&apos;s structure. Ask whoever manages the server to run “relm-cli server init %1” as the database&apos;s owner; it upgrades the database. Nothing was changed.</source>
        <translation>%1 hat die Datenbankversion %2 und dieses Relm braucht Version %3, aber Ihre Anmeldung darf den Aufbau der Datenbank nicht ändern. Bitten Sie, wer den Server verwaltet, „relm-cli server init %1“ als Eigentümer der Datenbank auszuführen; das aktualisiert die Datenbank. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The connection to %1 broke (%2). The change was not saved; try again once the server can be reached.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2). Die Änderung wurde nicht gespeichert; versuchen Sie es erneut, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 refused this to your login (%2). Ask whoever manages the server for the right to do it.</source>
        <translation>%1 hat dies Ihrer Anmeldung verweigert (%2). Bitten Sie, wer den Server verwaltet, um das Recht dazu.</translation>
    </message>
    <message>
        <source>Someone else on %1 is changing the same records just now. Nothing of your change was saved; try again in a moment.</source>
        <translation>Jemand anderes auf %1 ändert gerade dieselben Datensätze. Nichts von Ihrer Änderung wurde gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a database on a server, which Relm does not yet copy or back up into a file. Ask whoever manages the server to back it up (pg_dump); nothing was written.</source>
        <translation>%1 ist eine Datenbank auf einem Server, die Relm noch nicht in eine Datei kopiert oder sichert. Bitten Sie, wer den Server verwaltet, sie zu sichern (pg_dump); nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>relm::signOffRules</name>
    <message>
        <source>%1 does not hold the role %2, so cannot sign in it.</source>
        <translation>%1 hat die Rolle %2 nicht und kann daher nicht in dieser Rolle unterschreiben.</translation>
    </message>
    <message>
        <source>A rejection needs a comment saying why.</source>
        <translation>Eine Ablehnung braucht einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>%1 owns %2 and so cannot sign it as %3: test and acceptance sign-offs must come from someone independent of the owner.</source>
        <translation>%1 ist für %2 verantwortlich und kann daher nicht als %3 unterschreiben: Abnahmen in Test- und Abnahmerollen müssen von jemandem kommen, der vom Verantwortlichen unabhängig ist.</translation>
    </message>
    <message>
        <source>Criterion #%1 is accepted by the role %2; sign it in that role.</source>
        <translation>Kriterium #%1 wird von der Rolle %2 abgenommen; unterschreiben Sie in dieser Rolle.</translation>
    </message>
    <message>
        <source>%1 already signed %2 as %3; one person cannot sign one release in two roles.</source>
        <translation>%1 hat %2 bereits als %3 unterschrieben; eine Person kann ein Release nicht in zwei Rollen unterschreiben.</translation>
    </message>
    <message>
        <source>%1 already signed this as %2 on %3, and that signature still stands.</source>
        <translation>%1 hat dies bereits als %2 am %3 unterschrieben, und diese Unterschrift ist noch gültig.</translation>
    </message>
    <message>
        <source>Criterion #%1 has no evidence yet. Accepting it marks it met, and met needs evidence: add a note, a link or a file to it first.</source>
        <translation>Kriterium #%1 hat noch keinen Nachweis. Wer es abnimmt, markiert es als erfüllt, und „erfüllt“ erfordert einen Nachweis: Fügen Sie zuerst eine Notiz, einen Link oder eine Datei hinzu.</translation>
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
        <translation>%1 ist keine Relm-Datenbank: Es ist überhaupt keine Datenbankdatei. Öffnen Sie eine Relm-Datenbank oder legen Sie eine neue an (Datei → Neue Datenbank oder relm-cli init). %2</translation>
    </message>
    <message>
        <source>%1 is not a Relm database: it is an SQLite database of another program. Open a Relm database, or create a new one (File → New, or relm-cli init). %2</source>
        <translation>%1 ist keine Relm-Datenbank: Es ist eine SQLite-Datenbank eines anderen Programms. Öffnen Sie eine Relm-Datenbank oder legen Sie eine neue an (Datei → Neue Datenbank oder relm-cli init). %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup: Relm writes one beside the file before each upgrade, and File → Save a Copy makes one at any time. %3</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her: Relm legt vor jedem Upgrade eine neben der Datei an, und Datei → Kopie speichern erstellt jederzeit eine. %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer Relm (database version %2; this Relm %3 reads versions up to %4). Install a newer Relm to open it. %5</source>
        <translation>%1 wurde von einem neueren Relm geschrieben (Datenbankversion %2; dieses Relm %3 liest Versionen bis %4). Installieren Sie ein neueres Relm, um die Datei zu öffnen. %5</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Relm, or a backup or sync tool holding it). Close that program and try again. %2</source>
        <translation>%1 ist von einem anderen Programm gesperrt (einem anderen Relm oder einem Sicherungs- oder Synchronisierungsprogramm, das die Datei geöffnet hält). Schließen Sie dieses Programm und versuchen Sie es erneut. %2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and nothing was lost.</source>
        <translation>Der Datenträger mit %1 ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Änderung wurde nicht gespeichert, und nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <source>Relm cannot open %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Relm kann %1 nicht öffnen: %2. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 cannot grow any further: it has reached the largest file size this system allows Relm to write. Ask whoever manages the computer to raise the limit; the change was not saved and nothing was lost.</source>
        <translation>%1 kann nicht weiter wachsen: Die Datei hat die größte Dateigröße erreicht, die dieses System Relm erlaubt. Bitten Sie die für den Computer zuständige Person, das Limit anzuheben; die Änderung wurde nicht gespeichert, und nichts ist verloren gegangen.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no Relm database in it yet. To make one there, run “relm-cli --db %2 init” (add --demo for the demo portfolio), or open another database. %3</source>
        <translation>%1 ist leer: Darin gibt es noch keine Relm-Datenbank. Um dort eine anzulegen, führen Sie „relm-cli --db %2 init“ aus (mit --demo für das Demo-Portfolio), oder öffnen Sie eine andere Datenbank. %3</translation>
    </message>
    <message>
        <source>The change was not saved: a record it refers to does not exist (it may have been removed in the meantime).</source>
        <translation>Die Änderung wurde nicht gespeichert: Ein Datensatz, auf den sie verweist, existiert nicht (er wurde möglicherweise inzwischen entfernt).</translation>
    </message>
</context>
<context>
    <name>relm::table_catalogue</name>
    <message>
        <source>The table %1 hands out no ids.</source>
        <translation>Die Tabelle %1 vergibt keine IDs.</translation>
    </message>
    <message>
        <source>the row with id %2 of %1 refers to a row of %3 that is not there</source>
        <translation>die Zeile mit der ID %2 von %1 verweist auf eine Zeile von %3, die es nicht gibt</translation>
    </message>
</context>
<context>
    <name>relm::validation</name>
    <message>
        <source>%1 characters is too long; at most %2 are allowed.</source>
        <translation>%1 Zeichen sind zu lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>A release needs a name.</source>
        <translation>Ein Release braucht einen Namen.</translation>
    </message>
    <message>
        <source>A release name cannot start or end with spaces.</source>
        <translation>Ein Release-Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A release name cannot contain &apos;/&apos; (it separates release and package on the command line).</source>
        <translation>Ein Release-Name darf kein &apos;/&apos; enthalten (es trennt auf der Befehlszeile Release und Paket).</translation>
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
        <translation>Eine Komponente braucht einen Namen.</translation>
    </message>
    <message>
        <source>A component name cannot contain spaces or &apos;@&apos; (e.g. use &quot;auth-service&quot;).</source>
        <translation>Ein Komponentenname darf keine Leerzeichen oder &apos;@&apos; enthalten (verwenden Sie z. B. &quot;auth-service&quot;).</translation>
    </message>
    <message>
        <source>A version needs a version string, e.g. 2.4.1.</source>
        <translation>Eine Version braucht eine Versionsangabe, z. B. 2.4.1.</translation>
    </message>
    <message>
        <source>A version string cannot contain spaces.</source>
        <translation>Eine Versionsangabe darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (0-9, a-f).</source>
        <translation>Ein SHA-256-Fingerabdruck besteht aus 64 Hexadezimalziffern (0-9, a-f).</translation>
    </message>
    <message>
        <source>A person needs a login name.</source>
        <translation>Eine Person braucht einen Anmeldenamen.</translation>
    </message>
    <message>
        <source>A login name cannot contain spaces.</source>
        <translation>Ein Anmeldename darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A person needs a display name.</source>
        <translation>Eine Person braucht einen Anzeigenamen.</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>Eine Umgebung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A package needs a name.</source>
        <translation>Ein Paket braucht einen Namen.</translation>
    </message>
    <message>
        <source>A package name cannot contain &apos;/&apos;.</source>
        <translation>Ein Paketname darf kein &apos;/&apos; enthalten.</translation>
    </message>
    <message>
        <source>A change request needs a reference, e.g. RFC-1042.</source>
        <translation>Ein Änderungsantrag braucht eine Referenz, z. B. RFC-1042.</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>Ein Änderungsantrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>%1: &quot;%2&quot; ist kein gültiges Datum; verwenden Sie YYYY-MM-DD, z. B. 2026-03-31.</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Ein Vorgang braucht einen Namen.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>Der Fortschritt ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>A date constraint needs its date.</source>
        <translation>Eine Datumseinschränkung braucht ihr Datum.</translation>
    </message>
    <message>
        <source>A three-point estimate needs optimistic ≤ most likely ≤ pessimistic.</source>
        <translation>Eine Dreipunktschätzung erfordert optimistisch ≤ wahrscheinlichst ≤ pessimistisch.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Ein Vorgang kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Ein Kalender braucht einen Namen.</translation>
    </message>
    <message>
        <source>A calendar needs some working time in its week.</source>
        <translation>Ein Kalender braucht Arbeitszeit in seiner Woche.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <source>a terminal escape character</source>
        <translation>Terminal-Escape-Zeichen</translation>
    </message>
    <message>
        <source>an invisible character that reverses or reorders text (U+%1)</source>
        <translation>unsichtbares Zeichen, das Text umkehrt oder umordnet (U+%1)</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>“%1” cannot hold %2: use plain text on one line.</source>
        <translation>„%1“ enthält ein unzulässiges Zeichen (%2): Verwenden Sie einfachen Text in einer Zeile.</translation>
    </message>
    <message>
        <source>The text “%1” cannot hold %2; remove it.</source>
        <translation>Der Text „%1“ enthält ein unzulässiges Zeichen (%2); entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the dates Relm plans with (%3 to %4).</source>
        <translation>%1: %2 liegt außerhalb des Zeitraums, mit dem Relm plant (%3 bis %4).</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>“%1” lasts longer than Relm plans (at most 10 years of working time); shorten it or split it into phases.</source>
        <translation>„%1“ dauert länger, als Relm plant (höchstens 10 Jahre Arbeitszeit); kürzen Sie sie oder teilen Sie sie in Phasen auf.</translation>
    </message>
    <message>
        <source>The constraint date of %1</source>
        <translation>Das Einschränkungsdatum von %1</translation>
    </message>
    <message>
        <source>A lag or lead is at most 10 years of working time.</source>
        <translation>Ein positiver oder negativer Zeitabstand beträgt höchstens 10 Jahre Arbeitszeit.</translation>
    </message>
    <message>
        <source>A lag in percent lies between -%1 % and %1 % of the predecessor&apos;s duration.</source>
        <translation>Ein prozentualer Zeitabstand liegt zwischen -%1 % und %1 % der Dauer des Vorgängers.</translation>
    </message>
    <message>
        <source>%1: %2–%3 is not a period of working time; the end comes after the start, within the day (00:00 to 24:00).</source>
        <translation>%1: %2–%3 ist kein Arbeitszeitraum; das Ende muss nach dem Beginn liegen, innerhalb desselben Tages (00:00 bis 24:00).</translation>
    </message>
    <message>
        <source>%1: working hours %2–%3 and %4–%5 overlap; give each period once, e.g. %6–%7.</source>
        <translation>%1: Die Arbeitszeiten %2–%3 und %4–%5 überschneiden sich; geben Sie jeden Zeitraum nur einmal an, z. B. %6–%7.</translation>
    </message>
    <message>
        <source>An exception date</source>
        <translation>Ein Ausnahmetag</translation>
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation>Ein Risiko braucht einen Titel.</translation>
    </message>
    <message>
        <source>Likelihood is rated from 1 (rare) to 5 (almost certain), not %1.</source>
        <translation>Die Wahrscheinlichkeit wird von 1 (selten) bis 5 (fast sicher) bewertet, nicht mit %1.</translation>
    </message>
    <message>
        <source>Impact is rated from 1 (negligible) to 5 (severe), not %1.</source>
        <translation>Die Auswirkung wird von 1 (vernachlässigbar) bis 5 (schwerwiegend) bewertet, nicht mit %1.</translation>
    </message>
    <message>
        <source>An expected delay cannot be negative.</source>
        <translation>Eine erwartete Verzögerung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An expected delay is at most 10 years of working time.</source>
        <translation>Eine erwartete Verzögerung beträgt höchstens 10 Jahre Arbeitszeit.</translation>
    </message>
    <message>
        <source>A delay needs the task it would delay: name the task too.</source>
        <translation>Eine Verzögerung braucht den Vorgang, den sie verzögern würde: Geben Sie auch den Vorgang an.</translation>
    </message>
    <message>
        <source>A risk belongs to a release.</source>
        <translation>Ein Risiko gehört zu einem Release.</translation>
    </message>
    <message>
        <source>A criterion needs a description.</source>
        <translation>Ein Kriterium braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>A criterion belongs to a release.</source>
        <translation>Ein Kriterium gehört zu einem Release.</translation>
    </message>
    <message>
        <source>A waived criterion needs the reason it was waived.</source>
        <translation>Ein Kriterium mit Ausnahme braucht die Begründung für die Ausnahme.</translation>
    </message>
    <message>
        <source>The evidence fingerprint must be a SHA-256: 64 hexadecimal digits.</source>
        <translation>Der Fingerabdruck des Nachweises muss ein SHA-256 sein: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>A criterion is met on evidence: add a note, a link or a file first.</source>
        <translation>Ein Kriterium gilt erst mit einem Nachweis als erfüllt: Fügen Sie zuerst eine Notiz, einen Link oder eine Datei hinzu.</translation>
    </message>
    <message>
        <source>A quorum is between 1 and 25 people, not %1.</source>
        <translation>Ein Quorum umfasst 1 bis 25 Personen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the sign-offs.</source>
        <translation>%1 ist bei den Abnahmen doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The lead time is between 0 and 2160 hours (90 days).</source>
        <translation>Die Vorlaufzeit liegt zwischen 0 und 2160 Stunden (90 Tage).</translation>
    </message>
    <message>
        <source>A deployment names a release and an environment.</source>
        <translation>Ein Deployment braucht ein Release und eine Umgebung.</translation>
    </message>
    <message>
        <source>The planned window ends before it starts.</source>
        <translation>Das geplante Fenster endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>The deployment ends before it starts.</source>
        <translation>Das Deployment endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>A deployment that ran needs its actual start.</source>
        <translation>Ein gelaufenes Deployment braucht seinen tatsächlichen Beginn.</translation>
    </message>
    <message>
        <source>An emergency deployment needs the reason it could not wait.</source>
        <translation>Ein Notfall-Deployment braucht die Begründung, warum es nicht warten konnte.</translation>
    </message>
    <message>
        <source>A deployment time</source>
        <translation>Ein Deployment-Zeitpunkt</translation>
    </message>
    <message>
        <source>A runbook step needs a title.</source>
        <translation>Ein Runbook-Schritt braucht einen Titel.</translation>
    </message>
    <message>
        <source>A step takes between 0 minutes and a year.</source>
        <translation>Ein Schritt dauert zwischen 0 Minuten und einem Jahr.</translation>
    </message>
    <message>
        <source>A known error needs a title.</source>
        <translation>Ein bekannter Fehler braucht einen Titel.</translation>
    </message>
    <message>
        <source>A known error cannot be fixed in the release it was found in; remove it instead.</source>
        <translation>Ein bekannter Fehler kann nicht in dem Release behoben werden, in dem er gefunden wurde; entfernen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Incidents are counted from 0.</source>
        <translation>Störungen werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>The review is not complete yet: it still needs %1.</source>
        <translation>Die Nachbetrachtung ist noch nicht vollständig: Es fehlt noch %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid UTC date and time; use YYYY-MM-DDTHH:MM with hours 00-23, e.g. 2026-11-24T22:00.</source>
        <translation>%1: &quot;%2&quot; ist kein gültiges UTC-Datum mit Uhrzeit; verwenden Sie YYYY-MM-DDTHH:MM mit Stunden 00-23, z. B. 2026-11-24T22:00.</translation>
    </message>
    <message>
        <source>%1 “%2” shows nothing: it holds only spaces or invisible characters.</source>
        <translation>%1 „%2“ zeigt nichts an: Es enthält nur Leerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>“%1” holds an invisible character (U+%2), so it would look like another name: type it again without it.</source>
        <translation>„%1“ enthält ein unsichtbares Zeichen (U+%2) und sähe damit wie ein anderer Name aus: Geben Sie ihn ohne dieses Zeichen erneut ein.</translation>
    </message>
    <message>
        <source>“%1” is not an audience of release notes: use customer, service, technical or cab.</source>
        <translation>„%1“ ist keine Zielgruppe von Release Notes: Verwenden Sie customer, service, technical oder cab.</translation>
    </message>
    <message>
        <source>A document title</source>
        <translation>Ein Dokumenttitel</translation>
    </message>
    <message>
        <source>Relm has no notes section “%1”.</source>
        <translation>Relm hat keinen Notes-Abschnitt „%1“.</translation>
    </message>
    <message>
        <source>A heading</source>
        <translation>Eine Überschrift</translation>
    </message>
    <message>
        <source>Relm has no notes field “%1”.</source>
        <translation>Relm hat kein Notes-Feld „%1“.</translation>
    </message>
    <message>
        <source>The footer has %1 characters; at most 500 fit at the foot of a page.</source>
        <translation>Die Fußzeile hat %1 Zeichen; höchstens 500 passen in die Fußzeile einer Seite.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Der Name der Organisation</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB, e.g. #1F3A5F.</source>
        <translation>„%1“ ist keine Farbe: Schreiben Sie sie als #RRGGBB, z. B. #1F3A5F.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; at most %2 KB fit in a document. Use a smaller PNG (a few hundred pixels wide is plenty).</source>
        <translation>Das Logo ist %1 KB groß; höchstens %2 KB passen in ein Dokument. Verwenden Sie ein kleineres PNG (einige hundert Pixel Breite genügen).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Das Logo muss ein PNG-Bild sein.</translation>
    </message>
    <message>
        <source>A window repeats every 1 to 99 weeks, months or years.</source>
        <translation>Ein Fenster wiederholt sich alle 1 bis 99 Wochen, Monate oder Jahre.</translation>
    </message>
    <message>
        <source>A day of the month is 1 to 31, or -1 (the last day) to -31.</source>
        <translation>Ein Tag des Monats ist 1 bis 31 oder -1 (der letzte Tag) bis -31.</translation>
    </message>
    <message>
        <source>A weekday in the month is the 1st to the 5th, or -1 (the last) to -5.</source>
        <translation>Ein Wochentag im Monat ist der 1. bis 5. oder -1 (der letzte) bis -5.</translation>
    </message>
    <message>
        <source>A month is 1 to 12.</source>
        <translation>Ein Monat ist 1 bis 12.</translation>
    </message>
    <message>
        <source>The repetition ends on %1, before the window first starts (%2).</source>
        <translation>Die Wiederholung endet am %1, bevor das Fenster zum ersten Mal beginnt (%2).</translation>
    </message>
    <message>
        <source>The repetition&apos;s end</source>
        <translation>Das Ende der Wiederholung</translation>
    </message>
    <message>
        <source>A window that repeats %1 lasts at most %2 days, so that one occurrence ends before the next begins; this one lasts %3.</source>
        <translation>Ein Fenster, das sich %1 wiederholt, dauert höchstens %2 Tage, damit ein Vorkommen endet, bevor das nächste beginnt; dieses dauert %3.</translation>
    </message>
    <message>
        <source>The window first starts on %1, a day its rule (%2) does not produce. Start it on %3, the first day the rule gives.</source>
        <translation>Das Fenster beginnt erstmals am %1, einem Tag, den seine Regel (%2) nicht ergibt. Lassen Sie es am %3 beginnen, dem ersten Tag, den die Regel ergibt.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows. Use an IANA name such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Verwenden Sie einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC.</translation>
    </message>
    <message>
        <source>A window needs a name.</source>
        <translation>Ein Fenster braucht einen Namen.</translation>
    </message>
    <message>
        <source>A window ends after it starts.</source>
        <translation>Ein Fenster endet nach seinem Beginn.</translation>
    </message>
    <message>
        <source>The window&apos;s start</source>
        <translation>Der Beginn des Fensters</translation>
    </message>
    <message>
        <source>The window&apos;s end</source>
        <translation>Das Ende des Fensters</translation>
    </message>
    <message>
        <source>A window lasts at most a year; split a longer one.</source>
        <translation>Ein Fenster dauert höchstens ein Jahr; teilen Sie ein längeres auf.</translation>
    </message>
    <message>
        <source>A service in the scope needs a name.</source>
        <translation>Ein Service im Geltungsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <source>A meeting needs a date and time.</source>
        <translation>Eine Sitzung braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation>Das Datum der Sitzung</translation>
    </message>
    <message>
        <source>A meeting lasts 5 minutes to 24 hours.</source>
        <translation>Eine Sitzung dauert 5 Minuten bis 24 Stunden.</translation>
    </message>
    <message>
        <source>A meeting&apos;s agenda looks 1 to 92 days ahead.</source>
        <translation>Die Tagesordnung einer Sitzung reicht 1 bis 92 Tage voraus.</translation>
    </message>
</context>
<context>
    <name>relm::window_occurrences</name>
    <message>
        <source>%1 (%2 to %3 %4)</source>
        <translation>%1 (%2 bis %3 %4)</translation>
    </message>
</context>
<context>
    <name>relm::xml_plan</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty. Save the plan again in %2.</source>
        <translation>„%1“ ist leer. Speichern Sie den Plan erneut in %2.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (line %2). Save it again in %3, or convert it to UTF-8.</source>
        <translation>„%1“ ist kein UTF-8-Text (Zeile %2). Speichern Sie ihn erneut in %3 oder wandeln Sie ihn in UTF-8 um.</translation>
    </message>
    <message>
        <source>“%1” is damaged at line %2: %3. Save the plan again in %4.</source>
        <translation>„%1“ ist in Zeile %2 beschädigt: %3. Speichern Sie den Plan erneut in %4.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: line %2: %3</source>
        <translation>„%1“ kann nicht importiert werden: Zeile %2: %3</translation>
    </message>
    <message>
        <source>the file ends before its elements are closed</source>
        <translation>die Datei endet, bevor ihre Elemente geschlossen sind</translation>
    </message>
    <message>
        <source>the markup is not well-formed</source>
        <translation>das Markup ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>a tag is not closed</source>
        <translation>ein Tag ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a character is cut off</source>
        <translation>ein Zeichen ist abgeschnitten</translation>
    </message>
    <message>
        <source>a closing tag does not match the element it closes</source>
        <translation>ein schließendes Tag passt nicht zu dem Element, das es schließt</translation>
    </message>
    <message>
        <source>a tag has the same attribute twice</source>
        <translation>ein Tag hat dasselbe Attribut zweimal</translation>
    </message>
    <message>
        <source>there is more after the document&apos;s last element</source>
        <translation>nach dem letzten Element des Dokuments folgt noch etwas</translation>
    </message>
    <message>
        <source>it uses an entity that is not defined</source>
        <translation>sie verwendet eine Entität, die nicht definiert ist</translation>
    </message>
    <message>
        <source>its encoding cannot be read; save it as UTF-8</source>
        <translation>ihre Kodierung kann nicht gelesen werden; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>a CDATA section is not closed</source>
        <translation>ein CDATA-Abschnitt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a character reference names no character XML allows</source>
        <translation>ein Zeichenverweis nennt kein Zeichen, das XML zulässt</translation>
    </message>
</context>
<context>
    <name>relm::xml_plan::XmlReader</name>
    <message>
        <source>the file ends before its elements are closed</source>
        <translation>die Datei endet, bevor ihre Elemente geschlossen sind</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds an element &lt;%2&gt; where text was expected</source>
        <translation>&lt;%1&gt; enthält ein Element &lt;%2&gt;, wo Text erwartet wurde</translation>
    </message>
</context>
<context>
    <name>relm::xml_plan::XmlTokenizer</name>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>zum Lesen ist nicht genug Speicher vorhanden</translation>
    </message>
</context>
<context>
    <name>relm::xml_plan::XmlTokenizer::Callbacks</name>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it declares entities, which plan files do not</source>
        <translation>sie deklariert Entitäten, was Plandateien nicht tun</translation>
    </message>
</context>
</TS>
