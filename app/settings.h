#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace lm::client {

/// The client's preferences: every key and its default live in one table (settings.cpp).
class Settings final
{
public:
    enum class Key {
        ServerUrl,
        LastEmail,
        RememberMe,
        AllowInsecureHttp,
        SyncIntervalSeconds,
        RequestTimeoutMs,
        Language,
        WindowGeometry,
        WindowState,
        KeychainService,
        DesktopNotifications,
        Count
    };

    /// `filePath` is the INI file of one profile (a seam: tests point it at a temporary folder).
    explicit Settings(const QString &filePath);
    Q_DISABLE_COPY_MOVE(Settings)

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    void sync();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QString fileName() const { return m_settings.fileName(); }

    // Typed accessors for the keys the program reads often.
    QUrl serverUrl() const { return QUrl(value(Key::ServerUrl).toString()); }
    QString lastEmail() const { return value(Key::LastEmail).toString(); }
    bool rememberMe() const { return value(Key::RememberMe).toBool(); }
    bool allowInsecureHttp() const { return value(Key::AllowInsecureHttp).toBool(); }
    int syncIntervalSeconds() const;
    int requestTimeoutMs() const;
    QString language() const { return value(Key::Language).toString(); }
    QString keychainService() const { return value(Key::KeychainService).toString(); }
    bool desktopNotifications() const { return value(Key::DesktopNotifications).toBool(); }

private:
    mutable QSettings m_settings;
};

} // namespace lm::client
