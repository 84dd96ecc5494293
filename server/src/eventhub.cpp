#include "eventhub.h"

#include "eventlog.h"
#include "logging.h"
#include "repositories/rows.h"
#include "timeutil.h"

#include <QTcpSocket>
#include <QNetworkRequest>
#include <QSet>
#include <QSqlDriver>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

auto pushLog()
{
    return logger("server.push");
}

constexpr auto Channel = "lm_events";
// A socket never sends us more than a close or a pong: anything big is refused by QWebSocket.
constexpr qint64 MaxIncomingBytes = 4096;
// A resume replays at most this many rows; a socket further behind is told to resync.
constexpr int MaxReplay = 5000;

bool isInternal(const QString &type)
{
    return type == QLatin1StringView(EventLog::SessionRevoked);
}

} // namespace

EventHub::EventHub(Settings settings, Clock &clock, Authenticator authenticator, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clock(clock), m_authenticate(std::move(authenticator))
{
    // One connection name per hub: tests and tools may run several servers in one process.
    m_connectionName = u"events-"_s + QString::number(reinterpret_cast<quintptr>(this), 16);
}

EventHub::~EventHub()
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

void EventHub::start(HttpServer &server)
{
    m_db = std::make_unique<Database>(m_settings.dbUrl, m_connectionName);
    m_cursor = qMax(m_db->scalar(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s).value_or(0).toLongLong(),
                    m_db->scalar(u"SELECT through_seq FROM events_purged"_s).value_or(0).toLongLong());
    if (m_db->engine() == Engine::PostgreSQL) {
        QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
        if (!driver->subscribeToNotification(QString::fromLatin1(Channel)))
            throw DbError(u"LISTEN "_s + QString::fromLatin1(Channel) + u" failed"_s, false);
        connect(driver, &QSqlDriver::notification, this, [this](const QString &, QSqlDriver::NotificationSource,
                                                               const QVariant &) { wake(); });
    }

    m_handshakes.setMaxPendingConnections(1024);
    connect(&m_handshakes, &QWebSocketServer::newConnection, this, &EventHub::takePending);
    server.setUpgradeHandler(QString::fromLatin1(Path), [this](QTcpSocket *socket) { takeUpgrade(socket); });
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::pingAll);
    connect(&m_pollTimer, &QTimer::timeout, this, &EventHub::drain);
    connect(&m_purgeTimer, &QTimer::timeout, this, &EventHub::purge);
    m_pingTimer.start(m_settings.pingMs);
    m_pollTimer.start(m_settings.pollMs);
    m_purgeTimer.start(m_settings.purgeMs);
    pushLog()->info("push on {} (ping every {} ms, events kept {} s), from event {}", Path, m_settings.pingMs,
                    m_settings.retentionMs / 1000, m_cursor);
}

void EventHub::wake()
{
    if (m_wakeQueued.exchange(true))
        return;
    // Queued to the hub's thread: callers are request threads that have just committed.
    QMetaObject::invokeMethod(this, &EventHub::drain, Qt::QueuedConnection);
}

void EventHub::takeUpgrade(QTcpSocket *socket)
{
    socket->moveToThread(thread());
    QMetaObject::invokeMethod(this, [this, socket] {
        m_handshakes.handleConnection(socket); // reads the upgrade request, still unread in the socket
        if (socket->bytesAvailable() > 0)
            Q_EMIT socket->readyRead();
    });
}

void EventHub::takePending()
{
    while (m_handshakes.hasPendingConnections()) {
        QWebSocket *socket = m_handshakes.nextPendingConnection();
        if (!socket)
            break;
        socket->setParent(this);
        accept(socket);
    }
}

void EventHub::accept(QWebSocket *socket)
{
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    const QUrl url = socket->requestUrl();
    if (url.path() != QLatin1StringView(Path)) { // HttpApi lets no other path upgrade: a guard only
        close(socket, CloseNotFound, u"not_found"_s);
        return;
    }
    // Qt HttpServer 6.4 upgrades before any route runs: the token is checked now, and a socket
    // without a valid one is closed before it could receive anything.
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    std::optional<AuthUser> user;
    QByteArray token;
    if (authorization.startsWith("Bearer ")) {
        token = authorization.mid(7).trimmed();
        try {
            user = m_authenticate(token);
        } catch (const std::exception &e) {
            pushLog()->error("authenticating a socket: {}", e.what());
        }
    }
    if (!user) {
        close(socket, CloseUnauthenticated, u"unauthenticated"_s);
        return;
    }

    // Live from the newest committed row, which the hub may not have read yet (a NOTIFY on its way):
    // what committed before the socket opened is not sent as news.
    qint64 newest = m_cursor;
    try {
        newest = qMax(m_cursor, m_db->scalar(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s).value_or(0).toLongLong());
    } catch (const DbError &e) {
        pushLog()->error("opening a socket: {}", e.what());
    }
    Client client{socket, *user, token, newest, m_clock.nowMs()};
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->lastPongMs = m_clock.nowMs();
    });
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"after"_s))
        resume(client, query.queryItemValue(u"after"_s, QUrl::FullyDecoded), newest);
    m_clients.insert(socket, client);
    m_socketCount = int(m_clients.size());
    for (const QString &audience : audiencesOf(client.user))
        m_byAudience[audience].append(socket);
    pushLog()->debug("socket opened by {} ({})", client.user.id.toStdString(), toString(client.user.role).toStdString());
}

void EventHub::resume(Client &client, const QString &after, qint64 newest)
{
    bool ok = !after.isEmpty() && std::all_of(after.cbegin(), after.cend(), [](QChar c) { return c.isDigit(); });
    const qint64 from = ok ? after.toLongLong(&ok) : 0;
    QList<Row> missed;
    bool resync = !ok;
    if (!resync) {
        try {
            // Read the rows before the purge horizon: a purge in between shows in the horizon and
            // turns this into a resync rather than a silent gap.
            missed = rowsAfter(from, audiencesOf(client.user), newest, MaxReplay + 1);
            const qint64 purged = m_db->scalar(u"SELECT through_seq FROM events_purged"_s).value_or(0).toLongLong();
            resync = from < purged || from > qMax(newest, purged) || missed.size() > MaxReplay;
        } catch (const DbError &e) {
            pushLog()->error("resuming a socket: {}", e.what());
            resync = true;
        }
    }
    client.delivered = newest;
    if (resync) {
        // The client pulls its deltas; the id is where live events start.
        send(client, u"resync"_s, newest, m_clock.nowMs(), u"null"_s);
        return;
    }
    for (const Row &row : std::as_const(missed)) {
        if (!isInternal(row.type))
            send(client, row.type, row.seq, row.createdAt, row.data);
    }
}

QList<EventHub::Row> EventHub::rowsAfter(qint64 seq, const QStringList &audiences, qint64 until, int limit)
{
    QString sql = u"SELECT seq, audience, type, data, created_at FROM events WHERE seq > ?"_s;
    QVariantList values{seq};
    if (until >= 0) {
        sql += u" AND seq <= ?"_s;
        values << until;
    }
    if (!audiences.isEmpty()) {
        QStringList marks;
        for (const QString &audience : audiences) {
            marks << u"?"_s;
            values << audience;
        }
        sql += u" AND audience IN ("_s + marks.join(u", "_s) + u')';
    }
    sql += u" ORDER BY seq LIMIT "_s + QString::number(limit);
    QSqlQuery q = m_db->exec(sql, values);
    const ColumnLookup column(q);
    const int seqAt = column("seq"_L1), audienceAt = column("audience"_L1), typeAt = column("type"_L1),
              dataAt = column("data"_L1), createdAt = column("created_at"_L1);
    QList<Row> rows;
    while (q.next()) {
        rows.append({q.value(seqAt).toLongLong(), q.value(audienceAt).toString(), q.value(typeAt).toString(),
                     q.value(dataAt).toString(), q.value(createdAt).toLongLong()});
    }
    q.finish();
    return rows;
}

void EventHub::drain()
{
    m_wakeQueued = false;
    if (!m_db)
        return;
    constexpr int Batch = 1000;
    try {
        for (;;) {
            const QList<Row> rows = rowsAfter(m_cursor, {}, -1, Batch);
            for (const Row &row : rows) {
                deliver(row);
                m_cursor = row.seq;
            }
            if (rows.size() < Batch)
                break;
        }
    } catch (const DbError &e) {
        pushLog()->error("reading events: {}", e.what()); // the poll tries again
    }
}

void EventHub::deliver(const Row &row)
{
    const auto found = m_byAudience.constFind(row.audience);
    if (found == m_byAudience.cend())
        return;
    const QList<QWebSocket *> sockets = *found; // a recheck may close some while we go
    if (isInternal(row.type)) {
        if (row.type == QLatin1StringView(EventLog::SessionRevoked) && row.audience.startsWith("user:"_L1))
            recheck(row.audience.mid(5));
        return;
    }
    for (QWebSocket *socket : sockets) {
        auto it = m_clients.find(socket);
        if (it == m_clients.end() || row.seq <= it->delivered)
            continue;
        send(*it, row.type, row.seq, row.createdAt, row.data);
        it->delivered = row.seq;
    }
}

void EventHub::send(Client &client, const QString &type, qint64 id, qint64 at, const QString &data)
{
    // {"type", "id", "at", "data"}: the data is stored as compact JSON and goes out as it is.
    const QString frame = u"{\"type\":\""_s + type + u"\",\"id\":\""_s + QString::number(id) + u"\",\"at\":\""_s
        + formatApiTime(at) + u"\",\"data\":"_s + data + u'}';
    client.socket->sendTextMessage(frame);
    ++m_sent;
}

void EventHub::close(QWebSocket *socket, int code, const QString &reason)
{
    forget(socket);
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    // A peer that never answers the close frame is cut off (then `disconnected` deletes it).
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}

void EventHub::forget(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it != m_clients.end()) {
        for (const QString &audience : audiencesOf(it->user)) {
            auto list = m_byAudience.find(audience);
            if (list == m_byAudience.end())
                continue;
            list->removeAll(socket);
            if (list->isEmpty())
                m_byAudience.erase(list);
        }
        m_clients.erase(it);
        m_socketCount = int(m_clients.size());
    }
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void EventHub::recheck(const QString &userId)
{
    const auto found = m_byAudience.constFind(EventLog::userAudience(userId));
    if (found == m_byAudience.cend())
        return;
    const QList<QWebSocket *> sockets = *found;
    for (QWebSocket *socket : sockets) {
        const auto it = m_clients.constFind(socket);
        if (it == m_clients.cend())
            continue;
        std::optional<AuthUser> user;
        try {
            user = m_authenticate(it->token);
        } catch (const std::exception &e) {
            pushLog()->error("re-authenticating a socket: {}", e.what());
            continue; // not known to be revoked: the next ping checks again
        }
        if (!user)
            close(socket, CloseUnauthenticated, u"unauthenticated"_s);
    }
}

void EventHub::pingAll()
{
    const qint64 now = m_clock.nowMs();
    const QList<QWebSocket *> sockets = m_clients.keys();
    QSet<QString> users;
    for (QWebSocket *socket : sockets) {
        const auto it = m_clients.constFind(socket);
        if (it == m_clients.cend())
            continue;
        // Two missed pongs: the peer is gone without a close (a cable pulled, a sleeping laptop).
        if (now - it->lastPongMs > 2LL * m_settings.pingMs + 5000) {
            forget(socket);
            socket->abort();
            continue;
        }
        users.insert(it->user.id);
        socket->ping();
    }
    // A token that expired, or was revoked by another process on the SQLite file, ends here.
    for (const QString &user : std::as_const(users))
        recheck(user);
}

void EventHub::purge()
{
    if (!m_db)
        return;
    try {
        WriteTransaction tx(*m_db);
        const auto through = m_db->scalar(u"SELECT MAX(seq) FROM events WHERE created_at < ?"_s,
                                          {m_clock.nowMs() - m_settings.retentionMs});
        if (through && !through->isNull()) {
            // The horizon moves with the delete, in one transaction: a resume below it resyncs.
            m_db->exec(u"UPDATE events_purged SET through_seq = ? WHERE through_seq < ?"_s,
                       {through->toLongLong(), through->toLongLong()});
            m_db->exec(u"DELETE FROM events WHERE seq <= ?"_s, {through->toLongLong()});
        }
        tx.commit();
    } catch (const DbError &e) {
        pushLog()->error("purging events: {}", e.what());
    }
}

QStringList EventHub::audiencesOf(const AuthUser &user)
{
    return {EventLog::userAudience(user.id), EventLog::roleAudience(user.role)};
}

QString EventHub::metricsText() const
{
    return u"# HELP leadmarket_push_sockets Open push sockets (GET /api/events) on this instance.\n"
           u"# TYPE leadmarket_push_sockets gauge\nleadmarket_push_sockets "_s
        + QString::number(m_socketCount.load())
        + u"\n# HELP leadmarket_push_events_sent_total Push events sent on this instance.\n"
          u"# TYPE leadmarket_push_events_sent_total counter\nleadmarket_push_events_sent_total "_s
        + QString::number(m_sent.load()) + u'\n';
}

} // namespace lm::server
