#include "PackageMime.h"

#include <QDataStream>
#include <QIODevice>

namespace relm::package_mime {

namespace {

template<typename Item>
QByteArray pack(const QList<Item> &items) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(items.size());
    for (const Item &item : items) {
        if constexpr (std::is_same_v<Item, CatalogueItem>)
            out << item.componentId << item.versionId;
        else
            out << item.packageId << item.versionId;
    }
    return bytes;
}

template<typename Item>
QList<Item> unpack(const QByteArray &bytes) {
    QDataStream in(bytes);
    qint32 count = 0;
    in >> count;
    QList<Item> items;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Item item;
        if constexpr (std::is_same_v<Item, CatalogueItem>)
            in >> item.componentId >> item.versionId;
        else
            in >> item.packageId >> item.versionId;
        if (in.status() == QDataStream::Ok)
            items.append(item);
    }
    return items;
}

} // namespace

std::unique_ptr<QMimeData> encode(const QList<CatalogueItem> &items) {
    auto data = std::make_unique<QMimeData>();
    data->setData(QString::fromLatin1(catalogueType), pack(items));
    return data;
}

std::unique_ptr<QMimeData> encode(const QList<PackageItem> &items) {
    auto data = std::make_unique<QMimeData>();
    data->setData(QString::fromLatin1(packageItemsType), pack(items));
    return data;
}

QList<CatalogueItem> catalogueItems(const QMimeData *data) {
    return data ? unpack<CatalogueItem>(data->data(QString::fromLatin1(catalogueType))) : QList<CatalogueItem>();
}

QList<PackageItem> packageItems(const QMimeData *data) {
    return data ? unpack<PackageItem>(data->data(QString::fromLatin1(packageItemsType))) : QList<PackageItem>();
}

bool carriesItems(const QMimeData *data) {
    return data && (data->hasFormat(QString::fromLatin1(catalogueType)) ||
                    data->hasFormat(QString::fromLatin1(packageItemsType)));
}

} // namespace relm::package_mime
