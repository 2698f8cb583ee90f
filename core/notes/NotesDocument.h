#pragma once

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

/// One piece of a section: a paragraph, a bulleted list, a table, label/value pairs, or a picture.
struct NotesBlock {
    enum class Kind { Paragraph, Bullets, Table, Facts, Picture };

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
};

struct NotesSection {
    QString title;
    QList<NotesBlock> blocks;
};

/// The content of one exported document (release notes for an audience, or a change board
/// pack), independent of the format it is written in (PDF, HTML, Markdown).
struct NotesDocument {
    QString title;   ///< e.g. "Release notes for customers"
    QString release; ///< the release name
    QString version;
    QString status;
    QDate date; ///< the day it was produced
    QList<NotesSection> sections;
    QString auditHead; ///< the audit chain's newest hash when it was produced

    /// All text in reading order (for tests and search).
    QString plainText() const;
};

} // namespace relm
