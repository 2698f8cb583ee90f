#include "TestSupport.h"

#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"
#include "notes/NotesStyle.h"
#include "notes/NotesTextDocument.h"
#include "storage/AuditLog.h"
#include "storage/ReleaseStore.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

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

    /// The text of one page (1-based), as pdftotext reads it with -f and -l.
    QString pdfPage(const QString &path, int page) {
        QProcess process;
        process.start(u"pdftotext"_s,
                      {u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    /// Each page's text (pdftotext ends every page with a form feed).
    QStringList pdfPages(const QString &path) {
        QStringList pages = pdfText(path).split(u'\f');
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    /// The page's lines with their spaces trimmed, without empty ones.
    static QStringList lines(const QString &page) {
        QStringList result;
        for (const QString &line : page.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                result.append(line.trimmed());
        }
        return result;
    }

    /// Copies a written file to RELM_SCREENSHOT_DIR, when set, to look at.
    static void keepForLooking(const QString &path, const QString &name) {
        const QString dir = qEnvironmentVariable("RELM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QFile::remove(QDir(dir).filePath(name));
        QFile::copy(path, QDir(dir).filePath(name));
    }

    /// A made-up organisation's look: its name, a logo, its colours and footer.
    static NotesLook northwind() {
        NotesLook look;
        look.organisation = u"Northwind Bank"_s;
        QImage logo(160, 80, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xff, 0xff, 0xff));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(4, 4, 72, 72));
        p.setBrush(QColor(0xb7, 0x1c, 0x1c));
        p.drawPolygon(QPolygonF({QPointF(40, 12), QPointF(66, 60), QPointF(14, 60)}));
        p.setBrush(QColor(0xff, 0xff, 0xff));
        p.drawRect(QRectF(88, 20, 64, 12));
        p.drawRect(QRectF(88, 44, 48, 12));
        p.end();
        look.logo = logo;
        look.primary = QColor(u"#004d40"_s);
        look.accent = QColor(u"#b71c1c"_s);
        look.footer = u"Internal \u2014 questions to release-office@example.com"_s;
        return look;
    }

    /// A document of many sections of different lengths, one of them a 200-row table: long enough for a
    /// table of contents, and with headings falling everywhere on the pages.
    static NotesDocument longDocument() {
        NotesDocument doc;
        doc.title = u"Release notes for service management"_s;
        doc.release = u"2027.2 Spring"_s;
        doc.version = u"2027.2.0"_s;
        doc.status = u"Planned"_s;
        doc.date = QDate(2027, 3, 1);
        doc.titleFacts = {{u"Version"_s, u"2027.2.0"_s}, {u"Date"_s, u"2027-03-01"_s}, {u"Status"_s, u"Planned"_s}};
        doc.look = northwind();
        const QString sentence = u"The deployment replaces the invoice service and moves its data to the new "
                                 u"cluster, which the operators have rehearsed twice. "_s;
        for (int i = 0; i < 24; ++i) {
            NotesSection section{u"Section %1 topic"_s.arg(i + 1, 2, 10, QChar(u'0')), {}, u"section"_s};
            const int paragraphs = (i * 7) % 5 + 1;
            for (int k = 0; k < paragraphs; ++k)
                section.blocks.append(NotesBlock::paragraph(sentence.repeated((i * 3 + k) % 4 + 1)));
            if (i % 6 == 2)
                section.blocks.append(NotesBlock::bullets({u"First step"_s, u"Second step"_s, u"Third step"_s}));
            if (i % 5 == 3)
                section.blocks.append(NotesBlock::notice(u"Inside the year-end change freeze."_s));
            if (i == 4) {
                QList<QStringList> rows;
                for (int r = 0; r < 200; ++r)
                    rows.append({u"CHG-%1"_s.arg(1000 + r), u"Change number %1 to the ledger"_s.arg(r),
                                 QString::number(r % 7 + 1)});
                section.blocks.append(NotesBlock::tableOf({u"Reference"_s, u"Description"_s, u"Weight"_s}, rows));
            }
            doc.sections.append(section);
        }
        doc.auditHead = QString(u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s);
        return doc;
    }

    QStringList sectionTitles(const NotesDocument &doc) {
        QStringList result = titles(doc);
        if (!doc.auditHead.isEmpty())
            result.append(u"Audit trail"_s);
        return result;
    }

    /// No page's last line of text (above the footer) is a section heading.
    void checkNoHeadingEndsAPage(const QString &path, const NotesDocument &doc) {
        const QStringList headings = sectionTitles(doc);
        const QStringList pages = pdfPages(path);
        static const QRegularExpression pageNumber(u"Page \\d+ of \\d+"_s);
        for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
            QStringList body = lines(pages.at(i));
            while (!body.isEmpty() &&
                   (body.constLast().contains(pageNumber) || doc.look.footer.contains(body.constLast()) ||
                    body.constLast().startsWith(u"Internal"_s)))
                body.removeLast();
            QVERIFY(!body.isEmpty());
            QVERIFY2(!headings.contains(body.constLast()),
                     qPrintable(u"page %1 ends with the heading %2"_s.arg(i + 1).arg(body.constLast())));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        test::isolateSettings();
        m_ws = test::openWorkspace(m_folder.path(u"notes.db"_s));
        QVERIFY(m_ws);
    }

    void eachAudienceGetsItsSections() {
        QCOMPARE(titles(build(u"2026.4 Autumn"_s, notes::Audience::Customer)),
                 (QStringList{u"Summary"_s, u"What is new"_s, u"What is improved"_s, u"What is fixed"_s,
                              u"What you need to do"_s, u"Known errors and workarounds"_s}));
        QCOMPARE(titles(build(u"2026.4 Autumn"_s, notes::Audience::Service)),
                 (QStringList{u"Summary"_s, u"Deployment windows and affected environments"_s, u"Change requests"_s,
                              u"Back-out plan"_s, u"Risks"_s, u"Known errors and workarounds"_s, u"Waived findings"_s,
                              u"Sign-offs"_s}));
        QCOMPARE(titles(build(u"2026.4 Autumn"_s, notes::Audience::Technical)),
                 (QStringList{u"Summary"_s, u"Change requests"_s, u"Package contents"_s, u"Build notes"_s,
                              u"Checker findings"_s, u"Waived findings"_s, u"Deployment runbook"_s,
                              u"Known errors and workarounds"_s}));
        QCOMPARE(
            titles(build(u"2026.4 Autumn"_s, notes::Audience::ChangeBoard)),
            (QStringList{u"Summary"_s, u"Gate checklist"_s, u"Change requests"_s, u"Package contents"_s,
                         u"Checker findings"_s, u"Waived findings"_s, u"Deployment windows and affected environments"_s,
                         u"Back-out plan"_s, u"Deployment runbook"_s, u"Risks"_s, u"Schedule"_s, u"Sign-offs"_s}));
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

    void pdfHasTitlePagesAndFonts() {
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
        QVERIFY(text.contains(u"Page 1 of"_s));
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
        doc.sections = {{u"Items"_s, {NotesBlock::tableOf({u"Number"_s, u"Change"_s}, rows)}, u"items"_s}};
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

    void theCustomerPdfHoldsNothingInternal() {
        const QString path = m_folder.path(u"customer-internal.pdf"_s);
        const NotesDocument customer = build(u"2026.4 Autumn"_s, notes::Audience::Customer);
        QVERIFY(notes::writePdf(customer, path));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(text.contains(u"A new customer portal"_s));
        QVERIFY(text.contains(u"Northwind Energy"_s)); // the demo's look
        const auto head = m_ws->auditLog().head();
        for (const QString &internal : {u"RFC-"_s, u"PRB-"_s, u"Testing"_s, u"Alice"_s, u"Major"_s, u"TLS 1.3"_s,
                                        u"Status"_s, u"Audit trail"_s, head->left(16)})
            QVERIFY2(!text.contains(internal), qPrintable(internal));
    }

    void customerNotesAreShortWithoutContents() {
        NotesDocument customer = build(u"2026.4 Autumn"_s, notes::Audience::Customer);
        customer.look = northwind();
        const QString path = m_folder.path(u"customer.pdf"_s);
        QVERIFY(notes::writePdf(customer, path));
        keepForLooking(path, u"notes-customer-northwind.pdf"_s);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is not installed");
        const QStringList pages = pdfPages(path);
        QVERIFY2(pages.size() <= 2, qPrintable(u"%1 pages"_s.arg(pages.size())));
        const QString first = pages.first();
        QVERIFY(!first.contains(u"Contents"_s));
        // The title block: organisation, title, release, the title facts; the body flows on after it.
        QVERIFY(first.contains(u"Northwind Bank"_s));
        QVERIFY(first.indexOf(u"Release notes"_s) < first.indexOf(u"2026.4 Autumn"_s));
        for (const auto &[label, value] : customer.titleFacts) {
            QVERIFY(first.contains(label));
            QVERIFY(first.contains(value));
        }
        QVERIFY(first.contains(u"Summary"_s));
        QVERIFY(first.contains(u"What is new"_s));
        QVERIFY(first.contains(u"Internal \u2014 questions to release-office@example.com"_s));
        QVERIFY(first.contains(u"Page 1 of %1"_s.arg(pages.size())));
    }

    void titleFactsReplaceVersionAndStatus() {
        NotesDocument doc;
        doc.title = u"Release notes for customers"_s;
        doc.release = u"Quiet release"_s;
        doc.version = u"7.7.7-hidden"_s;
        doc.status = u"Unseen status"_s;
        doc.date = QDate(2026, 11, 22);
        doc.titleFacts = {{u"Edition"_s, u"Autumn"_s}, {u"Published"_s, u"2026-11-22"_s}};
        doc.sections = {{u"Summary"_s, {NotesBlock::paragraph(u"Nothing to see."_s)}, u"summary"_s}};
        const QString path = m_folder.path(u"facts.pdf"_s);
        QVERIFY(notes::writePdf(doc, path));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(text.indexOf(u"Edition"_s) < text.indexOf(u"Published"_s));
        QVERIFY(text.contains(u"Autumn"_s));
        QVERIFY(!text.contains(u"7.7.7-hidden"_s));
        QVERIFY(!text.contains(u"Unseen status"_s));
        QVERIFY(!text.contains(u"Audit trail"_s)); // no audit head: nothing printed about it
        QCOMPARE(pdfPages(path).size(), 1);
        const QString md = notes::toMarkdown(doc);
        QVERIFY(md.contains(u"**Edition:** Autumn"_s));
        QVERIFY(!md.contains(u"7.7.7-hidden"_s));
        QVERIFY(!md.contains(u"Audit trail"_s));
        QVERIFY(!notes::toHtml(doc).contains(u"Audit trail"_s));
    }

    void longDocumentHasContentsWithTheRightPages() {
        const NotesDocument doc = longDocument();
        const QString path = m_folder.path(u"long-contents.pdf"_s);
        QVERIFY(notes::writePdf(doc, path));
        keepForLooking(path, u"notes-long-northwind.pdf"_s);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is not installed");
        const QStringList pages = pdfPages(path);
        QVERIFY(pages.size() > 3);
        QVERIFY(pages.first().contains(u"Contents"_s));
        // Every section is listed with the page its heading is on.
        const QString contents = pages.at(0) + pages.at(1);
        for (const NotesSection &section : doc.sections) {
            const QRegularExpression entry(QRegularExpression::escape(section.title) + u"\\s+(\\d+)\\s*$"_s,
                                           QRegularExpression::MultilineOption);
            const QRegularExpressionMatch match = entry.match(contents);
            QVERIFY2(match.hasMatch(), qPrintable(section.title));
            const int page = match.captured(1).toInt();
            QVERIFY(page >= 1 && page <= pages.size());
            QVERIFY2(lines(pdfPage(path, page)).contains(section.title),
                     qPrintable(u"%1 is not on page %2"_s.arg(section.title).arg(page)));
        }
        QVERIFY(pages.constLast().contains(doc.auditHead)); // the audit head at the end
    }

    void headingsStayWithWhatFollows() {
        const NotesDocument doc = longDocument();
        const QString path = m_folder.path(u"long-headings.pdf"_s);
        QVERIFY(notes::writePdf(doc, path));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is not installed");
        checkNoHeadingEndsAPage(path, doc);
        for (notes::Audience audience : {notes::Audience::Customer, notes::Audience::Service,
                                         notes::Audience::Technical, notes::Audience::ChangeBoard}) {
            const NotesDocument demo = build(u"2026.4 Autumn"_s, audience);
            const QString file = m_folder.path(u"demo-%1.pdf"_s.arg(notes::audienceKey(audience)));
            QVERIFY(notes::writePdf(demo, file));
            checkNoHeadingEndsAPage(file, demo);
        }
    }

    /// On the paginated text: a small section that would split starts on the next page unless that
    /// leaves more than 40 % of a page empty; a picture and its caption share a page.
    void smallSectionsAndPicturesStayWhole() {
        NotesDocument doc = longDocument();
        QImage picture(900, 700, QImage::Format_ARGB32);
        picture.fill(QColor(0x90, 0xa4, 0xae));
        for (int i = 3; i < doc.sections.size(); i += 4)
            doc.sections[i].blocks.append(NotesBlock::pictureOf(picture, u"Picture of section %1"_s.arg(i + 1)));
        const std::unique_ptr<QTextDocument> text = notes::toTextDocument(doc, notes::TextLayout::Print);
        const double page = notes::PageGeometry::bodyHeight;
        QAbstractTextDocumentLayout *layout = text->documentLayout();
        QList<double> headingTops;
        for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
            const QRectF rect = layout->blockBoundingRect(b);
            if (b.blockFormat().headingLevel() > 0 &&
                doc.sections.end() != std::find_if(doc.sections.begin(), doc.sections.end(),
                                                   [&](const NotesSection &s) { return s.title == b.text(); }))
                headingTops.append(rect.top() - b.blockFormat().topMargin());
            if (b.text().startsWith(u"Picture of section"_s)) {
                const QRectF image = layout->blockBoundingRect(b.previous());
                QCOMPARE(int((image.top() + 0.5) / page), int((rect.bottom() - 0.5) / page));
            }
        }
        QCOMPARE(headingTops.size(), doc.sections.size());
        headingTops.append(layout->documentSize().height());
        int moved = 0;
        for (qsizetype i = 0; i + 1 < headingTops.size(); ++i) {
            const double top = headingTops.at(i);
            const double bottom = headingTops.at(i + 1) - 16;
            const int first = int((top + 0.5) / page);
            const bool atPageTop = top - first * page < 1;
            moved += atPageTop ? 1 : 0;
            if (bottom - top > 0.9 * page || int(bottom / page) == first)
                continue;
            QVERIFY2(
                (first + 1) * page - top > 0.4 * page,
                qPrintable(u"%1 splits though moving it would leave little empty"_s.arg(doc.sections.at(i).title)));
        }
        QVERIFY(moved > 0); // the rule did move some
    }

    void longTableRepeatsItsHeaderOnPageTwo() {
        NotesDocument doc;
        doc.title = u"Technical release notes"_s;
        doc.release = u"Big table"_s;
        doc.date = QDate(2026, 11, 22);
        QList<QStringList> rows;
        for (int i = 0; i < 200; ++i)
            rows.append({u"row %1"_s.arg(i), u"component-%1"_s.arg(i),
                         QString(u"%1"_s.arg(i, 4, 10, QChar(u'0'))).repeated(16)});
        doc.sections = {{u"Package contents"_s,
                         {NotesBlock::tableOf({u"Item"_s, u"Component"_s, u"SHA-256"_s}, rows)},
                         u"package_contents"_s}};
        const QString path = m_folder.path(u"table.pdf"_s);
        QVERIFY(notes::writePdf(doc, path));
        keepForLooking(path, u"notes-long-table.pdf"_s);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is not installed");
        const QStringList second = lines(pdfPage(path, 2));
        QVERIFY(second.size() > 3);
        // The running header, then the table's header row, then rows.
        QVERIFY(second.at(0).contains(u"Big table \u2014 Technical release notes"_s));
        QVERIFY2(second.at(1).contains(u"Item"_s) && second.at(1).contains(u"SHA-256"_s), qPrintable(second.at(1)));
        QVERIFY(second.at(2).startsWith(u"row "_s));
        // A hash stays whole on one line, in its column.
        QVERIFY(pdfText(path).contains(QString(u"0199"_s).repeated(16)));
        // Each row's cells are on one line: nothing cut at the page's end.
        for (int p = 1; p <= pdfPages(path).size(); ++p) {
            for (const QString &line : lines(pdfPage(path, p))) {
                if (line.startsWith(u"row "_s))
                    QVERIFY2(line.contains(u"component-"_s), qPrintable(line));
            }
        }
    }

    void runningHeaderAndFooterOnEveryPage() {
        const NotesDocument doc = longDocument();
        const QString path = m_folder.path(u"frame.pdf"_s);
        QVERIFY(notes::writePdf(doc, path));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is not installed");
        const QStringList pages = pdfPages(path);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QStringList text = lines(pages.at(i));
            const bool header = text.first().startsWith(u"Northwind Bank \u2014 2027.2 Spring \u2014 "_s);
            QCOMPARE(header, i > 0); // page 1 has the title block instead
            QVERIFY(pages.at(i).contains(u"Internal \u2014 questions to release-office@example.com"_s));
            QVERIFY(pages.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
        }
    }

    void colourReadableOnAnyPrimary() {
        using namespace notes::style;
        QCOMPARE(textOn(QColor(u"#004d40"_s)), QColor(Qt::white));
        QCOMPARE(textOn(QColor(u"#ffeb3b"_s)), ink);
        QVERIFY(contrast(readableOn(QColor(u"#ffeb3b"_s), Qt::white), Qt::white) >= 4.5);
        QCOMPARE(readableOn(QColor(u"#004d40"_s), Qt::white), QColor(u"#004d40"_s)); // already readable
        // A light primary: table header text turns dark.
        NotesDocument doc;
        doc.title = u"T"_s;
        doc.release = u"R"_s;
        doc.look.primary = QColor(u"#ffeb3b"_s);
        doc.sections = {{u"S"_s, {NotesBlock::tableOf({u"Head"_s}, {{u"cell"_s}})}, u"s"_s}};
        const std::unique_ptr<QTextDocument> text = notes::toTextDocument(doc);
        bool found = false;
        for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
            if (b.text() == u"Head"_s) {
                QCOMPARE(b.begin().fragment().charFormat().foreground().color(), ink);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void htmlUsesTheLook() {
        NotesDocument doc = build(u"2026.4 Autumn"_s, notes::Audience::Customer);
        doc.look = northwind();
        const QString html = notes::toHtml(doc);
        QVERIFY(html.contains(u"Northwind Bank"_s));
        QVERIFY(html.contains(u"#004d40"_s));
        QVERIFY(html.contains(u"#b71c1c"_s));
        QVERIFY(html.contains(u"<img src=\"data:image/png;base64,"_s)); // the logo
        QVERIFY(html.contains(u"release-office@example.com"_s));
        QVERIFY(!html.contains(u"<nav>"_s)); // six sections: no contents list
        QVERIFY(notes::toHtml(longDocument()).contains(u"<nav>"_s));
    }

    /// With RELM_SCREENSHOT_DIR set, every document of the demo in the default and a made-up look.
    void documentsToLookAt() {
        if (qEnvironmentVariableIsEmpty("RELM_SCREENSHOT_DIR"))
            QSKIP("set RELM_SCREENSHOT_DIR to keep the documents");
        for (const QString &release : {u"2026.4 Autumn"_s, u"Hotfix 2026.3.1"_s}) {
            for (notes::Audience audience : {notes::Audience::Customer, notes::Audience::Service,
                                             notes::Audience::Technical, notes::Audience::ChangeBoard}) {
                NotesDocument doc = build(release, audience);
                const QString name =
                    u"notes-%1-%2"_s.arg(QString(release).replace(u' ', u'-'), notes::audienceKey(audience));
                for (bool made : {false, true}) {
                    if (made)
                        doc.look = northwind();
                    const QString file = m_folder.path(name + (made ? u"-northwind"_s : QString()));
                    QVERIFY(notes::writePdf(doc, file + u".pdf"_s));
                    QVERIFY(notes::write(doc, notes::Format::Html, file + u".html"_s));
                    keepForLooking(file + u".pdf"_s, QFileInfo(file).fileName() + u".pdf"_s);
                    keepForLooking(file + u".html"_s, QFileInfo(file).fileName() + u".html"_s);
                }
            }
        }
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
