#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "domain/JsonCodec.h"
#include "i18n/ShownText.h"
#include "signing/TrailVerification.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// A field's value as one short line: text as it is, anything else as compact JSON, at most
/// kLongest characters (the JSON output holds every value whole).
QString valueText(const QJsonValue &value) {
    constexpr qsizetype kLongest = 40;
    QString text;
    if (value.isUndefined() || value.isNull())
        text = u"\u2014"_s;
    else if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    text.replace(u'\n', u' ');
    return shortened(text, kLongest);
}

/// What an entry changed, field by field ("status: planned \u2192 approved"). A record made or
/// removed whole has no such list: its summary names it.
QString changedFields(const AuditEntry &entry) {
    if (entry.before.isEmpty() || entry.after.isEmpty())
        return QString();
    QStringList keys = entry.before.keys() + entry.after.keys();
    keys.sort();
    keys.removeDuplicates();
    QStringList changes;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = entry.before.value(key);
        const QJsonValue after = entry.after.value(key);
        if (before != after)
            changes.append(u"%1: %2 \u2192 %3"_s.arg(key, valueText(before), valueText(after)));
    }
    return changes.join(u"; "_s);
}

/// The summary, then the fields changed: one free-text column, the table's last, so that a long
/// summary does not widen the columns of every other line.
QString whatChanged(const AuditEntry &entry) {
    const QString fields = changedFields(entry);
    return fields.isEmpty() ? entry.summary : u"%1 (%2)"_s.arg(entry.summary, fields);
}

} // namespace

int init(CliContext &cli) {
    Workspace &ws = cli.workspace();
    if (!ws.database().isNew()) {
        cli.err() << tr("%1 already exists; it was left as it is.").arg(ws.database().location()) << Qt::endl;
        return ExitRefused;
    }
    QString chosen; // who later commands act as without --as, when that is not the system user
    if (cli.isSet(u"demo"_s)) {
        if (auto r = DemoData::seed(ws, QDate::currentDate()); !r)
            return cli.fail(r.error());
    } else {
        // An empty database still needs someone to act as: the person running init.
        QString login = cli.option(u"as"_s);
        if (login.isEmpty())
            login = qEnvironmentVariable("RELM_USER");
        if (login.isEmpty())
            login = cli.defaultLogin();
        if (login.isEmpty())
            login = u"admin"_s;
        CreateRecord<Person> createPerson(Person{0, login, login, {}, {Role::ReleaseManager}});
        if (auto r = ws.apply(createPerson); !r)
            return cli.fail(r.error());
        if (cli.option(u"as"_s).isEmpty() && qEnvironmentVariableIsEmpty("RELM_USER") && login != cli.defaultLogin())
            chosen = login;
    }
    cli.out() << tr("Created %1.").arg(ws.database().location()) << Qt::endl;
    if (!chosen.isEmpty())
        cli.out() << tr("You are \u201C%1\u201D in it (this system gives no user name): run relm-cli with --as %1, "
                        "or set RELM_USER=%1.")
                         .arg(chosen)
                  << Qt::endl;
    return ExitOk;
}

int componentList(CliContext &cli) {
    auto components = cli.workspace().catalogue().components();
    auto versions = cli.workspace().catalogue().versions();
    if (!components || !versions)
        return cli.fail(components ? versions.error() : components.error());
    QHash<Id, QList<ComponentVersion>> byComponent;
    for (const ComponentVersion &v : *versions)
        byComponent[v.componentId].append(v);
    if (cli.json()) {
        QJsonArray array;
        for (const Component &c : *components) {
            QJsonObject object = json::toJson(c);
            QJsonArray versionArray;
            for (const ComponentVersion &v : byComponent.value(c.id))
                versionArray.append(json::toJson(v));
            object.insert(u"versions"_s, versionArray);
            array.append(object);
        }
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Component"), tr("Kind"), tr("Owner"), tr("Versions")});
    for (const Component &c : *components) {
        QStringList names;
        for (const ComponentVersion &v : byComponent.value(c.id))
            names.append(v.version);
        table.addRow(
            {c.name + (c.retired ? tr(" (retired)") : QString()), labelOf(c.kind), c.ownerLogin, names.join(u", "_s)});
    }
    table.print(cli.out());
    return ExitOk;
}

int personList(CliContext &cli) {
    auto people = cli.workspace().directory().people();
    if (!people)
        return cli.fail(people.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Person &p : *people)
            array.append(json::toJson(p));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Login"), tr("Name"), tr("Roles")});
    for (const Person &p : *people) {
        QStringList roles;
        for (Role role : p.roles)
            roles.append(labelOf(role));
        table.addRow({p.login, p.displayName, roles.join(u", "_s)});
    }
    table.print(cli.out());
    return ExitOk;
}

int environmentList(CliContext &cli) {
    auto environments = cli.workspace().directory().environments();
    if (!environments)
        return cli.fail(environments.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Environment &e : *environments)
            array.append(json::toJson(e));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Environment"), tr("Kind"), tr("Description")});
    for (const Environment &e : *environments)
        table.addRow({e.name, labelOf(e.kind), e.description});
    table.print(cli.out());
    return ExitOk;
}

int auditLog(CliContext &cli) {
    AuditFilter filter;
    if (cli.isSet(u"release"_s)) {
        auto release = cli.workspace().releases().releaseByName(cli.option(u"release"_s));
        if (!release)
            return cli.fail(release.error());
        filter.releaseId = release->id;
    }
    auto entries = cli.workspace().auditLog().entries(filter);
    if (!entries)
        return cli.fail(entries.error());
    if (cli.json()) {
        QJsonArray array;
        for (const AuditEntry &e : *entries) {
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"at"_s, e.at.toString(Qt::ISODateWithMs)},
                                     {u"actor"_s, e.actorLogin},
                                     {u"entity"_s, e.entity},
                                     {u"entity_id"_s, e.entityId},
                                     {u"action"_s, e.action},
                                     {u"release_id"_s, e.releaseId == 0 ? QJsonValue() : QJsonValue(e.releaseId)},
                                     {u"summary"_s, e.summary},
                                     {u"before"_s, e.before},
                                     {u"after"_s, e.after},
                                     {u"hash"_s, e.entryHash}});
        }
        cli.printJson(array);
        return ExitOk;
    }
    // Values before and after, in full, are in --json; the table says which fields changed.
    TextTable table({tr("When (UTC)"), tr("Who"), tr("Action"), tr("What")});
    for (const AuditEntry &e : *entries)
        table.addRow({e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.actorLogin, e.action, whatChanged(e)});
    table.print(cli.out());
    return ExitOk;
}

int auditVerify(CliContext &cli) {
    auto verification = verifyTrail(cli.workspace());
    if (!verification)
        return cli.fail(verification.error());
    const TrailVerification &v = *verification;
    if (cli.json()) {
        cli.printJson(v.toJson());
    } else if (v.intact()) {
        cli.out() << tr("The audit trail is intact: %1 entries checked.").arg(v.audit.entries) << Qt::endl;
        cli.out() << tr("Signatures: %1 checked, %2 valid, %3 void because what they signed changed since.")
                         .arg(v.signatures)
                         .arg(v.valid)
                         .arg(v.voided)
                  << Qt::endl;
    } else {
        cli.err() << tr("The audit trail was tampered with. %1").arg(v.problem()) << Qt::endl;
    }
    return v.intact() ? ExitOk : ExitFindings;
}

} // namespace relm::cli
