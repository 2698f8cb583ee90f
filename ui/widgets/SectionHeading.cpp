#include "SectionHeading.h"

#include <QPainter>
#include <QStyle>

namespace relm {

SectionHeading::SectionHeading(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title) {
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setToolTip(title);
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString SectionHeading::shownText() const {
    const QString elided = fontMetrics().elidedText(m_title, Qt::ElideRight, width());
    // "All …" says less than nothing: a heading cut to its first few letters is left out.
    constexpr int fewestLetters = 6;
    return elided == m_title || elided.trimmed().size() > fewestLetters ? elided : QString();
}

QSize SectionHeading::sizeHint() const {
    return {fontMetrics().horizontalAdvance(m_title) + 2, fontMetrics().height()};
}

QSize SectionHeading::minimumSizeHint() const {
    // The buttons beside it come first: on the narrowest window the heading may give way entirely.
    return {0, fontMetrics().height()};
}

void SectionHeading::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    style()->drawItemText(&painter, rect(), int(Qt::AlignLeft | Qt::AlignVCenter), palette(), isEnabled(), shownText(),
                          QPalette::WindowText);
}

} // namespace relm
