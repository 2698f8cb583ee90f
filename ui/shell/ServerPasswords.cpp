#include "ServerPasswords.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

const auto service = u"Relm"_s;

/// Runs a keychain job to its end (the keychain answers in moments; a dialog waits meanwhile).
bool finish(QKeychain::Job &job, QString *why) {
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (why)
        *why = job.errorString();
    return false;
}

} // namespace

QString ServerPasswords::keyOf(const ServerAddress &address) {
    ServerAddress withoutTls = address;
    withoutTls.sslMode = u"prefer"_s;
    withoutTls.sslRootCertificate.clear();
    return withoutTls.display();
}

QString ServerPasswords::read(const ServerAddress &address) {
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyOf(address));
    return finish(job, nullptr) ? job.textData() : QString();
}

bool ServerPasswords::store(const ServerAddress &address, const QString &password, QString *why) {
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyOf(address));
    job.setTextData(password);
    return finish(job, why);
}

void ServerPasswords::forget(const ServerAddress &address) {
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyOf(address));
    (void)finish(job, nullptr);
}

} // namespace relm
