#include "apierror.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::server {

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (status == 422) {
        QJsonObject f;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            f.insert(it.key(), it.value());
        error.insert(u"fields"_s, f);
    }
    return QJsonObject{{u"error"_s, error}};
}

ApiError ApiError::invalidJson(const QString &why)
{
    return {400, u"invalid_json"_s, u"The request body is not a valid JSON object: "_s + why};
}
ApiError ApiError::unauthenticated()
{
    return {401, u"unauthenticated"_s, u"Sign in first: the bearer token is missing, expired or revoked."_s};
}
ApiError ApiError::invalidCredentials()
{
    return {401, u"invalid_credentials"_s, u"The email or the password is wrong."_s};
}
ApiError ApiError::forbidden()
{
    return {403, u"forbidden"_s, u"Your role may not use this route."_s};
}
ApiError ApiError::notFound()
{
    return {404, u"not_found"_s, u"Nothing was found here."_s};
}
ApiError ApiError::payloadTooLarge()
{
    return {413, u"payload_too_large"_s, u"The request body is larger than 64 KiB."_s};
}
ApiError ApiError::validation(FieldErrors fields)
{
    return {422, u"validation_failed"_s, u"Some fields are invalid."_s, std::move(fields)};
}
ApiError ApiError::validation(const QString &field, const QString &why)
{
    return validation(FieldErrors{{field, why}});
}
ApiError ApiError::conflict(const QString &code, const QString &message)
{
    return {409, code, message};
}
ApiError ApiError::rateLimited(const QString &message, qint64 retryAfterMs)
{
    ApiError e{429, u"rate_limited"_s, message};
    e.retryAfterSeconds = int(std::clamp<qint64>((retryAfterMs + 999) / 1000, 1, 24 * 3600));
    return e;
}
ApiError ApiError::providerUnavailable(const QString &message)
{
    return {502, u"provider_unavailable"_s, message};
}
ApiError ApiError::internal()
{
    return {500, u"internal_error"_s, u"The server failed to handle the request; nothing was changed."_s};
}

ApiError ApiError::badRequest(const QString &why)
{
    return {400, u"bad_request"_s, u"Malformed HTTP request: "_s + why};
}
ApiError ApiError::requestTimeout()
{
    return {408, u"request_timeout"_s, u"The request was not received in time."_s};
}
ApiError ApiError::uriTooLong()
{
    return {414, u"uri_too_long"_s, u"The request line is longer than 8 KiB."_s};
}
ApiError ApiError::headersTooLarge()
{
    return {431, u"headers_too_large"_s, u"The request's header section is larger than 16 KiB."_s};
}
ApiError ApiError::versionNotSupported()
{
    return {400, u"http_version_not_supported"_s, u"Only HTTP/1.1 and HTTP/1.0 are spoken here."_s};
}

void throwIfInvalid(const FieldErrors &errors)
{
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
}

} // namespace lm::server
