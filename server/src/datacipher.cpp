#include "datacipher.h"

#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

constexpr auto Prefix = "v1:"_L1;

} // namespace

std::unique_ptr<DataCipher> DataCipher::fromKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the data key file "_s + path + u": "_s + file.errorString();
        return nullptr;
    }
    // One byte more than a key: a longer file is refused rather than silently cut.
    QByteArray key = file.read(KeyBytes + 1);
    if (key.size() != KeyBytes) {
        *error = u"the data key file "_s + path + u" must hold exactly 32 bytes (it has "_s
            + (key.size() > KeyBytes ? u"more"_s : QString::number(key.size())) + u"); make one with "_s
            + u"`head -c 32 /dev/urandom > FILE`"_s;
        sodium_memzero(key.data(), size_t(key.size()));
        return nullptr;
    }
    auto cipher = std::make_unique<DataCipher>(key);
    sodium_memzero(key.data(), size_t(key.size()));
    return cipher;
}

DataCipher::DataCipher(const QByteArray &key)
{
    if (key.size() != KeyBytes) // a programming error: fromKeyFile checks the file's size
        qFatal("DataCipher: the key must be %d bytes", KeyBytes);
    std::copy_n(reinterpret_cast<const unsigned char *>(key.constData()), KeyBytes, m_key.begin());
}

DataCipher::~DataCipher()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QString DataCipher::seal(const QByteArray &plain) const
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), nonce, m_key.data());
    return Prefix + QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> DataCipher::open(const QString &sealed) const
{
    if (!sealed.startsWith(Prefix))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(Prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &box = *decoded;
    if (box.size() < qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    const qsizetype cipherSize = box.size() - qsizetype(crypto_secretbox_NONCEBYTES);
    QByteArray plain(cipherSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(cipherSize), nonce, m_key.data())
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace lm::server
