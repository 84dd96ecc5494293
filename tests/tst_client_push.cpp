// Push: the desktop client keeps the server's event stream (GET /api/events, a WebSocket) open and
// shows what it brings at once. Against the real leadmarket-server on loopback, with the client's
// periodic sync set to an hour, so anything that arrives quickly came by push, not by a poll: a new
// lead in the merchant's leads model (and its desktop notification), a deposit change, the fall
// back to polling while the server is down and the return to live (nothing lost meanwhile), and
// the stream closed for a revoked token; and a socket whose first ping goes unanswered is opened
// again within seconds.

#include "clientharness.h"
#include "moneyharness.h"
#include "serverharness.h"

#include "cache.h"
#include "clientcore.h"
#include "clientmodels.h"
#include "desktopnotifier.h"
#include "eventstream.h"
#include "mainwindow.h"
#include "store.h"
#include "syncservice.h"
#include "translations.h"
#include "workspace.h"

#include <dto.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>

#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr qint64 DepositCents = 500'000;
// DESIGN.md: a new lead on the merchant's desktop < 1 s after the influencer's request.
constexpr qint64 PushBudgetMs = 1000;
constexpr int LiveTimeoutMs = 15'000;

/// Records what the merchant's window announces.
class RecordingNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    using DesktopNotifier::DesktopNotifier;
    QStringList summaries;
    bool notify(const QString &summary, const QString &, Urgency) override
    {
        summaries.append(summary);
        return true;
    }
};

/// Completes every WebSocket handshake on loopback, then never answers a frame (no pong): a
/// server that took the socket and stopped reading it.
class SilentWebSocketServer final : public QObject
{
public:
    SilentWebSocketServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_handshakes.append(m_clock.isValid() ? m_clock.elapsed() : 0);
                if (!m_clock.isValid())
                    m_clock.start();
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { answerHandshake(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    /// When each connection came, in ms after the first.
    QList<qint64> handshakes() const { return m_handshakes; }

private:
    static void answerHandshake(QTcpSocket *socket)
    {
        if (socket->property("upgraded").toBool()) {
            socket->readAll(); // pings, unanswered
            return;
        }
        QByteArray head = socket->peek(16 * 1024);
        if (!head.contains("\r\n\r\n"))
            return;
        socket->readAll();
        QByteArray key;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                           QCryptographicHash::Sha1).toBase64();
        const QByteArray answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\nSec-WebSocket-Accept: "
            + accept + "\r\n\r\n";
        socket->write(answer);
        socket->setProperty("upgraded", true);
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<qint64> m_handshakes;
};

} // namespace

class TestClientPush final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eventsUrl_data();
    void eventsUrl();
    void unansweredFirstPingReconnects();
    void newLeadArrivesWithoutAPoll();
    void depositChangeArrivesWithoutAPoll();
    void serverDownFallsBackToPollingAndCatchesUp();
    void revokedTokenStopsTheStream();

private:
    /// The merchant's client, signed in, synchronised once and live.
    bool openMerchant(ClientWindow &client);
    /// POST /api/leads/create as the influencer on `http`; the new lead's id.
    QString createLead(Http &http, const QString &clientName = {});
    static bool modelHas(const ClientWindow &client, const QString &leadId);
    static QString pushLabel(const ClientWindow &client);

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_influencer;
    MerchantSetup m_shop;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientPush::initTestCase()
{
    prepareClientTestApplication();
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QString problem;
    QVERIFY2(startSandboxServer(m_db, m_server, m_http, &problem), qPrintable(problem));
    m_influencer = m_http.registerUser(u"influencer"_s, u"Yasmine Influence"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    m_shop = setUpMerchant(m_http, DepositCents, QJsonObject{{u"name"_s, u"Service Marketing Digital"_s}},
                           u"Agence Atlas"_s);
    QVERIFY2(m_shop.ok(), qPrintable(m_shop.error));
}

void TestClientPush::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientPush::cleanup()
{
    m_dir.reset();
    if (m_server && !m_server->isRunning()) {
        const QString port = QString::number(m_server->baseUrl().port());
        QVERIFY2(m_server->restart({u"--sandbox-payments"_s, u"--port"_s, port}), qPrintable(m_server->errorString()));
    }
}

bool TestClientPush::openMerchant(ClientWindow &client)
{
    client = makeClientWindow(m_dir->path(), m_server->baseUrl(), m_shop.merchant);
    if (!client.window) {
        qWarning("%s", qPrintable(client.error));
        return false;
    }
    // The first sync is over for the window too: the next lead is news, whenever push went live.
    if (!QTest::qWaitFor([&] { return client.core->store().lastSyncAt() > 0; }, 10'000)) {
        qWarning("the window does not know that the first sync ended");
        return false;
    }
    // The hour-long poll of the harness stays: whatever arrives within seconds came by push.
    client.sync->setRetryPolicy({50, 100}, 500);
    if (!QTest::qWaitFor([&] { return client.sync->isLive(); }, LiveTimeoutMs)) {
        qWarning("the event stream did not become live; the server's last lines:\n%s",
                 m_server->stderrOutput().right(3000).constData());
        return false;
    }
    // The catch-up sync of the connection (when the first sync was over before it), and what it
    // asked the store to read, are over.
    QTest::qWait(200);
    return QTest::qWaitFor([&] { return !client.sync->isSyncing() && !client.window->isLoadingLeads(); }, 10'000);
}

QString TestClientPush::createLead(Http &http, const QString &clientName)
{
    QJsonObject extra;
    if (!clientName.isEmpty())
        extra.insert(u"client_name"_s, clientName);
    const Response created = http.post(u"/api/leads/create"_s, leadBody(m_shop.campaignId, 60'000, extra),
                                       m_influencer.token);
    if (created.status != 201)
        qWarning("%s", qPrintable(created.describe()));
    return created.json.value("id"_L1).toString();
}

bool TestClientPush::modelHas(const ClientWindow &client, const QString &leadId)
{
    return !client.window->workspace()->models().leadsWithIds({leadId}).isEmpty();
}

QString TestClientPush::pushLabel(const ClientWindow &client)
{
    const auto *label = client.window->findChild<QLabel *>(u"pushLabel"_s);
    return label && label->isVisibleTo(client.window.get()) ? label->text() : QString();
}

void TestClientPush::eventsUrl_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<QString>("expected");

    QTest::newRow("https becomes wss") << u"https://leads.example.ma"_s << QString() << false
                                       << u"wss://leads.example.ma/api/events"_s;
    QTest::newRow("loopback http becomes ws, with after") << u"http://127.0.0.1:8080"_s << u"42"_s << false
                                                          << u"ws://127.0.0.1:8080/api/events?after=42"_s;
    QTest::newRow("a base path is kept") << u"https://example.ma/leadmarket/"_s << u"7"_s << false
                                         << u"wss://example.ma/leadmarket/api/events?after=7"_s;
    QTest::newRow("remote http is refused") << u"http://leads.example.ma"_s << QString() << false << QString();
    QTest::newRow("remote http when allowed") << u"http://leads.example.ma"_s << QString() << true
                                              << u"ws://leads.example.ma/api/events"_s;
    QTest::newRow("not http at all") << u"ftp://leads.example.ma"_s << QString() << true << QString();
}

void TestClientPush::eventsUrl()
{
    QFETCH(QString, server);
    QFETCH(QString, after);
    QFETCH(bool, allowInsecure);
    QFETCH(QString, expected);
    QCOMPARE(EventStream::eventsUrl(QUrl(server), after, allowInsecure).toString(), expected);
}

void TestClientPush::unansweredFirstPingReconnects()
{
    // A socket whose first ping goes unanswered is not live, and is opened again within seconds,
    // not after the 30 s keep-alive period.
    SilentWebSocketServer server;
    QVERIFY(server.listen());
    EventStream stream;
    stream.configure(server.url(), u"token"_s, false);
    stream.setReconnectDelaysMs({100});
    QSignalSpy live(&stream, &EventStream::liveChanged);
    stream.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.handshakes().size() >= 2, 12'000);
    const qint64 again = server.handshakes().at(1);
    qInfo("opened again %lld ms after the first handshake", again);
    QVERIFY2(again >= 4'000 && again < 8'000, qPrintable(u"%1 ms"_s.arg(again)));
    QVERIFY(live.isEmpty());
    QVERIFY(!stream.isLive());
    stream.stop();
}

void TestClientPush::newLeadArrivesWithoutAPoll()
{
    ClientWindow client;
    QVERIFY(openMerchant(client));
    QCOMPARE(pushLabel(client), u"Live"_s);
    RecordingNotifier notifier;
    client.window->setDesktopNotifier(&notifier);
    QSignalSpy syncs(client.sync, &SyncService::syncingChanged);

    QElapsedTimer clock;
    clock.start();
    const QString clientName = u"Client Push "_s + uniqueSuffix();
    const QString leadId = createLead(m_http, clientName);
    QVERIFY(!leadId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(client, leadId), 5000);
    const qint64 arrivedMs = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(notifier.summaries.contains(u"New lead: "_s + clientName), 5000);
    const qint64 announcedMs = clock.elapsed();
    qInfo("lead in the model %lld ms, announced %lld ms after the influencer's request", arrivedMs, announcedMs);
    QVERIFY2(syncs.isEmpty(), "a sync ran: the lead did not come by push alone");
    QVERIFY2(arrivedMs < PushBudgetMs, qPrintable(u"%1 ms"_s.arg(arrivedMs)));
    QVERIFY2(announcedMs < PushBudgetMs, qPrintable(u"%1 ms"_s.arg(announcedMs)));

    // In the cache too, with the event it came by: a restart resumes after it.
    QVERIFY(client.cache->lead(leadId).has_value());
    QVERIFY(client.cache->syncState(u"events.after"_s).toLongLong() > 0);
}

void TestClientPush::depositChangeArrivesWithoutAPoll()
{
    ClientWindow client;
    QVERIFY(openMerchant(client));
    ClientModels &models = client.window->workspace()->models();
    QTRY_VERIFY(models.deposit().has_value());
    const qint64 before = models.deposit()->currentBalanceCents;
    QSignalSpy syncs(client.sync, &SyncService::syncingChanged);

    QElapsedTimer clock;
    clock.start();
    const Recharge recharge = sandboxRecharge(m_http, m_shop.merchant, 100'000);
    QVERIFY2(recharge.ok(), qPrintable(recharge.error));
    QTRY_VERIFY_WITH_TIMEOUT(models.deposit() && models.deposit()->currentBalanceCents == before + 100'000, 5000);
    qInfo("deposit shown %lld ms after the payment was confirmed", clock.elapsed());
    QVERIFY2(syncs.isEmpty(), "a sync ran: the deposit did not come by push alone");
    QCOMPARE(models.deposit()->currentBalanceCents, depositOf(m_http, m_shop.merchant).value("current_balance_cents"_L1).toInteger());
    // The ledger row behind it follows with a delta sync of its own, seconds later.
    const auto hasRechargeRow = [&] {
        const QList<dto::Transaction> rows = client.cache->transactions();
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&](const dto::Transaction &t) { return t.paymentId == recharge.paymentId; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasRechargeRow(), 10'000);
}

void TestClientPush::serverDownFallsBackToPollingAndCatchesUp()
{
    ClientWindow client;
    QVERIFY(openMerchant(client));
    const QString seen = createLead(m_http);
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(client, seen), 5000);
    const qint64 afterBefore = client.cache->syncState(u"events.after"_s).toLongLong();
    QVERIFY(afterBefore > 0);

    // The server dies (SIGKILL: no close frame): the stream is down, the client says it polls.
    const QString port = QString::number(m_server->baseUrl().port());
    QVERIFY(::kill(static_cast<pid_t>(m_server->processId()), SIGKILL) == 0);
    m_server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!client.sync->isLive(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(pushLabel(client), u"Polling every 3600 s"_s, 5000);

    // Meanwhile leads are created (through a second server on the same database, while the
    // client's server is down): the stream cannot bring them.
    ServerProcess other(m_db.url(), {u"--sandbox-payments"_s});
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    Http otherHttp(other.baseUrl());
    const QString missed1 = createLead(otherHttp);
    const QString missed2 = createLead(otherHttp);
    QVERIFY(!missed1.isEmpty() && !missed2.isEmpty());
    other.stop();
    QTest::qWait(300);
    QVERIFY(!client.sync->isLive());
    QVERIFY(!modelHas(client, missed1));

    // The server is back on its address: live again, and the catch-up brings what was missed.
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_server->restart({u"--sandbox-payments"_s, u"--port"_s, port}), qPrintable(m_server->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(client.sync->isLive(), LiveTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(client, missed1) && modelHas(client, missed2), 10'000);
    qInfo("live and caught up %lld ms after the server restarted", clock.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(pushLabel(client), u"Live"_s, 5000);

    // And the stream works again, resuming after the events already applied.
    QTRY_VERIFY(!client.sync->isSyncing());
    const QString later = createLead(m_http);
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(client, later), 5000);
    QVERIFY(client.cache->syncState(u"events.after"_s).toLongLong() > afterBefore);
}

void TestClientPush::revokedTokenStopsTheStream()
{
    // A session of its own: revoking it leaves the other tests' token alone.
    Account merchant = m_http.login(m_shop.merchant.email, m_shop.merchant.password);
    LM_VERIFY_ACCOUNT(merchant);
    merchant.password.clear(); // the harness signs in only the sync, with this token
    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), merchant);
    QVERIFY2(client.window, qPrintable(client.error));
    QTRY_VERIFY_WITH_TIMEOUT(client.sync->isLive(), LiveTimeoutMs);
    QSignalSpy authentication(client.sync, &SyncService::authenticationRequired);

    LM_VERIFY_STATUS(m_http.post(u"/api/auth/logout"_s, QJsonObject{}, merchant.token), 204);
    QTRY_VERIFY_WITH_TIMEOUT(!client.sync->isLive(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(authentication.count(), 1, 10'000);

    // Nothing more arrives for the revoked session, and it does not try again.
    const QString leadId = createLead(m_http);
    QVERIFY(!leadId.isEmpty());
    QTest::qWait(1500);
    QVERIFY(!modelHas(client, leadId));
    QVERIFY(!client.sync->isLive());
    QCOMPARE(authentication.count(), 1);
}

QTEST_MAIN(TestClientPush)
#include "tst_client_push.moc"
