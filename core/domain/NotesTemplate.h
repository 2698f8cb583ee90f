#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relm {

/// One section as a notes template shows it: whether it appears, and under which heading.
struct SectionChoice {
    QString key; ///< e.g. "known_errors" (see notes::sectionCatalogue)
    bool shown = true;
    QString heading; ///< empty: the section's own heading

    bool operator==(const SectionChoice &) const = default;
};

/// What the release notes for one audience contain: the sections in order, the optional fields
/// shown, the document title and the footer. A database without one uses the audience's default.
struct NotesTemplate {
    Id id = 0;
    QString audience; ///< customer, service, technical or cab
    QString title;    ///< empty: the audience's own title
    QList<SectionChoice> sections;
    QStringList fields; ///< the optional fields shown (see notes::fieldCatalogue)
    QString footer;

    bool operator==(const NotesTemplate &) const = default;
};

/// The organisation's look, the same on every document: its name, logo and two colours.
struct NotesBranding {
    Id id = 0;
    QString organisation;
    QByteArray logoPng;                                ///< empty: no logo
    QString primaryColour = QStringLiteral("#1f3a5f"); ///< #RRGGBB
    QString accentColour = QStringLiteral("#c06c00");  ///< #RRGGBB

    bool operator==(const NotesBranding &) const = default;
};

} // namespace relm

#include <span>

namespace relm::notes_catalogue {

/// A section Relm can write, with its default heading; internal ones are meant for staff only.
struct SectionInfo {
    const char *key;
    const char *heading; ///< untranslated; translate with headingOf
    bool internal;
};

/// An optional field inside the sections (references, fingerprints, the audit head...).
struct FieldInfo {
    const char *key;
    const char *label; ///< untranslated; translate with labelOfField
    bool internal;
};

std::span<const SectionInfo> sections();
std::span<const FieldInfo> fields();
const SectionInfo *section(const QString &key);
const FieldInfo *field(const QString &key);
QString headingOf(const QString &sectionKey);
QString labelOfField(const QString &fieldKey);

/// customer, service, technical, cab.
QStringList audiences();
/// The document title an audience's notes carry by default, e.g. "Release notes for customers".
QString defaultTitle(const QString &audience);
/// What an audience gets when nobody changed it: customers see nothing internal.
NotesTemplate defaultTemplate(const QString &audience);
/// The template with every known section listed once (missing ones appended, hidden), unknown
/// ones dropped: what the editor shows and the builder follows.
NotesTemplate completed(const NotesTemplate &notesTemplate);

} // namespace relm::notes_catalogue
