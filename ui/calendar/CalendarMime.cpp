#include "CalendarMime.h"

#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace relm::calendar_mime {

QString deploymentType() {
    return u"application/x-relm-calendar-deployment"_s;
}

QMimeData *encodeDeployment(Id deploymentId) {
    auto *mime = new QMimeData;
    mime->setData(deploymentType(), QByteArray::number(deploymentId));
    return mime;
}

Id decodeDeployment(const QMimeData *mime) {
    if (!mime || !mime->hasFormat(deploymentType()))
        return 0;
    bool ok = false;
    const Id id = mime->data(deploymentType()).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace relm::calendar_mime
