#include "RecordChanges.h"

namespace relm::detail {

QString recordChangeText(const char *pattern, const QString &what) {
    return QCoreApplication::translate("relm::RecordChanges", pattern).arg(what);
}

} // namespace relm::detail
