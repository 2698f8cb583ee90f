#include "SbomJson.h"

#include "domain/Component.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SbomJson", text);
}

} // namespace

Result<QString> SbomJson::componentName(const QString &group, const QString &name, const QString &path) const {
    QString full = group.trimmed().isEmpty() ? name.trimmed() : group.trimmed() + u'/' + name.trimmed();
    full.remove(u'@');
    static const QRegularExpression spaces(u"\\s+"_s);
    full.replace(spaces, u"-"_s);
    Component component;
    component.name = full;
    if (auto r = validation::check(component); !r)
        return problem(member(path, u"name"_s), r.error().message);
    if (full.size() > 200)
        return problem(member(path, u"name"_s), tr("is longer than 200 characters; shorten it."));
    return full;
}

Result<QString> SbomJson::version(const QString &text, const QString &path) const {
    ComponentVersion version;
    version.version = text.trimmed();
    if (auto r = validation::check(version); !r)
        return problem(path, r.error().message + u' ' + tr("Correct the version in the file."));
    return version.version;
}

Result<QString> SbomJson::sha256(const QString &text, const QString &path) const {
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    if (!hex.match(text.trimmed()).hasMatch())
        return problem(path, tr("\u201C%1\u201D is not a SHA-256 (64 hexadecimal digits).").arg(text.left(80)));
    return text.trimmed().toLower();
}

ComponentKind componentKindFromSbomType(const QString &type) {
    const QString key = type.trimmed().toLower().replace(u'_', u'-');
    if (key == u"application")
        return ComponentKind::Application;
    if (key == u"operating-system" || key == u"firmware" || key == u"device-driver")
        return ComponentKind::SystemSoftware;
    if (key == u"device")
        return ComponentKind::Hardware;
    return ComponentKind::ExternalSoftware;
}

} // namespace relm
