#pragma once

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace relm {

/// A table in a document; its header repeats on every page it spans.
struct NotesTable {
    QStringList header;
    QList<QStringList> rows;
};

/// One piece of a section: a paragraph, a bulleted list, a table, label/value pairs, a picture, or a
/// notice (a paragraph the reader must not miss, e.g. a deployment window inside a change freeze).
struct NotesBlock {
    enum class Kind { Paragraph, Bullets, Table, Facts, Picture, Notice };

    Kind kind = Kind::Paragraph;
    QString text;                             ///< Paragraph; the caption of a Picture
    QStringList items;                        ///< Bullets
    NotesTable table;                         ///< Table
    QList<std::pair<QString, QString>> facts; ///< Facts
    QImage picture;                           ///< Picture

    static NotesBlock paragraph(QString text);
    static NotesBlock bullets(QStringList items);
    static NotesBlock tableOf(QStringList header, QList<QStringList> rows);
    static NotesBlock factsOf(QList<std::pair<QString, QString>> facts);
    static NotesBlock pictureOf(QImage picture, QString caption);
    static NotesBlock notice(QString text);
};

struct NotesSection {
    QString title;
    QList<NotesBlock> blocks;
    QString key; ///< the template's name for the section, e.g. "known_errors"
};

/// How a document looks: the organisation's name, logo and colours, and the footer text. Set once
/// for the organisation (the footer per audience) in the notes templates.
struct NotesLook {
    QString organisation;                      ///< empty: no organisation line
    QImage logo;                               ///< null: no logo
    QColor primary = QColor(0x1f, 0x3a, 0x5f); ///< headings, title band, table headers
    QColor accent = QColor(0xc0, 0x6c, 0x00);  ///< notices and highlights
    QString footer;                            ///< printed at the foot of every page
};

/// The content of one exported document (release notes for an audience, or a change board
/// pack), independent of the format it is written in (PDF, HTML, Markdown).
struct NotesDocument {
    QString title;   ///< e.g. "Release notes for customers"
    QString release; ///< the release name (for a roll-up: what it covers, e.g. "Production")
    QString version;
    QString status; ///< empty when the audience does not see it
    QDate date;     ///< the day it was produced
    /// What the title block lists under the release name (e.g. Version, Date, Status), in order.
    QList<std::pair<QString, QString>> titleFacts;
    QList<NotesSection> sections;
    QString auditHead; ///< the audit chain's newest hash when it was produced; empty: not printed
    NotesLook look;
    /// Things the author should know before sending it (not printed), e.g. changes left out of the
    /// customer notes because they have no public summary.
    QStringList warnings;

    /// All text in reading order (for tests and search).
    QString plainText() const;
};

} // namespace relm
