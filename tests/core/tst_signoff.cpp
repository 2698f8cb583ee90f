#include "SignOffFixtures.h"
#include "TestSupport.h"

#include "changes/DeliveryChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/SignOffChanges.h"
#include "changes/WaiverChanges.h"
#include "checks/ReleaseGate.h"
#include "demo/DemoAssurance.h"
#include "signing/Crypto.h"
#include "signing/SignOffRules.h"
#include "signing/TrailVerification.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace relm;
using namespace relm::test;
using namespace Qt::Literals::StringLiterals;

class TestSignOff final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    // --- Keys --------------------------------------------------------------------------------

    void keysSealTheSecretUnderThePassphrase() {
        auto key = crypto::createKey(7, u"correct horse"_s, test::fixedNow());
        QVERIFY(key);
        QCOMPARE(key->publicKey.size(), 32);
        QVERIFY(!key->sealedSecretKey.isEmpty());
        auto wrong = crypto::unlockSecretKey(*key, u"wrong horse"_s, u"Bob"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.errorMessage(), u"Wrong passphrase for Bob."_s);
        auto secret = crypto::unlockSecretKey(*key, u"correct horse"_s, u"Bob"_s);
        QVERIFY(secret);
        const QByteArray message = "what was signed";
        const QByteArray signature = crypto::sign(*secret, message);
        QVERIFY(crypto::verify(key->publicKey, message, signature));
        QVERIFY(!crypto::verify(key->publicKey, "what was signed!", signature));
        auto other = crypto::createKey(8, u"correct horse"_s, test::fixedNow());
        QVERIFY(!crypto::verify(other->publicKey, message, signature));
        QVERIFY(!crypto::createKey(7, u"short"_s, test::fixedNow()));
    }

    void onlyPeopleThemselvesSetTheirPassphrase() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"keys.db"_s), true, u"alice"_s);
        QVERIFY(ws);
        const Person bob = *ws->directory().personByLogin(u"bob"_s);
        auto key = crypto::createKey(bob.id, u"bobs new passphrase"_s, test::fixedNow());
        SetSigningKey asAlice(*key);
        auto refused = ws->apply(asAlice);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"Only the person themselves"_s));

        // Bob replaces his key: his earlier signatures still verify under the retired key.
        const Id before = (*ws->signOffs().currentKey(bob.id))->id;
        QVERIFY(ws->actAs(u"bob"_s));
        SetSigningKey asBob(*key);
        QVERIFY(ws->apply(asBob));
        QVERIFY((*ws->signOffs().currentKey(bob.id))->id != before);
        QVERIFY(ws->signOffs().key(before)->retired);
        auto trail = verifyTrail(*ws);
        QVERIFY(trail);
        QVERIFY2(trail->intact(), qPrintable(trail->problem()));
        QCOMPARE(trail->valid, 8);
    }

    // --- Independence rules ---------------------------------------------------------------------

    void independenceRules_data() {
        QTest::addColumn<QList<Role>>("signerRoles");
        QTest::addColumn<int>("signerId");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("meaning");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<int>("criterionRole"); // -1: release-level
        QTest::addColumn<QList<VerifiedSignOff>>("before");
        QTest::addColumn<QString>("refusal"); // empty: allowed

        const int owner = 1;
        const int cb = int(Role::ChangeBoard);
        const int tm = int(Role::TestManager);
        const int approved = int(SignMeaning::Approved);
        const QList<VerifiedSignOff> none;
        QTest::newRow("holder signs") << QList<Role>{Role::ChangeBoard} << 2 << cb << approved << QString() << -1
                                      << none << QString();
        QTest::newRow("role not held") << QList<Role>{Role::TestManager} << 2 << cb << approved << QString() << -1
                                       << none << u"does not hold the role"_s;
        QTest::newRow("owner as test manager") << QList<Role>{Role::TestManager} << owner << tm << approved << QString()
                                               << -1 << none << u"independent of the owner"_s;
        QTest::newRow("owner as business owner")
            << QList<Role>{Role::BusinessOwner} << owner << int(Role::BusinessOwner) << approved << QString() << -1
            << none << u"independent of the owner"_s;
        QTest::newRow("owner as operations acceptance")
            << QList<Role>{Role::OperationsAcceptance} << owner << int(Role::OperationsAcceptance) << approved
            << QString() << -1 << none << u"independent of the owner"_s;
        QTest::newRow("owner on the change board")
            << QList<Role>{Role::ChangeBoard} << owner << cb << approved << QString() << -1 << none << QString();
        QTest::newRow("second role on one release")
            << QList<Role>{Role::ChangeBoard, Role::TestManager} << 2 << tm << approved << QString() << -1
            << QList<VerifiedSignOff>{existing(2, 10, Role::ChangeBoard)} << u"two roles"_s;
        QTest::newRow("second role after a void signature")
            << QList<Role>{Role::ChangeBoard, Role::TestManager} << 2 << tm << approved << QString() << -1
            << QList<VerifiedSignOff>{existing(2, 10, Role::ChangeBoard, SignatureState::ContentChanged)}
            << u"two roles"_s;
        QTest::newRow("same signature twice")
            << QList<Role>{Role::ChangeBoard} << 2 << cb << approved << QString() << -1
            << QList<VerifiedSignOff>{existing(2, 10, Role::ChangeBoard)} << u"still stands"_s;
        QTest::newRow("again after it became void")
            << QList<Role>{Role::ChangeBoard} << 2 << cb << approved << QString() << -1
            << QList<VerifiedSignOff>{existing(2, 10, Role::ChangeBoard, SignatureState::ContentChanged)} << QString();
        QTest::newRow("another member for the quorum")
            << QList<Role>{Role::ChangeBoard} << 3 << cb << approved << QString() << -1
            << QList<VerifiedSignOff>{existing(2, 10, Role::ChangeBoard)} << QString();
        QTest::newRow("reject without comment")
            << QList<Role>{Role::ChangeBoard} << 2 << cb << int(SignMeaning::Rejected) << u"  "_s << -1 << none
            << u"needs a comment"_s;
        QTest::newRow("reject with comment") << QList<Role>{Role::ChangeBoard} << 2 << cb << int(SignMeaning::Rejected)
                                             << u"Back-out untested"_s << -1 << none << QString();
        QTest::newRow("criterion in its role")
            << QList<Role>{Role::TestManager} << 2 << tm << approved << QString() << tm << none << QString();
        QTest::newRow("criterion in another role") << QList<Role>{Role::ChangeBoard} << 2 << cb << approved << QString()
                                                   << tm << none << u"sign it in that role"_s;
    }

    void independenceRules() {
        QFETCH(QList<Role>, signerRoles);
        QFETCH(int, signerId);
        QFETCH(int, role);
        QFETCH(int, meaning);
        QFETCH(QString, comment);
        QFETCH(int, criterionRole);
        QFETCH(QList<VerifiedSignOff>, before);
        QFETCH(QString, refusal);

        SignOffRequest request;
        request.release.id = 10;
        request.release.name = u"R"_s;
        request.release.ownerId = 1;
        request.signer = personWithRoles(signerId, signerRoles);
        request.role = Role(role);
        request.meaning = SignMeaning(meaning);
        request.comment = comment;
        if (criterionRole >= 0) {
            AcceptanceCriterion c;
            c.id = 5;
            c.releaseId = 10;
            c.acceptorRole = Role(criterionRole);
            request.criterion = c;
        }
        auto result = signOffRules::check(request, before);
        if (refusal.isEmpty()) {
            QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        } else {
            QVERIFY(!result);
            QVERIFY2(result.errorMessage().contains(refusal), qPrintable(result.errorMessage()));
        }
    }

    void rulesApplyWhenSigningForReal() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"rules.db"_s));
        QVERIFY(ws);
        // alice owns Autumn: she may not sign its test role even if she held it; she does not hold it.
        auto notHeld = signAs(*ws, u"alice"_s, autumnName, Role::TestManager, SignMeaning::Approved);
        QVERIFY(!notHeld);
        // Hana holds the change board and test manager roles: one release, one role.
        QVERIFY(signAs(*ws, u"hana"_s, autumnName, Role::ChangeBoard, SignMeaning::Reviewed));
        auto twoRoles = signAs(*ws, u"hana"_s, autumnName, Role::TestManager, SignMeaning::Approved);
        QVERIFY(!twoRoles);
        QVERIFY(twoRoles.errorMessage().contains(u"two roles"_s));
        // A wrong passphrase signs nothing.
        QVERIFY(ws->actAs(u"dev"_s));
        auto key = *ws->signOffs().currentKey(ws->actingPerson().id);
        QVERIFY(!crypto::unlockSecretKey(*key, u"not-the-passphrase"_s, u"dev"_s));
        QCOMPARE(ws->signOffs().signOffs(ws->releases().releaseByName(autumnName)->id)->size(), 3);
    }

    // --- Void on change ---------------------------------------------------------------------------

    void signaturesBecomeVoidWhenWhatTheySignedChanges_data() {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("criterionLevel");
        QTest::addColumn<bool>("voids");
        QTest::newRow("criterion description") << u"criterion-description"_s << true << true;
        QTest::newRow("criterion evidence note") << u"criterion-note"_s << true << true;
        QTest::newRow("criterion evidence file") << u"criterion-file"_s << true << true;
        QTest::newRow("criterion status") << u"criterion-status"_s << true << true;
        QTest::newRow("criterion removed") << u"criterion-removed"_s << true << true;
        QTest::newRow("release description") << u"release-description"_s << false << true;
        QTest::newRow("release back-out plan") << u"release-backout"_s << false << true;
        QTest::newRow("package contents") << u"package-contents"_s << false << true;
        QTest::newRow("baseline refrozen") << u"baseline"_s << false << true;
        QTest::newRow("a criterion of the release") << u"criterion-note"_s << false << true;
        QTest::newRow("release status moves on") << u"release-status"_s << false << false;
        QTest::newRow("another release") << u"other-release"_s << false << false;
    }

    void signaturesBecomeVoidWhenWhatTheySignedChanges() {
        QFETCH(QString, edit);
        QFETCH(bool, criterionLevel);
        QFETCH(bool, voids);
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"void.db"_s));
        QVERIFY(ws);
        const AcceptanceCriterion criterion = criterionNamed(*ws, autumnName, u"Invoices render"_s);
        QVERIFY(criterion.id);
        // Winter has no baseline yet, so freezing it changes what was signed.
        const QString target = edit == u"baseline"_s ? u"2027.1 Winter"_s : autumnName;
        const Release signedRelease = *ws->releases().releaseByName(target);
        QVERIFY(ws->delivery().baseline(signedRelease.id)->has_value() == (target == autumnName));
        auto signature = criterionLevel
                             ? signAs(*ws, u"hana"_s, target, Role::TestManager, SignMeaning::Reviewed, criterion.id)
                             : signAs(*ws, u"hana"_s, target, Role::ChangeBoard, SignMeaning::Approved);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.errorMessage()));
        QCOMPARE(stateOf(*ws, signature->id), SignatureState::Valid);

        QVERIFY(ws->actAs(u"alice"_s));
        Release release = *ws->releases().releaseByName(autumnName);
        AcceptanceCriterion changed = criterion;
        Result<void> applied;
        if (edit.startsWith(u"criterion-"_s) && edit != u"criterion-removed"_s) {
            if (edit == u"criterion-description"_s)
                changed.description += u" (amended)"_s;
            else if (edit == u"criterion-note"_s)
                changed.evidenceNote = u"Regression run 413"_s;
            else if (edit == u"criterion-file"_s)
                changed.evidenceSha256 = QString(64, u'a');
            else
                changed.status = CriterionStatus::NotMet;
            EditRecord<AcceptanceCriterion> change(criterion, changed);
            applied = ws->apply(change);
        } else if (edit == u"criterion-removed"_s) {
            RemoveRecord<AcceptanceCriterion> change(criterion);
            applied = ws->apply(change);
        } else if (edit == u"release-description"_s || edit == u"release-backout"_s) {
            Release after = release;
            (edit == u"release-description"_s ? after.description : after.backoutPlan) += u" Revised."_s;
            EditRecord<Release> change(release, after);
            applied = ws->apply(change);
        } else if (edit == u"package-contents"_s) {
            const Package package = ws->releases().packages(release.id)->first();
            const ComponentVersion version = package.contents.first();
            PackageContentChange change(PackageContentChange::Mode::Remove, package, version);
            applied = ws->apply(change);
        } else if (edit == u"baseline"_s) {
            FreezeRelease change(signedRelease.id, signedRelease.name);
            applied = ws->apply(change);
        } else if (edit == u"release-status"_s) {
            SetReleaseStatus change(release, ReleaseStatus::Building); // a step back: not gated
            applied = ws->apply(change);
        } else {
            Release other = *ws->releases().releaseByName(u"2027.1 Winter"_s);
            Release after = other;
            after.description += u" Revised."_s;
            EditRecord<Release> change(other, after);
            applied = ws->apply(change);
        }
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.errorMessage()));
        QCOMPARE(stateOf(*ws, signature->id), voids ? SignatureState::ContentChanged : SignatureState::Valid);
        // Voiding is not tampering: the trail as a whole is still intact.
        auto trail = verifyTrail(*ws);
        QVERIFY(trail);
        QVERIFY2(trail->intact(), qPrintable(trail->problem()));
    }

    // --- Forgery -----------------------------------------------------------------------------

    void copiedOrAlteredSignaturesFailVerification_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("copied to another release")
            << u"INSERT INTO signoffs (release_id, criterion_id, person_id, key_id, login, printed_name, role, "
               "meaning, comment, signed_at, content_hash, audit_head, signature) SELECT (SELECT id FROM releases "
               "WHERE name = '2026.4 Autumn'), 0, person_id, key_id, login, printed_name, role, meaning, comment, "
               "signed_at, content_hash, audit_head, signature FROM signoffs WHERE id = :id"_s;
        QTest::newRow("moved to another criterion")
            << u"UPDATE signoffs SET criterion_id = (SELECT max(id) FROM acceptance_criteria) WHERE id = :id"_s;
        QTest::newRow("meaning changed") << u"UPDATE signoffs SET meaning = 'rejected' WHERE id = :id"_s;
        QTest::newRow("signer changed")
            << u"UPDATE signoffs SET printed_name = 'Dev Patel', login = 'dev' WHERE id = :id"_s;
        QTest::newRow("date changed") << u"UPDATE signoffs SET signed_at = '2026-01-01T00:00:00Z' WHERE id = :id"_s;
        QTest::newRow("content hash refreshed")
            << u"UPDATE signoffs SET content_hash = '00' || substr(content_hash, 3) WHERE id = :id"_s;
        QTest::newRow("public key swapped")
            << u"UPDATE signing_keys SET public_key = (SELECT public_key FROM signing_keys k2 WHERE k2.id <> "
               "signing_keys.id LIMIT 1) WHERE id = (SELECT key_id FROM signoffs WHERE id = :id)"_s;
        QTest::newRow("audit trail rewritten under it")
            << u"UPDATE audit_log SET entry_hash = 'x' || entry_hash WHERE entry_hash = (SELECT audit_head FROM "
               "signoffs WHERE id = :id)"_s;
    }

    void copiedOrAlteredSignaturesFailVerification() {
        QFETCH(QString, sql);
        test::TempFolder folder;
        const QString path = folder.path(u"forged.db"_s);
        {
            auto ws = test::openWorkspace(path);
            QVERIFY(ws);
            auto trail = verifyTrail(*ws);
            QVERIFY(trail && trail->intact());
        }
        auto ws = test::openWorkspace(path);
        // The hotfix's change board approval (Hana) is the one tampered with.
        const Id hotfix = ws->releases().releaseByName(hotfixName)->id;
        const Id target = ws->signOffs().signOffs(hotfix)->last().id;
        QVERIFY(ws->database().exec(QString(sql).replace(u":id"_s, QString::number(target))));
        auto trail = verifyTrail(*ws);
        QVERIFY(trail);
        QVERIFY(!trail->intact());
        QVERIFY2(trail->problem().contains(u"does not verify"_s) || !trail->audit.intact(),
                 qPrintable(trail->problem()));
        if (trail->audit.intact())
            QCOMPARE(trail->invalid.size(), 1);
    }

    // --- Gates ---------------------------------------------------------------------------------

    void acceptingACriterionMarksItMet() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"accept.db"_s));
        QVERIFY(ws);
        const Release winter = *ws->releases().releaseByName(u"2027.1 Winter"_s);
        AcceptanceCriterion criterion;
        criterion.releaseId = winter.id;
        criterion.description = u"Agents find a customer in under two seconds"_s;
        criterion.acceptorRole = Role::BusinessOwner;
        CreateRecord<AcceptanceCriterion> add(criterion);
        QVERIFY(ws->apply(add));
        const Id id = add.record().id;
        // Without evidence, accepting (which marks it met) is refused, and nothing is written.
        const int signatures = int(ws->signOffs().signOffs(winter.id)->size());
        auto refused = signAs(*ws, u"carla"_s, winter.name, Role::BusinessOwner, SignMeaning::Approved, id);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"evidence"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(int(ws->signOffs().signOffs(winter.id)->size()), signatures);
        QCOMPARE(ws->acceptance().criterion(id)->status, CriterionStatus::Open);
        // With evidence, the signature accepts it: met in the same step, and the signature covers it as met.
        QVERIFY(ws->actAs(u"ivan"_s));
        AcceptanceCriterion evidenced = *ws->acceptance().criterion(id);
        evidenced.evidenceNote = u"Timed 50 searches in the pilot: 1.3 s at worst"_s;
        EditRecord<AcceptanceCriterion> evidence(*ws->acceptance().criterion(id), evidenced);
        QVERIFY(ws->apply(evidence));
        auto accepted = signAs(*ws, u"carla"_s, winter.name, Role::BusinessOwner, SignMeaning::Approved, id);
        QVERIFY2(accepted, qPrintable(accepted.errorMessage()));
        QCOMPARE(ws->acceptance().criterion(id)->status, CriterionStatus::Met);
        QCOMPARE(stateOf(*ws, accepted->id), SignatureState::Valid);
        auto gate = ReleaseGate::check(AssuranceSources::of(*ws), winter.id, ReleaseStatus::Approved, test::fixedNow());
        QVERIFY(std::any_of(gate->checks.cbegin(), gate->checks.cend(),
                            [&](const GateCheck &c) { return c.passed && c.text.contains(u"#%1"_s.arg(id)); }));
        // A review of the criterion is not an acceptance: it leaves the status alone.
        AcceptanceCriterion other = criterion;
        other.description = u"Training material is in the wiki"_s;
        other.evidenceLink = u"https://wiki.example.org/winter"_s;
        CreateRecord<AcceptanceCriterion> addOther(other);
        QVERIFY(ws->apply(addOther));
        QVERIFY(signAs(*ws, u"carla"_s, winter.name, Role::BusinessOwner, SignMeaning::Reviewed, addOther.record().id));
        QCOMPARE(ws->acceptance().criterion(addOther.record().id)->status, CriterionStatus::Open);
    }

    void everyRandomTamperingOfASignatureIsDetected() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"bulk.db"_s));
        QVERIFY(ws);
        auto all = ws->signOffs().signOffs(0);
        QVERIFY(all && all->size() >= 9);
        const QStringList columns = {u"release_id"_s,   u"criterion_id"_s, u"person_id"_s,  u"login"_s,
                                     u"printed_name"_s, u"role"_s,         u"meaning"_s,    u"comment"_s,
                                     u"signed_at"_s,    u"content_hash"_s, u"audit_head"_s, u"signature"_s};
        QRandomGenerator random(20261122);
        int detected = 0;
        int tampered = 0;
        const int rounds = 1000;
        // A tampering the database itself refuses (a broken reference, NULL text) is rolled back
        // and does not count; every one that lands must be detected.
        while (tampered < rounds) {
            const SignOff &victim = all->at(random.bounded(int(all->size())));
            const QString column = columns.at(random.bounded(int(columns.size())));
            auto tamper = [&]() -> Result<void> {
                const QString numeric = u"UPDATE signoffs SET %1 = %1 + %2 WHERE id = ?"_s;
                const QString text = u"UPDATE signoffs SET %1 = CASE WHEN %1 = '' THEN 'x' ELSE "
                                     "substr(%1, 1, %2) || char(unicode(substr(%1, %2 + 1, 1)) + 1) || "
                                     "substr(%1, %2 + 2) END WHERE id = ?"_s;
                const bool isNumber = column.endsWith(u"_id"_s);
                const int at = random.bounded(3); // every text column has at least 3 characters
                auto q = ws->database().exec(
                    isNumber ? numeric.arg(column).arg(1 + random.bounded(3)) : text.arg(column).arg(at), {victim.id});
                if (!q || (*q)->numRowsAffected() != 1)
                    return makeError(ErrorCode::Invalid, u"not applied"_s);
                ++tampered;
                auto trail = verifyTrail(*ws);
                if (!trail)
                    return trail.error();
                if (!trail->intact())
                    ++detected;
                else
                    qWarning("undetected: %s of sign-off #%lld", qPrintable(column), victim.id);
                return makeError(ErrorCode::Invalid, u"roll back"_s);
            };
            (void)ws->database().transaction(tamper);
        }
        QCOMPARE(detected, tampered);
        auto clean = verifyTrail(*ws);
        QVERIFY(clean && clean->intact());
    }
};

QTEST_GUILESS_MAIN(TestSignOff)
#include "tst_signoff.moc"
