#include "adminservice.h"

#include "apiclient.h"
#include "session.h"

#include <QJsonDocument>
#include <QUrl>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// The largest page the server gives (API.md: larger limits are clamped to 500).
constexpr int PageSize = 500;

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString idPath(const QString &prefix, const QString &id, const QString &suffix = {})
{
    return prefix + encoded(id) + suffix;
}

/// `items` of a one-page answer ({items: [...]}), or an InvalidResponse.
Result<QJsonArray> itemsOf(const Result<QJsonObject> &result)
{
    if (!result.ok())
        return result.error();
    const QJsonValue items = result.value().value("items"_L1);
    if (!items.isArray())
        return ApiError::invalidResponse(u"an answer without items"_s);
    return items.toArray();
}

/// Each item read with T::fromJson; one that does not read fails the whole answer.
template <typename T>
Result<QList<T>> typedItems(const Result<AdminService::Rows> &result)
{
    if (!result.ok())
        return result.error();
    QList<T> typed;
    typed.reserve(result.value().items.size());
    for (const QJsonValue &item : result.value().items) {
        auto value = T::fromJson(item.toObject());
        if (!value)
            return ApiError::invalidResponse(u"an item that does not read"_s);
        typed.append(std::move(*value));
    }
    return typed;
}

template <typename T>
Result<T> typedObject(const Result<QJsonObject> &result)
{
    if (!result.ok())
        return result.error();
    auto value = T::fromJson(result.value());
    if (!value)
        return ApiError::invalidResponse(u"an object that does not read"_s);
    return std::move(*value);
}

} // namespace

AdminService::AdminService(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
}

ApiClient &AdminService::api() const
{
    return m_session.api();
}

QString AdminService::signedInUserId() const
{
    const auto user = m_session.user();
    return user ? user->id : QString();
}

void AdminService::list(const QString &path, const QUrlQuery &query, int cap, QObject *context, Callback<Rows> done)
{
    auto rows = std::make_shared<Rows>();
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    // The function holds itself weakly: the request in flight owns the chain, so nothing is left
    // behind when `context` goes away and the answer is dropped.
    *fetch = [this, path, query, cap, context, done, rows, weak = std::weak_ptr(fetch)](const QString &cursor) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(u"limit"_s, QString::number(PageSize));
        if (!cursor.isEmpty())
            pageQuery.addQueryItem(u"cursor"_s, encoded(cursor));
        api().getJson(path, pageQuery, context, [done, rows, cap, self = weak.lock()](const Result<QJsonObject> &page) {
            const Result<QJsonArray> items = itemsOf(page);
            if (!items.ok())
                return done(items.error());
            for (const QJsonValue &item : items.value())
                rows->items.append(item);
            const QString next = page.value().value("next_cursor"_L1).toString();
            if (next.isEmpty() || rows->items.size() >= cap) {
                rows->more = !next.isEmpty();
                while (rows->items.size() > cap)
                    rows->items.removeLast();
                return done(*rows);
            }
            (*self)(next);
        });
    };
    (*fetch)(QString());
}

void AdminService::mutate(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                          Callback<QJsonObject> done)
{
    const QByteArray request = method + ' ' + path.toUtf8() + ' ' + QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_retryKeys.keyFor(request, &ApiClient::newIdempotencyKey);
    api().sendJson(method, path, body, key, context, [this, request, done](const Result<QJsonObject> &result) {
        m_retryKeys.answered(request, result.ok() ? ApiError() : result.error());
        done(result);
    });
}

void AdminService::alerts(QObject *context, Callback<Rows> done)
{
    list(u"/api/admin/alerts"_s, {}, ListCap, context, std::move(done));
}

void AdminService::setMerchantStatus(const QString &merchantId, DepositStatus status, const QString &reason,
                                     QObject *context, Callback<dto::Deposit> done)
{
    QJsonObject body{{u"status"_s, toString(status)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    mutate("PUT", idPath(u"/api/admin/merchants/"_s, merchantId), body, context,
           [this, done](const Result<QJsonObject> &result) {
               if (result.ok())
                   Q_EMIT depositsChanged();
               done(typedObject<dto::Deposit>(result));
           });
}

void AdminService::merchantTransactions(const QString &merchantId, QObject *context,
                                        Callback<QList<dto::Transaction>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"merchant_id"_s, encoded(merchantId));
    list(u"/api/leads/deposits/transactions"_s, query, ListCap, context,
         [done](const Result<Rows> &rows) { done(typedItems<dto::Transaction>(rows)); });
}

void AdminService::dailyReports(const QDate &from, const QDate &to, QObject *context, Callback<QJsonArray> done)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    api().getJson(u"/api/admin/reports/daily"_s, query, context,
                  [done](const Result<QJsonObject> &result) { done(itemsOf(result)); });
}

void AdminService::outbox(const QString &status, QObject *context, Callback<Rows> done)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(u"status"_s, encoded(status));
    list(u"/api/admin/outbox"_s, query, ListCap, context, std::move(done));
}

void AdminService::jobs(QObject *context, Callback<QJsonArray> done)
{
    api().getJson(u"/api/admin/jobs"_s, {}, context,
                  [done](const Result<QJsonObject> &result) { done(itemsOf(result)); });
}

void AdminService::runJob(const QString &name, QObject *context, Callback<QJsonObject> done)
{
    mutate("POST", idPath(u"/api/admin/jobs/"_s, name, u"/run"_s), QJsonObject{}, context,
           [this, done](const Result<QJsonObject> &result) {
               if (result.ok())
                   Q_EMIT depositsChanged(); // every job may move a level (expiries release reservations)
               done(result);
           });
}

void AdminService::ledgerCheck(QObject *context, Callback<QJsonObject> done)
{
    api().getJson(u"/api/admin/ledger-check"_s, {}, context, [done](const Result<QJsonObject> &result) {
        if (result.ok() && !result.value().value("ok"_L1).isBool())
            return done(ApiError::invalidResponse(u"a ledger check without ok"_s));
        done(result);
    });
}

void AdminService::users(std::optional<Role> role, const QString &search, QObject *context, Callback<Rows> done)
{
    QUrlQuery query;
    if (role)
        query.addQueryItem(u"role"_s, toString(*role));
    if (!search.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, encoded(search.trimmed()));
    list(u"/api/admin/users"_s, query, ListCap, context, std::move(done));
}

void AdminService::createUser(const NewUser &user, QObject *context, Callback<dto::User> done)
{
    QJsonObject body{{u"email"_s, user.email},
                     {u"password"_s, user.password},
                     {u"role"_s, toString(user.role)},
                     {u"display_name"_s, user.displayName}};
    if (!user.phone.isEmpty())
        body.insert(u"phone"_s, user.phone);
    mutate("POST", u"/api/admin/users"_s, body, context,
           [done](const Result<QJsonObject> &result) { done(typedObject<dto::User>(result)); });
}

void AdminService::setUserStatus(const QString &userId, AccountStatus status, QObject *context,
                                 Callback<dto::User> done)
{
    mutate("PUT", idPath(u"/api/admin/users/"_s, userId), QJsonObject{{u"status"_s, toString(status)}}, context,
           [done](const Result<QJsonObject> &result) { done(typedObject<dto::User>(result)); });
}

void AdminService::payouts(std::optional<PayoutStatus> status, QObject *context, Callback<QList<dto::Payout>> done)
{
    QUrlQuery query;
    if (status)
        query.addQueryItem(u"status"_s, toString(*status));
    list(u"/api/admin/payouts"_s, query, ListCap, context,
         [done](const Result<Rows> &rows) { done(typedItems<dto::Payout>(rows)); });
}

void AdminService::decidePayout(const QString &payoutId, PayoutStatus decision, const QString &text, QObject *context,
                                Callback<dto::Payout> done)
{
    QJsonObject body{{u"status"_s, toString(decision)}};
    body.insert(decision == PayoutStatus::Paid ? u"reference"_s : u"reason"_s, text);
    mutate("PUT", idPath(u"/api/admin/payouts/"_s, payoutId), body, context,
           [done](const Result<QJsonObject> &result) { done(typedObject<dto::Payout>(result)); });
}

void AdminService::auditLog(QObject *context, Callback<Rows> done)
{
    list(u"/api/admin/audit"_s, {}, ListCap, context, std::move(done));
}

void AdminService::disputes(const QString &status, QObject *context, Callback<Rows> done)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(u"status"_s, status);
    list(u"/api/admin/disputes"_s, query, ListCap, context, std::move(done));
}

void AdminService::decideDispute(const QString &leadId, bool overturn, const QString &note, QObject *context,
                                 Callback<dto::Lead> done)
{
    QJsonObject body{{u"decision"_s, overturn ? u"overturn"_s : u"uphold"_s}};
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    mutate("PUT", idPath(u"/api/admin/disputes/"_s, leadId), body, context,
           [done](const Result<QJsonObject> &result) { done(typedObject<dto::Lead>(result)); });
}

} // namespace lm::client
