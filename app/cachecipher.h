#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace lm::client {

/// Seals the values of the cache that must not be readable from its file alone (the leads' client
/// contact fields, the queued actions' bodies and earlier leads): libsodium's secretbox
/// (XSalsa20-Poly1305) with a random nonce per value. A sealed value is "v1:" then the nonce and
/// the ciphertext (with its tag), as a blob; a value that was changed, or sealed under another key,
/// does not open (nullopt), it never decodes into garbage.
///
/// One cipher per cache file, shared by every connection to it (the window's, the Store's and the
/// sync thread's: forFile()). It starts with a session-only key (random, never stored: what it
/// seals is unreadable once the program exits); CacheKeys then gives it the account's key from the
/// OS keychain (setKey). Thread-safe.
class CacheCipher final
{
public:
    static constexpr int KeySize = 32;

    /// The cipher of this cache file (made on first use, with a session-only key).
    static std::shared_ptr<CacheCipher> forFile(const QString &cacheFile);

    CacheCipher();
    ~CacheCipher();
    Q_DISABLE_COPY_MOVE(CacheCipher)

    /// A new random key (KeySize bytes).
    static QByteArray newKey();
    /// Uses `key` (KeySize bytes, kept) from now on; false (nothing changed) with another size.
    bool setKey(QByteArrayView key);
    /// Back to a fresh session-only key: the kept one is wiped from memory.
    void forget();
    /// Whether the key is one kept in the keychain (false: session-only).
    bool isKept() const;

    QByteArray seal(QByteArrayView plain) const;
    /// nullopt when `sealed` is not a value sealed under this key, whole and unchanged.
    std::optional<QByteArray> open(QByteArrayView sealed) const;
    /// Whether the bytes have the sealed form (whichever key sealed them).
    static bool isSealed(QByteArrayView bytes);

private:
    using Key = std::array<unsigned char, KeySize>;
    Key current() const;

    mutable QMutex m_mutex;
    Key m_key{};
    bool m_kept = false;
};

} // namespace lm::client
