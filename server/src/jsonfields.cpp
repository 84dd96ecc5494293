#include "jsonfields.h"

#include "apierror.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lm::server {

QString FieldReader::text(const QString &field, int maxLength, bool required)
{
    const QJsonValue v = m_json.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(field, u"is required"_s);
        return {};
    }
    if (!v.isString()) {
        fail(field, u"must be a string"_s);
        return {};
    }
    return checkText(m_errors, field, v.toString(), maxLength, required);
}

std::optional<qint64> FieldReader::integer(const QString &field, qint64 min, qint64 max, bool required)
{
    const QJsonValue v = m_json.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(field, u"is required"_s);
        return std::nullopt;
    }
    // JSON numbers are parsed as doubles; accept only exact whole numbers within the API's range,
    // which is far below 2^53 where doubles stop being exact.
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9.0e15) {
        fail(field, u"must be a whole number"_s);
        return std::nullopt;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(field, u"must be between "_s + QString::number(min) + u" and "_s + QString::number(max));
        return std::nullopt;
    }
    return n;
}

QString FieldReader::choice(const QString &field, const QStringList &allowed, bool required)
{
    const QJsonValue v = m_json.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(field, u"is required"_s);
        return {};
    }
    if (!v.isString() || !allowed.contains(v.toString())) {
        fail(field, u"must be one of: "_s + allowed.join(u", "_s));
        return {};
    }
    return v.toString();
}

void FieldReader::check() const
{
    throwIfInvalid(m_errors);
}

PageRequest PageRequest::fromQuery(const QUrlQuery &query)
{
    PageRequest page;
    FieldErrors errors;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const qint64 n = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || n < 1)
            errors.insert(u"limit"_s, u"must be a positive whole number"_s);
        else
            page.limit = int(qMin<qint64>(n, 500));
    }
    if (query.hasQueryItem(u"cursor"_s)) {
        const QByteArray raw = QByteArray::fromBase64(query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded).toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        page.cursor = QString::fromUtf8(raw);
        if (page.cursor.isEmpty() || page.cursor.contains(QChar(0)) || page.cursor.size() > 200)
            errors.insert(u"cursor"_s, u"is not a cursor this server gave"_s);
    }
    if (query.hasQueryItem(u"updated_since"_s)) {
        page.updatedSince = parseApiTime(query.queryItemValue(u"updated_since"_s, QUrl::FullyDecoded));
        if (!page.updatedSince)
            errors.insert(u"updated_since"_s, u"must be an ISO-8601 time such as 2026-11-09T10:15:00.123Z"_s);
    }
    throwIfInvalid(errors);
    return page;
}

QString encodeCursor(const QString &raw)
{
    return QString::fromLatin1(raw.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace lm::server

namespace lm::server {

QJsonObject pageAnswer(const QJsonArray &items, bool more, const QString &lastKey, qint64 serverTime)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_cursor"), more ? QJsonValue(encodeCursor(lastKey)) : QJsonValue()},
            {QStringLiteral("server_time"), formatApiTime(serverTime)}};
}

} // namespace lm::server
