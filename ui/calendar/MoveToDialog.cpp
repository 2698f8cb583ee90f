#include "MoveToDialog.h"

#include "i18n/ShownDates.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace relm {

MoveToDialog::MoveToDialog(const QString &what, const QDateTime &currentStartUtc, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(currentStartUtc.toLocalTime(), this)) {
    setWindowTitle(tr("Move To"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(shown_dates::localeDateTimeFormat());
    m_edit->setAccessibleName(tr("New start"));
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(label);
    layout->addRow(tr("&Start (local time):"), m_edit);
    layout->addRow(buttons);
}

QDateTime MoveToDialog::startUtc() const {
    return m_edit->dateTime().toUTC();
}

} // namespace relm
