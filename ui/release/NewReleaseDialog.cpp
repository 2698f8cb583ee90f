#include "NewReleaseDialog.h"

#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "widgets/Legible.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace relm {

NewReleaseDialog::NewReleaseDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_service(new QLineEdit(this))
    , m_start(new QDateEdit(QDate::currentDate().addDays(14), this))
    , m_end(new QDateEdit(QDate::currentDate().addDays(56), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New Release"));
    for (ReleaseType type : allOf<ReleaseType>())
        m_type->addItem(labelOf(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(ReleaseType::Minor)));
    if (auto people = workspace.directory().people()) {
        for (const Person &p : *people)
            m_owner->addItem(p.displayName, p.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(workspace.actingPerson().id)));
    for (QDateEdit *edit : {m_start, m_end})
        edit->setCalendarPopup(true);
    m_name->setPlaceholderText(tr("e.g. 2027.2 Spring"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(legible::problemStyle());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Release"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Target &service:"), m_service);
    form->addRow(tr("Planned s&tart:"), m_start);
    form->addRow(tr("Planned &end:"), m_end);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewReleaseDialog::check);
    connect(m_start, &QDateEdit::dateChanged, this, &NewReleaseDialog::check);
    connect(m_end, &QDateEdit::dateChanged, this, &NewReleaseDialog::check);
    check();
}

Release NewReleaseDialog::release() const {
    Release r;
    r.name = m_name->text().trimmed();
    r.version = m_version->text().trimmed();
    r.type = ReleaseType(m_type->currentData().toInt());
    r.ownerId = m_owner->currentData().toLongLong();
    r.targetService = m_service->text().trimmed();
    r.plannedStart = m_start->date();
    r.plannedEnd = m_end->date();
    return r;
}

QString NewReleaseDialog::problem() const {
    return m_problem->text();
}

void NewReleaseDialog::check() {
    const Release r = release();
    QString message;
    if (auto valid = validation::check(r); !valid)
        message = r.name.isEmpty() ? QString() : valid.errorMessage(); // no scolding before anything is typed
    else if (m_workspace.releases().releaseByName(r.name))
        message = tr("A release named \u201C%1\u201D already exists.").arg(r.name);
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(validation::check(r) && message.isEmpty());
}

} // namespace relm
