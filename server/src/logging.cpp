#include "logging.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace lm::server {

namespace {

// The message with its control characters escaped ("\n", others "\xNN"): request data (a path
// with %0a, a header, a provider's answer) reaches log messages in many places, and none of it may
// start a line of its own that a reader would take for the server's.
class EscapedMessage final : public spdlog::custom_flag_formatter
{
public:
    void format(const spdlog::details::log_msg &msg, const std::tm &, spdlog::memory_buf_t &dest) override
    {
        static constexpr char hex[] = "0123456789abcdef";
        for (const char c : msg.payload) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte == '\n') {
                dest.append(std::string_view("\\n"));
            } else if (byte < 0x20 || byte == 0x7f) {
                const char escaped[] = {'\\', 'x', hex[byte >> 4], hex[byte & 0xf]};
                dest.append(escaped, escaped + sizeof escaped);
            } else {
                dest.push_back(c);
            }
        }
    }

    std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<EscapedMessage>(); }
};

} // namespace

void setupLogging(const std::string &level)
{
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    auto root = std::make_shared<spdlog::logger>("server", sink);
    spdlog::set_default_logger(root);
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<EscapedMessage>('*').set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%n] %*");
    spdlog::set_formatter(std::move(formatter));
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
