#include "ActingPersonPicker.h"

#include "PersonText.h"

#include "changes/Workspace.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString settingsKey(const QString &databasePath) {
    const QByteArray hash = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"actingPerson/"_s + QString::fromLatin1(hash);
}

} // namespace

ActingPersonPicker::ActingPersonPicker(QWidget *parent)
    : QComboBox(parent) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Who you are acting as: the audit trail records this person for every change"));
    setAccessibleName(tr("Acting person"));
    connect(this, &QComboBox::activated, this, [this] {
        if (!m_workspace)
            return;
        const QString login = currentData().toString();
        if (auto r = m_workspace->actAs(login); !r)
            Q_EMIT failed(r.errorMessage());
        else
            remember(m_workspace->database().location(), login);
    });
}

void ActingPersonPicker::setWorkspace(Workspace *workspace) {
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::actingPersonChanged, this, &ActingPersonPicker::refill);
        connect(m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
            if (notice.entity == Entity::Person)
                refill();
        });
    }
    refill();
}

void ActingPersonPicker::refill() {
    const QSignalBlocker blocker(this);
    clear();
    if (!m_workspace)
        return;
    if (auto people = m_workspace->directory().people()) {
        for (const Person &p : *people)
            addItem(personWithRoles(p), p.login); // the name first: typing it picks the person
    }
    setCurrentIndex(findData(m_workspace->actingPerson().login));
}

QString ActingPersonPicker::rememberedLogin(const QString &databasePath) {
    return QSettings().value(settingsKey(databasePath)).toString();
}

void ActingPersonPicker::remember(const QString &databasePath, const QString &login) {
    QSettings().setValue(settingsKey(databasePath), login);
}

} // namespace relm
