#include "XmlPlanText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace relm::xml_plan {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::PlanFileReader", text);
}

/// Length of the UTF-8 sequence starting at `at`, or 0 when it is not one (truncated, overlong,
/// a surrogate or beyond U+10FFFF).
int utf8SequenceAt(QByteArrayView bytes, qsizetype at) {
    const auto byte = [&](qsizetype i) {
        return i < bytes.size() ? uchar(bytes[i]) : 0;
    };
    const uchar lead = byte(at);
    if (lead < 0x80)
        return 1;
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || lead > 0xF4)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((byte(at + k) & 0xC0) != 0x80)
            return 0;
    }
    const uchar second = byte(at + 1);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second > 0x8F))
        return 0;
    return length;
}

} // namespace

qsizetype firstLineNotUtf8(QByteArrayView bytes) {
    qsizetype line = 1;
    for (qsizetype at = 0; at < bytes.size();) {
        const int length = utf8SequenceAt(bytes, at);
        if (length == 0)
            return line;
        line += bytes[at] == '\n' ? 1 : 0;
        at += length;
    }
    return 0;
}

Result<QByteArray> readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read \u201C%1\u201D: %2.").arg(path, file.errorString()));
    return file.readAll();
}

Result<void> checkText(const QByteArray &bytes, const QString &source, const QString &tool) {
    if (QByteArrayView(bytes).trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is empty. Save the plan again in %2.").arg(source, tool));
    if (const qint64 line = firstLineNotUtf8(bytes))
        return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is not UTF-8 text (line %2). Save it again in %3, "
                                                "or convert it to UTF-8.")
                                                 .arg(source)
                                                 .arg(line)
                                                 .arg(tool));
    return {};
}

Error damaged(const XmlReader &xml, const QByteArray &bytes, const QString &source, const QString &tool) {
    if (auto text = checkText(bytes, source, tool); !text)
        return text.error();
    QString reason = xml.errorString().trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is damaged at line %2: %3. Save the plan again in %4.")
                                             .arg(source)
                                             .arg(xml.lineNumber())
                                             .arg(reason, tool));
}

Error refuse(const QString &source, qint64 line, const QString &problem) {
    return makeError(ErrorCode::Invalid,
                     tr("\u201C%1\u201D cannot be imported: line %2: %3").arg(source).arg(line).arg(problem));
}

ProjectWriter writerOfProject(const XmlAttributes &attributes) {
    if (attributes.hasAttribute("mrproject-version"_L1))
        return ProjectWriter::Planner;
    if (attributes.hasAttribute("webLink"_L1) || attributes.hasAttribute("view-date"_L1) ||
        attributes.hasAttribute("gantt-divider-location"_L1))
        return ProjectWriter::GanttProject;
    return ProjectWriter::Unknown;
}

bool intAttribute(const XmlAttributes &attributes, QLatin1StringView name, qint64 &value) {
    const QByteArrayView text = attributes.bytes(name).trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok)
        value = number;
    return ok;
}

int digits(QStringView text, qsizetype from, qsizetype length) {
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace relm::xml_plan
