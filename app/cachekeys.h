#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QObject;

namespace lm::client {

class CacheCipher;
class TokenStore;

/// The cache's key in the OS keychain: one random key per server and account, under the same
/// service as the tokens (TokenStore) with the name keyName(), made on first use.
namespace cachekeys {

enum class Outcome {
    Kept,       ///< read from the keychain
    Created,    ///< none was there: a new one, now stored there
    SessionOnly ///< no keychain answer (missing, refused, or none in time): the session-only key stays
};

QString keyName(const QUrl &server, const QString &email);

/// Gives `cipher` the account's key: read from the keychain, or made and stored there first. The
/// keychain's jobs are asynchronous: `done` runs once, in `context`'s thread, with what happened
/// (and the keychain's problem, SessionOnly); a keychain that has not answered within `timeoutMs`
/// counts as missing, and its late answer is ignored. The window never waits on it.
void unlock(TokenStore &store, const QUrl &server, const QString &email, std::shared_ptr<CacheCipher> cipher,
            QObject *context, std::function<void(Outcome, const QString &problem)> done, int timeoutMs = 15000);

} // namespace cachekeys

} // namespace lm::client
