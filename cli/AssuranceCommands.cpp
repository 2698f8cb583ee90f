#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/RecordChanges.h"
#include "changes/SignOffChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseGate.h"
#include "domain/JsonCodec.h"
#include "domain/ReleaseLifecycle.h"
#include "packages/FileFingerprint.h"
#include "signing/Crypto.h"
#include "signing/SignOffVerifier.h"
#include "storage/AcceptanceStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("relm::cli", text, disambiguation, n);
}

/// Passphrases come from an environment variable (scripts) or, one per line, from stdin.
class PassphraseSource {
public:
    Result<QString> next(const char *variable) {
        const QString fromEnvironment = qEnvironmentVariable(variable);
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        const QString line = m_stdin.readLine();
        if (line.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("No passphrase was given. Set %1, or give the passphrase on a line of standard "
                                "input.")
                                 .arg(QString::fromLatin1(variable)));
        return line;
    }

private:
    QTextStream m_stdin{stdin};
};

Result<Id> parseNumber(CliContext &cli, qsizetype word, const QString &what) {
    bool ok = false;
    const Id id = cli.word(word).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid, tr("%1 takes a number (see the list command).").arg(what));
    return id;
}

template<typename E>
Result<void> readTerm(CliContext &cli, const QString &option, E &value) {
    if (!cli.isSet(option))
        return {};
    const auto parsed = fromKey<E>(cli.option(option));
    if (!parsed)
        return makeError(ErrorCode::Invalid, tr("--%1 is one of: %2.").arg(option, keysOf<E>().join(u", "_s)));
    value = *parsed;
    return {};
}

Result<void> applyCriterionOptions(CliContext &cli, AcceptanceCriterion &c) {
    if (auto r = readTerm(cli, u"category"_s, c.category); !r)
        return r;
    if (auto r = readTerm(cli, u"role"_s, c.acceptorRole); !r)
        return r;
    if (auto r = readTerm(cli, u"status"_s, c.status); !r)
        return r;
    for (const auto &[option, field] :
         {std::pair{u"description"_s, &c.description}, std::pair{u"evidence-note"_s, &c.evidenceNote},
          std::pair{u"evidence-link"_s, &c.evidenceLink}, std::pair{u"reason"_s, &c.waiverReason}}) {
        if (cli.isSet(option))
            *field = cli.option(option);
    }
    if (cli.isSet(u"evidence-file"_s)) {
        const QString path = cli.option(u"evidence-file"_s);
        auto hash = sha256OfFile(path);
        if (!hash)
            return hash.error();
        c.evidenceFile = QFileInfo(path).fileName();
        c.evidenceSha256 = *hash;
    }
    return {};
}

QString criterionEvidence(const AcceptanceCriterion &c) {
    QStringList parts;
    if (!c.evidenceNote.isEmpty())
        parts.append(c.evidenceNote);
    if (!c.evidenceLink.isEmpty())
        parts.append(c.evidenceLink);
    if (!c.evidenceSha256.isEmpty())
        parts.append(u"%1 (sha256 %2\u2026)"_s.arg(c.evidenceFile, c.evidenceSha256.left(12)));
    return parts.join(u"; "_s);
}

Result<Release> releaseNamed(CliContext &cli, qsizetype word) {
    return cli.workspace().releases().releaseByName(cli.word(word));
}

QString signOffTarget(const SignOff &s) {
    return s.criterionId ? tr("criterion #%1").arg(s.criterionId) : tr("release");
}

} // namespace

int criterionAdd(CliContext &cli) {
    auto release = releaseNamed(cli, 1);
    if (!release)
        return cli.fail(release.error());
    AcceptanceCriterion criterion;
    criterion.releaseId = release->id;
    criterion.description = cli.word(2);
    if (auto r = applyCriterionOptions(cli, criterion); !r)
        return cli.fail(r.error());
    CreateRecord<AcceptanceCriterion> create(criterion);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    cli.out() << tr("Added criterion #%1 (%2, accepted by %3).")
                     .arg(create.record().id)
                     .arg(labelOf(criterion.category), labelOf(criterion.acceptorRole))
              << Qt::endl;
    return ExitOk;
}

int criterionList(CliContext &cli) {
    auto release = releaseNamed(cli, 1);
    if (!release)
        return cli.fail(release.error());
    auto criteria = cli.workspace().acceptance().criteria(release->id);
    if (!criteria)
        return cli.fail(criteria.error());
    if (cli.json()) {
        QJsonArray array;
        for (const AcceptanceCriterion &c : *criteria)
            array.append(json::toJson(c));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Criterion"), tr("Category"), tr("Accepted by"), tr("Status"), tr("Evidence")});
    for (const AcceptanceCriterion &c : *criteria) {
        QString status = labelOf(c.status);
        if (c.status == CriterionStatus::Waived)
            status += u" (%1)"_s.arg(c.waiverReason);
        table.addRow({QString::number(c.id), c.description, labelOf(c.category), labelOf(c.acceptorRole), status,
                      criterionEvidence(c)});
    }
    table.print(cli.out());
    return ExitOk;
}

int criterionSet(CliContext &cli) {
    auto id = parseNumber(cli, 1, tr("criterion set"));
    if (!id)
        return cli.usage(id.error().message);
    auto criterion = cli.workspace().acceptance().criterion(*id);
    if (!criterion)
        return cli.fail(criterion.error());
    AcceptanceCriterion updated = *criterion;
    if (auto r = applyCriterionOptions(cli, updated); !r)
        return cli.fail(r.error());
    if (updated == *criterion) {
        cli.out() << tr("Nothing to change.") << Qt::endl;
        return ExitOk;
    }
    EditRecord<AcceptanceCriterion> edit(*criterion, updated);
    if (auto r = cli.workspace().apply(edit); !r)
        return cli.fail(r.error());
    cli.out() << tr("Updated criterion #%1 (%2).").arg(*id).arg(labelOf(updated.status)) << Qt::endl;
    return ExitOk;
}

int policyList(CliContext &cli) {
    auto policies = cli.workspace().acceptance().policies();
    if (!policies)
        return cli.fail(policies.error());
    if (cli.json()) {
        QJsonArray array;
        for (const ReleasePolicy &p : *policies)
            array.append(json::toJson(p));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Type"), tr("Sign-offs"), tr("Required criteria"), tr("Lead time"), tr("Frozen baseline"),
                     tr("Emergency authoriser")});
    for (const ReleasePolicy &p : *policies)
        table.addRow({labelOf(p.releaseType), p.signOffs.isEmpty() ? tr("none") : policy::signOffsToText(p.signOffs),
                      policy::categoriesToText(p.requiredCategories), tr("%1 h").arg(p.minimumLeadHours),
                      p.frozenBaselineRequired ? tr("required") : tr("no"),
                      p.emergencyAuthoriser ? labelOf(*p.emergencyAuthoriser) : QString()});
    table.print(cli.out());
    return ExitOk;
}

int policySet(CliContext &cli) {
    const auto type = fromKey<ReleaseType>(cli.word(1));
    if (!type)
        return cli.usage(tr("policy set takes a release type: %1.").arg(keysOf<ReleaseType>().join(u", "_s)));
    auto existing = cli.workspace().acceptance().policyFor(*type);
    if (!existing)
        return cli.fail(existing.error());
    ReleasePolicy policy = existing->value_or(ReleasePolicy{});
    policy.releaseType = *type;
    if (cli.isSet(u"signoffs"_s)) {
        auto signOffs = policy::signOffsFromText(cli.option(u"signoffs"_s));
        if (!signOffs)
            return cli.fail(makeError(ErrorCode::Invalid, tr("--signoffs lists roles with an optional quorum, e.g. "
                                                             "change_board:3,test_manager; roles: %1.")
                                                              .arg(keysOf<Role>().join(u", "_s))));
        policy.signOffs = *signOffs;
    }
    if (cli.isSet(u"categories"_s)) {
        auto categories = policy::categoriesFromText(cli.option(u"categories"_s));
        if (!categories)
            return cli.fail(makeError(
                ErrorCode::Invalid,
                tr("--categories lists criterion categories: %1.").arg(keysOf<CriterionCategory>().join(u", "_s))));
        policy.requiredCategories = *categories;
    }
    if (cli.isSet(u"lead-hours"_s)) {
        bool ok = false;
        policy.minimumLeadHours = cli.option(u"lead-hours"_s).toInt(&ok);
        if (!ok)
            return cli.fail(makeError(ErrorCode::Invalid, tr("--lead-hours takes a whole number of hours.")));
    }
    if (cli.isSet(u"frozen-baseline"_s)) {
        const QString value = cli.option(u"frozen-baseline"_s).toLower();
        if (value != u"yes"_s && value != u"no"_s)
            return cli.fail(makeError(ErrorCode::Invalid, tr("--frozen-baseline is yes or no.")));
        policy.frozenBaselineRequired = value == u"yes"_s;
    }
    if (cli.isSet(u"emergency-role"_s)) {
        const QString value = cli.option(u"emergency-role"_s);
        if (value.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            policy.emergencyAuthoriser.reset();
        } else {
            policy.emergencyAuthoriser = fromKey<Role>(value);
            if (!policy.emergencyAuthoriser)
                return cli.fail(
                    makeError(ErrorCode::Invalid,
                              tr("--emergency-role is a role or none: %1.").arg(keysOf<Role>().join(u", "_s))));
        }
    }
    Result<void> applied;
    if (*existing) {
        EditRecord<ReleasePolicy> edit(**existing, policy);
        applied = cli.workspace().apply(edit);
    } else {
        CreateRecord<ReleasePolicy> create(policy);
        applied = cli.workspace().apply(create);
    }
    if (!applied)
        return cli.fail(applied.error());
    cli.out() << tr("Saved the policy for %1 releases.").arg(labelOf(*type)) << Qt::endl;
    return ExitOk;
}

int gateCheck(CliContext &cli) {
    auto release = releaseNamed(cli, 1);
    if (!release)
        return cli.fail(release.error());
    std::optional<ReleaseStatus> to = ReleaseLifecycle::forwardStep(release->status);
    if (cli.isSet(u"to"_s)) {
        to = fromKey<ReleaseStatus>(cli.option(u"to"_s));
        if (!to)
            return cli.usage(tr("--to takes a status: %1.").arg(keysOf<ReleaseStatus>().join(u", "_s)));
    }
    if (!to)
        return cli.fail(makeError(
            ErrorCode::Invalid,
            tr("%1 is %2, a final status: there is no next gate.").arg(release->name, labelOf(release->status))));
    auto gate = ReleaseGate::check(AssuranceSources::of(cli.workspace()), release->id, *to, cli.workspace().clock()());
    if (!gate)
        return cli.fail(gate.error());
    if (cli.json()) {
        QJsonObject object = gate->toJson();
        object.insert(u"release"_s, release->name);
        cli.printJson(object);
    } else {
        cli.out() << tr("Gate %1 \u2192 %2 for %3 (%4)")
                         .arg(labelOf(release->status), labelOf(*to), release->name, gate->policyName)
                  << Qt::endl;
        for (const GateCheck &c : gate->checks)
            cli.out() << (c.passed ? u"  [x] "_s : u"  [ ] "_s) << c.text
                      << (c.detail.isEmpty() ? QString() : u" \u2014 "_s + c.detail) << Qt::endl;
        cli.out() << (gate->passed() ? tr("PASS: the release may move on.")
                                     : tr("FAIL: %n check(s) missing.", nullptr, int(gate->missing().size())))
                  << Qt::endl;
    }
    return gate->passed() ? ExitOk : ExitFindings;
}

int personSetPassphrase(CliContext &cli) {
    Workspace &ws = cli.workspace();
    if (auto r = ws.actAs(cli.word(1)); !r)
        return cli.fail(r.error());
    const Person person = ws.actingPerson();
    auto current = ws.signOffs().currentKey(person.id);
    if (!current)
        return cli.fail(current.error());
    PassphraseSource passphrases;
    if (*current) {
        // Replacing a key needs the old passphrase, or anyone could take over someone's signature.
        auto passphrase = passphrases.next("RELM_PASSPHRASE");
        if (!passphrase)
            return cli.fail(passphrase.error());
        auto unlocked = crypto::unlockSecretKey(**current, *passphrase, person.displayName);
        if (!unlocked)
            return cli.fail(unlocked.error());
        crypto::wipe(unlocked.value());
    }
    auto next = passphrases.next(*current ? "RELM_NEW_PASSPHRASE" : "RELM_PASSPHRASE");
    if (!next)
        return cli.fail(next.error());
    auto key = crypto::createKey(person.id, *next, ws.clock()());
    if (!key)
        return cli.fail(key.error());
    SetSigningKey change(*key);
    if (auto r = ws.apply(change); !r)
        return cli.fail(r.error());
    cli.out() << tr("%1 can sign now. Key fingerprint: %2").arg(person.displayName, change.key().fingerprint())
              << Qt::endl;
    return ExitOk;
}

int signOff(CliContext &cli) {
    Workspace &ws = cli.workspace();
    auto release = releaseNamed(cli, 1);
    if (!release)
        return cli.fail(release.error());
    SignOff draft;
    draft.releaseId = release->id;
    if (!cli.isSet(u"role"_s) || !cli.isSet(u"meaning"_s))
        return cli.usage(tr("signoff needs --role and --meaning."));
    if (auto r = readTerm(cli, u"role"_s, draft.role); !r)
        return cli.fail(r.error());
    if (auto r = readTerm(cli, u"meaning"_s, draft.meaning); !r)
        return cli.fail(r.error());
    if (cli.isSet(u"criterion"_s)) {
        bool ok = false;
        draft.criterionId = cli.option(u"criterion"_s).toLongLong(&ok);
        if (!ok)
            return cli.usage(tr("--criterion takes the criterion's number (see criterion list)."));
    }
    draft.comment = cli.option(u"comment"_s);
    const Person signer = ws.actingPerson();
    auto key = ws.signOffs().currentKey(signer.id);
    if (!key)
        return cli.fail(key.error());
    if (!*key)
        return cli.fail(makeError(ErrorCode::Invalid,
                                  tr("%1 has no signing key yet: run \u201Crelm-cli person set-passphrase %2\u201D "
                                     "first.")
                                      .arg(signer.displayName, signer.login)));
    PassphraseSource passphrases;
    auto passphrase = passphrases.next("RELM_PASSPHRASE");
    if (!passphrase)
        return cli.fail(passphrase.error());
    auto secret = crypto::unlockSecretKey(**key, *passphrase, signer.displayName);
    if (!secret)
        return cli.fail(secret.error());
    SignOffChange change(draft, **key, std::move(secret).value());
    if (auto r = ws.apply(change); !r)
        return cli.fail(r.error());
    const SignOff &s = change.signOff();
    cli.out() << tr("%1 signed %2 of %3 as %4: %5, %6.")
                     .arg(s.printedName, signOffTarget(s), release->name, labelOf(s.role), labelOf(s.meaning),
                          s.signedAt.toString(Qt::ISODate))
              << Qt::endl;
    return ExitOk;
}

int signOffList(CliContext &cli) {
    auto release = releaseNamed(cli, 1);
    if (!release)
        return cli.fail(release.error());
    auto verified = SignOffVerifier(AssuranceSources::of(cli.workspace())).verifyRelease(release->id);
    if (!verified)
        return cli.fail(verified.error());
    if (cli.json()) {
        QJsonArray array;
        for (const VerifiedSignOff &v : *verified) {
            QJsonObject object = json::toJson(v.signOff);
            object.insert(u"state"_s, signatureStateKey(v.state));
            object.insert(u"problem"_s, v.problem.isEmpty() ? QJsonValue() : QJsonValue(v.problem));
            array.append(object);
        }
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table(
        {tr("#"), tr("Signed"), tr("By"), tr("Role"), tr("Meaning"), tr("When (UTC)"), tr("State"), tr("Comment")});
    for (const VerifiedSignOff &v : *verified) {
        const SignOff &s = v.signOff;
        table.addRow({QString::number(s.id), signOffTarget(s), s.printedName, labelOf(s.role), labelOf(s.meaning),
                      s.signedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                      v.isValid() ? signatureStateLabel(v.state)
                                  : u"%1 \u2014 %2"_s.arg(signatureStateLabel(v.state), v.problem),
                      s.comment});
    }
    table.print(cli.out());
    return ExitOk;
}

} // namespace relm::cli
