#include "CsvFields.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

const char *const textFormat = QT_TRANSLATE_NOOP("relm::csv", "text");
const char *const dateFormat = QT_TRANSLATE_NOOP("relm::csv", "a date in the file's date format");
const char *const flagFormat = QT_TRANSLATE_NOOP("relm::csv", "yes or no (also true/false, 1/0, ja/nein, x)");
const char *const durationFormat =
    QT_TRANSLATE_NOOP("relm::csv", "working time: 3d, 4h, 90m, 2w (a plain number is days)");
const char *const ratingFormat = QT_TRANSLATE_NOOP("relm::csv", "a whole number from 1 to 5");
const char *const loginFormat = QT_TRANSLATE_NOOP("relm::csv", "a person's login");
const char *const namesFormat = QT_TRANSLATE_NOOP("relm::csv", "names separated by |");

const QList<Field> componentFields = {
    {u"name"_s, QT_TRANSLATE_NOOP("relm::csv", "Name"), {u"component"_s, u"komponente"_s, u"ci"_s}, true, textFormat},
    {u"kind"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Kind"),
     {u"type"_s, u"art"_s, u"typ"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "application, external_software, utility_software, system_software, hardware, "
                                    "documentation or service_documentation")},
    {u"owner"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Owner"),
     {u"besitzer"_s, u"eigentümer"_s, u"verantwortlich"_s, u"verantwortlicher"_s},
     false,
     loginFormat},
    {u"description"_s, QT_TRANSLATE_NOOP("relm::csv", "Description"), {u"beschreibung"_s}, false, textFormat},
    {u"retired"_s, QT_TRANSLATE_NOOP("relm::csv", "Retired"), {u"ausgemustert"_s, u"stillgelegt"_s}, false, flagFormat},
};

const QList<Field> versionFields = {
    {u"component"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Component"),
     {u"komponente"_s, u"componentname"_s, u"ci"_s},
     true,
     textFormat},
    {u"version"_s, QT_TRANSLATE_NOOP("relm::csv", "Version"), {u"versionsnummer"_s, u"release"_s}, true, textFormat},
    {u"sha256"_s,
     QT_TRANSLATE_NOOP("relm::csv", "SHA-256"),
     {u"hash"_s, u"fingerprint"_s, u"checksum"_s, u"prüfsumme"_s, u"fingerabdruck"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "64 hexadecimal digits")},
    {u"source"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Source"),
     {u"sourceref"_s, u"quelle"_s, u"referenz"_s, u"tag"_s},
     false,
     textFormat},
    {u"retired"_s, QT_TRANSLATE_NOOP("relm::csv", "Retired"), {u"ausgemustert"_s, u"stillgelegt"_s}, false, flagFormat},
    {u"requires"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Requires"),
     {u"dependencies"_s, u"benötigt"_s, u"abhängigkeiten"_s, u"voraussetzungen"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "component and range, separated by |: auth-service >=2.3 <3")},
    {u"conflicts"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Conflicts"),
     {u"conflictswith"_s, u"konflikte"_s, u"unverträglich"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "component and range, separated by |")},
};

const QList<Field> taskFields = {
    {u"name"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Name"),
     {u"task"_s, u"taskname"_s, u"vorgang"_s, u"vorgangsname"_s, u"aufgabe"_s},
     true,
     textFormat},
    {u"duration"_s, QT_TRANSLATE_NOOP("relm::csv", "Duration"), {u"dauer"_s}, false, durationFormat},
    {u"milestone"_s, QT_TRANSLATE_NOOP("relm::csv", "Milestone"), {u"meilenstein"_s}, false, flagFormat},
    {u"phase"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Phase"),
     {u"parent"_s, u"summary"_s, u"summarytask"_s, u"sammelvorgang"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "the name of a task above it in the file, or already in the release")},
    {u"predecessors"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Predecessors"),
     {u"after"_s, u"dependson"_s, u"vorgänger"_s, u"abhängigvon"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "task names separated by | (finish-to-start)")},
    {u"start_no_earlier_than"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Start no earlier than"),
     {u"snet"_s, u"earlieststart"_s, u"anfangnichtfrüherals"_s, u"frühesteranfang"_s},
     false,
     dateFormat},
    {u"finish_no_later_than"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Finish no later than"),
     {u"fnlt"_s, u"deadline"_s, u"endenichtspäterals"_s, u"spätestesende"_s},
     false,
     dateFormat},
    {u"percent_complete"_s,
     QT_TRANSLATE_NOOP("relm::csv", "% complete"),
     {u"%complete"_s, u"progress"_s, u"fortschritt"_s, u"%abgeschlossen"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "a whole number from 0 to 100")},
    {u"deployment"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Deployment"),
     {u"deploys"_s, u"bereitstellung"_s},
     false,
     flagFormat},
    {u"environment"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Environment"),
     {u"env"_s, u"umgebung"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "an environment's name")},
    {u"optimistic"_s, QT_TRANSLATE_NOOP("relm::csv", "Optimistic"), {u"optimistisch"_s}, false, durationFormat},
    {u"pessimistic"_s, QT_TRANSLATE_NOOP("relm::csv", "Pessimistic"), {u"pessimistisch"_s}, false, durationFormat},
};

const QList<Field> riskFields = {
    {u"title"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Title"),
     {u"risk"_s, u"risiko"_s, u"titel"_s, u"name"_s},
     true,
     textFormat},
    {u"description"_s, QT_TRANSLATE_NOOP("relm::csv", "Description"), {u"beschreibung"_s}, false, textFormat},
    {u"category"_s, QT_TRANSLATE_NOOP("relm::csv", "Category"), {u"kategorie"_s}, false, textFormat},
    {u"likelihood"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Likelihood"),
     {u"probability"_s, u"wahrscheinlichkeit"_s, u"eintrittswahrscheinlichkeit"_s},
     false,
     ratingFormat},
    {u"impact"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Impact"),
     {u"auswirkung"_s, u"tragweite"_s, u"schaden"_s},
     false,
     ratingFormat},
    {u"owner"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Owner"),
     {u"verantwortlich"_s, u"verantwortlicher"_s, u"besitzer"_s},
     false,
     loginFormat},
    {u"mitigation"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Mitigation"),
     {u"maßnahme"_s, u"gegenmaßnahme"_s, u"minderung"_s},
     false,
     textFormat},
    {u"contingency"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Contingency"),
     {u"notfallplan"_s, u"notfall"_s},
     false,
     textFormat},
    {u"status"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Status"),
     {u"state"_s, u"zustand"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "open, mitigating, accepted or closed")},
    {u"review_date"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Review date"),
     {u"review"_s, u"nextreview"_s, u"überprüfung"_s, u"prüfdatum"_s, u"wiedervorlage"_s},
     false,
     dateFormat},
    {u"task"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Task"),
     {u"vorgang"_s, u"aufgabe"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "the name of a task of the release")},
    {u"delay"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Delay"),
     {u"expecteddelay"_s, u"verzögerung"_s},
     false,
     durationFormat},
};

const QList<Field> changeFields = {
    {u"reference"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Reference"),
     {u"ref"_s, u"id"_s, u"key"_s, u"referenz"_s, u"schlüssel"_s},
     true,
     textFormat},
    {u"title"_s, QT_TRANSLATE_NOOP("relm::csv", "Title"), {u"name"_s, u"titel"_s}, true, textFormat},
    {u"kind"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Kind"),
     {u"type"_s, u"art"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "feature, improvement or fix")},
    {u"status"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Status"),
     {u"state"_s, u"zustand"_s},
     false,
     QT_TRANSLATE_NOOP("relm::csv", "proposed, approved, in_progress, implemented or rejected")},
    {u"summary"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Public summary"),
     {u"publicsummary"_s, u"zusammenfassung"_s},
     false,
     textFormat},
    {u"detail"_s,
     QT_TRANSLATE_NOOP("relm::csv", "Internal detail"),
     {u"description"_s, u"internaldetail"_s, u"beschreibung"_s, u"details"_s},
     false,
     textFormat},
    {u"action"_s,
     QT_TRANSLATE_NOOP("relm::csv", "User action"),
     {u"useraction"_s, u"aktion"_s, u"anwenderaktion"_s},
     false,
     textFormat},
    {u"releases"_s, QT_TRANSLATE_NOOP("relm::csv", "Releases"), {u"release"_s}, false, namesFormat},
};

} // namespace

QList<RecordKind> recordKinds() {
    return {RecordKind::Components, RecordKind::Versions, RecordKind::Tasks, RecordKind::Risks, RecordKind::Changes};
}

QString keyOf(RecordKind kind) {
    switch (kind) {
    case RecordKind::Components:
        return u"components"_s;
    case RecordKind::Versions:
        return u"versions"_s;
    case RecordKind::Tasks:
        return u"tasks"_s;
    case RecordKind::Risks:
        return u"risks"_s;
    case RecordKind::Changes:
        return u"changes"_s;
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(QStringView key) {
    for (RecordKind kind : recordKinds()) {
        if (key.compare(keyOf(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString labelOf(RecordKind kind) {
    switch (kind) {
    case RecordKind::Components:
        return tr("Components");
    case RecordKind::Versions:
        return tr("Component versions");
    case RecordKind::Tasks:
        return tr("Schedule tasks");
    case RecordKind::Risks:
        return tr("Risks");
    case RecordKind::Changes:
        return tr("Change requests");
    }
    return {};
}

bool needsRelease(RecordKind kind) {
    return kind == RecordKind::Tasks || kind == RecordKind::Risks;
}

const QList<Field> &fieldsOf(RecordKind kind) {
    switch (kind) {
    case RecordKind::Components:
        return componentFields;
    case RecordKind::Versions:
        return versionFields;
    case RecordKind::Tasks:
        return taskFields;
    case RecordKind::Risks:
        return riskFields;
    case RecordKind::Changes:
        break;
    }
    return changeFields;
}

const Field *findField(RecordKind kind, QStringView key) {
    for (const Field &field : fieldsOf(kind)) {
        if (looseName(field.key) == looseName(key))
            return &field;
    }
    return nullptr;
}

QString labelOf(const Field &field) {
    return tr(field.label);
}

QString formatOf(const Field &field) {
    return tr(field.format);
}

QString looseName(QStringView name) {
    QString loose;
    loose.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == u'%')
            loose.append(c);
    }
    return loose.toCaseFolded();
}

ColumnMapping ColumnMapping::guess(RecordKind kind, const QStringList &header) {
    QStringList loose;
    for (const QString &name : header)
        loose.append(looseName(name));
    ColumnMapping mapping;
    QList<bool> used(header.size(), false);
    // Exact keys first, so that a "Name" column goes to the field called name, not to a synonym.
    for (const bool byKey : {true, false}) {
        for (const Field &field : fieldsOf(kind)) {
            if (mapping.m_columns.contains(field.key))
                continue;
            QStringList names{looseName(field.key)};
            if (!byKey) {
                names.append(looseName(tr(field.label)));
                for (const QString &name : field.names)
                    names.append(looseName(name));
            }
            for (int i = 0; i < loose.size(); ++i) {
                if (!used.at(i) && names.contains(loose.at(i))) {
                    mapping.m_columns.insert(field.key, i);
                    used[i] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

void ColumnMapping::set(const QString &field, int column) {
    if (column < 0)
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

Result<void> ColumnMapping::override(RecordKind kind, const QString &spec, const QStringList &header) {
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString fieldKey = pair.left(equals).trimmed();
        const Field *field = equals > 0 ? findField(kind, fieldKey) : nullptr;
        if (!field) {
            QStringList keys;
            for (const Field &f : fieldsOf(kind))
                keys.append(f.key);
            return makeError(
                ErrorCode::Invalid,
                tr("\u201C%1\u201D in the column mapping is not FIELD=Column with one of the fields of %2: "
                   "%3.")
                    .arg(pair.trimmed(), keyOf(kind), keys.join(u", "_s)));
        }
        const QString columnName = pair.mid(equals + 1).trimmed();
        if (columnName.isEmpty()) {
            set(field->key, -1);
            continue;
        }
        int column = -1;
        for (int i = 0; i < header.size() && column < 0; ++i) {
            if (header.at(i).trimmed().compare(columnName, Qt::CaseInsensitive) == 0)
                column = i;
        }
        for (int i = 0; i < header.size() && column < 0; ++i) {
            if (looseName(header.at(i)) == looseName(columnName))
                column = i;
        }
        bool isNumber = false;
        const int number = columnName.startsWith(u'#') ? columnName.mid(1).toInt(&isNumber) : 0;
        if (column < 0 && isNumber && number >= 1 && number <= header.size())
            column = number - 1;
        if (column < 0)
            return makeError(ErrorCode::Invalid, tr("The column mapping names a column \u201C%1\u201D for %2, but the "
                                                    "file has none; its columns are: %3 (or give #1 to #%4).")
                                                     .arg(columnName, field->key, header.join(u", "_s))
                                                     .arg(header.size()));
        set(field->key, column);
    }
    return {};
}

QStringList ColumnMapping::missingRequired(RecordKind kind) const {
    QStringList missing;
    for (const Field &field : fieldsOf(kind)) {
        if (field.required && column(field.key) < 0)
            missing.append(field.key);
    }
    return missing;
}

std::optional<RecordKind> likelyKind(const QStringList &header) {
    // The kind whose fields take the most columns, all its required ones among them; a tie
    // decides nothing.
    std::optional<RecordKind> best;
    int bestCount = 0;
    bool tie = false;
    for (RecordKind kind : recordKinds()) {
        const ColumnMapping mapping = ColumnMapping::guess(kind, header);
        if (!mapping.missingRequired(kind).isEmpty())
            continue;
        const auto &fields = fieldsOf(kind);
        const int count = int(
            std::count_if(fields.cbegin(), fields.cend(), [&](const Field &f) { return mapping.column(f.key) >= 0; }));
        if (count > bestCount) {
            best = kind;
            bestCount = count;
            tie = false;
        } else if (count == bestCount) {
            tie = true;
        }
    }
    return tie ? std::nullopt : best;
}

QString ColumnMapping::toSpec(RecordKind kind, const QStringList &header) const {
    QStringList pairs;
    for (const Field &field : fieldsOf(kind)) {
        const int c = column(field.key);
        if (c >= 0 && c < header.size())
            pairs.append(field.key + u'=' + header.at(c));
    }
    return pairs.join(u',');
}

QString layoutKey(const QStringList &header) {
    QStringList loose;
    for (const QString &name : header)
        loose.append(looseName(name));
    return QString::fromLatin1(
        QCryptographicHash::hash(loose.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace relm::csv
