#pragma once

#include "apierror.h"
#include "database.h"
#include "kinds.h"

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

#include <any>
#include <functional>
#include <mutex>
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
    std::any prepared; ///< what the route's `prepare` step made for its handler
    bool bodyTooLarge = false; ///< the body was over MaxBodyBytes and was not read (the edge's 413)
    bool matched = false;          ///< `route` and `params` are known (HttpApi matches once)
    const void *route = nullptr;   ///< HttpApi's route for method and path, null for none

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
    /// A GET that may write or take long: run on a worker, not on the I/O thread (every other
    /// method always runs on a worker).
    bool onWorker = false;
    /// Slow work (a password hash, a provider call) done before the request's transaction, so that
    /// no transaction (on SQLite: the writers' group) waits for it. It leaves its result in
    /// Request::prepared. Skipped when an Idempotency-Key is answered from memory.
    std::function<void(Request &)> prepare = {};
};

/// Remembers answers to requests that carry an Idempotency-Key (API.md's conventions).
class IdempotencyStore
{
public:
    virtual ~IdempotencyStore() = default;
    /// The remembered answer of a committed earlier request with `key`, if any (outside a transaction).
    virtual std::optional<Response> lookup(const QString &userId, const QString &key, const QString &method,
                                           const QString &path, const QByteArray &body) = 0;
    /// Answers a request with `key`: the remembered response of an earlier request with the same
    /// key (or 409 idempotency_conflict when it was another request), or runs `handler` and
    /// remembers its 2xx/4xx answer together with what it changed, so that either both or neither
    /// survive a crash. A 5xx is not remembered (the retry runs).
    virtual Response run(const QString &userId, const QString &key, const QString &method, const QString &path,
                         const QByteArray &body, const std::function<Response()> &handler) = 0;
};

/// The API behind the HTTP edge (HttpServer): one table of routes, and the one place where
/// authentication, the order of checks (401 → 403 → 413 → 400 → a malformed path id 404 →
/// handler), errors, logging and idempotency are handled. Called from several threads at once.
class HttpApi final
{
public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    using Authenticator = std::function<std::optional<AuthUser>(const QByteArray &bearerToken)>;

    HttpApi() = default;
    Q_DISABLE_COPY_MOVE(HttpApi)

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    void setIdempotencyStore(IdempotencyStore *store) { m_idempotency = store; }
    /// Each request is one StatementScope of `db`: its statements stay prepared on its thread.
    void setDatabase(Database *db) { m_db = db; }

    /// Registers `handler` for `method` on `pattern`, where a "{}" segment matches any one segment.
    /// Routes are registered before the server accepts connections, and never after.
    void route(const QString &method, const QString &pattern, RouteOptions options, Handler handler);

    /// Prometheus text lines for the HTTP counters.
    QString metricsText() const;

    /// True when `request` may be answered on an I/O thread: a GET of a cheap read (matches its
    /// route once for dispatch).
    bool runsInline(Request &request) const;
    /// Answers one request: dispatch, then the counters and the log line.
    Response answer(Request &request);
    /// Runs one request through the whole pipeline (the checks, the route, errors mapped).
    Response dispatch(Request &request);

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
    Database *m_db = nullptr;
    mutable std::mutex m_metricsMutex;
    QMap<QString, quint64> m_requestCounts; ///< "method route status" → count
    QMap<QString, double> m_requestSeconds; ///< "method route" → total seconds
};

} // namespace lm::server
