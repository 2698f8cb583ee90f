#include "MessageBar.h"

#include "widgets/Legible.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace relm {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(m_action, &QToolButton::clicked, this, [this] {
        // A copy: the action may replace or clear the message, and with it m_onAction.
        if (const std::function<void()> action = m_onAction)
            action();
    });
    setAccessibleName(tr("Messages"));
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text) {
    m_kind = kind;
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // Tinted from the palette so that it stays legible in light and dark themes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor tint = kind == Kind::Error     ? QColor(220, 50, 47)
                        : kind == Kind::Warning ? QColor(203, 140, 0)
                                                : QColor(38, 139, 210);
    pal.setColor(QPalette::Window, legible::mix(base, tint, 0.18));
    setPalette(pal);
    m_label->setText(text);
    m_label->setToolTip(QString());
    m_texts.clear();
    m_onAction = {};
    m_action->hide();
    show();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action) {
    showMessage(kind, text);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBar::showMessages(Kind kind, const QStringList &texts) {
    if (texts.size() <= 1) {
        showMessage(kind, texts.value(0));
        return;
    }
    // The same list shown again (a page recomputed) stays as its reader left it.
    const bool wasUnfolded = m_unfolded && texts == m_texts && !isHidden();
    showMessage(kind, texts.constFirst());
    m_texts = texts;
    if (wasUnfolded)
        showUnfolded();
    else
        showFolded();
}

void MessageBar::showFolded() {
    m_unfolded = false;
    const qsizetype more = m_texts.size() - 1;
    //: %1 is the first of several messages; %n counts the others, shown by the button beside it
    m_label->setText(tr("%1 (and %n more)", "", int(more)).arg(m_texts.constFirst()));
    m_label->setToolTip(m_texts.join(u'\n'));
    m_action->setText(tr("Show All"));
    m_action->setToolTip(tr("Show all %n messages", "", int(m_texts.size())));
    m_onAction = [this] {
        showUnfolded();
    };
    m_action->show();
}

void MessageBar::showUnfolded() {
    m_unfolded = true;
    m_label->setText(m_texts.join(u'\n'));
    m_label->setToolTip(QString());
    m_action->setText(tr("Show Less"));
    m_action->setToolTip(tr("Show only the first message"));
    m_onAction = [this] {
        showFolded();
    };
    m_action->show();
}

void MessageBar::clear() {
    m_texts.clear();
    m_label->clear();
    m_onAction = {};
    m_action->hide();
    hide();
}

QString MessageBar::text() const {
    if (isHidden())
        return QString();
    // Every message, also while they are folded: callers read what the bar reports, not its layout.
    return m_texts.isEmpty() ? m_label->text() : m_texts.join(u'\n');
}

} // namespace relm
