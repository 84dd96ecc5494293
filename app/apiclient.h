#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "result.h"

#include <dto.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace lm::client {

/// Typed calls to the LeadMarket REST API (API.md) over one QNetworkAccessManager: timeouts,
/// retries with back-off on network failures only, an Idempotency-Key on every mutation, and
/// plain HTTP refused except to loopback unless allowed. Callbacks run only while `context` lives.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;
    Q_DISABLE_COPY_MOVE(ApiClient)

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecure = allow; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Delays before each retry after a network failure; its length is the number of retries.
    void setRetryDelaysMs(QList<int> delays) { m_retryDelaysMs = std::move(delays); }

    static bool isLoopback(const QUrl &url);
    /// An InsecureUrl error for http:// to a non-loopback host (unless allowed), or for anything
    /// that is not http(s); Kind::None when the URL may be used.
    static ApiError checkUrl(const QUrl &url, bool allowInsecure);
    /// A fresh random key for one mutation (stored before the first send).
    static QString newIdempotencyKey();

    void login(const QString &email, const QString &password, QObject *context, Callback<LoginResult> done);
    void logout(QObject *context, Callback<Done> done);
    void me(QObject *context, Callback<dto::User> done);
    void campaigns(const ListQuery &query, QObject *context, Callback<Page<dto::Campaign>> done);
    void leads(const ListQuery &query, QObject *context, Callback<Page<dto::Lead>> done);
    void lead(const QString &id, QObject *context, Callback<dto::Lead> done);
    void createLead(const QJsonObject &body, const QString &idempotencyKey, QObject *context, Callback<dto::Lead> done);
    void validateLead(const QString &id, const QJsonObject &body, const QString &idempotencyKey, QObject *context,
                      Callback<dto::Lead> done);
    void rejectLead(const QString &id, const QJsonObject &body, const QString &idempotencyKey, QObject *context,
                    Callback<dto::Lead> done);
    void deposit(QObject *context, Callback<dto::Deposit> done);
    void transactions(const ListQuery &query, QObject *context, Callback<Page<dto::Transaction>> done);
    /// Opens a payment of `amountCents` with `provider` ("sandbox", "stripe", "cmi").
    void startRecharge(qint64 amountCents, const QString &provider, const QString &idempotencyKey, QObject *context,
                       Callback<RechargeStart> done);
    void payment(const QString &id, QObject *context, Callback<dto::Payment> done);
    /// The providers the server takes payments with now ("stripe", "cmi", "sandbox"), the first
    /// being its default.
    void paymentProviders(QObject *context, Callback<QStringList> done);
    /// The PDF receipt of a paid payment (404 until the server has it).
    void paymentReceipt(const QString &id, QObject *context, Callback<QByteArray> done);
    void notifications(const ListQuery &query, QObject *context, Callback<Page<dto::Notification>> done);
    /// PUT /api/notifications/{id}/read (204).
    void markNotificationRead(const QString &id, const QString &idempotencyKey, QObject *context, Callback<Done> done);

    // The influencer's results and payouts (contract v2).
    void influencerStats(QObject *context, Callback<dto::InfluencerStats> done);
    void payouts(const ListQuery &query, QObject *context, Callback<Page<dto::Payout>> done);
    /// The bank details on file; none (not an error) when the influencer has given none yet, or
    /// when the server takes none (503 not_configured: it has no data key).
    void bankDetails(QObject *context, Callback<std::optional<dto::BankDetails>> done);
    void saveBankDetails(const QString &holderName, const QString &rib, const QString &idempotencyKey,
                         QObject *context, Callback<dto::BankDetails> done);
    void requestPayout(qint64 amountCents, const QString &idempotencyKey, QObject *context, Callback<dto::Payout> done);
    /// POST /api/leads/{id}/dispute {note}: the influencer disputes a rejection.
    void disputeLead(const QString &leadId, const QString &note, const QString &idempotencyKey, QObject *context,
                     Callback<dto::Lead> done);

    // Routes answered as plain JSON objects, for a service that reads them itself (the admin
    // console's AdminService). `query` values are percent-encoded by the caller.
    void getJson(const QString &path, const QUrlQuery &query, QObject *context, Callback<QJsonObject> done);
    /// A mutation with a JSON body (`idempotencyKey`: a fresh one when empty).
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &idempotencyKey,
                  QObject *context, Callback<QJsonObject> done);
    /// A call whose answer has no content worth reading (202, 204). Without `authenticated` it is one
    /// of API.md's public routes (password reset, email verification): sent with neither the token
    /// nor an idempotency key; else with both (`idempotencyKey`: a fresh one when empty).
    void sendForNothing(const QByteArray &method, const QString &path, const QJsonObject &body, bool authenticated,
                        const QString &idempotencyKey, QObject *context, Callback<Done> done);

Q_SIGNALS:
    /// A request with a token got 401: the session must be renewed.
    void authenticationExpired();
    /// The server answered (true) or could not be reached after the retries (false).
    void reachabilityChanged(bool reachable);

private:
    struct Reply
    {
        int status = 0;
        QJsonDocument json;
        ApiError error;
        QByteArray bytes; ///< the raw body (receipts are not JSON)
    };
    struct Call;
    using RawCallback = std::function<void(const Reply &)>;

    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const std::optional<QJsonObject> &body, const QString &idempotencyKey, bool authenticated,
              QObject *context, RawCallback done);
    void attempt(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, const Reply &reply);
    void setReachable(bool reachable);

    template <typename T>
    void getObject(const QString &path, QObject *context, Callback<T> done);
    /// A mutation answered with one object (`key`: its idempotency key, a fresh one when empty).
    template <typename T>
    void sendForObject(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &key,
                       QObject *context, Callback<T> done);
    template <typename T>
    void getPage(const QString &path, const ListQuery &query, QObject *context, Callback<Page<T>> done);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_token;
    bool m_allowInsecure = false;
    int m_timeoutMs = 15000;
    QList<int> m_retryDelaysMs{500, 1500, 4000};
    std::optional<bool> m_reachable;
};

} // namespace lm::client
