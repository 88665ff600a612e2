#include "SystemKeychain.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "agentdesk.keychain")

namespace agentdesk {

namespace {

void finish(QKeychain::Job* job, QObject* context, Keychain::Done done, bool isRead) {
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [guard, done = std::move(done), isRead](QKeychain::Job* finished) {
            if (!guard)
                return;
            const QKeychain::Error error = finished->error();
            if (error == QKeychain::NoError) {
                QString secret;
                if (isRead) {
                    secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                }
                done(Keychain::Status::Ok, secret, QString());
            } else if (error == QKeychain::EntryNotFound) {
                done(Keychain::Status::NotFound, QString(), QString());
            } else {
                // The error string names the backend's problem, never the secret.
                qCInfo(lcKeychain) << "keychain unavailable:" << error << finished->errorString();
                done(Keychain::Status::Unavailable, QString(), finished->errorString());
            }
        });
    job->setAutoDelete(true);
    job->start();
}

} // namespace

SystemKeychain::SystemKeychain(QString service)
    : m_service(std::move(service)) {}

void SystemKeychain::read(const QString& key, QObject* context, Done done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    finish(job, context, std::move(done), true);
}

void SystemKeychain::write(const QString& key, const QString& secret, QObject* context, Done done) {
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    finish(job, context, std::move(done), false);
}

void SystemKeychain::remove(const QString& key, QObject* context, Done done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    finish(job, context, std::move(done), false);
}

} // namespace agentdesk
