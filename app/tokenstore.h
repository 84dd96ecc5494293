#pragma once

#include "apierror.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace lm::client {

/// What the keychain said about one token.
struct KeychainResult
{
    bool ok = false;
    bool notFound = false; ///< nothing stored under that key (ok is false)
    QString token;         ///< for reads
    ApiError error;        ///< Kind::Keychain when the keychain failed (not for notFound)
};

/// Bearer tokens in the OS keychain (Secret Service on Linux) through QtKeychain's asynchronous
/// jobs, keyed by server and email; never in a file. The service name is a seam for tests.
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QString service, QObject *parent = nullptr);

    static QString accountKey(const QUrl &server, const QString &email);
    QString service() const { return m_service; }

    using Done = std::function<void(const KeychainResult &)>;
    void write(const QString &key, const QString &token, QObject *context, Done done);
    void read(const QString &key, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);

private:
    QString m_service;
};

} // namespace lm::client
