#include "startupoptions.h"

#include "profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lm::client {

Result<StartupOptions> StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("StartupOptions", "LeadMarket desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, QCoreApplication::translate("StartupOptions", "Server address."), u"url"_s);
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("StartupOptions", "Interface language: fr, ar or en."),
                                  u"language"_s);
    const QCommandLineOption profile(u"profile"_s,
                                     QCoreApplication::translate("StartupOptions", "Profile (account or server) to use."),
                                     u"name"_s, Profile::defaultName());
    const QCommandLineOption email(u"email"_s, QCoreApplication::translate("StartupOptions", "Account email address."),
                                   u"email"_s);
    const QCommandLineOption storeToken(
        u"store-token"_s,
        QCoreApplication::translate("StartupOptions", "Read a token on standard input, keep it in the keychain for "
                                                      "--server and --email, and exit."));
    const QCommandLineOption debug(u"debug"_s, QCoreApplication::translate("StartupOptions", "Log debug messages."));
    parser.addOptions({server, lang, profile, email, storeToken, debug});
    if (!parser.parse(arguments))
        return Result<StartupOptions>::failure(parser.errorText());
    if (parser.isSet(u"help"_s))
        // Read before QCoreApplication exists, so the parser cannot know the program's name.
        return Result<StartupOptions>::failure(parser.helpText().replace(u"<executable_name>"_s, u"leadmarket"_s));
    if (parser.isSet(u"version"_s))
        return Result<StartupOptions>::failure(QCoreApplication::applicationName() + u' '
                                                 + QCoreApplication::applicationVersion());

    StartupOptions options;
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server), QUrl::StrictMode);
        if (!options.server.isValid() || options.server.host().isEmpty()
            || (options.server.scheme() != "https"_L1 && options.server.scheme() != "http"_L1))
            return Result<StartupOptions>::failure(u"--server: not an http(s) URL: "_s + parser.value(server));
    }
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != "fr"_L1 && options.language != "ar"_L1
        && options.language != "en"_L1)
        return Result<StartupOptions>::failure(u"--lang: expected fr, ar or en"_s);
    options.profile = parser.value(profile);
    if (!Profile::isValidName(options.profile))
        return Result<StartupOptions>::failure(u"--profile: use letters, digits, '-', '_' or '.'"_s);
    options.email = parser.value(email).trimmed().toLower();
    options.storeToken = parser.isSet(storeToken);
    if (options.storeToken && (options.server.isEmpty() || options.email.isEmpty()))
        return Result<StartupOptions>::failure(u"--store-token needs --server and --email"_s);
    options.debug = parser.isSet(debug);
    return options;
}

QLocale localeForLanguage(const QString &language)
{
    QString code = language;
    if (code.isEmpty()) {
        const QLocale system = QLocale::system();
        code = system.language() == QLocale::Arabic ? u"ar"_s : system.language() == QLocale::English ? u"en"_s : u"fr"_s;
    }
    if (code == "ar"_L1)
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    if (code == "en"_L1)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::French, QLocale::Morocco);
}

} // namespace lm::client
