#include "config.h"
#include "logging.h"
#include "serverapp.h"

#include <QGuiApplication>
#include <QTextStream>
#include <QJsonDocument>

#include <QSocketNotifier>

#include <csignal>
#include <memory>
#include <unistd.h>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop through a pipe; it quits cleanly.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QObject *context)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

} // namespace

int main(int argc, char *argv[])
{
    // Serving renders PDF receipts with QPdfWriter, which needs a QGuiApplication; it never shows
    // a window, so it defaults to the offscreen platform. The one-shot commands need only QtCore.
    bool serving = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "add-user" || arg == "--help" || arg == "-h" || arg == "--print-config" || arg == "--version")
            serving = false;
    }
    if (serving && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = serving ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"leadmarket-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADMARKET_VERSION));
    if (sodium_init() < 0) {
        QTextStream(stderr) << "libsodium failed to initialise\n";
        return 1;
    }

    QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == "add-user"_L1) {
        lm::server::setupLogging("warn");
        args.removeAt(1);
        return lm::server::runAddUser(args);
    }
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        QTextStream(stdout) << lm::server::Config::helpText();
        return 0;
    }

    QString error;
    auto config = lm::server::Config::load(args, QProcessEnvironment::systemEnvironment(), &error);
    if (!config) {
        QTextStream(stderr) << "leadmarket-server: " << error << "\nTry --help.\n";
        return 2;
    }
    if (config->printConfig()) {
        QTextStream(stdout) << QJsonDocument(config->toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    lm::server::setupLogging(config->value(u"LEADMARKET_LOG_LEVEL"_s).toStdString());

    lm::server::ServerApp server(*config);
    if (!server.start())
        return 1;
    quitOnSignals(&server);
    return QCoreApplication::exec();
}
