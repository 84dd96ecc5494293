#include "logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QtGlobal>

#include <sys/stat.h>

#include <cstdio>
#include <mutex>
#include <vector>

namespace lm::client {

namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::info;
QString g_logFile;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category && *context.category ? context.category : "qt";
    auto log = logger(category);
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: log->debug("{}", text); break;
    case QtInfoMsg: log->info("{}", text); break;
    case QtWarningMsg: log->warn("{}", text); break;
    case QtCriticalMsg: log->error("{}", text); break;
    case QtFatalMsg: log->critical("{}", text); log->flush(); break;
    }
}

} // namespace

void setupLogging(const QString &logDirectory, bool console, bool debug)
{
    {
        std::lock_guard lock(g_mutex);
        g_sinks.clear();
        g_level = debug ? spdlog::level::debug : spdlog::level::info;
        if (console)
            g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
        if (!logDirectory.isEmpty()) {
            g_logFile = logDirectory + QStringLiteral("/leadmarket.log");
            spdlog::file_event_handlers handlers;
            // Every file the sink opens (also after a rotation) is the user's alone.
            handlers.after_open = [](const spdlog::filename_t &, std::FILE *file) {
                ::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
            };
            constexpr std::size_t maxBytes = 2 * 1024 * 1024;
            constexpr std::size_t maxFiles = 5;
            g_sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_logFile.toStdString(), maxBytes, maxFiles, false, handlers));
        }
    }
    spdlog::drop_all();
    spdlog::set_default_logger(logger("app"));
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> logger(const char *name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    std::lock_guard lock(g_mutex);
    std::vector<spdlog::sink_ptr> sinks = g_sinks;
    if (sinks.empty())
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto created = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
    created->set_level(g_level);
    created->flush_on(spdlog::level::warn);
    // Another thread may have registered the same name meanwhile: keep the first.
    if (auto existing = spdlog::get(name))
        return existing;
    spdlog::register_logger(created);
    return created;
}

QString logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_logFile;
}

} // namespace lm::client
