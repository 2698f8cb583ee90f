#include "NotesParts.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

bool shows(const NotesTemplate &notesTemplate, const QString &field) {
    return notesTemplate.fields.contains(field);
}

QStringList changeLines(const QList<ChangeRequest> &changes, ChangeKind kind, const NotesTemplate &notesTemplate,
                        QStringList &warnings) {
    const bool internal = shows(notesTemplate, u"change_details"_s);
    const bool references = shows(notesTemplate, u"change_references"_s);
    QStringList lines;
    for (const ChangeRequest &c : changes) {
        if (c.kind != kind || c.status == ChangeStatus::Rejected)
            continue;
        QString text = c.publicSummary;
        if (text.isEmpty() && internal)
            text = c.title;
        if (text.isEmpty()) {
            const QString warning =
                QCoreApplication::translate("relm::notes",
                                            "%1 (%2) has no public summary, so the %3 notes leave it out. Write one "
                                            "on the release's Changes page to include it.")
                    .arg(c.reference, c.title, notesTemplate.audience);
            if (!warnings.contains(warning))
                warnings.append(warning);
            continue;
        }
        const QString line = references ? u"%1 (%2)"_s.arg(text, c.reference) : text;
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

QStringList userActionLines(const QList<ChangeRequest> &changes) {
    QStringList lines;
    for (const ChangeRequest &c : changes) {
        if (c.status != ChangeStatus::Rejected && !c.userAction.isEmpty() && !lines.contains(c.userAction))
            lines.append(c.userAction);
    }
    return lines;
}

} // namespace relm::notes
