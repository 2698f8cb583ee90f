#include "TestSupport.h"

#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"
#include "storage/AuditLog.h"
#include "storage/ReleaseStore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The exported documents: what each audience gets, and that the files say it.
class TestNotes final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    NotesDocument build(const QString &release, notes::Audience audience) {
        auto doc = notes::build(*m_ws, m_ws->releases().releaseByName(release)->id, audience, QDate(2026, 11, 22));
        return doc ? *doc : NotesDocument{};
    }

    QStringList titles(const NotesDocument &doc) {
        QStringList result;
        for (const NotesSection &s : doc.sections)
            result.append(s.title);
        return result;
    }

    /// The PDF's text as pdftotext reads it, or empty when the tool is missing.
    QString pdfText(const QString &path) {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            return {};
        QProcess process;
        process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase() {
        test::isolateSettings();
        m_ws = test::openWorkspace(m_folder.path(u"notes.db"_s));
        QVERIFY(m_ws);
    }

    void eachAudienceGetsItsSections() {
        QCOMPARE(titles(build(u"2026.4 Autumn"_s, notes::Audience::Customer)),
                 (QStringList{u"Summary"_s, u"What is new and fixed"_s, u"Known errors and workarounds"_s,
                              u"What you need to do"_s}));
        QCOMPARE(titles(build(u"2026.4 Autumn"_s, notes::Audience::Service)),
                 (QStringList{u"Summary"_s, u"Deployment window and affected environments"_s, u"Back-out plan"_s,
                              u"Risks"_s, u"Known errors and workarounds"_s, u"Waived findings"_s, u"Sign-offs"_s}));
        QCOMPARE(
            titles(build(u"2026.4 Autumn"_s, notes::Audience::Technical)),
            (QStringList{u"Summary"_s, u"Package contents"_s, u"Build notes"_s, u"Dependencies and compatibility"_s,
                         u"Waived findings"_s, u"Deployment runbook"_s, u"Known errors and workarounds"_s}));
        QCOMPARE(titles(build(u"2026.4 Autumn"_s, notes::Audience::ChangeBoard)),
                 (QStringList{u"Summary"_s, u"Gate checklist"_s, u"Waived findings"_s, u"Risks"_s, u"Schedule"_s,
                              u"Sign-offs"_s}));
    }

    void contentComesFromTheRecords() {
        const NotesDocument customer = build(u"2026.4 Autumn"_s, notes::Audience::Customer);
        QVERIFY(customer.plainText().contains(u"Switch to the light theme"_s));        // its own known error
        QVERIFY(customer.plainText().contains(u"Download the invoice and open it"_s)); // carried from Summer
        const NotesDocument winter = build(u"2027.1 Winter"_s, notes::Audience::Customer);
        QVERIFY(winter.plainText().contains(u"PDF invoices lose the logo"_s)); // fixed here: listed as fixed
        const NotesDocument service = build(u"Hotfix 2026.3.1"_s, notes::Audience::Service);
        QVERIFY(service.plainText().contains(u"Redeploy billing-api 4.9.0 on every node"_s)); // back-out step
        QVERIFY(service.plainText().contains(u"佐藤 花 (Hana Sato)"_s));                      // sign-off
        QVERIFY(service.plainText().contains(u"Authorised"_s));
        // The waived conflict shows with who waived it and why, in the service notes and the board pack.
        QVERIFY(service.plainText().contains(u"CHG-7731"_s));
        QVERIFY(service.plainText().contains(u"Erik Larsen (Change board)"_s));
        const NotesDocument pack = build(u"Hotfix 2026.3.1"_s, notes::Audience::ChangeBoard);
        QVERIFY(pack.plainText().contains(u"Package error waived"_s));
        QVERIFY(pack.plainText().contains(u"CHG-7731"_s));
        const NotesDocument technical = build(u"2026.4 Autumn"_s, notes::Audience::Technical);
        QVERIFY(technical.plainText().contains(u"billing-api"_s));
        QCOMPARE(technical.auditHead, *m_ws->auditLog().head());
    }

    void pdfHasCoverContentsPagesAndFonts() {
        const QString path = m_folder.path(u"service.pdf"_s);
        const NotesDocument service = build(u"Hotfix 2026.3.1"_s, notes::Audience::Service);
        QVERIFY(notes::writePdf(service, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/FontFile2")); // fonts embedded
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(text.contains(u"Release notes for service management"_s));
        QVERIFY(text.contains(u"Contents"_s));
        QVERIFY(text.contains(u"Page 3 of"_s));
        QVERIFY(text.contains(u"Georg Müller"_s) || text.contains(u"Erik Larsen"_s));
        QVERIFY(text.contains(u"佐藤"_s));
        QVERIFY(text.contains(service.auditHead.left(32)));
    }

    void longTablesBreakWithTheirHeaderRepeated() {
        NotesDocument doc;
        doc.title = u"Long"_s;
        doc.release = u"Ünïcödé 日本語 release"_s;
        doc.date = QDate(2026, 11, 22);
        QList<QStringList> rows;
        for (int i = 0; i < 300; ++i)
            rows.append({QString::number(i), u"Größenänderung %1 — 設定を変更しました"_s.arg(i)});
        doc.sections = {{u"Items"_s, {NotesBlock::tableOf({u"Number"_s, u"Change"_s}, rows)}}};
        const QString path = m_folder.path(u"long.pdf"_s);
        QVERIFY(notes::writePdf(doc, path));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 6);
        for (qsizetype i = 3; i < pages.size() - 1; ++i)
            QVERIFY2(pages.at(i).contains(u"Number"_s), qPrintable(u"page %1 lacks the header"_s.arg(i + 1)));
        QVERIFY(text.contains(u"Größenänderung 299"_s));
        QVERIFY(text.contains(u"設定を変更しました"_s));
    }

    void htmlAndMarkdownCarryTheSameContent() {
        const NotesDocument technical = build(u"2026.4 Autumn"_s, notes::Audience::Technical);
        const QString html = notes::toHtml(technical);
        QVERIFY(html.contains(u"<thead><tr><th>Package</th>"_s));
        QVERIFY(html.contains(u"billing-api"_s));
        const QString md = notes::toMarkdown(technical);
        QVERIFY(md.contains(u"## Package contents"_s));
        QVERIFY(md.contains(u"| Package | Component | Version | SHA-256 |"_s));
        const QString cab = notes::toHtml(build(u"2026.4 Autumn"_s, notes::Audience::ChangeBoard));
        QVERIFY(cab.contains(u"data:image/png;base64,"_s)); // heat map and Gantt pictures
        const QString path = m_folder.path(u"t.md"_s);
        QVERIFY(notes::write(technical, notes::Format::Markdown, path));
        QVERIFY(QFile(path).size() > 500);
    }

    void unwritablePathIsAClearError() {
        const NotesDocument doc = build(u"2026.4 Autumn"_s, notes::Audience::Customer);
        auto r = notes::write(doc, notes::Format::Pdf, u"/nonexistent/folder/x.pdf"_s);
        QVERIFY(!r);
        QVERIFY(r.errorMessage().contains(u"/nonexistent/folder/x.pdf"_s));
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
