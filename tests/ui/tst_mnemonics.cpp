// Alt+letter reaches one thing: on each page of a release, the tab bar's letters and the page's
// own buttons and labelled fields never share a letter.
#include "DemoWindow.h"
#include "TestSupport.h"

#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/ReleaseStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
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

    QStringList collisions() {
        auto window = test::openDemoWindow(m_folder.path(u"keys.db"_s));
        if (!window)
            return {u"no window"_s};
        const Id id = window->workspace()->releases().releaseByName(u"2026.4 Autumn"_s)->id;
        ReleaseTab *tab = window->openRelease(id);
        QStringList found;
        QMultiHash<QString, QString> tabs;
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

    void eachLetterReachesOneThingOnEveryReleasePage() {
        const QStringList found = collisions();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
