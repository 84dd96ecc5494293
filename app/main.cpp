// leadmarket: the desktop client of LeadMarket.

#include "logging.h"
#include "profile.h"
#include "settings.h"
#include "startupoptions.h"
#include "tokenstore.h"

#include "clientcontroller.h"
#include "startupprobe.h"
#include "translations.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --store-token: the demo hands a token over stdin (never argv, where `ps` shows it).
int storeToken(lm::client::Settings &settings, const lm::client::StartupOptions &options)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QString token = QString::fromUtf8(input.readAll()).trimmed();
    if (token.isEmpty()) {
        std::fputs("leadmarket: no token on standard input\n", stderr);
        return 2;
    }
    lm::client::TokenStore tokens(settings.keychainService());
    QEventLoop loop;
    int status = 1;
    tokens.write(lm::client::TokenStore::accountKey(options.server, options.email), token, &loop,
                 [&](const lm::client::Result<> &result) {
                     if (result.ok())
                         status = 0;
                     else
                         std::fprintf(stderr, "leadmarket: %s\n", qPrintable(result.errorMessage()));
                     loop.quit();
                 });
    loop.exec();
    if (status == 0) {
        settings.setValue(lm::client::Settings::Key::ServerUrl, options.server.toString());
        settings.setValue(lm::client::Settings::Key::LastEmail, options.email);
        settings.setValue(lm::client::Settings::Key::RememberMe, true);
        settings.sync();
    }
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"LeadMarket"_s);
    QCoreApplication::setOrganizationDomain(u"leadmarket.ma"_s);
    QCoreApplication::setApplicationName(u"leadmarket"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADMARKET_VERSION));

    // The command line is read before any window system is touched: --help, --version, a wrong
    // option and --store-token work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto parsed = lm::client::StartupOptions::parse(arguments);
    if (!parsed.ok()) {
        const bool informational = arguments.contains(u"--help"_s) || arguments.contains(u"--version"_s)
            || arguments.contains(u"-h"_s) || arguments.contains(u"-v"_s);
        std::fprintf(informational ? stdout : stderr, "%s\n", qPrintable(parsed.errorMessage()));
        return informational ? 0 : 2;
    }
    const lm::client::StartupOptions &options = parsed.value();

    // A password handed over by the environment (the demo without a keychain) is read once and
    // removed from the environment at once, so no child process inherits it.
    const QString envPassword = qEnvironmentVariable("LEADMARKET_PASSWORD");
    qunsetenv("LEADMARKET_PASSWORD");

    const lm::client::Profile profile(options.profile);
    if (const auto made = profile.ensureDirectories(); !made.ok()) {
        std::fprintf(stderr, "leadmarket: %s\n", qPrintable(made.errorMessage()));
        return 1;
    }
    lm::client::setupLogging(profile.logDirectory(), true, options.debug);
    lm::client::Settings settings(profile.settingsFile());
    if (options.storeToken) {
        QCoreApplication core(argc, argv);
        return storeToken(settings, options);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"LeadMarket"_s);
    QApplication::setDesktopFileName(u"ma.leadmarket.LeadMarket"_s);
    // The installed icon (hicolor) when the theme has it, else the one built in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"ma.leadmarket.LeadMarket"_s, QIcon(u":/icons/ma.leadmarket.LeadMarket.svg"_s)));

    const QLocale locale = lm::client::localeForLanguage(options.language.isEmpty() ? settings.language()
                                                                                     : options.language);
    lm::client::installTranslations(app, locale);

    lm::client::ClientController controller(profile, settings);
    // LEADMARKET_STARTUP_PROBE=1 (bench_leads): report the first paints on stdout, then quit.
    std::unique_ptr<lm::client::StartupProbe> probe;
    if (lm::client::StartupProbe::requested())
        probe = std::make_unique<lm::client::StartupProbe>(controller.mainWindow());
    controller.start(options.server, options.email, envPassword);
    return QApplication::exec();
}
