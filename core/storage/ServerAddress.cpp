#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ServerAddress", text);
}

const QStringList sslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

Error badAddress(const QString &text, const QString &problem) {
    return makeError(ErrorCode::Invalid,
                     tr("\u201C%1\u201D is not a server address: %2. Write it as "
                        "postgresql://USER@HOST:PORT/DATABASE, for example postgresql://alice@db.example.org/relm.")
                         .arg(text, problem));
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text) {
    return text.startsWith("postgresql://"_L1, Qt::CaseInsensitive) ||
           text.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text) {
    const QString written = text.trimmed();
    if (!looksLikeServer(written))
        return badAddress(written, tr("it must start with postgresql:// (or postgres://)"));
    const QUrl url(written, QUrl::StrictMode);
    if (!url.isValid())
        return badAddress(written, url.errorString().contains("port"_L1, Qt::CaseInsensitive)
                                       ? tr("the port must be a number between 1 and 65535")
                                       : tr("it is not written as an address"));
    ServerAddress address;
    address.host = url.host();
    if (address.host.isEmpty())
        return badAddress(written, tr("it names no host"));
    address.port = url.port(5432);
    if (address.port <= 0 || address.port > 65535)
        return badAddress(written, tr("the port must be a number between 1 and 65535"));
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return badAddress(written, tr("it names no database after the host"));
    address.user = url.userName();
    if (address.user.isEmpty())
        return badAddress(written, tr("it names no user before the host (USER@HOST)"));
    address.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "sslmode"_L1) {
            if (!sslModes.contains(value))
                return badAddress(written, tr("sslmode must be one of %1").arg(sslModes.join(u", "_s)));
            address.sslMode = value;
        } else if (key == "sslrootcert"_L1) {
            address.sslRootCertificate = value;
        } else {
            return badAddress(written, tr("Relm does not know the setting \u201C%1\u201D (it knows sslmode and "
                                          "sslrootcert)")
                                           .arg(key));
        }
    }
    return address;
}

QString ServerAddress::toUrl(bool withPassword) const {
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    QUrlQuery query;
    if (sslMode != "prefer"_L1)
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCertificate.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCertificate);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::display() const {
    return toUrl(false);
}

QString ServerAddress::connectOptions() const {
    QStringList options = {u"sslmode="_s + sslMode, u"connect_timeout=10"_s, u"application_name=relm"_s};
    if (!sslRootCertificate.isEmpty())
        options.append(u"sslrootcert="_s + sslRootCertificate);
    return options.join(u';');
}

} // namespace relm
