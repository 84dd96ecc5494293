#pragma once

#include "apierror.h"

#include <functional>
#include <optional>
#include <utility>

namespace lm::client {

/// The value of a Result that carries none.
struct Done
{
};

/// The client's one result type: a value, or the ApiError that prevented it — for a call to the
/// server, the keychain, the cache or a local check alike (ApiError::local for the last two), so
/// every caller turns a failure into words the same way (error().userMessage()).
template <typename T = Done>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(ApiError error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    /// A refusal of the client itself, worded for the user.
    static Result failure(QString message) { return Result(ApiError::local(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }
    /// The sentence for the user; empty when ok.
    QString errorMessage() const { return ok() ? QString() : m_error.userMessage(); }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

/// How an asynchronous call reports its Result.
template <typename T = Done>
using Callback = std::function<void(const Result<T> &)>;

} // namespace lm::client
