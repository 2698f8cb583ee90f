#include "PackagePickerDialog.h"

#include "changes/Workspace.h"
#include "domain/ReleaseLifecycle.h"
#include "domain/Vocabulary.h"
#include "release/ReleaseOrder.h"
#include "storage/ReleaseStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace relm {

PackagePickerDialog::PackagePickerDialog(Workspace &workspace, const QString &title, Id preferredRelease,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_release(new QComboBox(this))
    , m_package(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_subject(new QLabel(this)) {
    setWindowTitle(title);
    setObjectName(u"packagePicker"_s);
    m_release->setObjectName(u"pickerRelease"_s);
    m_package->setObjectName(u"pickerPackage"_s);
    if (auto stored = workspace.releases().releases()) {
        QList<Release> releases = *stored;
        sortForOpening(releases);
        for (const Release &release : releases) {
            if (!ReleaseLifecycle::hasShipped(release.status))
                m_release->addItem(tr("%1 (%2)").arg(release.name, labelOf(release.status)), release.id);
        }
    }
    m_release->setCurrentIndex(std::max(0, m_release->findData(preferredRelease)));
    connect(m_release, &QComboBox::currentIndexChanged, this, &PackagePickerDialog::fillPackages);
    fillPackages();

    auto *form = new QFormLayout(this);
    m_subject->setObjectName(u"pickerSubject"_s);
    m_subject->setTextFormat(Qt::PlainText);
    form->addRow(tr("What:"), m_subject);
    form->labelForField(m_subject)->hide();
    m_subject->hide();
    form->addRow(tr("&Release:"), m_release);
    form->addRow(tr("&Package:"), m_package);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PackagePickerDialog::fillPackages() {
    m_package->clear();
    if (auto packages = m_workspace.releases().packages(m_release->currentData().value<Id>())) {
        for (const Package &package : *packages) {
            if (package.id != m_leftOut)
                m_package->addItem(package.name, package.id);
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_package->count() > 0);
}

void PackagePickerDialog::setSubject(const QString &subject) {
    m_subject->setText(subject);
    m_subject->setVisible(!subject.isEmpty());
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->labelForField(m_subject)->setVisible(!subject.isEmpty());
}

void PackagePickerDialog::leaveOut(Id packageId) {
    m_leftOut = packageId;
    fillPackages();
}

QString PackagePickerDialog::subject() const {
    return m_subject->text();
}

Id PackagePickerDialog::packageId() const {
    return m_package->currentData().value<Id>();
}

} // namespace relm
