#include "ChangeMime.h"

#include <QStringList>

namespace relm::change_mime {

std::unique_ptr<QMimeData> encode(const QList<Id> &changeIds) {
    QStringList ids;
    for (Id id : changeIds)
        ids.append(QString::number(id));
    auto data = std::make_unique<QMimeData>();
    data->setData(QString::fromLatin1(type), ids.join(QLatin1Char(',')).toLatin1());
    return data;
}

QList<Id> changeIds(const QMimeData *data) {
    QList<Id> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(type)))
        return ids;
    for (const QByteArray &part : data->data(QString::fromLatin1(type)).split(',')) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace relm::change_mime
