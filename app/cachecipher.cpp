#include "cachecipher.h"

#include <QFileInfo>
#include <QHash>
#include <QMutexLocker>

#include <sodium.h>

namespace lm::client {

namespace {

static_assert(CacheCipher::KeySize == crypto_secretbox_KEYBYTES);

constexpr QByteArrayView Prefix("v1:");
constexpr qsizetype Overhead = 3 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;

/// Wipes a key copy when it goes out of scope.
struct Wipe
{
    void *data;
    size_t size;
    ~Wipe() { sodium_memzero(data, size); }
};

} // namespace

std::shared_ptr<CacheCipher> CacheCipher::forFile(const QString &cacheFile)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<CacheCipher>> ciphers;
    const QString path = QFileInfo(cacheFile).absoluteFilePath();
    QMutexLocker lock(&mutex);
    auto &cipher = ciphers[path];
    if (!cipher)
        cipher = std::make_shared<CacheCipher>();
    return cipher;
}

CacheCipher::CacheCipher()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    randombytes_buf(m_key.data(), m_key.size());
}

CacheCipher::~CacheCipher()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QByteArray CacheCipher::newKey()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    QByteArray key(KeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

bool CacheCipher::setKey(QByteArrayView key)
{
    if (key.size() != KeySize)
        return false;
    QMutexLocker lock(&m_mutex);
    std::copy(key.begin(), key.end(), m_key.begin());
    m_kept = true;
    return true;
}

void CacheCipher::forget()
{
    QMutexLocker lock(&m_mutex);
    randombytes_buf(m_key.data(), m_key.size());
    m_kept = false;
}

bool CacheCipher::isKept() const
{
    QMutexLocker lock(&m_mutex);
    return m_kept;
}

CacheCipher::Key CacheCipher::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_key;
}

QByteArray CacheCipher::seal(QByteArrayView plain) const
{
    Key key = current();
    const Wipe wipe{key.data(), key.size()};
    QByteArray sealed(Overhead + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    std::copy(Prefix.begin(), Prefix.end(), out);
    unsigned char *nonce = out + Prefix.size();
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.data()),
                          quint64(plain.size()), nonce, key.data());
    return sealed;
}

std::optional<QByteArray> CacheCipher::open(QByteArrayView sealed) const
{
    if (!isSealed(sealed))
        return std::nullopt;
    Key key = current();
    const Wipe wipe{key.data(), key.size()};
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.data()) + Prefix.size();
    const unsigned char *cipher = in + crypto_secretbox_NONCEBYTES;
    const qsizetype cipherSize = sealed.size() - Prefix.size() - crypto_secretbox_NONCEBYTES;
    QByteArray plain(sealed.size() - Overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), cipher, quint64(cipherSize), in,
                                   key.data())
        != 0)
        return std::nullopt;
    return plain;
}

bool CacheCipher::isSealed(QByteArrayView bytes)
{
    return bytes.size() >= Overhead && bytes.startsWith(Prefix);
}

} // namespace lm::client
