#include "NotesTemplate.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes_catalogue {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

constexpr SectionInfo sectionTable[] = {
    {"summary", QT_TRANSLATE_NOOP("relm::notes", "Summary"), false},
    {"new", QT_TRANSLATE_NOOP("relm::notes", "What is new"), false},
    {"improved", QT_TRANSLATE_NOOP("relm::notes", "What is improved"), false},
    {"fixed", QT_TRANSLATE_NOOP("relm::notes", "What is fixed"), false},
    {"user_actions", QT_TRANSLATE_NOOP("relm::notes", "What you need to do"), false},
    {"known_errors", QT_TRANSLATE_NOOP("relm::notes", "Known errors and workarounds"), false},
    {"changes", QT_TRANSLATE_NOOP("relm::notes", "Change requests"), true},
    {"deployment_windows", QT_TRANSLATE_NOOP("relm::notes", "Deployment windows and affected environments"), true},
    {"backout", QT_TRANSLATE_NOOP("relm::notes", "Back-out plan"), true},
    {"contents", QT_TRANSLATE_NOOP("relm::notes", "Package contents"), true},
    {"build_notes", QT_TRANSLATE_NOOP("relm::notes", "Build notes"), true},
    {"findings", QT_TRANSLATE_NOOP("relm::notes", "Checker findings"), true},
    {"waivers", QT_TRANSLATE_NOOP("relm::notes", "Waived findings"), true},
    {"runbook", QT_TRANSLATE_NOOP("relm::notes", "Deployment runbook"), true},
    {"gate", QT_TRANSLATE_NOOP("relm::notes", "Gate checklist"), true},
    {"risks", QT_TRANSLATE_NOOP("relm::notes", "Risks"), true},
    {"schedule", QT_TRANSLATE_NOOP("relm::notes", "Schedule"), true},
    {"signoffs", QT_TRANSLATE_NOOP("relm::notes", "Sign-offs"), true},
};

constexpr FieldInfo fieldTable[] = {
    {"release_status", QT_TRANSLATE_NOOP("relm::notes", "Release status"), true},
    {"release_type", QT_TRANSLATE_NOOP("relm::notes", "Release type"), true},
    {"release_manager", QT_TRANSLATE_NOOP("relm::notes", "Release manager"), true},
    {"change_references", QT_TRANSLATE_NOOP("relm::notes", "Change request references"), true},
    {"change_details", QT_TRANSLATE_NOOP("relm::notes", "Internal detail of change requests"), true},
    {"problem_references", QT_TRANSLATE_NOOP("relm::notes", "Problem record references"), true},
    {"fingerprints", QT_TRANSLATE_NOOP("relm::notes", "SHA-256 fingerprints"), true},
    {"risk_heat_map", QT_TRANSLATE_NOOP("relm::notes", "Risk heat map"), true},
    {"audit_head", QT_TRANSLATE_NOOP("relm::notes", "Audit trail head"), true},
};

QList<SectionChoice> shownSections(std::initializer_list<const char *> keys) {
    QList<SectionChoice> result;
    for (const char *key : keys)
        result.append({QString::fromLatin1(key), true, {}});
    return result;
}

QStringList allInternalFields() {
    QStringList result;
    for (const FieldInfo &f : fieldTable)
        result.append(QString::fromLatin1(f.key));
    return result;
}

} // namespace

std::span<const SectionInfo> sections() {
    return sectionTable;
}

std::span<const FieldInfo> fields() {
    return fieldTable;
}

const SectionInfo *section(const QString &key) {
    for (const SectionInfo &s : sectionTable) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

const FieldInfo *field(const QString &key) {
    for (const FieldInfo &f : fieldTable) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

QString headingOf(const QString &sectionKey) {
    const SectionInfo *s = section(sectionKey);
    return s ? tr(s->heading) : sectionKey;
}

QString labelOfField(const QString &fieldKey) {
    const FieldInfo *f = field(fieldKey);
    return f ? tr(f->label) : fieldKey;
}

QStringList audiences() {
    return {u"customer"_s, u"service"_s, u"technical"_s, u"cab"_s};
}

QString defaultTitle(const QString &audience) {
    if (audience == u"customer"_s)
        return tr("Release notes");
    if (audience == u"service"_s)
        return tr("Release notes for service management");
    if (audience == u"technical"_s)
        return tr("Technical release notes");
    return tr("Change board pack");
}

NotesTemplate defaultTemplate(const QString &audience) {
    NotesTemplate t;
    t.audience = audience;
    if (audience == u"customer"_s) {
        t.sections = shownSections({"summary", "new", "improved", "fixed", "user_actions", "known_errors"});
    } else if (audience == u"service"_s) {
        t.sections = shownSections(
            {"summary", "deployment_windows", "changes", "backout", "risks", "known_errors", "waivers", "signoffs"});
        t.fields = allInternalFields();
        t.fields.removeAll(u"risk_heat_map"_s);
        t.fields.removeAll(u"fingerprints"_s);
    } else if (audience == u"technical"_s) {
        t.sections = shownSections(
            {"summary", "changes", "contents", "build_notes", "findings", "waivers", "runbook", "known_errors"});
        t.fields = allInternalFields();
        t.fields.removeAll(u"risk_heat_map"_s);
    } else {
        t.sections = shownSections({"summary", "gate", "changes", "contents", "findings", "waivers",
                                    "deployment_windows", "backout", "runbook", "risks", "schedule", "signoffs"});
        t.fields = allInternalFields();
    }
    return completed(t);
}

NotesTemplate completed(const NotesTemplate &notesTemplate) {
    NotesTemplate t = notesTemplate;
    t.sections.clear();
    QStringList seen;
    for (const SectionChoice &choice : notesTemplate.sections) {
        if (section(choice.key) && !seen.contains(choice.key)) {
            t.sections.append(choice);
            seen.append(choice.key);
        }
    }
    for (const SectionInfo &s : sectionTable) {
        if (!seen.contains(QLatin1String(s.key)))
            t.sections.append({QString::fromLatin1(s.key), false, {}});
    }
    QStringList fields;
    for (const QString &f : notesTemplate.fields) {
        if (field(f) && !fields.contains(f))
            fields.append(f);
    }
    t.fields = fields;
    return t;
}

} // namespace relm::notes_catalogue
