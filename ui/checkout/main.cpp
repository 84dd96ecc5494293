// leadmarket-checkout: the payment web view, in a process of its own so that the desktop client
// never loads Qt WebEngine at start-up and a web-engine crash cannot take the client down.
//
//   leadmarket-checkout --url CHECKOUT_URL [--allow URL]... [--return URL]... [--lang fr|ar|en]
//
// An --allow or --return URL is compared with a page's parsed address, never as text: same scheme,
// host and port (443 or 80 when omitted), the page's path at or under its path ("https://host/"
// covers the whole origin), its query items present; an address with user info never matches
// (see lm::checkout::UrlRule). The checkout page's origin is always allowed.
//
// It reports to its parent on standard output, one JSON object per line:
//   {"event":"navigated","url":…} {"event":"returned","url":…} {"event":"external","url":…}
//   {"event":"load_failed","url":…} {"event":"crashed"} {"event":"closed"}
// and closes when it reads the line "close" on standard input.

#include "checkoutwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void report(const QString &event, const QUrl &url = {})
{
    QJsonObject line{{u"event"_s, event}};
    if (!url.isEmpty())
        line.insert(u"url"_s, url.toString());
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QLocale localeFor(const QString &lang)
{
    if (lang == "ar"_L1)
        return QLocale(u"ar_MA"_s);
    if (lang == "en"_L1)
        return QLocale(u"en_US"_s);
    if (lang == "fr"_L1)
        return QLocale(u"fr_MA"_s);
    return QLocale::system();
}

} // namespace

int main(int argc, char *argv[])
{
    // Chromium cannot sandbox a process that runs as root and Qt WebEngine then refuses to start;
    // a merchant's desktop session is never root, a demo or CI machine may be.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        std::fputs("leadmarket-checkout: running as root: the web engine's sandbox is disabled\n", stderr);
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LeadMarket"_s);
    QCoreApplication::setApplicationName(u"leadmarket-checkout"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADMARKET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"LeadMarket payment window (started by the leadmarket client)."_s);
    parser.addOption({u"url"_s, u"The checkout page to open."_s, u"url"_s});
    parser.addOption({u"allow"_s, u"Pages the window may show: this origin, at or under this path (repeatable)."_s,
                      u"url"_s});
    parser.addOption({u"return"_s, u"A success or cancel URL to report when reached (repeatable)."_s, u"url"_s});
    parser.addOption({u"lang"_s, u"fr, ar or en (default: the system's language)."_s, u"lang"_s});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const QUrl url(parser.value(u"url"_s));
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)) {
        QTextStream(stderr) << "leadmarket-checkout: --url must be an http(s) URL\n";
        return 2;
    }

    QStringList notRules;
    lm::checkout::UrlRule::parseAll(parser.values(u"allow"_s) + parser.values(u"return"_s), &notRules);
    if (!notRules.isEmpty()) {
        QTextStream(stderr) << "leadmarket-checkout: --allow and --return take http(s) URLs without user info, not "
                            << notRules.join(u", "_s) << '\n';
        return 2;
    }

    const QLocale locale = localeFor(parser.value(u"lang"_s));
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, u"checkout"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    if (locale.textDirection() == Qt::RightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);

    lm::checkout::CheckoutWindow window(url, parser.values(u"allow"_s), parser.values(u"return"_s));
    QObject::connect(&window, &lm::checkout::CheckoutWindow::navigated, &window,
                     [](const QUrl &u) { report(u"navigated"_s, u); });
    QObject::connect(&window, &lm::checkout::CheckoutWindow::returned, &window,
                     [](const QUrl &u) { report(u"returned"_s, u); });
    QObject::connect(&window, &lm::checkout::CheckoutWindow::openedExternally, &window,
                     [](const QUrl &u) { report(u"external"_s, u); });
    QObject::connect(&window, &lm::checkout::CheckoutWindow::loadFailed, &window,
                     [](const QUrl &u) { report(u"load_failed"_s, u); });
    QObject::connect(&window, &lm::checkout::CheckoutWindow::rendererCrashed, &window,
                     [] { report(u"crashed"_s); });
    QObject::connect(&window, &lm::checkout::CheckoutWindow::closed, &window, [] { report(u"closed"_s); });

    // The parent closes the window by writing "close" (e.g. once the server says the payment is paid).
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &window, [&window, &input] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false); // the parent went away: keep the window, the merchant may be paying
            return;
        }
        if (QByteArray(buffer, int(n)).contains("close"))
            window.close();
    });

    window.show();
    return QApplication::exec();
}
