#include "JsonPaths.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::JsonPaths", text);
}

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace

JsonPaths::JsonPaths(QString source)
    : m_source(std::move(source)) {}

Error JsonPaths::problem(const QString &path, const QString &what, ErrorCode code) const {
    return makeError(code,
                     path.isEmpty() ? u"%1: %2"_s.arg(m_source, what) : u"%1: %2: %3"_s.arg(m_source, path, what));
}

QString JsonPaths::member(const QString &path, const QString &key) {
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonPaths::element(const QString &path, qsizetype index) {
    return path + u'[' + QString::number(index) + u']';
}

Result<QJsonObject> JsonPaths::parse(const QByteArray &bytes) const {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return problem({}, tr("line %1, column %2: this is not valid JSON (%3). Check that the file was written "
                              "whole and chosen right.")
                               .arg(line)
                               .arg(column)
                               .arg(error.errorString()));
    }
    if (!document.isObject())
        return problem({}, tr("the file holds a JSON list or a single value, but one JSON object was expected."));
    return document.object();
}

Result<QJsonObject> JsonPaths::object(const QJsonValue &value, const QString &path) const {
    if (!value.isObject())
        return problem(path, tr("is %1, but should be an object.").arg(typeName(value)));
    return value.toObject();
}

Result<QJsonArray> JsonPaths::array(const QJsonObject &object, const QString &key, const QString &path) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray())
        return problem(member(path, key), tr("is %1, but should be a list.").arg(typeName(value)));
    return value.toArray();
}

Result<QString> JsonPaths::text(const QJsonObject &object, const QString &key, const QString &path) const {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return problem(member(path, key), tr("is %1, but should be text.").arg(typeName(value)));
    return value.toString();
}

Result<QString> JsonPaths::requiredText(const QJsonObject &object, const QString &key, const QString &path) const {
    auto value = text(object, key, path);
    if (!value)
        return value;
    if (value->trimmed().isEmpty())
        return problem(member(path, key), tr("is missing or empty; every entry needs one."));
    return value->trimmed();
}

} // namespace relm
