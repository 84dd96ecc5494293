#pragma once

#include "validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <exception>

namespace lm::server {

/// A refusal the API answers with (API.md's error shape). Thrown by services and routes, turned into
/// an HTTP response in exactly one place (HttpApi).
struct ApiError final : std::exception
{
    int status = 500;
    QString code;
    QString message;
    FieldErrors fields;
    int retryAfterSeconds = 0; ///< > 0: answered as a Retry-After header (429)

    ApiError(int status_, QString code_, QString message_, FieldErrors fields_ = {})
        : status(status_), code(std::move(code_)), message(std::move(message_)), fields(std::move(fields_))
    {
    }
    const char *what() const noexcept override { return "ApiError"; }

    QJsonObject toJson() const;

    static ApiError invalidJson(const QString &why);
    static ApiError unauthenticated();
    static ApiError invalidCredentials();
    static ApiError forbidden();
    static ApiError notFound();
    static ApiError payloadTooLarge();
    static ApiError validation(FieldErrors fields);
    static ApiError validation(const QString &field, const QString &why);
    static ApiError conflict(const QString &code, const QString &message);
    static ApiError rateLimited(const QString &message, qint64 retryAfterMs);
    static ApiError providerUnavailable(const QString &message);
    static ApiError internal();
    // The HTTP edge's refusals (RFC 9112): the connection is closed after each.
    static ApiError badRequest(const QString &why);
    static ApiError requestTimeout();
    static ApiError uriTooLong();
    static ApiError headersTooLarge();
    static ApiError versionNotSupported();
};

/// Throws ApiError::validation when `errors` is not empty.
void throwIfInvalid(const FieldErrors &errors);

} // namespace lm::server
