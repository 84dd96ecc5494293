#pragma once

#include "result.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lm::client {

/// The command line of `leadmarket`.
struct StartupOptions
{
    QUrl server;          ///< --server URL (empty: the profile's setting)
    QString language;     ///< --lang fr|ar|en (empty: the setting, else the system locale)
    QString profile;      ///< --profile NAME
    QString email;        ///< --email E: preselects the account (the demo uses it)
    bool storeToken = false; ///< --store-token: read a token on stdin, store it in the keychain, exit
    bool debug = false;   ///< --debug: debug logging

    /// Parses `arguments` (argv); an error message (usage included) for anything wrong.
    static Result<StartupOptions> parse(const QStringList &arguments);
};

/// fr → fr_MA, ar → ar_MA (Western digits, right-to-left), en → en_US; "" → from the system locale
/// (Arabic → ar_MA, English → en_US, anything else → fr_MA, the product's default).
QLocale localeForLanguage(const QString &language);

} // namespace lm::client
