#include "tokenstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// Keychain errors are logged here once; "no such entry" is left to the caller.
std::optional<ApiError> errorOf(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return std::nullopt;
    logger("app.keychain")->warn("keychain error {}: {}", static_cast<int>(job->error()),
                                 job->errorString().toStdString());
    return ApiError::keychain(job->errorString());
}

template <typename Job, typename T>
void watch(Job *job, QObject *context, const Callback<T> &done, const std::function<Result<T>(Job *)> &answer)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, done, answer] {
        if (!guard || !done)
            return;
        if (const auto error = errorOf(job))
            done(*error);
        else
            done(answer(job));
    });
}

/// A keychain job owns itself (QtKeychain deletes it once finished) and is never a child of the
/// TokenStore: deleting a job while the Secret Service still answers it crashes inside the library,
/// so a TokenStore destroyed mid-job (quitting right after signing in) lets its jobs finish alone.
template <typename Job>
Job *newJob(const QString &service)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    return job;
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

void TokenStore::write(const QString &key, const QString &token, QObject *context, Callback<> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service);
    job->setKey(key);
    job->setTextData(token);
    watch<QKeychain::WritePasswordJob, Done>(job, context, done, [](QKeychain::WritePasswordJob *) { return Done{}; });
    job->start();
}

void TokenStore::read(const QString &key, QObject *context, Callback<std::optional<QString>> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(key);
    watch<QKeychain::ReadPasswordJob, std::optional<QString>>(
        job, context, done, [](QKeychain::ReadPasswordJob *read) -> Result<std::optional<QString>> {
            if (read->error() == QKeychain::EntryNotFound)
                return std::optional<QString>();
            return std::optional<QString>(read->textData());
        });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, Callback<> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(key);
    watch<QKeychain::DeletePasswordJob, Done>(job, context, done, [](QKeychain::DeletePasswordJob *) { return Done{}; });
    job->start();
}

} // namespace lm::client
