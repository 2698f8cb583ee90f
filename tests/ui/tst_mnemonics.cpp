// Alt+letter reaches one thing: on each page of a release, the tab bar's letters and the page's
// own buttons and labelled fields never share a letter.
#include "DemoWindow.h"
#include "TestSupport.h"

#include "builds/BuildsPage.h"
#include "calendar/WindowDialog.h"
#include "i18n/SourceTextTranslator.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The letter Alt reaches in a text ("&Builds" → B), empty when it has none.
QString mnemonicOf(const QString &text) {
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText).section(u'+', -1).toUpper();
}

/// Each letter with the texts that use it, among the widgets of `page` a person can see.
QMultiHash<QString, QString> lettersOn(QWidget *page) {
    QMultiHash<QString, QString> letters;
    const auto add = [&letters](const QString &text) {
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            letters.insert(letter, text);
    };
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page))
            add(button->text());
    }
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(page))
            add(label->text());
    }
    for (QTabBar *bar : page->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count() && bar->isVisibleTo(page); ++i)
            add(bar->tabText(i));
    }
    for (QGroupBox *group : page->findChildren<QGroupBox *>()) {
        if (group->isCheckable() && group->isVisibleTo(page))
            add(group->title());
    }
    return letters;
}

} // namespace

class TestMnemonics final : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;

    /// Shared letters of the menu bar and the start page, the first thing a person sees.
    QStringList startPageCollisions() {
        auto window =
            test::openDemoWindow(m_folder.path(u"start-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        if (!window)
            return {u"no window"_s};
        QMultiHash<QString, QString> letters = lettersOn(window->findChild<QWidget *>(u"startPage"_s));
        for (QAction *menu : window->menuBar()->actions()) {
            if (const QString letter = mnemonicOf(menu->text()); !letter.isEmpty())
                letters.insert(letter, menu->text());
        }
        QStringList found;
        for (const QString &letter : letters.uniqueKeys()) {
            if (letters.values(letter).size() > 1)
                found.append(u"Start page, Alt+%1: %2"_s.arg(letter, letters.values(letter).join(u" / "_s)));
        }
        return found;
    }

    /// Shared letters in the dialogs with the most fields.
    QStringList dialogCollisions() {
        auto window =
            test::openDemoWindow(m_folder.path(u"dialogs-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        if (!window)
            return {u"no window"_s};
        WindowDialog freeze(*window->workspace(), *window->undoController(), WindowDialog::newFreeze(test::fixedNow()),
                            window.get());
        QStringList found;
        const QMultiHash<QString, QString> letters = lettersOn(&freeze);
        for (const QString &letter : letters.uniqueKeys()) {
            if (letters.values(letter).size() > 1)
                found.append(u"Freeze window dialog, Alt+%1: %2"_s.arg(letter, letters.values(letter).join(u" / "_s)));
        }
        return found;
    }

    QStringList collisions() {
        auto window =
            test::openDemoWindow(m_folder.path(u"keys-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        if (!window)
            return {u"no window"_s};
        const Id id = window->workspace()->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        ReleaseTab *tab = window->openRelease(id);
        QStringList found;
        // The menu bar's letters and the release tabs' letters are reachable from every page.
        QMultiHash<QString, QString> tabs;
        for (QAction *menu : window->menuBar()->actions()) {
            if (const QString letter = mnemonicOf(menu->text()); !letter.isEmpty())
                tabs.insert(letter, menu->text());
        }
        for (int i = 0; i < tab->count(); ++i) {
            if (const QString letter = mnemonicOf(tab->tabText(i)); !letter.isEmpty())
                tabs.insert(letter, tab->tabText(i));
        }
        for (int i = 0; i < tab->count(); ++i) {
            tab->setCurrentIndex(i);
            QMultiHash<QString, QString> letters = lettersOn(tab->widget(i));
            letters.unite(tabs);
            for (const QString &letter : letters.uniqueKeys()) {
                const QStringList texts = letters.values(letter);
                if (texts.size() > 1)
                    found.append(u"%1 page, Alt+%2: %3"_s.arg(tab->tabText(i), letter, texts.join(u" / "_s)));
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void ctrlTabGoesRoundTheOpenReleases() {
        auto window = test::openDemoWindow(m_folder.path(u"tabs.db"_s));
        QVERIFY(window);
        QApplication::setActiveWindow(window.get());
        auto &releases = window->workspace()->releases();
        window->openRelease(releases.releaseByName(u"2026.4 Autumn"_s)->id);
        ReleaseTab *second = window->openRelease(releases.releaseByName(u"Hotfix 2026.3.1"_s)->id);
        auto *tabs = qobject_cast<QTabWidget *>(second->parentWidget()->parentWidget());
        QVERIFY(tabs);
        const int start = tabs->currentIndex();
        QTest::keySequence(window.get(), QKeySequence(QKeySequence::NextChild));
        QCOMPARE(tabs->currentIndex(), (start + 1) % tabs->count());
        QTest::keySequence(window.get(), QKeySequence(QKeySequence::PreviousChild));
        QCOMPARE(tabs->currentIndex(), start);
    }

    void altAndANumberOpensAReleasePage() {
        auto window = test::openDemoWindow(m_folder.path(u"pages.db"_s));
        QVERIFY(window);
        QApplication::setActiveWindow(window.get());
        ReleaseTab *tab = window->openRelease(window->workspace()->releases().releaseByName(u"2026.4 Autumn"_s)->id);
        QTest::keyClick(window.get(), Qt::Key_7, Qt::AltModifier);
        QCOMPARE(tab->currentWidget(), static_cast<QWidget *>(tab->buildsPage()));
        QVERIFY(tab->buildsPage()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(tab->currentIndex(), 0);
        QVERIFY(tab->tabToolTip(6).contains(u"Alt+7"_s));
    }

    void eachLetterReachesOneThingOnEveryReleasePage_data() {
        QTest::addColumn<bool>("inGerman");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    void eachLetterReachesOneThingOnEveryReleasePage() {
        QFETCH(bool, inGerman);
        SourceTextTranslator german;
        if (inGerman) {
            QVERIFY(german.loadTs(qEnvironmentVariable("RELM_SOURCE_DIR") + u"/translations/relm_de.ts"_s));
            QCoreApplication::installTranslator(&german);
        }
        const QStringList found = collisions() + startPageCollisions() + dialogCollisions();
        QCoreApplication::removeTranslator(&german);
        for (const QString &collision : found)
            qWarning().noquote() << collision; // the failure message below is cut at 1,000 characters
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 letters are shared; see the warnings"_s.arg(found.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
