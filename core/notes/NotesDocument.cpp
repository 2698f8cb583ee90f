#include "NotesDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

NotesBlock NotesBlock::paragraph(QString text) {
    NotesBlock b;
    b.kind = Kind::Paragraph;
    b.text = std::move(text);
    return b;
}

NotesBlock NotesBlock::bullets(QStringList items) {
    NotesBlock b;
    b.kind = Kind::Bullets;
    b.items = std::move(items);
    return b;
}

NotesBlock NotesBlock::tableOf(QStringList header, QList<QStringList> rows) {
    NotesBlock b;
    b.kind = Kind::Table;
    b.table = {std::move(header), std::move(rows)};
    return b;
}

NotesBlock NotesBlock::factsOf(QList<std::pair<QString, QString>> facts) {
    NotesBlock b;
    b.kind = Kind::Facts;
    b.facts = std::move(facts);
    return b;
}

NotesBlock NotesBlock::pictureOf(QImage picture, QString caption) {
    NotesBlock b;
    b.kind = Kind::Picture;
    b.picture = std::move(picture);
    b.text = std::move(caption);
    return b;
}

NotesBlock NotesBlock::notice(QString text) {
    NotesBlock b;
    b.kind = Kind::Notice;
    b.text = std::move(text);
    return b;
}

QString NotesDocument::plainText() const {
    QStringList parts{title, release, version, status, look.organisation, look.footer};
    for (const auto &[label, value] : titleFacts)
        parts.append(label + u": "_s + value);
    for (const NotesSection &s : sections) {
        parts.append(s.title);
        for (const NotesBlock &b : s.blocks) {
            parts.append(b.text);
            parts.append(b.items);
            parts.append(b.table.header);
            for (const QStringList &row : b.table.rows)
                parts.append(row);
            for (const auto &[label, value] : b.facts)
                parts.append(label + u": "_s + value);
        }
    }
    parts.append(auditHead);
    return parts.join(u'\n');
}

} // namespace relm
