#include "GateDialog.h"

#include "GateChecklist.h"
#include "domain/ReleaseLifecycle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

GateDialog::GateDialog(const GateResult &result, const QString &releaseName, QWidget *parent)
    : QDialog(parent)
    , m_checklist(new GateChecklist(this)) {
    setWindowTitle(tr("Gate: %1").arg(ReleaseLifecycle::actionLabel(result.to)));
    m_checklist->setResult(result, releaseName);
    auto *buttons = new QDialogButtonBox(this);
    if (result.passed()) {
        m_move = buttons->addButton(ReleaseLifecycle::actionLabel(result.to), QDialogButtonBox::AcceptRole);
        m_move->setObjectName(u"move"_s);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checklist, 1);
    if (!result.passed()) {
        auto *refusal = new QLabel(tr("The move is refused until every check passes. Sign-offs are given on the "
                                      "release's Sign-off page."),
                                   this);
        refusal->setWordWrap(true);
        layout->addWidget(refusal);
    }
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * (result.checks.size() + 12));
}

} // namespace relm
