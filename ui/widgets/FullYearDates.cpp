#include "FullYearDates.h"

#include <QDateTimeEdit>
#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

bool FullYearDates::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Polish) {
        if (auto *edit = qobject_cast<QDateTimeEdit *>(watched)) {
            QString format = edit->displayFormat();
            if (format.contains(u"yy"_s) && !format.contains(u"yyyy"_s))
                edit->setDisplayFormat(format.replace(u"yy"_s, u"yyyy"_s));
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relm
