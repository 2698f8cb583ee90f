#include "CalendarFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace relm {

namespace {
/// Refills a combo box with "All" and the choices, keeping the current one when it is still there.
void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QVariant>> &choices) {
    const QVariant current = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QVariant());
    for (const auto &[text, value] : choices)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}
} // namespace

CalendarFilterBar::CalendarFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_service(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_owner(new QComboBox(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    const QList<std::pair<QString, QComboBox *>> boxes = {
        {tr("&Service:"), m_service}, {tr("&Environment:"), m_environment}, {tr("&Owner:"), m_owner}};
    for (const auto &[text, box] : boxes) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        box->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        box->addItem(tr("All"), QVariant());
        layout->addWidget(label);
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &CalendarFilterBar::filterChanged);
    }
    layout->addStretch(1);
}

void CalendarFilterBar::setChoices(const CalendarData &data) {
    QList<std::pair<QString, QVariant>> services;
    for (const QString &s : data.services())
        services.append({s, s});
    refill(m_service, tr("All"), services);

    QList<Environment> environments(data.environments().cbegin(), data.environments().cend());
    std::sort(environments.begin(), environments.end(), [](const Environment &a, const Environment &b) {
        return a.position != b.position ? a.position < b.position : a.name < b.name;
    });
    QList<std::pair<QString, QVariant>> envs;
    for (const Environment &e : environments)
        envs.append({e.name, e.id});
    refill(m_environment, tr("All"), envs);

    QList<std::pair<QString, QVariant>> owners;
    for (const QString &o : data.owners())
        owners.append({o, o});
    refill(m_owner, tr("All"), owners);
}

CalendarFilter CalendarFilterBar::filter() const {
    CalendarFilter f;
    f.service = m_service->currentData().toString();
    f.environmentId = m_environment->currentData().toLongLong();
    f.owner = m_owner->currentData().toString();
    return f;
}

} // namespace relm
