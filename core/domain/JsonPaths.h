#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace relm {

/// Reading a JSON file with the place of every value at hand, so that a problem names the file,
/// the JSON path (components[3].version) and what was wrong.
class JsonPaths {
public:
    /// source names the file in messages.
    explicit JsonPaths(QString source);

    /// The file's top-level object; text that is not JSON is refused naming its line and column.
    Result<QJsonObject> parse(const QByteArray &bytes) const;

    /// "FILE: PATH: WHAT" as a refusal of the given kind.
    Error problem(const QString &path, const QString &what, ErrorCode code = ErrorCode::Invalid) const;

    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

    /// An object at path (the value must be one).
    Result<QJsonObject> object(const QJsonValue &value, const QString &path) const;
    /// An optional array member: empty when absent, refused when it is something else.
    Result<QJsonArray> array(const QJsonObject &object, const QString &key, const QString &path) const;
    /// An optional text member: empty when absent, refused when it is something else.
    Result<QString> text(const QJsonObject &object, const QString &key, const QString &path) const;
    /// A text member that must be there and not be empty (returned trimmed).
    Result<QString> requiredText(const QJsonObject &object, const QString &key, const QString &path) const;

    QString source() const { return m_source; }

private:
    QString m_source;
};

} // namespace relm
