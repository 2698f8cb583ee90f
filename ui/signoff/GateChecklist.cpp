#include "GateChecklist.h"

#include "widgets/Legible.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

GateChecklist::GateChecklist(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Check"), tr("Found")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->resizeSection(0, fontMetrics().averageCharWidth() * 60);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Gate checklist"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_list, 1);
}

void GateChecklist::setResult(const GateResult &result, const QString &releaseName) {
    const int missing = int(result.missing().size());
    const QColor good(0x2e, 0x7d, 0x32);
    const QColor bad(0xc6, 0x28, 0x28);
    const QColor headlineGround = m_headline->palette().color(QPalette::Window);
    const QString verdict = u"<b style='color:%1'>%2</b>"_s.arg(
        legible::on(result.passed() ? good : bad, headlineGround).name(),
        result.passed() ? tr("Gate open") : tr("%n check(s) missing", nullptr, missing));
    m_headline->setText(tr("%1 \u2014 %2 \u2192 %3 for %4. <i>%5</i>")
                            .arg(verdict, labelOf(result.from), labelOf(result.to), releaseName.toHtmlEscaped(),
                                 result.policyName.toHtmlEscaped()));
    m_list->clear();
    for (const GateCheck &check : result.checks) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, (check.passed ? u"\u2714  "_s : u"\u2718  "_s) + check.text);
        item->setText(1, check.detail);
        item->setToolTip(0, check.text);
        item->setToolTip(1, check.detail);
        item->setForeground(0, legible::on(check.passed ? good : bad, m_list->palette().color(QPalette::Base)));
    }
    if (result.checks.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("Nothing is required for this step."));
    }
}

void GateChecklist::setNote(const QString &text) {
    m_headline->setText(text.toHtmlEscaped());
    m_list->clear();
}

QString GateChecklist::headline() const {
    return m_headline->text();
}

} // namespace relm
