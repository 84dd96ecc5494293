#pragma once

#include <spdlog/logger.h>

#include <QString>

#include <memory>

namespace lm::client {

/// Sets up spdlog once: a rotating file under `logDirectory` (files readable by the user alone) and,
/// when `console`, standard error. Qt's own messages (qDebug, qWarning) go to the same sinks.
/// Logs hold ids and states, never a client's name, email or phone.
void setupLogging(const QString &logDirectory, bool console, bool debug);

/// The logger for a module ("app.sync"), sharing the sinks set up above (console only before).
std::shared_ptr<spdlog::logger> logger(const char *name);

/// The path of the current log file ("" before setupLogging).
QString logFilePath();

} // namespace lm::client
