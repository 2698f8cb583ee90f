#include "RecurrenceEditor.h"

#include "i18n/ShownDates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

using Frequency = Recurrence::Frequency;

QSpinBox *spin(int from, int to, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(from, to);
    return box;
}

QComboBox *weekdayBox(QWidget *parent) {
    auto *box = new QComboBox(parent);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        box->addItem(QLocale().standaloneDayName(d, QLocale::LongFormat), d);
    return box;
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget *parent)
    : QWidget(parent)
    , m_frequency(new QComboBox(this))
    , m_interval(spin(1, 99, this))
    , m_unit(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_ends(new QCheckBox(tr("&Ends on"), this))
    , m_until(new QDateEdit(this)) {
    m_frequency->addItem(tr("Once"), int(Frequency::Once));
    m_frequency->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_frequency->addItem(tr("Yearly"), int(Frequency::Yearly));
    m_frequency->setObjectName(u"repeatFrequency"_s);
    m_frequency->setAccessibleName(tr("Repeats"));
    m_interval->setObjectName(u"repeatInterval"_s);
    m_interval->setAccessibleName(tr("Every how many"));
    m_until->setObjectName(u"repeatUntil"_s);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(shown_dates::localeDateFormat());
    m_until->setDate(QDate::currentDate().addYears(1));
    m_ends->setObjectName(u"repeatEnds"_s);
    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(weeklyPage());
    m_pages->addWidget(monthlyPage());
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *every = new QLabel(tr("every"), this);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_frequency);
    top->addWidget(every);
    top->addWidget(m_interval);
    top->addWidget(m_unit);
    top->addStretch();
    top->addWidget(m_ends);
    top->addWidget(m_until);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::updateVisibility);
    connect(m_dayMode, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::updateVisibility);
    connect(m_ends, &QCheckBox::toggled, this, &RecurrenceEditor::updateVisibility);
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::updateVisibility);
    for (QSpinBox *box : {m_interval, m_monthDay, m_beforeEnd})
        connect(box, &QSpinBox::valueChanged, this, &RecurrenceEditor::changed);
    for (QComboBox *box : {m_ordinal, m_ordinalDay, m_month})
        connect(box, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::changed);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::changed);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::changed);
    updateVisibility();
}

QWidget *RecurrenceEditor::weeklyPage() {
    auto *page = new QWidget(m_pages);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("on"), page));
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), page);
        box->setObjectName(u"repeatDay%1"_s.arg(d));
        m_days.append(box);
        layout->addWidget(box);
    }
    layout->addStretch();
    return page;
}

QWidget *RecurrenceEditor::monthlyPage() {
    auto *page = new QWidget(m_pages);
    // Made in the order shown, for Tab: the month (of a yearly rule) leads the row.
    m_inMonthLabel = new QLabel(tr("in"), page);
    m_month = new QComboBox(page);
    m_month->setObjectName(u"repeatMonth"_s);
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(QLocale().standaloneMonthName(month, QLocale::LongFormat), month);
    m_dayMode = new QComboBox(page);
    m_dayMode->setObjectName(u"repeatDayMode"_s);
    m_dayMode->addItem(tr("on day"), int(DayMode::OnDay));
    m_dayMode->addItem(tr("on the last day"), int(DayMode::LastDay));
    m_dayMode->addItem(tr("days before the month's end:"), int(DayMode::BeforeEnd));
    m_dayMode->addItem(tr("on the"), int(DayMode::NthWeekday));
    m_monthDay = spin(1, 31, page);
    m_monthDay->setObjectName(u"repeatMonthDay"_s);
    m_monthDay->setAccessibleName(tr("Day of the month"));
    m_beforeEnd = spin(1, 30, page);
    m_beforeEnd->setObjectName(u"repeatBeforeEnd"_s);
    m_beforeEnd->setAccessibleName(tr("Days before the month's last day"));
    m_ordinal = new QComboBox(page);
    m_ordinal->setObjectName(u"repeatOrdinal"_s);
    const QList<std::pair<QString, int>> ordinals{{tr("first"), 1},  {tr("second"), 2}, {tr("third"), 3},
                                                  {tr("fourth"), 4}, {tr("fifth"), 5},  {tr("last"), -1}};
    for (const auto &[text, value] : ordinals)
        m_ordinal->addItem(text, value);
    m_ordinalDay = weekdayBox(page);
    m_ordinalDay->setObjectName(u"repeatOrdinalDay"_s);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         QList<QWidget *>{m_inMonthLabel, m_month, m_dayMode, m_monthDay, m_beforeEnd, m_ordinal, m_ordinalDay})
        layout->addWidget(w);
    layout->addStretch();
    return page;
}

void RecurrenceEditor::updateVisibility() {
    const auto frequency = Frequency(m_frequency->currentData().toInt());
    const auto mode = DayMode(m_dayMode->currentData().toInt());
    m_pages->setCurrentIndex(frequency == Frequency::Once ? 0 : frequency == Frequency::Weekly ? 1 : 2);
    m_pages->setVisible(frequency != Frequency::Once);
    const bool repeats = frequency != Frequency::Once;
    for (QWidget *w : QList<QWidget *>{m_interval, m_unit, m_ends, m_until})
        w->setEnabled(repeats);
    m_until->setEnabled(repeats && m_ends->isChecked());
    // The unit beside the number takes its plural form from the number ("1 week", "3 weeks").
    const int every = m_interval->value();
    m_unit->setText(frequency == Frequency::Weekly    ? tr("week(s)", nullptr, every)
                    : frequency == Frequency::Monthly ? tr("month(s)", nullptr, every)
                    : frequency == Frequency::Yearly  ? tr("year(s)", nullptr, every)
                                                      : QString());
    m_inMonthLabel->setVisible(frequency == Frequency::Yearly);
    m_month->setVisible(frequency == Frequency::Yearly);
    m_monthDay->setVisible(mode == DayMode::OnDay);
    m_beforeEnd->setVisible(mode == DayMode::BeforeEnd);
    m_ordinal->setVisible(mode == DayMode::NthWeekday);
    m_ordinalDay->setVisible(mode == DayMode::NthWeekday);
    Q_EMIT changed();
}

Recurrence RecurrenceEditor::recurrence() const {
    Recurrence r;
    r.frequency = Frequency(m_frequency->currentData().toInt());
    if (!r.repeats())
        return r;
    r.interval = m_interval->value();
    if (m_ends->isChecked())
        r.until = m_until->date();
    if (r.frequency == Frequency::Weekly) {
        for (int i = 0; i < m_days.size(); ++i) {
            if (m_days.at(i)->isChecked())
                r.weekdays.append(Qt::DayOfWeek(i + 1));
        }
        return r;
    }
    if (r.frequency == Frequency::Yearly)
        r.month = m_month->currentData().toInt();
    switch (DayMode(m_dayMode->currentData().toInt())) {
    case DayMode::OnDay:
        r.monthDay = m_monthDay->value();
        break;
    case DayMode::LastDay:
        r.monthDay = -1;
        break;
    case DayMode::BeforeEnd: // one day before the end is the second-to-last day, -2
        r.monthDay = -(m_beforeEnd->value() + 1);
        break;
    case DayMode::NthWeekday:
        r.ordinal = m_ordinal->currentData().toInt();
        r.ordinalDay = Qt::DayOfWeek(m_ordinalDay->currentData().toInt());
        break;
    }
    return r;
}

void RecurrenceEditor::setAnchor(const QDate &day) {
    if (!day.isValid() || Frequency(m_frequency->currentData().toInt()) != Frequency::Once)
        return;
    const QSignalBlocker blocker(this);
    m_monthDay->setValue(day.day());
    m_ordinal->setCurrentIndex(std::min(4, (day.day() - 1) / 7));
    m_ordinalDay->setCurrentIndex(day.dayOfWeek() - 1);
    m_month->setCurrentIndex(day.month() - 1);
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(i + 1 == day.dayOfWeek());
}

void RecurrenceEditor::setRecurrence(const Recurrence &rule) {
    const QSignalBlocker blocker(this);
    m_frequency->setCurrentIndex(m_frequency->findData(int(rule.frequency)));
    m_interval->setValue(std::max(1, rule.interval));
    m_ends->setChecked(rule.until.isValid());
    if (rule.until.isValid())
        m_until->setDate(rule.until);
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(rule.weekdays.contains(Qt::DayOfWeek(i + 1)));
    if (rule.month > 0)
        m_month->setCurrentIndex(rule.month - 1);
    DayMode mode = DayMode::OnDay;
    if (rule.ordinal != 0) {
        mode = DayMode::NthWeekday;
        m_ordinal->setCurrentIndex(std::max(0, m_ordinal->findData(rule.ordinal < 0 ? -1 : rule.ordinal)));
        m_ordinalDay->setCurrentIndex(int(rule.ordinalDay) - 1);
    } else if (rule.monthDay == -1) {
        mode = DayMode::LastDay;
    } else if (rule.monthDay < -1) {
        mode = DayMode::BeforeEnd;
        m_beforeEnd->setValue(-rule.monthDay - 1);
    } else if (rule.monthDay > 0) {
        m_monthDay->setValue(rule.monthDay);
    }
    m_dayMode->setCurrentIndex(m_dayMode->findData(int(mode)));
    updateVisibility();
}

} // namespace relm
