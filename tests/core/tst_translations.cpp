// The German translation as the application loads it: by context first, then by English text.
#include "TestSupport.h"

#include "i18n/SourceTextTranslator.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestTranslations final : public QObject {
    Q_OBJECT

    SourceTextTranslator m_german;

    /// Every message of a catalogue as "context / source", in file order.
    static QStringList messages(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QString context;
        QStringList found;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "name"_L1)
                context = xml.readElementText();
            else if (xml.name() == "source"_L1)
                found.append(context + u" / "_s + xml.readElementText());
        }
        return found;
    }

    static QString translations() {
        return qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()) + u"/translations/"_s;
    }

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

    void theCatalogueHoldsEveryStringOfTheSources_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("German") << u"relm_de.ts"_s << QStringList{};
        // English plural forms: only the %n messages.
        QTest::newRow("English plurals") << u"relm_en.ts"_s
                                         << QStringList{u"-pluralonly"_s, u"-target-language"_s, u"en"_s};
    }

    void theCatalogueHoldsEveryStringOfTheSources() {
        // lupdate run as the relm_lupdate targets run it, on a copy: it must find nothing to add or
        // drop, so the committed catalogue is exactly the sources' strings.
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        const QString lupdate = qEnvironmentVariable("RELM_LUPDATE");
        if (lupdate.isEmpty())
            QSKIP("RELM_LUPDATE names no lupdate (the suite sets it)");
        test::TempFolder folder;
        const QString committed = translations() + file;
        const QString copy = folder.path(file);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess run;
        run.setWorkingDirectory(qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()));
        run.start(lupdate, options + QStringList{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s,
                                                 u"cpp,h"_s, u"core"_s, u"cli"_s, u"ui"_s, u"app"_s, u"-ts"_s, copy});
        QVERIFY2(run.waitForFinished(120000), qPrintable(lupdate));
        QCOMPARE(run.exitCode(), 0);
        const QStringList before = messages(committed);
        const QStringList after = messages(copy);
        QStringList added, dropped;
        for (const QString &message : after)
            if (!before.contains(message))
                added.append(message);
        for (const QString &message : before)
            if (!after.contains(message))
                dropped.append(message);
        QVERIFY2(added.isEmpty() && dropped.isEmpty(),
                 qPrintable(u"Run \"cmake --build build/dev --target relm_lupdate relm_lupdate_plurals\" and "
                            u"translate. New: %1. Gone: %2"_s.arg(added.mid(0, 10).join(u" | "_s),
                                                                  dropped.mid(0, 10).join(u" | "_s))));
    }

    void noMessageIsLeftUnfinished_data() {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("German") << u"relm_de.ts"_s;
        QTest::newRow("English plurals") << u"relm_en.ts"_s;
    }

    void noMessageIsLeftUnfinished() {
        QFETCH(QString, catalogue);
        QFile file(translations() + catalogue);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList unfinished;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == "source"_L1)
                source = xml.readElementText();
            if (xml.isStartElement() && xml.name() == "translation"_L1 &&
                xml.attributes().value("type"_L1) == "unfinished"_L1)
                unfinished.append(source);
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.mid(0, 10).join(u" | "_s)));
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
