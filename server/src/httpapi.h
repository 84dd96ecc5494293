#pragma once

#include "apierror.h"
#include "kinds.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace lm::server {

enum RoleMask : unsigned { Merchant = 1, Influencer = 2, Admin = 4, AnyRole = Merchant | Influencer | Admin };

/// The signed-in user of a request.
struct AuthUser
{
    QString id;
    Role role = Role::Influencer;
    QString email;
    QString displayName;
    QString tokenHash;

    bool isAdmin() const { return role == Role::Admin; }
    bool isMerchant() const { return role == Role::Merchant; }
    bool isInfluencer() const { return role == Role::Influencer; }
};

struct Request
{
    QString method;
    QString path;
    QStringList params; ///< values of the pattern's {} segments, in order
    QUrlQuery query;
    QByteArray body;
    QJsonObject json; ///< the parsed body, for routes that take JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    QHostAddress remote;
    std::optional<AuthUser> user;

    QByteArray header(const QByteArray &name) const;
    /// The client's address: the peer's, or, when the peer is this machine (nginx in front), the
    /// X-Real-IP it sets.
    QString clientAddress() const;
    const AuthUser &me() const { return *user; }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonObject &object);
    static Response noContent();
    static Response text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain; charset=utf-8");
    static Response redirect(const QString &location);
    static Response error(const ApiError &error);
};

using Handler = std::function<Response(Request &)>;

struct RouteOptions
{
    bool authenticated = true;
    unsigned roles = AnyRole;
    bool jsonBody = false;
};

/// Remembers answers to requests that carry an Idempotency-Key (API.md's conventions).
class IdempotencyStore
{
public:
    virtual ~IdempotencyStore() = default;
    /// Answers a request with `key`: the remembered response of an earlier request with the same
    /// key (or 409 idempotency_conflict when it was another request), or runs `handler` and
    /// remembers its 2xx/4xx answer together with what it changed, so that either both or neither
    /// survive a crash. A 5xx is not remembered (the retry runs).
    virtual Response run(const QString &userId, const QString &key, const QString &method, const QString &path,
                         const QByteArray &body, const std::function<Response()> &handler) = 0;
};

/// The HTTP front: one table of routes, and the one place where authentication, the order of
/// checks (401 → 403 → 413 → 400 → a malformed path id 404 → handler), errors, logging and
/// idempotency are handled.
class HttpApi final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    using Authenticator = std::function<std::optional<AuthUser>(const QByteArray &bearerToken)>;

    explicit HttpApi(QObject *parent = nullptr);

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    void setIdempotencyStore(IdempotencyStore *store) { m_idempotency = store; }

    /// Registers `handler` for `method` on `pattern`, where a "{}" segment matches any one segment.
    void route(const QString &method, const QString &pattern, RouteOptions options, Handler handler);

    /// Lets WebSocket upgrades of `path` through (taken with nextPendingWebSocketConnection); an
    /// upgrade of any other path is answered 404.
    void allowWebSocket(const QString &path) { m_webSocketPaths.append(path); }

    /// Prometheus text lines for the HTTP counters.
    QString metricsText() const;

    /// Runs one request through the whole pipeline (used by handleRequest, and by tests).
    Response dispatch(Request &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        RouteOptions options;
        Handler handler;
    };
    const Route *match(const QString &method, const QString &path, QStringList *params, bool *pathKnown) const;
    Response runRoute(const Route &route, Request &request);

    QList<Route> m_routes;
    Authenticator m_authenticator;
    IdempotencyStore *m_idempotency = nullptr;
    QStringList m_webSocketPaths;
    QMap<QString, quint64> m_requestCounts; ///< "method route status" → count
    QMap<QString, double> m_requestSeconds; ///< "method route" → total seconds
};

} // namespace lm::server
