#include "httpapi.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

const std::shared_ptr<spdlog::logger> &httpLog()
{
    static const auto log = logger("server.http"); // looked up once: every request logs through it
    return log;
}

} // namespace

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Request::clientAddress() const
{
    // One spelling per address: "::ffff:192.0.2.1" (a dual-stack socket) is 192.0.2.1.
    const auto plain = [](const QHostAddress &address) {
        bool v4 = false;
        const quint32 ipv4 = address.toIPv4Address(&v4);
        return v4 ? QHostAddress(ipv4) : address;
    };
    const QHostAddress peer = plain(remote);
    if (peer.isLoopback()) {
        const QHostAddress forwarded(QString::fromLatin1(header("X-Real-IP").trimmed()));
        if (!forwarded.isNull())
            return plain(forwarded).toString();
    }
    return peer.toString();
}

Response Response::json(int status, const QJsonObject &object)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

Response Response::redirect(const QString &location)
{
    Response r;
    r.status = 303;
    r.contentType.clear();
    r.headers.append({"Location", location.toUtf8()});
    return r;
}

Response Response::error(const ApiError &error)
{
    Response r = json(error.status, error.toJson());
    if (error.retryAfterSeconds > 0)
        r.headers.append({"Retry-After", QByteArray::number(error.retryAfterSeconds)});
    return r;
}

void HttpApi::route(const QString &method, const QString &pattern, RouteOptions options, Handler handler)
{
    m_routes.append({method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), options, std::move(handler)});
}

const HttpApi::Route *HttpApi::match(const QString &method, const QString &path, QStringList *params,
                                     bool *pathKnown) const
{
    *pathKnown = false;
    // The path must be spelled exactly as the route: "/metrics/", "/api//me" or "/api/me/" are other
    // paths (a proxy's rules for the exact path must not be bypassed by a variant of it).
    if (!path.startsWith(u'/'))
        return nullptr;
    const QStringList segments = path.mid(1).split(u'/');
    if (segments.contains(QString()))
        return nullptr;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList values;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.segments[i] == "{}"_L1)
                values.append(segments[i]);
            else
                ok = route.segments[i] == segments[i];
        }
        if (!ok)
            continue;
        *pathKnown = true;
        if (route.method == method) {
            *params = values;
            return &route;
        }
    }
    return nullptr;
}

Response HttpApi::dispatch(Request &request)
{
    bool pathKnown = false;
    if (!request.matched) {
        request.route = match(request.method, request.path, &request.params, &pathKnown);
        request.matched = true;
    }
    const Route *route = static_cast<const Route *>(request.route);
    // A known path with another method is answered like an unknown path (API.md has no 405).
    if (!route)
        return Response::error(ApiError::notFound());
    try {
        return runRoute(*route, request);
    } catch (const ApiError &e) {
        return Response::error(e);
    } catch (const DbError &e) {
        httpLog()->error("{} {}: database error: {}", request.method.toStdString(), route->pattern.toStdString(),
                         e.what());
        return Response::error(ApiError::internal());
    } catch (const std::exception &e) {
        httpLog()->error("{} {}: {}", request.method.toStdString(), route->pattern.toStdString(), e.what());
        return Response::error(ApiError::internal());
    }
}

Response HttpApi::runRoute(const Route &route, Request &request)
{
    if (route.options.authenticated) {
        const QByteArray authorization = request.header("Authorization");
        if (!authorization.startsWith("Bearer ") || !m_authenticator)
            throw ApiError::unauthenticated();
        request.user = m_authenticator(authorization.mid(7).trimmed());
        if (!request.user)
            throw ApiError::unauthenticated();
        const unsigned role = request.user->isAdmin() ? Admin : request.user->isMerchant() ? Merchant : Influencer;
        if ((route.options.roles & role) == 0)
            throw ApiError::forbidden();
    }
    if (request.bodyTooLarge || request.body.size() > MaxBodyBytes)
        throw ApiError::payloadTooLarge();
    if (route.options.jsonBody) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            throw ApiError::invalidJson(parseError.errorString());
        if (!doc.isObject())
            throw ApiError::invalidJson(u"the body must be a JSON object"_s);
        request.json = doc.object();
    }
    // A malformed id names nothing: 404, but only after the checks above (API.md's order), so that
    // an anonymous caller or a wrong role learns nothing from how an id is spelled.
    for (const QString &param : std::as_const(request.params)) {
        if (!isWellFormedId(param))
            throw ApiError::notFound();
    }

    const bool idempotent = route.options.authenticated && m_idempotency
        && (request.method == "POST"_L1 || request.method == "PUT"_L1);
    const QString key = idempotent ? QString::fromUtf8(request.header("Idempotency-Key")) : QString();
    if (!key.isEmpty() && key.size() > limits::IdempotencyKey)
        throw ApiError::validation(u"Idempotency-Key"_s, u"must be at most 255 characters"_s);
    if (route.options.prepare) {
        // A retry is answered without redoing the slow work (a concurrent first try may still run
        // it twice; its transaction then answers what the first one stored).
        if (!key.isEmpty()) {
            if (auto answer = m_idempotency->lookup(request.user->id, key, request.method, request.path, request.body))
                return *answer;
        }
        route.options.prepare(request);
    }
    if (!key.isEmpty()) {
        return m_idempotency->run(request.user->id, key, request.method, request.path, request.body,
                                  [&route, &request] { return route.handler(request); });
    }
    return route.handler(request);
}

bool HttpApi::runsInline(Request &request) const
{
    bool known = false;
    request.route = match(request.method, request.path, &request.params, &known);
    request.matched = true;
    const Route *route = static_cast<const Route *>(request.route);
    return !route || (request.method == "GET"_L1 && !route->options.onWorker && !route->options.prepare);
}

Response HttpApi::answer(Request &request)
{
    QElapsedTimer timer;
    timer.start();
    Response response;
    {
        std::optional<StatementScope> statements;
        if (m_db)
            statements.emplace(*m_db);
        response = dispatch(request);
    }

    const Route *route = static_cast<const Route *>(request.route);
    const QString routeName = route ? route->pattern : u"(unknown)"_s;
    // Any token is a method on the wire: only those of a route get their own counters.
    if (!route)
        request.method = u"OTHER"_s;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    {
        std::lock_guard lock(m_metricsMutex);
        m_requestCounts[request.method + u' ' + routeName + u' ' + QString::number(response.status)] += 1;
        m_requestSeconds[request.method + u' ' + routeName] += seconds;
    }
    // One line per request; never the query string, body or headers (they may hold secrets or contacts).
    // At most 256 characters of the path: a long one (up to 8 KiB on the wire) cannot flood the log.
    const QString path = request.path.size() > 256 ? request.path.left(256) + u"…"_s : request.path;
    httpLog()->info("{} {} {} {:.1f} ms", request.method.toStdString(), path.toStdString(), response.status,
                    seconds * 1000.0);
    return response;
}

QString HttpApi::metricsText() const
{
    std::lock_guard lock(m_metricsMutex);
    QString out;
    out += u"# HELP leadmarket_http_requests_total HTTP requests answered, by method, route and status.\n"
           u"# TYPE leadmarket_http_requests_total counter\n"_s;
    for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it) {
        const QString &key = it.key(); // "method route status"
        out += u"leadmarket_http_requests_total{method=\""_s + key.section(u' ', 0, 0) + u"\",route=\""_s
            + key.section(u' ', 1, 1) + u"\",status=\""_s + key.section(u' ', 2, 2) + u"\"} "_s
            + QString::number(it.value()) + u'\n';
    }
    out += u"# HELP leadmarket_http_request_seconds_total Time spent answering, by method and route.\n"
           u"# TYPE leadmarket_http_request_seconds_total counter\n"_s;
    for (auto it = m_requestSeconds.cbegin(); it != m_requestSeconds.cend(); ++it) {
        const QString &key = it.key(); // "method route"
        out += u"leadmarket_http_request_seconds_total{method=\""_s + key.section(u' ', 0, 0) + u"\",route=\""_s
            + key.section(u' ', 1, 1) + u"\"} "_s + QString::number(it.value(), 'f', 6) + u'\n';
    }
    return out;
}

} // namespace lm::server
