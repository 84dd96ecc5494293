#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace lm::server {

/// Sets up spdlog once: every logger writes to standard error at `level` (debug|info|warn|error).
void setupLogging(const std::string &level);
/// The logger for a module ("server.leads"), sharing the default sinks.
std::shared_ptr<spdlog::logger> logger(const char *name);

} // namespace lm::server
