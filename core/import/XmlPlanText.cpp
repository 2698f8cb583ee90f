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

/// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF), checked in place: a plan of 100,000 tasks is not decoded twice.
bool decodes(QByteArrayView bytes) {
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // the range of the second byte
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (end - p < length || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += length;
    }
    return true;
}

/// The first line (from 1) that is not UTF-8 on its own, or 0 when the whole text is.
qint64 firstLineNotUtf8(const QByteArray &bytes) {
    if (decodes(bytes))
        return 0;
    qint64 line = 1;
    qsizetype from = 0;
    while (from <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        if (!decodes(QByteArrayView(bytes).sliced(from, end - from)))
            return line;
        from = end + 1;
        ++line;
    }
    return line; // a sequence split by a line break: report where it began
}

} // namespace

Result<QByteArray> readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read \u201C%1\u201D: %2.").arg(path, file.errorString()));
    return file.readAll();
}

Result<void> checkText(const QByteArray &bytes, const QString &source, const QString &tool) {
    if (bytes.trimmed().isEmpty())
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

Error damaged(const QXmlStreamReader &xml, const QString &source, const QString &tool) {
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

bool intAttribute(const QXmlStreamAttributes &attributes, const QString &name, qint64 &value) {
    const QStringView text = attributes.value(name).trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok)
        value = number;
    return ok;
}

} // namespace relm::xml_plan
