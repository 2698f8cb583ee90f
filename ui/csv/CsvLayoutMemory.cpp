#include "CsvLayoutMemory.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString groupOf(const QStringList &header) {
    return u"csvLayouts/"_s + csv::layoutKey(header);
}

} // namespace

std::optional<CsvLayoutChoice> CsvLayoutMemory::recall(const QStringList &header) {
    QSettings settings;
    settings.beginGroup(groupOf(header));
    const auto kind = csv::recordKindFromKey(settings.value(u"kind"_s).toString());
    if (!kind)
        return std::nullopt;
    const QString delimiter = settings.value(u"delimiter"_s).toString();
    return CsvLayoutChoice{*kind, settings.value(u"mapping"_s).toString(), settings.value(u"dateFormat"_s).toString(),
                           delimiter.size() == 1 ? delimiter.at(0) : QChar()};
}

void CsvLayoutMemory::remember(const QStringList &header, const CsvLayoutChoice &choice) {
    QSettings settings;
    settings.beginGroup(groupOf(header));
    settings.setValue(u"kind"_s, csv::keyOf(choice.kind));
    settings.setValue(u"mapping"_s, choice.mappingSpec);
    settings.setValue(u"dateFormat"_s, choice.dateFormat);
    settings.setValue(u"delimiter"_s, choice.delimiter.isNull() ? QString() : QString(choice.delimiter));
}

} // namespace relm
