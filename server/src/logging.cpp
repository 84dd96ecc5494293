#include "logging.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace lm::server {

void setupLogging(const std::string &level)
{
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    auto root = std::make_shared<spdlog::logger>("server", sink);
    spdlog::set_default_logger(root);
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%n] %v");
    spdlog::set_level(spdlog::level::from_str(level));
    spdlog::flush_on(spdlog::level::info);
}

std::shared_ptr<spdlog::logger> logger(const char *name)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = spdlog::default_logger()->clone(name);
    spdlog::register_logger(created);
    return created;
}

} // namespace lm::server
