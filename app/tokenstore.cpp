#include "tokenstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

KeychainResult resultOf(QKeychain::Job *job)
{
    KeychainResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.ok = true;
        break;
    case QKeychain::EntryNotFound:
        result.notFound = true;
        break;
    default:
        result.error = ApiError::keychain(job->errorString());
        logger("app.keychain")->warn("keychain error {}: {}", static_cast<int>(job->error()),
                                     job->errorString().toStdString());
        break;
    }
    return result;
}

template <typename Job>
void watch(Job *job, QObject *context, const TokenStore::Done &done, bool readsToken)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, done, readsToken] {
        KeychainResult result = resultOf(job);
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (readsToken && result.ok)
                result.token = job->textData();
        }
        if (guard && done)
            done(result);
    });
}

} // namespace

TokenStore::TokenStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
}

QString TokenStore::accountKey(const QUrl &server, const QString &email)
{
    QString base = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return email.trimmed().toLower() + u'@' + base;
}

void TokenStore::write(const QString &key, const QString &token, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(token);
    watch(job, context, done, false);
    job->start();
}

void TokenStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    watch(job, context, done, true);
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    watch(job, context, done, false);
    job->start();
}

} // namespace lm::client
