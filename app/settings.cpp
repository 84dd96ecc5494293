#include "settings.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

struct Entry
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
const std::array<Entry, static_cast<size_t>(Settings::Key::Count)> &table()
{
    static const std::array<Entry, static_cast<size_t>(Settings::Key::Count)> entries{{
        {Settings::Key::ServerUrl, u"server/url"_s, u"https://api.leadmarket.ma"_s},
        {Settings::Key::LastEmail, u"session/lastEmail"_s, QString()},
        {Settings::Key::RememberMe, u"session/rememberMe"_s, true},
        {Settings::Key::AllowInsecureHttp, u"server/allowInsecureHttp"_s, false},
        {Settings::Key::SyncIntervalSeconds, u"sync/intervalSeconds"_s, 30},
        {Settings::Key::RequestTimeoutMs, u"server/requestTimeoutMs"_s, 15000},
        {Settings::Key::Language, u"ui/language"_s, QString()},
        {Settings::Key::WindowGeometry, u"ui/windowGeometry"_s, QByteArray()},
        {Settings::Key::WindowState, u"ui/windowState"_s, QByteArray()},
        {Settings::Key::KeychainService, u"session/keychainService"_s, u"LeadMarket"_s},
        {Settings::Key::DesktopNotifications, u"ui/desktopNotifications"_s, true},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    return table().at(static_cast<size_t>(key));
}

} // namespace

namespace {

/// Creates the settings file readable by the user alone before QSettings first writes it; its
/// atomic saves keep an existing file's permissions.
const QString &privateFile(const QString &filePath)
{
    if (!QFile::exists(filePath)) {
        QFile file(filePath);
        if (file.open(QIODevice::WriteOnly))
            file.close();
    }
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return filePath;
}

} // namespace

Settings::Settings(const QString &filePath) : m_settings(privateFile(filePath), QSettings::IniFormat)
{
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings.value(e.name, e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(entry(key).name, value);
}

void Settings::remove(Key key)
{
    m_settings.remove(entry(key).name);
}

void Settings::sync()
{
    m_settings.sync();
}

QString Settings::keyName(Key key)
{
    return entry(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

int Settings::syncIntervalSeconds() const
{
    return std::clamp(value(Key::SyncIntervalSeconds).toInt(), 5, 3600);
}

int Settings::requestTimeoutMs() const
{
    return std::clamp(value(Key::RequestTimeoutMs).toInt(), 1000, 120000);
}

} // namespace lm::client
