#include "apiclient.h"

#include "logging.h"

#include <timeutil.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lm::client {

struct ApiClient::Call
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    bool hasBody = false;
    QString idempotencyKey;
    bool authenticated = true;
    QPointer<QObject> context;
    RawCallback done;
    int attempt = 0;
};

namespace {

ApiError errorFromBody(int status, const QJsonDocument &json)
{
    const QJsonObject error = json.object().value("error"_L1).toObject();
    QMap<QString, QString> fields;
    const QJsonObject fieldObject = error.value("fields"_L1).toObject();
    for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    return ApiError::http(status, error.value("code"_L1).toString(), error.value("message"_L1).toString(),
                          std::move(fields));
}

template <typename T>
std::optional<Page<T>> parsePage(const QJsonObject &json)
{
    const QJsonValue items = json.value("items"_L1);
    if (!items.isArray())
        return std::nullopt;
    Page<T> page;
    for (const QJsonValue &item : items.toArray()) {
        auto value = T::fromJson(item.toObject());
        if (!value)
            return std::nullopt;
        page.items.append(std::move(*value));
    }
    page.nextCursor = json.value("next_cursor"_L1).toString();
    const auto serverTime = parseApiTime(json.value("server_time"_L1).toString());
    if (!serverTime)
        return std::nullopt;
    page.serverTime = *serverTime;
    return page;
}

QString query(const ListQuery &q)
{
    QUrlQuery result;
    result.addQueryItem(u"limit"_s, QString::number(q.limit));
    if (!q.cursor.isEmpty())
        result.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(q.cursor)));
    if (q.updatedSince)
        result.addQueryItem(u"updated_since"_s, QString::fromLatin1(QUrl::toPercentEncoding(formatApiTime(*q.updatedSince))));
    if (!q.status.isEmpty())
        result.addQueryItem(u"status"_s, q.status);
    return result.toString(QUrl::FullyEncoded);
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient() = default;

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError ApiClient::checkUrl(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::insecureUrl(url.toString());
    if (url.scheme() == "https"_L1)
        return {};
    if (url.scheme() == "http"_L1 && (allowInsecure || isLoopback(url)))
        return {};
    return ApiError::insecureUrl(url.toString());
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &urlQuery,
                     const std::optional<QJsonObject> &body, const QString &idempotencyKey, bool authenticated,
                     QObject *context, RawCallback done)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyDecoded).chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(urlQuery);
    call->url = url;
    if (body) {
        // Serialised once: a retry sends the very same bytes, as the idempotency check compares them.
        call->body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        call->hasBody = true;
    }
    call->idempotencyKey = idempotencyKey;
    call->authenticated = authenticated;
    call->context = context;
    call->done = std::move(done);

    const ApiError urlError = checkUrl(url, m_allowInsecure);
    if (urlError.isError()) {
        logger("app.api")->warn("refused to send {} {}: {}", method.toStdString(), path.toStdString(),
                                urlError.logText().toStdString());
        QTimer::singleShot(0, this, [this, call, urlError] { finish(call, Reply{0, {}, urlError, {}}); });
        return;
    }
    attempt(call);
}

void ApiClient::attempt(const std::shared_ptr<Call> &call)
{
    if (!call->context)
        return;
    QNetworkRequest request(call->url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "LeadMarket-Desktop/" LEADMARKET_VERSION);
    if (call->hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (call->authenticated && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!call->idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey.toUtf8());

    QNetworkReply *reply = call->hasBody ? m_nam.sendCustomRequest(request, call->method, call->body)
                                         : m_nam.sendCustomRequest(request, call->method);
    // Whoever asked is gone (a cancelled sign-in, a closed dialog): the connection closes now rather
    // than at the timeout; the answer, if any, reaches no one and nothing is retried.
    connect(call->context.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        reply->deleteLater();
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttribute.isValid()) {
            const QNetworkReply::NetworkError error = reply->error();
            const bool timedOut =
                error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
            const ApiError apiError = timedOut ? ApiError::timeout() : ApiError::network(reply->errorString());
            if (call->attempt < m_retryDelaysMs.size() && call->context) {
                const int delay = m_retryDelaysMs.at(call->attempt);
                ++call->attempt;
                logger("app.api")->debug("{} {}: {}; retry {} in {} ms", call->method.toStdString(),
                                         call->url.path().toStdString(), apiError.logText().toStdString(),
                                         call->attempt, delay);
                QTimer::singleShot(delay, this, [this, call] { attempt(call); });
                return;
            }
            setReachable(false);
            finish(call, Reply{0, {}, apiError, {}});
            return;
        }
        setReachable(true);
        Reply result;
        result.status = statusAttribute.toInt();
        result.bytes = reply->readAll();
        if (!result.bytes.isEmpty())
            result.json = QJsonDocument::fromJson(result.bytes);
        if (result.status >= 400) {
            result.error = errorFromBody(result.status, result.json);
            logger("app.api")->info("{} {} → {}", call->method.toStdString(), call->url.path().toStdString(),
                                    result.error.logText().toStdString());
            if (result.status == 401 && call->authenticated && result.error.isAuthenticationExpired())
                Q_EMIT authenticationExpired();
        }
        finish(call, result);
    });
}

void ApiClient::finish(const std::shared_ptr<Call> &call, const Reply &reply)
{
    if (call->context && call->done)
        call->done(reply);
}

void ApiClient::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

template <typename T>
void ApiClient::getObject(const QString &path, QObject *context, Callback<T> done)
{
    send("GET", path, {}, std::nullopt, {}, true, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        auto value = T::fromJson(reply.json.object());
        if (!value)
            return done(ApiError::invalidResponse(u"unexpected object"_s));
        done(std::move(*value));
    });
}

template <typename T>
void ApiClient::sendForObject(const QByteArray &method, const QString &path, const QJsonObject &body,
                              const QString &key, QObject *context, Callback<T> done)
{
    send(method, path, {}, body, key.isEmpty() ? newIdempotencyKey() : key, true, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        auto value = T::fromJson(reply.json.object());
        if (!value)
            return done(ApiError::invalidResponse(u"unexpected object"_s));
        done(std::move(*value));
    });
}

template <typename T>
void ApiClient::getPage(const QString &path, const ListQuery &listQuery, QObject *context, Callback<Page<T>> done)
{
    send("GET", path, QUrlQuery(query(listQuery)), std::nullopt, {}, true, context,
         [done](const Reply &reply) {
             if (reply.error.isError())
                 return done(reply.error);
             auto page = parsePage<T>(reply.json.object());
             if (!page)
                 return done(ApiError::invalidResponse(u"unexpected list page"_s));
             done(std::move(*page));
         });
}

void ApiClient::login(const QString &email, const QString &password, QObject *context, Callback<LoginResult> done)
{
    const QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    send("POST", u"/api/auth/login"_s, {}, body, {}, false, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        const QJsonObject json = reply.json.object();
        LoginResult result;
        result.token = json.value("token"_L1).toString();
        result.expiresAt = parseApiTime(json.value("expires_at"_L1).toString()).value_or(0);
        auto user = dto::User::fromJson(json.value("user"_L1).toObject());
        if (result.token.isEmpty() || !user)
            return done(ApiError::invalidResponse(u"login answer without token or user"_s));
        result.user = std::move(*user);
        done(result);
    });
}

void ApiClient::logout(QObject *context, Callback<Done> done)
{
    send("POST", u"/api/auth/logout"_s, {}, std::nullopt, {}, true, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        done(Done{});
    });
}

void ApiClient::markNotificationRead(const QString &id, const QString &idempotencyKey, QObject *context,
                                     Callback<Done> done)
{
    send("PUT", u"/api/notifications/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/read"_s, {},
         std::nullopt, idempotencyKey, true, context, [done](const Reply &reply) {
             if (reply.error.isError())
                 return done(reply.error);
             done(Done{});
         });
}

void ApiClient::me(QObject *context, Callback<dto::User> done)
{
    getObject<dto::User>(u"/api/me"_s, context, std::move(done));
}

void ApiClient::campaigns(const ListQuery &listQuery, QObject *context, Callback<Page<dto::Campaign>> done)
{
    getPage<dto::Campaign>(u"/api/campaigns"_s, listQuery, context, std::move(done));
}

void ApiClient::leads(const ListQuery &listQuery, QObject *context, Callback<Page<dto::Lead>> done)
{
    getPage<dto::Lead>(u"/api/leads"_s, listQuery, context, std::move(done));
}

void ApiClient::lead(const QString &id, QObject *context, Callback<dto::Lead> done)
{
    getObject<dto::Lead>(u"/api/leads/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), context,
                         std::move(done));
}

void ApiClient::createLead(const QJsonObject &body, const QString &idempotencyKey, QObject *context,
                           Callback<dto::Lead> done)
{
    sendForObject<dto::Lead>("POST", u"/api/leads/create"_s, body, idempotencyKey, context, std::move(done));
}

void ApiClient::validateLead(const QString &id, const QJsonObject &body, const QString &idempotencyKey,
                             QObject *context, Callback<dto::Lead> done)
{
    sendForObject<dto::Lead>("PUT", u"/api/leads/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/validate"_s, body,
               idempotencyKey, context, std::move(done));
}

void ApiClient::rejectLead(const QString &id, const QJsonObject &body, const QString &idempotencyKey,
                           QObject *context, Callback<dto::Lead> done)
{
    sendForObject<dto::Lead>("PUT", u"/api/leads/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/reject"_s, body,
               idempotencyKey, context, std::move(done));
}

void ApiClient::deposit(QObject *context, Callback<dto::Deposit> done)
{
    getObject<dto::Deposit>(u"/api/leads/deposits/me"_s, context, std::move(done));
}

void ApiClient::startRecharge(qint64 amountCents, const QString &provider, const QString &idempotencyKey,
                              QObject *context, Callback<RechargeStart> done)
{
    const QJsonObject body{{u"amount_cents"_s, amountCents}, {u"provider"_s, provider}};
    send("POST", u"/api/leads/deposits/recharge"_s, {}, body,
         idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey, true, context, [done](const Reply &reply) {
             if (reply.error.isError())
                 return done(reply.error);
             const QJsonObject json = reply.json.object();
             RechargeStart start;
             start.paymentId = json.value(u"payment_id"_s).toString();
             start.provider = json.value(u"provider"_s).toString();
             start.checkoutUrl = QUrl(json.value(u"checkout_url"_s).toString());
             start.successUrl = json.value(u"success_url"_s).toString();
             start.cancelUrl = json.value(u"cancel_url"_s).toString();
             for (const QJsonValue &origin : json.value(u"checkout_origins"_s).toArray())
                 start.checkoutOrigins.append(origin.toString());
             if (start.paymentId.isEmpty() || !start.checkoutUrl.isValid() || start.checkoutUrl.isRelative())
                 return done(ApiError::invalidResponse(u"unexpected recharge answer"_s));
             done(std::move(start));
         });
}

void ApiClient::payment(const QString &id, QObject *context, Callback<dto::Payment> done)
{
    getObject<dto::Payment>(u"/api/payments/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)), context,
                            std::move(done));
}

void ApiClient::paymentProviders(QObject *context, Callback<QStringList> done)
{
    send("GET", u"/api/payments/providers"_s, {}, std::nullopt, {}, true, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        const QJsonValue list = reply.json.object().value(u"providers"_s);
        if (!list.isArray())
            return done(ApiError::invalidResponse(u"no providers list"_s));
        QStringList providers;
        for (const QJsonValue &value : list.toArray()) {
            const QString name = value.toString();
            if (name == "stripe"_L1 || name == "cmi"_L1 || name == "sandbox"_L1) // others: not known here
                providers.append(name);
        }
        done(providers);
    });
}

void ApiClient::paymentReceipt(const QString &id, QObject *context, Callback<QByteArray> done)
{
    send("GET", u"/api/payments/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/receipt.pdf"_s, {},
         std::nullopt, {}, true, context, [done](const Reply &reply) {
             if (reply.error.isError())
                 return done(reply.error);
             if (!reply.bytes.startsWith("%PDF"))
                 return done(ApiError::invalidResponse(u"the receipt is not a PDF"_s));
             done(reply.bytes);
         });
}

void ApiClient::transactions(const ListQuery &listQuery, QObject *context, Callback<Page<dto::Transaction>> done)
{
    getPage<dto::Transaction>(u"/api/leads/deposits/transactions"_s, listQuery, context, std::move(done));
}

void ApiClient::notifications(const ListQuery &listQuery, QObject *context, Callback<Page<dto::Notification>> done)
{
    getPage<dto::Notification>(u"/api/notifications"_s, listQuery, context, std::move(done));
}

void ApiClient::influencerStats(QObject *context, Callback<dto::InfluencerStats> done)
{
    getObject<dto::InfluencerStats>(u"/api/influencer/stats"_s, context, std::move(done));
}

void ApiClient::payouts(const ListQuery &listQuery, QObject *context, Callback<Page<dto::Payout>> done)
{
    getPage<dto::Payout>(u"/api/influencer/payouts"_s, listQuery, context, std::move(done));
}

void ApiClient::bankDetails(QObject *context, Callback<std::optional<dto::BankDetails>> done)
{
    send("GET", u"/api/me/bank"_s, {}, std::nullopt, {}, true, context, [done](const Reply &reply) {
        // 404: none given yet. 503 not_configured: this server takes no bank details (no data key);
        // saving says so, and nothing else stops for it.
        if (reply.error.kind() == ApiError::Kind::Http
            && (reply.error.status() == 404 || reply.error.code() == "not_configured"_L1))
            return done(std::optional<dto::BankDetails>());
        if (reply.error.isError())
            return done(reply.error);
        auto bank = dto::BankDetails::fromJson(reply.json.object());
        if (!bank)
            return done(ApiError::invalidResponse(u"unexpected bank details"_s));
        done(std::optional(std::move(*bank)));
    });
}

void ApiClient::saveBankDetails(const QString &holderName, const QString &rib, const QString &idempotencyKey,
                                QObject *context, Callback<dto::BankDetails> done)
{
    sendForObject<dto::BankDetails>("PUT", u"/api/me/bank"_s, {{u"holder_name"_s, holderName}, {u"rib"_s, rib}},
                                    idempotencyKey, context, std::move(done));
}

void ApiClient::requestPayout(qint64 amountCents, const QString &idempotencyKey, QObject *context,
                              Callback<dto::Payout> done)
{
    sendForObject<dto::Payout>("POST", u"/api/influencer/payouts"_s, {{u"amount_cents"_s, amountCents}},
                               idempotencyKey, context, std::move(done));
}

void ApiClient::disputeLead(const QString &leadId, const QString &note, const QString &idempotencyKey,
                            QObject *context, Callback<dto::Lead> done)
{
    sendForObject<dto::Lead>("POST", u"/api/leads/"_s + QString::fromLatin1(QUrl::toPercentEncoding(leadId))
                                         + u"/dispute"_s,
                             {{u"note"_s, note}}, idempotencyKey, context, std::move(done));
}

void ApiClient::getJson(const QString &path, const QUrlQuery &urlQuery, QObject *context, Callback<QJsonObject> done)
{
    send("GET", path, urlQuery, std::nullopt, {}, true, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        if (!reply.json.isObject())
            return done(ApiError::invalidResponse(u"not a JSON object"_s));
        done(reply.json.object());
    });
}

void ApiClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                         const QString &idempotencyKey, QObject *context, Callback<QJsonObject> done)
{
    send(method, path, {}, body, idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey, true, context,
         [done](const Reply &reply) {
             if (reply.error.isError())
                 return done(reply.error);
             if (!reply.json.isObject())
                 return done(ApiError::invalidResponse(u"not a JSON object"_s));
             done(reply.json.object());
         });
}

void ApiClient::sendForNothing(const QByteArray &method, const QString &path, const QJsonObject &body,
                               bool authenticated, const QString &idempotencyKey, QObject *context, Callback<Done> done)
{
    const QString key = !authenticated ? QString() : idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey;
    send(method, path, {}, body, key, authenticated, context, [done](const Reply &reply) {
        if (reply.error.isError())
            return done(reply.error);
        done(Done{});
    });
}

} // namespace lm::client
