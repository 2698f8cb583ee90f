#include "ChangeRequestDialog.h"

#include "domain/Validation.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QPlainTextEdit *textBox(const QString &text, const QString &placeholder, QWidget *parent) {
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

template<typename E>
QComboBox *termBox(E current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    for (E value : allOf<E>())
        box->addItem(labelOf(value), int(value));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

} // namespace

ChangeRequestDialog::ChangeRequestDialog(const ChangeRequest &change, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_message(new MessageBar(this))
    , m_reference(new QLineEdit(change.reference, this))
    , m_title(new QLineEdit(change.title, this))
    , m_kind(termBox(change.kind, this))
    , m_status(termBox(change.status, this))
    , m_summary(textBox(change.publicSummary,
                        tr("One or two sentences in the customer's words, e.g. \u201CInvoices can be exported to "
                           "Excel.\u201D"),
                        this))
    , m_action(textBox(change.userAction, tr("Leave empty when users need to do nothing."), this))
    , m_detail(textBox(change.description, tr("Design notes, problem records, anything for staff only."), this)) {
    setWindowTitle(change.id ? tr("Change Request %1").arg(change.reference) : tr("New Change Request"));
    m_reference->setObjectName(u"changeReference"_s);
    m_reference->setPlaceholderText(tr("The id in your change system, e.g. RFC-1042"));
    m_title->setObjectName(u"changeTitle"_s);
    m_kind->setObjectName(u"changeKind"_s);
    m_status->setObjectName(u"changeStatus"_s);
    m_summary->setObjectName(u"changeSummary"_s);
    m_action->setObjectName(u"changeAction"_s);
    m_detail->setObjectName(u"changeDetail"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Public summary:"), m_summary);
    form->addRow(tr("&Users need to:"), m_action);
    form->addRow(tr("Internal &detail:"), m_detail);
    auto *hint = new QLabel(tr("Customer notes print the public summary and what users need to do, under New, "
                               "Improved or Fixed by kind. The title and the internal detail stay with staff: service "
                               "and technical notes and the change board pack."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeRequestDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    const QList<QWidget *> order{m_reference, m_title, m_kind, m_status, m_summary, m_action, m_detail, buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(560, sizeHint().height());
}

ChangeRequest ChangeRequestDialog::change() const {
    ChangeRequest c = m_change;
    c.reference = m_reference->text().trimmed();
    c.title = m_title->text().trimmed();
    c.kind = ChangeKind(m_kind->currentData().toInt());
    c.status = ChangeStatus(m_status->currentData().toInt());
    c.publicSummary = m_summary->toPlainText().trimmed();
    c.userAction = m_action->toPlainText().trimmed();
    c.description = m_detail->toPlainText().trimmed();
    return c;
}

void ChangeRequestDialog::accept() {
    if (auto r = validation::check(change()); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace relm
