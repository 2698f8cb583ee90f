#pragma once

#include "Result.h"

#include <QBuffer>
#include <QDateTime>
#include <QXmlStreamReader>

namespace relm::xml_plan {

/// A plan file's bytes; a missing file is "not found", one that cannot be read an I/O error.
Result<QByteArray> readFile(const QString &path);
/// The line (from 1) holding the first byte sequence that is not well-formed UTF-8 (no overlong
/// forms, surrogates or values past U+10FFFF), or 0 when all of it is. Checked in place, in one
/// pass: a plan of 100,000 tasks is not decoded twice.
qsizetype firstLineNotUtf8(QByteArrayView bytes);
/// Refuses bytes that cannot be a plan at all: nothing in them, or text that is not UTF-8 (names
/// the line). `tool` names the program that writes such files, for what to do about it.
Result<void> checkText(const QByteArray &bytes, const QString &source, const QString &tool);
/// The reader's own error (not well-formed XML), naming the file and the line.
Error damaged(const QXmlStreamReader &xml, const QString &source, const QString &tool);
/// A refusal naming the file and the line of the element at fault.
Error refuse(const QString &source, qint64 line, const QString &problem);

/// XML read from bytes a piece at a time. Given the bytes themselves, QXmlStreamReader decodes all
/// of them at once into text twice their size: 190 MB more for a plan of 100,000 tasks.
class PiecewiseXml final {
public:
    explicit PiecewiseXml(const QByteArray &bytes);
    Q_DISABLE_COPY_MOVE(PiecewiseXml)
    QXmlStreamReader &reader() { return m_reader; }

private:
    QBuffer m_buffer;
    QXmlStreamReader m_reader;
};

/// The number in `text` from `from` over `length` digits, -1 when they are not all digits: for
/// dates of a fixed form, read by hand because a general date parser is slow (a plan holds
/// hundreds of thousands of them).
int digits(QStringView text, qsizetype from, qsizetype length);

/// An attribute as a whole number; false when it is there and not one (empty counts as absent).
bool intAttribute(const QXmlStreamAttributes &attributes, const QString &name, qint64 &value);

} // namespace relm::xml_plan
