#include "PolicyDialog.h"

#include "domain/Validation.h"
#include "widgets/FocusFirst.h"
#include "widgets/Legible.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QSpinBox *quorumBox(QTableWidget *table, int row) {
    return static_cast<QSpinBox *>(table->cellWidget(row, 1));
}

} // namespace

PolicyDialog::PolicyDialog(const QList<ReleasePolicy> &policies, ReleaseType shown, QWidget *parent)
    : QDialog(parent)
    , m_shown(shown)
    , m_type(new QComboBox(this))
    , m_roles(new QTableWidget(int(allOf<Role>().size()), 2, this))
    , m_leadHours(new QSpinBox(this))
    , m_frozen(new QCheckBox(tr("A &frozen, unchanged baseline is required for sign-off"), this))
    , m_emergency(new QComboBox(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Release Policies"));
    for (const ReleasePolicy &p : policies)
        m_original.insert(p.releaseType, p);
    m_edited = m_original;
    for (ReleaseType type : allOf<ReleaseType>())
        m_type->addItem(tr("%1 releases").arg(labelOf(type)), int(type));

    m_roles->setHorizontalHeaderLabels({tr("Signs off"), tr("Quorum (people)")});
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_roles->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_roles->setSelectionMode(QAbstractItemView::NoSelection);
    m_roles->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it) for the quorums
    // The quorums and categories are made after the fields below them: Tab takes all as shown.
    QList<QWidget *> order{m_type, m_roles};
    int row = 0;
    for (Role role : allOf<Role>()) {
        auto *item = new QTableWidgetItem(labelOf(role));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, int(role));
        item->setCheckState(Qt::Unchecked);
        m_roles->setItem(row, 0, item);
        auto *quorum = new QSpinBox(m_roles);
        quorum->setRange(1, 25);
        m_roles->setCellWidget(row, 1, quorum);
        order << quorum;
        connect(quorum, &QSpinBox::valueChanged, this, &PolicyDialog::check);
        ++row;
    }
    m_roles->setMinimumHeight(m_roles->verticalHeader()->length() + m_roles->horizontalHeader()->height() + 4);
    connect(m_roles, &QTableWidget::itemChanged, this, &PolicyDialog::check);

    auto *categories = new QGroupBox(tr("Required criterion categories"), this);
    auto *grid = new QGridLayout(categories);
    int index = 0;
    for (CriterionCategory category : allOf<CriterionCategory>()) {
        auto *box = new QCheckBox(labelOf(category), categories);
        box->setProperty("category", int(category));
        grid->addWidget(box, index / 3, index % 3);
        m_categories.append(box);
        order << box;
        ++index;
    }

    order << m_leadHours << m_frozen << m_emergency;
    chainTabOrder(order);
    m_leadHours->setRange(0, 24 * 90);
    m_leadHours->setSuffix(tr(" hours"));
    m_emergency->addItem(tr("Nobody"), -1);
    for (Role role : allOf<Role>())
        m_emergency->addItem(labelOf(role), int(role));
    m_problem->setStyleSheet(legible::problemStyle());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ok"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { showType(ReleaseType(m_type->currentData().toInt())); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Policy for:"), m_type);
    form->addRow(tr("Sign-off &roles:"), m_roles);
    form->addRow(categories);
    form->addRow(tr("&Lead time from approval to production:"), m_leadHours);
    form->addRow(m_frozen);
    form->addRow(tr("&Emergency authorised by:"), m_emergency);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Owners never sign the test or acceptance roles of their own release, nobody "
                                    "signs one release in two roles, and a quorum counts distinct people."),
                                 this));
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    {
        // Choosing the type to show is not switching from another: nothing is stored before loading.
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(m_type->findData(int(shown)));
    }
    load(m_edited.value(shown, ReleasePolicy{0, shown, {}, {}, 0, false, std::nullopt}));
}

void PolicyDialog::showType(ReleaseType type) {
    store();
    m_shown = type;
    const QSignalBlocker blocker(m_type);
    m_type->setCurrentIndex(m_type->findData(int(type)));
    load(m_edited.value(type, ReleasePolicy{0, type, {}, {}, 0, false, std::nullopt}));
}

void PolicyDialog::load(const ReleasePolicy &policy) {
    const QSignalBlocker blocker(m_roles);
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const Role role = Role(m_roles->item(row, 0)->data(Qt::UserRole).toInt());
        const int quorum = policy.quorumFor(role);
        m_roles->item(row, 0)->setCheckState(quorum > 0 ? Qt::Checked : Qt::Unchecked);
        quorumBox(m_roles, row)->setValue(std::max(1, quorum));
    }
    for (QCheckBox *box : m_categories)
        box->setChecked(policy.requiredCategories.contains(CriterionCategory(box->property("category").toInt())));
    m_leadHours->setValue(policy.minimumLeadHours);
    m_frozen->setChecked(policy.frozenBaselineRequired);
    m_emergency->setCurrentIndex(
        m_emergency->findData(policy.emergencyAuthoriser ? int(*policy.emergencyAuthoriser) : -1));
    check();
}

ReleasePolicy PolicyDialog::current() const {
    ReleasePolicy policy = m_edited.value(m_shown, ReleasePolicy{0, m_shown, {}, {}, 0, false, std::nullopt});
    policy.releaseType = m_shown;
    // The roles keep the order they were stored in (an unchanged policy compares equal); roles
    // ticked now come after them.
    QHash<Role, int> ticked;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        if (m_roles->item(row, 0)->checkState() == Qt::Checked)
            ticked.insert(Role(m_roles->item(row, 0)->data(Qt::UserRole).toInt()), quorumBox(m_roles, row)->value());
    }
    QList<SignOffRequirement> signOffs;
    for (const SignOffRequirement &stored : std::as_const(policy.signOffs)) {
        if (ticked.contains(stored.role))
            signOffs.append({stored.role, ticked.take(stored.role)});
    }
    for (Role role : allOf<Role>()) {
        if (ticked.contains(role))
            signOffs.append({role, ticked.value(role)});
    }
    policy.signOffs = signOffs;
    policy.requiredCategories.clear();
    for (QCheckBox *box : m_categories) {
        if (box->isChecked())
            policy.requiredCategories.append(CriterionCategory(box->property("category").toInt()));
    }
    policy.minimumLeadHours = m_leadHours->value();
    policy.frozenBaselineRequired = m_frozen->isChecked();
    const int emergency = m_emergency->currentData().toInt();
    policy.emergencyAuthoriser = emergency < 0 ? std::nullopt : std::optional<Role>(Role(emergency));
    return policy;
}

void PolicyDialog::accept() {
    store();
    QDialog::accept();
}

void PolicyDialog::store() {
    m_edited.insert(m_shown, current());
}

QList<std::pair<std::optional<ReleasePolicy>, ReleasePolicy>> PolicyDialog::changes() const {
    QList<std::pair<std::optional<ReleasePolicy>, ReleasePolicy>> result;
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it) {
        const auto original = m_original.constFind(it.key());
        if (original == m_original.cend()) {
            if (*it != ReleasePolicy{0, it.key(), {}, {}, 0, false, std::nullopt}) // left empty: nothing to add
                result.append({std::nullopt, *it});
        } else if (*original != *it)
            result.append({*original, *it});
    }
    return result;
}

void PolicyDialog::setQuorum(Role role, int quorum) {
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        if (Role(m_roles->item(row, 0)->data(Qt::UserRole).toInt()) != role)
            continue;
        m_roles->item(row, 0)->setCheckState(quorum > 0 ? Qt::Checked : Qt::Unchecked);
        if (quorum > 0)
            quorumBox(m_roles, row)->setValue(quorum);
    }
}

void PolicyDialog::setLeadHours(int hours) {
    m_leadHours->setValue(hours);
}

void PolicyDialog::check() {
    const ReleasePolicy policy = current();
    const auto valid = validation::check(policy);
    if (!valid)
        m_problem->setText(valid.errorMessage());
    else if (policy.signOffs.isEmpty()) // allowed, as no policy at all is, but never by accident
        m_problem->setText(tr("No sign-off role is ticked: %1 releases will pass their gate without anyone's "
                              "approval.")
                               .arg(labelOf(policy.releaseType)));
    else
        m_problem->clear();
}

} // namespace relm
