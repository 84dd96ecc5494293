#pragma once

#include "validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <utility>

namespace lm::server {

/// Reads typed fields out of a request body, recording every problem in `errors` (API.md's 422
/// `fields`) instead of stopping at the first.
class FieldReader final
{
public:
    explicit FieldReader(const QJsonObject &json) : m_json(json) {}

    bool has(const QString &field) const { return m_json.contains(field) && !m_json.value(field).isNull(); }
    /// Trimmed text ≤ maxLength; `required` refuses missing or blank values.
    QString text(const QString &field, int maxLength, bool required);
    /// A whole number in [min, max]; JSON numbers with a fraction or out of range are refused.
    std::optional<qint64> integer(const QString &field, qint64 min, qint64 max, bool required);
    /// One of `allowed`.
    QString choice(const QString &field, const QStringList &allowed, bool required);

    FieldErrors &errors() { return m_errors; }
    void fail(const QString &field, const QString &why) { m_errors.insert(field, why); }
    /// Throws ApiError::validation with every recorded problem, if any.
    void check() const;

private:
    const QJsonObject &m_json;
    FieldErrors m_errors;
};

/// API.md's list parameters.
struct PageRequest
{
    int limit = 50;
    QString cursor; ///< decoded, opaque to clients
    std::optional<qint64> updatedSince;

    /// limit (default 50, clamped to 500, at least 1), cursor, updated_since; 422 when malformed.
    static PageRequest fromQuery(const QUrlQuery &query);
};

QString encodeCursor(const QString &raw);

/// API.md's page {items, next_cursor, server_time} from its items, whether there is a next page,
/// and the cursor key of the last item (the position just after it).
QJsonObject pageAnswer(const QJsonArray &items, bool more, const QString &lastKey, qint64 serverTime);

/// API.md's page from a repository's Rows that read up to `page.limit + 1` rows: `item` turns one
/// read row into its JSON and its cursor key; the extra row only tells that there is a next page.
template <typename Rows, typename Item>
QJsonObject pageOf(Rows &rows, const PageRequest &page, qint64 serverTime, Item &&item)
{
    QJsonArray items;
    QString lastKey;
    bool more = false;
    while (rows.next()) {
        if (items.size() == page.limit) {
            more = true;
            break;
        }
        auto [json, key] = item(rows.read());
        items.append(json);
        lastKey = key;
    }
    rows.finish();
    return pageAnswer(items, more, lastKey, serverTime);
}

} // namespace lm::server
