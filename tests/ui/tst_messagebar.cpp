#include "widgets/MessageBar.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using relm::MessageBar;

/// The message strip above a page: several messages fold into the first with a count, so that a
/// long list does not push the page's content away, and unfold on request.
class TestMessageBar : public QObject {
    Q_OBJECT

    static QLabel *textOf(MessageBar &bar) {
        for (QLabel *label : bar.findChildren<QLabel *>()) {
            if (label->pixmap().isNull())
                return label;
        }
        return nullptr;
    }

private Q_SLOTS:
    void severalMessagesFoldUntilAskedFor() {
        MessageBar bar;
        bar.show();
        const QStringList warnings{u"First warning."_s, u"Second warning."_s, u"Third warning."_s};
        bar.showMessages(MessageBar::Kind::Warning, warnings);
        QLabel *label = textOf(bar);
        QVERIFY(label);
        QCOMPARE(label->text(), u"First warning. (and 2 more)"_s);
        QVERIFY(label->toolTip().contains(u"Third warning."_s));
        QCOMPARE(bar.text(), warnings.join(u'\n')); // what the bar reports stays whole
        auto *button = bar.findChild<QToolButton *>(u"messageAction"_s);
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), u"Show All"_s);
        button->click();
        QCOMPARE(label->text(), warnings.join(u'\n'));
        QCOMPARE(button->text(), u"Show Less"_s);
        // The same list shown again (a page recomputed) stays unfolded; another list folds.
        bar.showMessages(MessageBar::Kind::Warning, warnings);
        QCOMPARE(label->text(), warnings.join(u'\n'));
        bar.showMessages(MessageBar::Kind::Warning, warnings.mid(1));
        QCOMPARE(label->text(), u"Second warning. (and 1 more)"_s);
        button->click();
        button->click();
        QCOMPARE(label->text(), u"Second warning. (and 1 more)"_s);
    }

    void oneMessageHasNoButtonAndClearingHidesTheBar() {
        MessageBar bar;
        bar.show();
        bar.showMessages(MessageBar::Kind::Warning, {u"Only warning."_s});
        QCOMPARE(textOf(bar)->text(), u"Only warning."_s);
        QVERIFY(!bar.findChild<QToolButton *>(u"messageAction"_s)->isVisible());
        bar.clear();
        QVERIFY(bar.isHidden());
        QVERIFY(bar.text().isEmpty());
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
