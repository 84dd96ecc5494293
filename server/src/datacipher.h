#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace lm::server {

/// Encrypts personal data at rest (bank details) with libsodium's secretbox (XSalsa20-Poly1305)
/// under the 32-byte key of LEADMARKET_DATA_KEY_FILE. Each value gets its own random nonce; a
/// sealed value is "v1:" + base64(nonce ‖ ciphertext), so a later key or scheme can be told apart.
class DataCipher final
{
public:
    static constexpr int KeyBytes = 32;

    /// Reads the key file. nullptr and `error` set when it cannot be read or is not exactly 32 bytes.
    static std::unique_ptr<DataCipher> fromKeyFile(const QString &path, QString *error);
    /// A cipher on `key`, which must be 32 bytes (anything else aborts: check it first).
    explicit DataCipher(const QByteArray &key);
    ~DataCipher();
    Q_DISABLE_COPY_MOVE(DataCipher)

    QString seal(const QByteArray &plain) const;
    /// The plain bytes, or nullopt when `sealed` is not one of ours or was altered (wrong key, tampering).
    std::optional<QByteArray> open(const QString &sealed) const;

private:
    std::array<unsigned char, KeyBytes> m_key{};
};

} // namespace lm::server
