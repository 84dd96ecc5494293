#pragma once

#include "result.h"

#include <QString>

namespace lm::client {

/// One profile's folder under the user's data location: its settings, cache database and logs.
/// Several profiles (`--profile NAME`) let one person keep accounts or servers side by side.
class Profile final
{
public:
    /// `baseDir` empty → QStandardPaths::AppDataLocation (a seam for tests).
    explicit Profile(QString name = defaultName(), QString baseDir = {});

    static QString defaultName() { return QStringLiteral("default"); }
    /// Letters, digits, '-', '_' and '.', 1–64 characters, not starting with '.'.
    static bool isValidName(const QString &name);

    QString name() const { return m_name; }
    QString directory() const;
    QString settingsFile() const;
    QString cacheFile() const;
    QString logDirectory() const;

    /// Creates the folders readable by the user alone.
    Result<> ensureDirectories() const;

private:
    QString m_name;
    QString m_baseDir;
};

} // namespace lm::client
