#include "import/XmlReader.h"

#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using relm::xml_plan::XmlReader;

namespace {

/// Every token as a line of text: "<name a=v>", "text", "</name>", so two readers can be compared.
QStringList tokensOf(XmlReader &xml) {
    QStringList tokens;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case XmlReader::Token::StartElement: {
            QString tag = u'<' + xml.nameText();
            for (const char *attribute : {"id", "name", "type"}) {
                if (xml.attributes().hasAttribute(QLatin1StringView(attribute)))
                    tag += u' ' + QLatin1StringView(attribute) + u'=' +
                           xml.attributes().value(QLatin1StringView(attribute));
            }
            tokens.append(tag + u'>');
            break;
        }
        case XmlReader::Token::EndElement:
            tokens.append(u"</"_s + xml.nameText() + u'>');
            break;
        default:
            break;
        }
    }
    return tokens;
}

QStringList tokensOf(QXmlStreamReader &xml) {
    QStringList tokens;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            QString tag = u'<' + xml.name().toString();
            for (const QString &attribute : {u"id"_s, u"name"_s, u"type"_s}) {
                if (xml.attributes().hasAttribute(attribute))
                    tag += u' ' + attribute + u'=' + xml.attributes().value(attribute).toString();
            }
            tokens.append(tag + u'>');
            break;
        }
        case QXmlStreamReader::EndElement:
            tokens.append(u"</"_s + xml.name().toString() + u'>');
            break;
        default:
            break;
        }
    }
    return tokens;
}

/// The text of every element that holds only text, in document order, read with readElementText()
/// (the same for both readers).
template<typename Reader>
QStringList textsOf(Reader &xml) {
    QStringList texts;
    const std::function<void()> readChildren = [&] {
        while (xml.readNextStartElement()) {
            if (xml.name() == "leaf"_L1)
                texts.append(xml.readElementText());
            else
                readChildren();
        }
    };
    if (xml.readNextStartElement())
        readChildren();
    return texts;
}

/// A random well-formed document: nested elements, empty ones, attributes with escapes, text with
/// entities, character references, CDATA, comments and processing instructions, non-ASCII names.
class RandomDocument {
public:
    explicit RandomDocument(quint32 seed)
        : m_random(seed) {}

    QByteArray make() {
        m_xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a plan -->\n";
        element(0);
        m_xml += "\n<?done?>\n";
        return m_xml;
    }

private:
    int below(int n) { return int(m_random.bounded(n)); }

    QByteArray text() {
        static const char *pieces[] = {"Build",     " ",      "&amp;", "&lt;b&gt;",           "&#233;",
                                       "&#x1F680;", "Müller", "\n",    "<![CDATA[a<b & c]]>", "<!-- note -->",
                                       "&quot;",    "\t"};
        QByteArray result;
        for (int i = below(5); i > 0; --i)
            result += pieces[below(int(std::size(pieces)))];
        return result;
    }

    void element(int depth) {
        static const char *names[] = {"task", "leaf", "Tasks", "früh", "a-b", "x.y"};
        const QByteArray name = depth == 0 ? QByteArray("root") : QByteArray(names[below(int(std::size(names)))]);
        m_xml += '<' + name;
        if (below(2))
            m_xml += " id=\"" + QByteArray::number(below(1000)) + '"';
        if (below(3) == 0)
            m_xml += " name='Say &quot;hi&quot; &amp; go'";
        if (below(4) == 0)
            m_xml += " type=\"a&#10;b\"";
        if (depth > 0 && below(4) == 0) {
            m_xml += "/>";
            return;
        }
        m_xml += '>';
        if (name == "leaf" || depth > 6) {
            m_xml += text();
        } else {
            for (int i = below(4); i > 0; --i) {
                if (below(2))
                    m_xml += text().replace("<![CDATA[a<b & c]]>", "");
                element(depth + 1);
            }
        }
        m_xml += "</" + name + '>';
    }

    QRandomGenerator m_random;
    QByteArray m_xml;
};

XmlReader::Token lastToken(const QByteArray &bytes, QString *error = nullptr, qint64 *line = nullptr) {
    XmlReader xml(bytes);
    xml.readToEnd();
    if (error)
        *error = xml.errorString();
    if (line)
        *line = xml.lineNumber();
    return xml.tokenType();
}

} // namespace

/// The plan readers' XML reader: it must read what Qt's reader reads, token for token, and refuse
/// what is not XML (or what a plan file never needs) with a reason and a line.
class TestXmlReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRandomDocumentsAsQtDoes() {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const QByteArray bytes = RandomDocument(seed).make();
            XmlReader ours(bytes);
            QXmlStreamReader qt(bytes);
            const QStringList expected = tokensOf(qt);
            QVERIFY2(!qt.hasError(), qPrintable(qt.errorString()));
            QCOMPARE(tokensOf(ours), expected);
            QVERIFY2(!ours.hasError(), qPrintable(ours.errorString()));

            XmlReader oursAgain(bytes);
            QXmlStreamReader qtAgain(bytes);
            QCOMPARE(textsOf(oursAgain), textsOf(qtAgain));
        }
    }

    void readsALargeDocumentOnASecondThreadAsQtDoes() {
        // Large enough to be tokenized ahead by a worker, in many batches.
        QByteArray bytes = "<root>";
        for (quint32 seed = 1; bytes.size() < 6 * 1024 * 1024; ++seed) {
            QByteArray part = RandomDocument(seed).make();
            part = part.mid(part.indexOf("<root"));
            part = part.left(part.lastIndexOf("</root>") + 7);
            bytes += part.replace("<root", "<part").replace("</root>", "</part>");
        }
        bytes += "</root>";
        XmlReader ours(bytes);
        QXmlStreamReader qt(bytes);
        const QStringList expected = tokensOf(qt);
        QVERIFY2(!qt.hasError(), qPrintable(qt.errorString()));
        QCOMPARE(tokensOf(ours), expected);
        XmlReader oursAgain(bytes);
        QXmlStreamReader qtAgain(bytes);
        QCOMPARE(textsOf(oursAgain), textsOf(qtAgain));

        // A reader left early stops its worker (no hang, no crash under the sanitizers).
        for (int tokens : {0, 1, 5000, 100000}) {
            XmlReader early(bytes);
            for (int i = 0; i < tokens; ++i)
                early.readNext();
        }
        XmlReader refused(bytes);
        QVERIFY(refused.readNextStartElement());
        refused.raiseError(u"enough"_s);
        QVERIFY(!refused.readNextStartElement());
        QCOMPARE(refused.errorString(), u"enough"_s);
    }

    void anErrorFarIntoALargeDocumentNamesItsLine() {
        QByteArray bytes = "<root>\n";
        for (int i = 0; i < 200000; ++i)
            bytes += "<task id=\"" + QByteArray::number(i) + "\">Build &amp; test</task>\n";
        bytes += "<task></tusk>\n</root>";
        QString error;
        qint64 line = 0;
        QCOMPARE(lastToken(bytes, &error, &line), XmlReader::Token::Invalid);
        QCOMPARE(line, 200002);
        QVERIFY2(error.contains(u"does not match"_s), qPrintable(error));
    }

    void emptyElementsHaveAStartAndAnEnd() {
        XmlReader xml("<a><b x=\"1\"/><c/></a>");
        QVERIFY(xml.readNextStartElement());
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), "b"_L1);
        QCOMPARE(xml.attributes().value("x"_L1), u"1"_s);
        QVERIFY(!xml.readNextStartElement()); // </b>
        QCOMPARE(xml.tokenType(), XmlReader::Token::EndElement);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), "c"_L1);
        QCOMPARE(xml.readElementText(), QString());
        QCOMPARE(xml.tokenType(), XmlReader::Token::EndElement);
        QVERIFY(!xml.readNextStartElement()); // </a>
        xml.readToEnd();
        QVERIFY(!xml.hasError());
        QCOMPARE(xml.tokenType(), XmlReader::Token::EndDocument);
    }

    void skippingAnElementSkipsWhatItHolds() {
        XmlReader xml("<a><skip><x/><y><z>t</z></y></skip><keep>k</keep></a>");
        QVERIFY(xml.readNextStartElement());
        QVERIFY(xml.readNextStartElement());
        xml.skipCurrentElement();
        QCOMPARE(xml.name(), "skip"_L1);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), "keep"_L1);
        QCOMPARE(xml.readElementText(), u"k"_s);
    }

    void anElementWhereTextBelongsIsAnError() {
        XmlReader xml("<a><Name>Build<b/></Name></a>");
        QVERIFY(xml.readNextStartElement());
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.readElementText(), QString());
        QVERIFY(xml.hasError());
        QVERIFY2(xml.errorString().contains(u"<Name> holds an element <b>"_s), qPrintable(xml.errorString()));
    }

    void refusesWhatIsNotXmlWithAReasonAndALine_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("line");
        QTest::newRow("cut off") << QByteArray("<a>\n<b>\n") << u"ends before"_s << qint64(3);
        QTest::newRow("mismatched") << QByteArray("<a>\n<b></c>\n</a>") << u"does not match"_s << qint64(2);
        QTest::newRow("attribute twice") << QByteArray("<a x='1' x='2'/>") << u"same attribute twice"_s << qint64(1);
        QTest::newRow("after the end") << QByteArray("<a/>\n<b/>") << u"more after"_s << qint64(2);
        QTest::newRow("undefined entity") << QByteArray("<a>&nope;</a>") << u"not defined"_s << qint64(1);
        QTest::newRow("entity declared") << QByteArray("<!DOCTYPE a [<!ENTITY e \"eeeeeeee\">]>\n<a>&e;&e;</a>")
                                         << u"declares entities"_s << qint64(1);
        QTest::newRow("external entity") << QByteArray(
                                                "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<a>&e;</a>")
                                         << u"declares entities"_s << qint64(1);
        QTest::newRow("nested 300 deep") << QByteArray("<a>").repeated(300) << u"nested more than 256"_s << qint64(1);
        QTest::newRow("unknown encoding")
            << QByteArray("<?xml version='1.0' encoding='x-no-such'?><a/>") << u"encoding"_s << qint64(1);
        QTest::newRow("bad character reference") << QByteArray("<a>&#0;</a>") << u"character reference"_s << qint64(1);
        QTest::newRow("no element") << QByteArray("  ") << u"ends before"_s << qint64(1);
    }

    void refusesWhatIsNotXmlWithAReasonAndALine() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QFETCH(qint64, line);
        QString error;
        qint64 at = 0;
        QCOMPARE(lastToken(bytes, &error, &at), XmlReader::Token::Invalid);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(at, line);
    }

    void everyTokenKnowsItsLine_data() {
        QTest::addColumn<QString>("newline");
        QTest::addColumn<bool>("utf16");
        for (const auto &[name, newline] : {std::pair{"LF", u"\n"_s}, {"CR LF", u"\r\n"_s}, {"CR", u"\r"_s}}) {
            QTest::addRow("%s, UTF-8", name) << newline << false;
            QTest::addRow("%s, UTF-16", name) << newline << true;
        }
    }

    void everyTokenKnowsItsLine() {
        // Lines are counted by Relm in byte encodings and by expat in UTF-16: both the same way,
        // also on the second thread a large document is tokenized on.
        QFETCH(QString, newline);
        QFETCH(bool, utf16);
        QString text = u"<plan>"_s + newline;
        QStringList expected{u"<plan> 1"_s};
        const int tasks = 60000;
        const QString padding = u" note='%1'"_s.arg(QString(70, u'x')); // over 4 MB: read on a second thread
        for (int i = 0; i < tasks; ++i) {
            text += u"<t"_s + padding + u">é"_s + newline + u"</t>"_s + newline + newline;
            expected << u"<t> %1"_s.arg(2 + 3 * i) << u"</t> %1"_s.arg(3 + 3 * i);
        }
        text += u"</plan>"_s;
        expected << u"</plan> %1"_s.arg(2 + 3 * tasks);
        QByteArray bytes = text.toUtf8();
        if (utf16) {
            bytes = QByteArray("\xFF\xFE", 2);
            bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        }
        XmlReader xml(bytes);
        QStringList lines;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == XmlReader::Token::StartElement)
                lines << u"<%1> %2"_s.arg(xml.nameText()).arg(xml.lineNumber());
            else if (token == XmlReader::Token::EndElement)
                lines << u"</%1> %2"_s.arg(xml.nameText()).arg(xml.lineNumber());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(lines.size(), expected.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), expected.at(i));
    }

    void readsTheEncodingsADocumentDeclares() {
        const auto firstText = [](const QByteArray &bytes) {
            XmlReader xml(bytes);
            if (!xml.readNextStartElement())
                return u"(error: %1)"_s.arg(xml.errorString());
            return xml.readElementText();
        };
        QCOMPARE(firstText("<?xml version='1.0' encoding='ISO-8859-1'?><a>M\xFCller</a>"), u"Müller"_s);
        QCOMPARE(firstText("<?xml version='1.0' encoding='windows-1252'?><a>5 \x80</a>"), u"5 €"_s);
        QString utf16 = u"<a>Müller 🚀</a>"_s;
        QByteArray le("\xFF\xFE", 2);
        le.append(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
        QCOMPARE(firstText(le), u"Müller 🚀"_s);
    }

    void damagedDocumentsNeverReadPastTheirEnd() {
        // Every prefix and a byte changed at every place: read to the end or refused, never more.
        const QByteArray bytes = RandomDocument(7).make();
        const qsizetype rootEnd = bytes.indexOf("</root>") + 6;
        for (qsizetype cut = 0; cut < rootEnd; cut += 3)
            QCOMPARE(lastToken(bytes.left(cut)), XmlReader::Token::Invalid);
        for (qsizetype at = 0; at < bytes.size(); at += 2) {
            QByteArray changed = bytes;
            changed[at] = char(QRandomGenerator(quint32(at)).bounded(256));
            const XmlReader::Token last = lastToken(changed);
            QVERIFY(last == XmlReader::Token::Invalid || last == XmlReader::Token::EndDocument);
        }
    }
};

QTEST_GUILESS_MAIN(TestXmlReader)
#include "tst_xmlreader.moc"
