#pragma once

#include "Result.h"
#include "import/XmlReader.h"

#include <QDateTime>

#include <array>

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
/// Why `bytes` could not be read as XML, naming the file and the line: they are empty or not UTF-8
/// (checkText), or else the reader's own error. The checks run only once reading failed, as the
/// XML reader checks the encoding as it goes.
Error damaged(const XmlReader &xml, const QByteArray &bytes, const QString &source, const QString &tool);
/// A refusal naming the file and the line of the element at fault.
Error refuse(const QString &source, qint64 line, const QString &problem);

/// The number in `text` from `from` over `length` digits, -1 when they are not all digits: for
/// dates of a fixed form, read by hand because a general date parser is slow (a plan holds
/// hundreds of thousands of them).
int digits(QStringView text, qsizetype from, qsizetype length);

/// The attribute names GanttProject and Planner give the days of the week, Monday first.
inline constexpr std::array<QLatin1StringView, 7> kWeekdayAttributes = {
    QLatin1StringView("mon"), QLatin1StringView("tue"), QLatin1StringView("wed"), QLatin1StringView("thu"),
    QLatin1StringView("fri"), QLatin1StringView("sat"), QLatin1StringView("sun")};

/// Which tool wrote a <project> root element, by the attributes only that tool writes: both
/// GanttProject and Planner name their root <project>.
enum class ProjectWriter { GanttProject, Planner, Unknown };
ProjectWriter writerOfProject(const XmlAttributes &attributes);

/// An attribute as a whole number; false when it is there and not one (empty counts as absent).
bool intAttribute(const XmlAttributes &attributes, QLatin1StringView name, qint64 &value);

} // namespace relm::xml_plan
