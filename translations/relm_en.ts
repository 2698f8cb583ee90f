<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>relm::AgendaDialog</name>
    <message numerus="yes">
        <source>%n release(s) to decide on</source>
        <translation>
            <numerusform>%n release to decide on</numerusform>
            <numerusform>%n releases to decide on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n sign-off</numerusform>
            <numerusform>%n sign-offs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::AgendaModel</name>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::AuditView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n entries.</source>
        <translation>
            <numerusform>Stopped after %n entry.</numerusform>
            <numerusform>Stopped after %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CalendarStyle</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change freeze(s)</source>
        <translation>
            <numerusform>%n change freeze</numerusform>
            <numerusform>%n change freezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n maintenance window</numerusform>
            <numerusform>%n maintenance windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CatalogueModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::Checklist</name>
    <message numerus="yes">
        <source>%n defined</source>
        <translation>
            <numerusform>%n defined</numerusform>
            <numerusform>%n defined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n void)</source>
        <translation>
            <numerusform> (%n void)</numerusform>
            <numerusform> (%n void)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) do not verify: the records were altered</source>
        <translation>
            <numerusform>%n signature does not verify: the records were altered</numerusform>
            <numerusform>%n signatures do not verify: the records were altered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved at least %n hour(s) before deployment</source>
        <translation>
            <numerusform>Approved at least %n hour before deployment</numerusform>
            <numerusform>Approved at least %n hours before deployment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::ConflictPanel</name>
    <message numerus="yes">
        <source>&amp;Conflicts from %1 to %2: %n</source>
        <translation>
            <numerusform>&amp;Conflicts from %1 to %2: %n</numerusform>
            <numerusform>&amp;Conflicts from %1 to %2: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CsvExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n row(s), %1, separated by %2.</source>
        <translation>
            <numerusform>%n row, %1, separated by %2.</numerusform>
            <numerusform>%n rows, %1, separated by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct the file or the columns; nothing is imported while any row has one.</source>
        <translation>
            <numerusform>%n problem: correct the file or the columns; nothing is imported while a row has one.</numerusform>
            <numerusform>%n problems: correct the file or the columns; nothing is imported while any row has one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::DashboardView</name>
    <message numerus="yes">
        <source>Saved %n chart(s) to %1.</source>
        <translation>
            <numerusform>Saved %n chart to %1.</numerusform>
            <numerusform>Saved %n charts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s); the highest: %1 with %2 %3.</source>
        <translation>
            <numerusform>%n release; the highest: %1 with %2 %3.</numerusform>
            <numerusform>%n releases; the highest: %1 with %2 %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::DeploymentsPage</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) early</source>
        <translation>
            <numerusform>%n day early</numerusform>
            <numerusform>%n days early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Baseline “%1” finished %2: %n day(s) of slip against it.</source>
        <translation>
            <numerusform>Baseline “%1” finished %2: %n day of slip against it.</numerusform>
            <numerusform>Baseline “%1” finished %2: %n days of slip against it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::EnvironmentsView</name>
    <message numerus="yes">
        <source>%1 – %2 (%3, %n version(s))</source>
        <translation>
            <numerusform>%1 – %2 (%3, %n version)</numerusform>
            <numerusform>%1 – %2 (%3, %n versions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A back-out restores the state before “%1”: “%2” (%n component version(s)).</source>
        <translation>
            <numerusform>A back-out restores the state before “%1”: “%2” (%n component version).</numerusform>
            <numerusform>A back-out restores the state before “%1”: “%2” (%n component versions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::FindingsPanel</name>
    <message numerus="yes">
        <source>%1: %n package finding(s). Press Enter or double-click one to open the package.</source>
        <translation>
            <numerusform>%1: %n package finding. Press Enter or double-click it to open the package.</numerusform>
            <numerusform>%1: %n package findings. Press Enter or double-click one to open the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package finding(s)</source>
        <translation>
            <numerusform>%n package finding</numerusform>
            <numerusform>%n package findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es) with other releases on the calendar</source>
        <translation>
            <numerusform>%n clash with other releases on the calendar</numerusform>
            <numerusform>%n clashes with other releases on the calendar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n clash(es) with other releases on the calendar. Press Enter or double-click one to open the calendar.</source>
        <translation>
            <numerusform>%1: %n clash with other releases on the calendar. Press Enter or double-click it to open the calendar.</numerusform>
            <numerusform>%1: %n clashes with other releases on the calendar. Press Enter or double-click one to open the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::GanttTimeline</name>
    <message numerus="yes">
        <source>%n task(s) and milestone(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n task or milestone, from %1 to %2.</numerusform>
            <numerusform>%n tasks and milestones, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the critical path: %1.</source>
        <translation>
            <numerusform>%n on the critical path: %1.</numerusform>
            <numerusform>%n on the critical path: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change freeze(s) shown.</source>
        <translation>
            <numerusform>%n change freeze shown.</numerusform>
            <numerusform>%n change freezes shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::GateChecklist</name>
    <message numerus="yes">
        <source>%n check(s) missing</source>
        <translation>
            <numerusform>%n check missing</numerusform>
            <numerusform>%n checks missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::ICalendarWriter</name>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::ImportSchedule</name>
    <message numerus="yes">
        <source>Import %n task(s) from %1</source>
        <translation>
            <numerusform>Import %n task from %1</numerusform>
            <numerusform>Import %n tasks from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::MeetingsDialog</name>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::MessageBar</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>%1 is the first of several messages; %n counts the others, shown by the button beside it</extracomment>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n messages</source>
        <translation>
            <numerusform>Show the %n message</numerusform>
            <numerusform>Show all %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::MonteCarloPanel</name>
    <message numerus="yes">
        <source> · includes %n risk(s) from the register as possible delays</source>
        <translation>
            <numerusform> · includes %n risk from the register as possible delays</numerusform>
            <numerusform> · includes %n risks from the register as possible delays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::NavigatorModel</name>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n package finding(s)&lt;/b&gt;: see the Findings panel</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n package finding&lt;/b&gt;: see the Findings panel</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n package findings&lt;/b&gt;: see the Findings panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1: %n component version(s)</source>
        <translation>
            <numerusform>Package %1: %n component version</numerusform>
            <numerusform>Package %1: %n component versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::NotesDialog</name>
    <message numerus="yes">
        <source>%1 for %2: %n section(s)</source>
        <translation>
            <numerusform>%1 for %2: %n section</numerusform>
            <numerusform>%1 for %2: %n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::PackageDropper</name>
    <message numerus="yes">
        <source>Remove %n component version(s)</source>
        <translation>
            <numerusform>Remove %n component version</numerusform>
            <numerusform>Remove %n component versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::PackagePickerDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::RecurrenceEditor</name>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::RiskHeatMap</name>
    <message numerus="yes">
        <source>%n open risk(s): %1 extreme, %2 high, %3 medium, %4 low; highest: likelihood %5 × impact %6 (%7) with %8.</source>
        <translation>
            <numerusform>%n open risk: %1 extreme, %2 high, %3 medium, %4 low; highest: likelihood %5 × impact %6 (%7) with %8.</numerusform>
            <numerusform>%n open risks: %1 extreme, %2 high, %3 medium, %4 low; highest: likelihood %5 × impact %6 (%7) with %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::RisksPage</name>
    <message numerus="yes">
        <source>%n open risk(s), %1 high or extreme, %2 overdue for review</source>
        <translation>
            <numerusform>%n open risk, %1 high or extreme, %2 overdue for review</numerusform>
            <numerusform>%n open risks, %1 high or extreme, %2 overdue for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::SbomImport</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::SchedulePage</name>
    <message numerus="yes">
        <source>Saved to %1 (%n task(s), Microsoft Project XML).</source>
        <translation>
            <numerusform>Saved to %1 (%n task, Microsoft Project XML).</numerusform>
            <numerusform>Saved to %1 (%n tasks, Microsoft Project XML).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::ScopeEditor</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::backup_actions</name>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::calendar_style</name>
    <message numerus="yes">
        <source>%n event(s) in conflict.</source>
        <translation>
            <numerusform>%n event in conflict.</numerusform>
            <numerusform>%n events in conflict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::cli</name>
    <message numerus="yes">
        <source>FAIL: %n check(s) missing.</source>
        <translation>
            <numerusform>FAIL: %n check missing.</numerusform>
            <numerusform>FAIL: %n checks missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Froze %1: baseline %2 over %n component version(s).</source>
        <translation>
            <numerusform>Froze %1: baseline %2 over %n component version.</numerusform>
            <numerusform>Froze %1: baseline %2 over %n component versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Includes %n risk(s) from the register as possible delays.</source>
        <translation>
            <numerusform>  Includes %n risk from the register as possible delays.</numerusform>
            <numerusform>  Includes %n risks from the register as possible delays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n minute(s)</source>
        <translation>
            <numerusform>, %n minute</numerusform>
            <numerusform>, %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n clash(es) with other releases on the change calendar: “relm-cli conflicts --release &quot;%1&quot;” lists them.</source>
        <translation>
            <numerusform>Also %n clash with other releases on the change calendar: “relm-cli conflicts --release &quot;%1&quot;” lists it.</numerusform>
            <numerusform>Also %n clashes with other releases on the change calendar: “relm-cli conflicts --release &quot;%1&quot;” lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relm::package_ops</name>
    <message numerus="yes">
        <source>%n component version(s)</source>
        <translation>
            <numerusform>%n component version</numerusform>
            <numerusform>%n component versions</numerusform>
        </translation>
    </message>
</context>
</TS>
