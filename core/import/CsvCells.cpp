#include "CsvCells.h"

#include "schedule/WorkTimeText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

QString formatFlag(bool value) {
    return value ? u"yes"_s : u"no"_s;
}

RowCells::RowCells(const QStringList &record, const ColumnMapping &mapping, const ValueFormats &formats)
    : m_record(record)
    , m_mapping(mapping)
    , m_formats(formats) {}

QString RowCells::tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

QString RowCells::raw(const QString &field) const {
    const int column = m_mapping.column(field);
    return column < 0 ? QString() : m_record.value(column).trimmed();
}

void RowCells::problem(const QString &field, const QString &message) {
    m_problems.append({field, message});
}

QString RowCells::text(const QString &field, bool required) {
    const QString value = raw(field);
    if (required && value.isEmpty())
        problem(field, tr("is empty; every row needs it."));
    show(field, value);
    return value;
}

namespace {

/// When `value` is written in `format` but names no day ("2026-02-30"), why not; else empty.
QString missingDay(const QString &value, const QString &format) {
    // The format as a pattern: its year, month and day fields become numbers to capture.
    static const QRegularExpression fields(u"yyyy|MM|M|dd|d"_s);
    QString pattern = u"^"_s;
    QStringList order;
    qsizetype at = 0;
    for (auto it = fields.globalMatch(format); it.hasNext();) {
        const auto m = it.next();
        pattern += QRegularExpression::escape(format.mid(at, m.capturedStart() - at));
        const QString field = m.captured();
        pattern += field == u"yyyy"_s ? u"(\\d{4})"_s : field.size() == 2 ? u"(\\d{2})"_s : u"(\\d{1,2})"_s;
        order.append(field.left(1));
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(format.mid(at)) + u"$"_s;
    const auto match = QRegularExpression(pattern).match(value.trimmed());
    if (!match.hasMatch() || order.size() != 3)
        return {};
    int year = 0, month = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i) == u"y"_s)
            year = match.captured(i + 1).toInt();
        else if (order.at(i) == u"M"_s)
            month = match.captured(i + 1).toInt();
    }
    if (month < 1 || month > 12)
        return QCoreApplication::translate("relm::csv", "months are numbered 1 to 12");
    const QDate first(year, month, 1);
    return QCoreApplication::translate("relm::csv", "%1 has %2 days")
        .arg(QLocale(QLocale::English).toString(first, u"MMMM yyyy"_s))
        .arg(first.daysInMonth());
}

} // namespace

std::optional<QDate> RowCells::date(const QString &field) {
    const QString value = raw(field);
    if (value.isEmpty())
        return std::nullopt;
    const QDate parsed = QDate::fromString(value, m_formats.dateFormat);
    if (!parsed.isValid()) {
        if (const QString why = missingDay(value, m_formats.dateFormat); !why.isEmpty())
            problem(field,
                    tr("\u201C%1\u201D is written as %2 but is not a day: %3.").arg(value, m_formats.dateFormat, why));
        else
            problem(field, tr("\u201C%1\u201D is not a date in the format %2. Write the date that way, or give the "
                              "file's date format (e.g. dd.MM.yyyy or MM/dd/yyyy).")
                               .arg(value, m_formats.dateFormat));
        return std::nullopt;
    }
    show(field, parsed.toString(Qt::ISODate));
    return parsed;
}

std::optional<int> RowCells::integer(const QString &field, int minimum, int maximum) {
    const QString value = raw(field);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int parsed = value.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        problem(field, tr("\u201C%1\u201D is not a whole number from %2 to %3.").arg(value).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    show(field, QString::number(parsed));
    return parsed;
}

std::optional<bool> RowCells::flag(const QString &field) {
    const QString value = raw(field).toCaseFolded();
    if (value.isEmpty())
        return std::nullopt;
    static const QStringList yes{u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"x"_s, u"ja"_s, u"j"_s, u"wahr"_s};
    static const QStringList no{u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"nein"_s, u"falsch"_s, u"-"_s};
    if (!yes.contains(value) && !no.contains(value)) {
        problem(field, tr("\u201C%1\u201D is neither yes nor no.").arg(raw(field)));
        return std::nullopt;
    }
    const bool parsed = yes.contains(value);
    show(field, formatFlag(parsed));
    return parsed;
}

std::optional<qint64> RowCells::workTime(const QString &field) {
    const QString value = raw(field);
    if (value.isEmpty())
        return std::nullopt;
    const auto minutes = work_time::parse(value);
    if (!minutes) {
        problem(field, tr("\u201C%1\u201D is not working time such as 3d, 4h, 90m or 2w.").arg(value));
        return std::nullopt;
    }
    show(field, work_time::format(*minutes));
    return minutes;
}

QStringList RowCells::names(const QString &field) {
    QStringList result;
    for (const QString &name : raw(field).split(u'|', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            result.append(name.trimmed());
    }
    show(field, result.join(u" | "_s));
    return result;
}

} // namespace relm::csv
