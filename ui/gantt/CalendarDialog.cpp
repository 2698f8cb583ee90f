#include "CalendarDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace relm {

namespace {
QTime timeOf(int minute) {
    return QTime(minute / 60 % 24, minute % 60);
}
int minuteOf(const QTime &time) {
    return time.hour() * 60 + time.minute();
}
} // namespace

CalendarDialog::CalendarDialog(const QString &name, const WorkCalendar &calendar, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_morningStart(new QTimeEdit(this))
    , m_morningEnd(new QTimeEdit(this))
    , m_afternoonStart(new QTimeEdit(this))
    , m_afternoonEnd(new QTimeEdit(this))
    , m_holidays(new QListWidget(this))
    , m_newHoliday(new QDateEdit(QDate::currentDate(), this))
    , m_original(calendar) {
    setWindowTitle(tr("Working Calendar"));
    auto *days = new QHBoxLayout;
    // Made after the fields shown below them: Tab takes the days where they are, under the name.
    QWidget *previous = m_name;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setChecked(!calendar.weekday(day).isEmpty());
        m_days.append(box);
        days->addWidget(box);
        setTabOrder(previous, box);
        previous = box;
    }
    // The hours of the first worked weekday stand for all; two blocks allow a lunch break.
    QList<WorkInterval> hours{{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (!calendar.weekday(day).isEmpty()) {
            hours = calendar.weekday(day);
            break;
        }
    }
    m_morningStart->setTime(timeOf(hours.value(0).start));
    m_morningEnd->setTime(timeOf(hours.value(0).end));
    m_afternoonStart->setTime(timeOf(hours.value(1, hours.value(0)).start));
    m_afternoonEnd->setTime(timeOf(hours.value(1, hours.value(0)).end));
    QList<QDate> dates = calendar.exceptions().keys();
    std::sort(dates.begin(), dates.end());
    for (const QDate &date : dates) {
        if (calendar.exceptions().value(date).isEmpty())
            addHoliday(date);
    }
    m_newHoliday->setCalendarPopup(true);
    auto *addButton = new QPushButton(tr("Add Holiday"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    connect(addButton, &QPushButton::clicked, this, [this] { addHoliday(m_newHoliday->date()); });
    connect(removeButton, &QPushButton::clicked, this, [this] { delete m_holidays->currentItem(); });

    auto *hoursRow = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_morningStart), static_cast<QWidget *>(m_morningEnd),
                       static_cast<QWidget *>(m_afternoonStart), static_cast<QWidget *>(m_afternoonEnd)})
        hoursRow->addWidget(w);
    auto *holidayRow = new QHBoxLayout;
    holidayRow->addWidget(m_newHoliday);
    holidayRow->addWidget(addButton);
    holidayRow->addWidget(removeButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Working days:"), days);
    form->addRow(tr("Working hours:"), hoursRow);
    form->addRow(tr("Holidays:"), m_holidays);
    form->addRow(QString(), holidayRow);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CalendarDialog::addHoliday(const QDate &date) {
    const QString text = date.toString(Qt::ISODate);
    if (m_holidays->findItems(text, Qt::MatchExactly).isEmpty())
        m_holidays->addItem(text);
    m_holidays->sortItems();
}

QString CalendarDialog::name() const {
    return m_name->text().trimmed();
}

WorkCalendar CalendarDialog::calendar() const {
    WorkCalendar calendar;
    calendar.name = name();
    QList<WorkInterval> hours;
    for (const auto &[from, to] :
         {std::pair{m_morningStart, m_morningEnd}, std::pair{m_afternoonStart, m_afternoonEnd}}) {
        if (minuteOf(to->time()) > minuteOf(from->time()))
            hours.append({minuteOf(from->time()), minuteOf(to->time())});
    }
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        calendar.setWeekday(day, m_days.at(day - 1)->isChecked() ? hours : QList<WorkInterval>());
    // Working exceptions (half days, working Saturdays) are kept as they were.
    for (auto it = m_original.exceptions().cbegin(); it != m_original.exceptions().cend(); ++it) {
        if (!it->isEmpty())
            calendar.setException(it.key(), *it);
    }
    for (int row = 0; row < m_holidays->count(); ++row)
        calendar.addHoliday(QDate::fromString(m_holidays->item(row)->text(), Qt::ISODate));
    return calendar;
}

} // namespace relm
