#include "ComponentDialog.h"

#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "storage/DirectoryStore.h"
#include "widgets/Legible.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace relm {

ComponentDialog::ComponentDialog(Workspace &workspace, const Component &component, QWidget *parent)
    : QDialog(parent)
    , m_component(component)
    , m_name(new QLineEdit(component.name, this))
    , m_kind(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_description(new QLineEdit(component.description, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(component.id ? tr("Edit %1").arg(component.name) : tr("New Component"));
    for (ComponentKind kind : allOf<ComponentKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(component.kind)));
    m_owner->addItem(tr("Nobody yet"), Id(0));
    if (auto people = workspace.directory().people()) {
        for (const Person &p : *people)
            m_owner->addItem(p.displayName, p.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(component.ownerId)));
    m_name->setPlaceholderText(tr("e.g. auth-service"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(legible::problemStyle());
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ComponentDialog::check);
    check();
}

Component ComponentDialog::component() const {
    Component c = m_component;
    c.name = m_name->text().trimmed();
    c.kind = ComponentKind(m_kind->currentData().toInt());
    c.ownerId = m_owner->currentData().toLongLong();
    c.description = m_description->text().trimmed();
    return c;
}

void ComponentDialog::check() {
    const auto valid = validation::check(component());
    m_problem->setText(!valid && !m_name->text().isEmpty() ? valid.errorMessage() : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
}

} // namespace relm
