#include "ScopeEditor.h"

#include "calendar/CalendarWidgets.h"
#include "changes/Workspace.h"
#include "storage/CatalogueStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

using Rows = QList<std::pair<QString, QVariant>>;

Rows serviceRows(Workspace &ws, const QStringList &inScope) {
    QStringList names = inScope;
    if (auto releases = ws.releases().releases()) {
        for (const Release &r : *releases) {
            if (!r.targetService.isEmpty() && !names.contains(r.targetService, Qt::CaseInsensitive))
                names.append(r.targetService);
        }
    }
    names.sort(Qt::CaseInsensitive);
    Rows rows;
    for (const QString &name : std::as_const(names))
        rows.append({name, name});
    return rows;
}

Rows environmentRows(Workspace &ws) {
    Rows rows;
    if (auto environments = ws.directory().environments()) {
        for (const Environment &e : *environments)
            rows.append({e.name, e.id});
    }
    return rows;
}

Rows componentRows(Workspace &ws) {
    Rows rows;
    if (auto components = ws.catalogue().components()) {
        for (const Component &c : *components) {
            if (!c.retired)
                rows.append({c.name, c.id});
        }
    }
    return rows;
}

template<typename T>
QVariantList variants(const QList<T> &values) {
    QVariantList list;
    for (const T &v : values)
        list.append(QVariant::fromValue(v));
    return list;
}

QList<Id> ids(const QVariantList &values) {
    QList<Id> list;
    for (const QVariant &v : values)
        list.append(v.toLongLong());
    return list;
}

} // namespace

ScopeEditor::ScopeEditor(Workspace &workspace, const WindowScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_services(calendar_widgets::checkList(serviceRows(workspace, scope.services), variants(scope.services), this))
    , m_environments(calendar_widgets::checkList(environmentRows(workspace), variants(scope.environmentIds), this))
    , m_components(calendar_widgets::checkList(componentRows(workspace), variants(scope.componentIds), this))
    , m_newService(new QLineEdit(this))
    , m_summary(new QLabel(this)) {
    m_services->setObjectName(u"scopeServices"_s);
    m_environments->setObjectName(u"scopeEnvironments"_s);
    m_components->setObjectName(u"scopeComponents"_s);
    m_services->setAccessibleName(tr("Services"));
    m_environments->setAccessibleName(tr("Environments"));
    m_components->setAccessibleName(tr("Components"));
    m_newService->setObjectName(u"scopeNewService"_s);
    m_newService->setPlaceholderText(tr("A service no release names yet"));
    m_summary->setObjectName(u"scopeSummary"_s);
    m_summary->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add"), this);

    auto *columns = new QHBoxLayout;
    const QList<std::pair<QString, QListWidget *>> lists{
        {tr("Serv&ices"), m_services}, {tr("En&vironments"), m_environments}, {tr("Com&ponents"), m_components}};
    for (const auto &[text, list] : lists) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(text, this);
        label->setBuddy(list);
        list->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
        column->addWidget(label);
        column->addWidget(list, 1);
        columns->addLayout(column, 1);
        connect(list, &QListWidget::itemChanged, this, &ScopeEditor::updateSummary);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    auto *row = new QHBoxLayout;
    auto *another = new QLabel(tr("Another service:"), this);
    another->setBuddy(m_newService);
    row->addWidget(another);
    row->addWidget(m_newService, 1);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    auto addTyped = [this] {
        addService(m_newService->text());
        m_newService->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_newService, &QLineEdit::returnPressed, this, addTyped);
    updateSummary();
}

void ScopeEditor::addService(const QString &service) {
    const QString name = service.trimmed();
    if (name.isEmpty())
        return;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_services->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(name, m_services);
    item->setData(Qt::UserRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Checked);
}

WindowScope ScopeEditor::scope() const {
    WindowScope scope;
    for (const QVariant &v : calendar_widgets::checkedData(m_services))
        scope.services.append(v.toString());
    scope.environmentIds = ids(calendar_widgets::checkedData(m_environments));
    scope.componentIds = ids(calendar_widgets::checkedData(m_components));
    return scope;
}

void ScopeEditor::updateSummary() {
    const WindowScope s = scope();
    if (s.everything()) {
        m_summary->setText(tr("Nothing checked: the window applies to every service, environment and component."));
    } else {
        QStringList parts;
        if (!s.services.isEmpty())
            parts.append(tr("%n service(s)", nullptr, int(s.services.size())));
        if (!s.environmentIds.isEmpty())
            parts.append(tr("%n environment(s)", nullptr, int(s.environmentIds.size())));
        if (!s.componentIds.isEmpty())
            parts.append(tr("%n component(s)", nullptr, int(s.componentIds.size())));
        m_summary->setText(tr("Applies only where all of these match: %1.").arg(parts.join(tr(" and "))));
    }
    Q_EMIT changed();
}

} // namespace relm
