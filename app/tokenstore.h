#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace lm::client {

/// Bearer tokens in the OS keychain (Secret Service on Linux) through QtKeychain's asynchronous
/// jobs, keyed by server and email; never in a file. The service name is a seam for tests.
/// A keychain that refuses or is missing answers ApiError::Kind::Keychain.
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QString service, QObject *parent = nullptr);

    static QString accountKey(const QUrl &server, const QString &email);
    QString service() const { return m_service; }

    void write(const QString &key, const QString &token, QObject *context, Callback<> done);
    /// The token, or nullopt when nothing is stored under that key.
    void read(const QString &key, QObject *context, Callback<std::optional<QString>> done);
    /// Nothing stored under that key is not an error.
    void remove(const QString &key, QObject *context, Callback<> done);

private:
    QString m_service;
};

} // namespace lm::client
