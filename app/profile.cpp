#include "profile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lm::client {

Profile::Profile(QString name, QString baseDir) : m_name(std::move(name)), m_baseDir(std::move(baseDir))
{
    if (m_baseDir.isEmpty())
        m_baseDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Profile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

QString Profile::directory() const
{
    return m_baseDir + u"/profiles/"_s + m_name;
}

QString Profile::settingsFile() const
{
    return directory() + u"/settings.ini"_s;
}

QString Profile::cacheFile() const
{
    return directory() + u"/cache.sqlite"_s;
}

QString Profile::logDirectory() const
{
    return directory() + u"/logs"_s;
}

Result<> Profile::ensureDirectories() const
{
    const QFileDevice::Permissions userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &dir : {m_baseDir, QString(m_baseDir + u"/profiles"_s), directory(), logDirectory()}) {
        if (!QDir().mkpath(dir))
            return Result<>::failure(u"cannot create the folder "_s + dir);
    }
    for (const QString &dir : {directory(), logDirectory()}) {
        if (!QFile::setPermissions(dir, userOnly))
            return Result<>::failure(u"cannot restrict the permissions of "_s + dir);
    }
    return Done{};
}

} // namespace lm::client
