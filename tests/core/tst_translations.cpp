// The German translation as the application loads it: by context first, then by English text.
#include "TestSupport.h"

#include "i18n/SourceTextTranslator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestTranslations final : public QObject {
    Q_OBJECT

    SourceTextTranslator m_german;

    static QString ts() {
        return qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()) + u"/translations/relm_de.ts"_s;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_german.loadTs(ts()), qPrintable(ts()));
        QCoreApplication::installTranslator(&m_german);
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_german); }

    void aCoreMessageIsFoundByItsText() {
        // Looked up under the gate's context, filed by lupdate under the checklist class.
        QCOMPARE(QCoreApplication::translate("relm::ReleaseGate", "No standing rejection"),
                 u"Keine bestehende Ablehnung"_s);
    }

    void pluralFormsFollowTheCount() {
        QCOMPARE(QCoreApplication::translate("relm::GateChecklist", "%n check(s) missing", nullptr, 1),
                 u"1 Prüfung fehlt"_s);
        QCOMPARE(QCoreApplication::translate("anywhere else", "%n check(s) missing", nullptr, 3),
                 u"3 Prüfungen fehlen"_s);
    }

    void anUntranslatedMessageStaysEnglish() {
        QCOMPARE(QCoreApplication::translate("relm::ReleaseGate", "No such message in any catalogue"),
                 u"No such message in any catalogue"_s);
    }

    void aMissingOrForeignFileLoadsNothing() {
        SourceTextTranslator none;
        QVERIFY(!none.loadTs(u"/nonexistent/relm_de.ts"_s));
        QVERIFY(none.isEmpty());
        test::TempFolder folder;
        QFile garbage(folder.path(u"garbage.ts"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("<TS><context><message><source>Open</source><translation type=\"unfinished\">Offen</translation>"
                      "</message></context>");
        garbage.close();
        QVERIFY(!none.loadTs(garbage.fileName()));
    }

    void everyFinishedMessageKeepsItsPlaceholders() {
        QFile file(ts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        int checked = 0;
        static const QRegularExpression placeholder(u"%L?\\d+|%n"_s);
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.append(it.next().captured());
            found.sort();
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == "source"_L1)
                source = xml.readElementText();
            if (xml.isStartElement() && xml.name() == "translation"_L1 && xml.attributes().value("type"_L1).isEmpty()) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (translation.isEmpty() || source.contains(u"%n"_s))
                    continue;
                QVERIFY2(placeholders(translation) == placeholders(source),
                         qPrintable(u"%1 => %2"_s.arg(source, translation)));
                ++checked;
            }
        }
        QVERIFY(checked > 1000);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
