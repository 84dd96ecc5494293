// The queued actions and the notifications, for people (offscreen, against the real server): the
// queue names each lead's client and says what the action does; a queued validation cancelled
// while offline puts the lead and the deposit back and never reaches the server; an action on its
// way cannot be cancelled; notifications marked read (one, then all) show at once with the unread
// count, reach the server (also when marked offline), and the server's read state wins at the sync.

#include "serverharness.h"
#include "moneyharness.h"
#include "clientharness.h"

#include "actions.h"
#include "cache.h"
#include "clientcore.h"
#include "mainwindow.h"
#include "notificationsmodel.h"
#include "notificationspage.h"
#include "outboxmodel.h"
#include "queuepage.h"
#include "syncservice.h"
#include "translations.h"

#include <money.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr qint64 DepositCents = 500'000; // 5,000 MAD
constexpr int ServerTimeoutMs = 20'000;

QString money(qint64 cents)
{
    return Money(cents).format(QLocale());
}

} // namespace

class TestClientQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queueNamesClientsAndCancelRestores();
    void actionOnItsWayIsNotCancellable();
    void markReadAndMarkAllRead();
    void readOfflineReachesServerAndServerWins();

private:
    MerchantSetup newMerchant(const QString &name)
    {
        return setUpMerchant(m_http, DepositCents, fullCommissionCampaign(), name);
    }
    QString createLead(const QString &campaignId, qint64 valueCents, const QString &clientName);
    QString serverStatus(const Account &merchant, const QString &leadId)
    {
        return m_http.get(u"/api/leads/"_s + leadId, merchant.token).json.value("status"_L1).toString();
    }
    /// GET /api/notifications as `account`: the answer's unread_count and the ids read there.
    int serverUnread(const Account &account, QStringList *readIds = nullptr);
    bool restartServer();
    /// Runs a sync and waits for its end; whether it worked.
    static bool syncOnce(ClientWindow &client);
    template <class Page>
    static Page *showPage(ClientWindow &client, const QString &objectName);

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_influencer;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientQueue::initTestCase()
{
    lmtest::prepareClientTestApplication();
    QString problem;
    QVERIFY2(lmtest::startSandboxServer(m_db, m_server, m_http, &problem), qPrintable(problem));
    m_influencer = m_http.registerUser(u"influencer"_s, u"Yasmine Influence"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
}

void TestClientQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientQueue::cleanup()
{
    m_dir.reset();
    // A test that failed offline (or with the server paused) must not leave the next ones without one.
    if (m_server->processId() != 0)
        ::kill(pid_t(m_server->processId()), SIGCONT);
    if (!m_server->isRunning())
        QVERIFY2(restartServer(), qPrintable(m_server->errorString()));
}

QString TestClientQueue::createLead(const QString &campaignId, qint64 valueCents, const QString &clientName)
{
    const Response created = m_http.post(u"/api/leads/create"_s,
                                         leadBody(campaignId, valueCents, QJsonObject{{u"client_name"_s, clientName}}),
                                         m_influencer.token);
    if (created.status != 201 || created.json.value("commission_cents"_L1).toInteger() != valueCents) {
        qWarning("lead not created as expected: %s", qPrintable(created.describe()));
        return {};
    }
    return created.json.value("id"_L1).toString();
}

int TestClientQueue::serverUnread(const Account &account, QStringList *readIds)
{
    const Response r = m_http.get(u"/api/notifications?limit=500"_s, account.token);
    if (r.status != 200) {
        qWarning("%s", qPrintable(r.describe()));
        return -1;
    }
    if (readIds) {
        readIds->clear();
        for (const QJsonValue &n : r.json.value("items"_L1).toArray()) {
            if (!n.toObject().value("read_at"_L1).isNull())
                readIds->append(n.toObject().value("id"_L1).toString());
        }
        readIds->sort();
    }
    return int(r.json.value("unread_count"_L1).toInteger(-1));
}

bool TestClientQueue::restartServer()
{
    // Back on the same port: the client's server address does not change.
    const QString port = QString::number(m_server->baseUrl().port());
    return m_server->restart({u"--sandbox-payments"_s, u"--port"_s, port})
        && QString::number(m_server->baseUrl().port()) == port;
}

bool TestClientQueue::syncOnce(ClientWindow &client)
{
    if (!QTest::qWaitFor([&] { return !client.sync->isSyncing(); }, ServerTimeoutMs))
        return false;
    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    client.sync->syncNow();
    return synced.wait(ServerTimeoutMs) && synced.last().first().toBool();
}

template <class Page>
Page *TestClientQueue::showPage(ClientWindow &client, const QString &objectName)
{
    auto *page = client.window->findChild<Page *>(objectName);
    auto *tabs = client.window->findChild<QTabWidget *>(u"merchantWorkspace"_s);
    if (!page || !tabs)
        return nullptr;
    tabs->setCurrentWidget(page);
    return page;
}

void TestClientQueue::queueNamesClientsAndCancelRestores()
{
    const MerchantSetup shop = newMerchant(u"Riad Atlas"_s);
    LM_VERIFY_OK(shop);
    const QString karim = createLead(shop.campaignId, 12'345, u"Karim Bennani"_s);
    const QString salma = createLead(shop.campaignId, 23'456, u"Salma Tazi"_s);
    QVERIFY(!karim.isEmpty() && !salma.isEmpty());
    constexpr qint64 reservedBefore = 12'345 + 23'456;

    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), shop.merchant);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *balance = client.window->findChild<QLabel *>(u"balanceLabel"_s);
    auto *reserved = client.window->findChild<QLabel *>(u"reservedLabel"_s);
    QVERIFY(balance && reserved);
    QCOMPARE(balance->text(), money(DepositCents));

    // Offline: a validation and a rejection wait in the queue, their effect shown at once.
    m_server->stop();
    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    Actions &actions = client.core->actions();
    QCOMPARE(actions.validate({karim}, 8, u"Bon contact"_s).done.size(), 1);
    QCOMPARE(actions.reject({salma}, u"Duplicate"_s).done.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty() && !client.sync->isSyncing(), 30'000);
    QCOMPARE(synced.last().first().toBool(), false);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Queued), 2);
    QCOMPARE(client.cache->deposit()->currentBalanceCents, DepositCents - 12'345);
    QCOMPARE(client.cache->deposit()->reservedCents, 0);
    QTRY_COMPARE(balance->text(), money(DepositCents - 12'345));

    // The queue names each lead's client (not its id) and says what the action does.
    auto *page = showPage<QueuePage>(client, u"queuePage"_s);
    QVERIFY(page);
    QTableView *view = page->view();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    const auto cell = [view](int row, int column) { return view->model()->index(row, column).data().toString(); };
    QTRY_COMPARE(cell(0, OutboxModel::Target), u"Karim Bennani"_s);
    QCOMPARE(cell(0, OutboxModel::Action), u"Validate — Karim Bennani, score 8"_s);
    QTRY_COMPARE(cell(0, OutboxModel::State), u"Waiting to be sent"_s); // a retry may be sending it
    QCOMPARE(cell(1, OutboxModel::Target), u"Salma Tazi"_s);
    QCOMPARE(cell(1, OutboxModel::Action), u"Reject — Salma Tazi: Duplicate"_s);
    for (int row = 0; row < 2; ++row)
        QVERIFY(!cell(row, OutboxModel::Target).contains(karim) && !cell(row, OutboxModel::Target).contains(salma));
    auto *title = page->findChild<QLabel *>(u"queueTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"2 actions waiting to be sent to the server."_s);

    // Nothing selected: nothing to cancel, and the button says why.
    QPushButton *cancel = page->cancelButton();
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!cancel->toolTip().isEmpty());

    // Cancel the validation: asked first; "Keep it" changes nothing.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, OutboxModel::Action)).center());
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(u"cancelActionConfirm"_s)) != nullptr);
    QVERIFY(box->text().contains(u"Validate — Karim Bennani, score 8"_s));
    QTest::mouseClick(box->findChild<QPushButton *>(u"keepButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<QMessageBox *>(u"cancelActionConfirm"_s));
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Queued), 2);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(u"cancelActionConfirm"_s)) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);

    // Gone from the queue; the lead pending again and the deposit at its figures before, in the
    // cache and on screen, at once.
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(0, OutboxModel::Target), u"Salma Tazi"_s);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Queued), 1);
    QCOMPARE(lm::toString(client.cache->lead(karim)->status), lm::toString(LeadStatus::Pending));
    QVERIFY(!client.cache->lead(karim)->qualityScore.has_value());
    QCOMPARE(client.cache->deposit()->currentBalanceCents, DepositCents);
    QCOMPARE(client.cache->deposit()->reservedCents, reservedBefore - 23'456);
    QTRY_COMPARE(balance->text(), money(DepositCents));
    QTRY_COMPARE(reserved->text(), money(reservedBefore - 23'456));
    auto *pending = client.window->findChild<QTableView *>(u"pendingLeadsView"_s);
    QVERIFY(pending);
    QTRY_COMPARE(pending->model()->rowCount(), 1);
    QCOMPARE(pending->model()->index(0, 0).data(TableModelBase::IdRole).toString(), karim);

    // Back online: only the rejection reaches the server.
    QVERIFY2(restartServer(), qPrintable(m_server->errorString()));
    QVERIFY(syncOnce(client));
    QTRY_COMPARE_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued), 0, ServerTimeoutMs);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
    QCOMPARE(serverStatus(shop.merchant, karim), u"pending"_s);
    QCOMPARE(serverStatus(shop.merchant, salma), u"rejected"_s);
    const QJsonObject deposit = depositOf(m_http, shop.merchant);
    QCOMPARE(deposit.value("current_balance_cents"_L1).toInteger(), DepositCents);
    QCOMPARE(deposit.value("reserved_cents"_L1).toInteger(), 12'345);
    for (const QJsonValue &t : transactionsOf(m_http, shop.merchant))
        QVERIFY2(t.toObject().value("kind"_L1).toString() != "deduction"_L1, "the cancelled validation was paid");
    // The cache follows the server.
    QVERIFY(syncOnce(client));
    QCOMPARE(client.cache->deposit()->currentBalanceCents, DepositCents);
    QCOMPARE(client.cache->deposit()->reservedCents, 12'345);
    QCOMPARE(lm::toString(client.cache->lead(karim)->status), lm::toString(LeadStatus::Pending));
}

void TestClientQueue::actionOnItsWayIsNotCancellable()
{
    const MerchantSetup shop = newMerchant(u"Dar Zellige"_s);
    LM_VERIFY_OK(shop);
    const QString lead = createLead(shop.campaignId, 31'000, u"Omar Alaoui"_s);
    QVERIFY(!lead.isEmpty());
    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), shop.merchant);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *page = showPage<QueuePage>(client, u"queuePage"_s);
    QVERIFY(page);

    // The server takes the connection but does not answer (paused): the validation stays on its way.
    QVERIFY(m_server->processId() != 0);
    QCOMPARE(::kill(pid_t(m_server->processId()), SIGSTOP), 0);
    QCOMPARE(client.core->actions().validate({lead}, 7, {}).done.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(client.cache->outbox().entries().value(0).sending, 5000);
    const qint64 id = client.cache->outbox().entries().value(0).id;

    // Shown as sending; selected, it cannot be cancelled, and the button says why.
    QTableView *view = page->view();
    QTRY_COMPARE(view->model()->index(0, OutboxModel::State).data().toString(), u"Sending"_s);
    page->select(id);
    QCOMPARE(page->selectedId(), id);
    QVERIFY(!page->cancelButton()->isEnabled());
    QVERIFY2(page->cancelButton()->toolTip().contains(u"can no longer be cancelled"_s),
             qPrintable(page->cancelButton()->toolTip()));
    // Not through the service either (whatever the window showed).
    const auto refused = client.core->actions().cancel(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(), u"This action is being sent: it can no longer be cancelled."_s);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Queued), 1);
    QCOMPARE(lm::toString(client.cache->lead(lead)->status), lm::toString(LeadStatus::Validated));

    // The server goes on: the validation is applied once, and the queue empties.
    QCOMPARE(::kill(pid_t(m_server->processId()), SIGCONT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued), 0, 30'000);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
    QCOMPARE(serverStatus(shop.merchant, lead), u"validated"_s);
    QCOMPARE(depositOf(m_http, shop.merchant).value("current_balance_cents"_L1).toInteger(), DepositCents - 31'000);
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void TestClientQueue::markReadAndMarkAllRead()
{
    // Each new lead is a notification for its merchant.
    const MerchantSetup shop = newMerchant(u"Atlas Voyages"_s);
    LM_VERIFY_OK(shop);
    for (const QString &name : {u"Nadia Idrissi"_s, u"Hamza Chraibi"_s, u"Leila Berrada"_s})
        QVERIFY(!createLead(shop.campaignId, 10'000, name).isEmpty());
    QCOMPARE(serverUnread(shop.merchant), 3);

    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), shop.merchant);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *tabs = client.window->findChild<QTabWidget *>(u"merchantWorkspace"_s);
    auto *page = showPage<NotificationsPage>(client, u"notificationsPage"_s);
    QVERIFY(tabs && page);
    QTableView *view = page->view();
    auto *title = page->findChild<QLabel *>(u"notificationsTitle"_s);
    auto *markRead = page->findChild<QPushButton *>(u"markReadButton"_s);
    auto *markAll = page->findChild<QPushButton *>(u"markAllReadButton"_s);
    QVERIFY(title && markRead && markAll);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications (3)"_s);
    QCOMPARE(title->text(), u"3 unread notifications"_s);
    QVERIFY(!markRead->isEnabled());
    QVERIFY(markAll->isEnabled());

    // One marked read: at once on screen, then on the server.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(1, 2)).center());
    QTRY_VERIFY(markRead->isEnabled());
    const QString first = view->model()->index(1, 0).data(TableModelBase::IdRole).toString();
    QTest::mouseClick(markRead, Qt::LeftButton);
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications (2)"_s);
    QCOMPARE(title->text(), u"2 unread notifications"_s);
    QVERIFY(!markRead->isEnabled());
    QVERIFY(view->model()->index(1, 2).data(Qt::FontRole).isNull()); // no longer bold
    QStringList read;
    QTRY_COMPARE_WITH_TIMEOUT(serverUnread(shop.merchant, &read), 2, ServerTimeoutMs);
    QCOMPARE(read, QStringList{first});
    QTRY_VERIFY(client.cache->pendingReads().isEmpty());
    // The sync brings the server's state, which agrees.
    QVERIFY(syncOnce(client));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications (2)"_s);

    // All of them.
    QTest::mouseClick(markAll, Qt::LeftButton);
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications"_s);
    QCOMPARE(title->text(), u"No unread notification"_s);
    QVERIFY(!markAll->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(serverUnread(shop.merchant, &read), 0, ServerTimeoutMs);
    QCOMPARE(read.size(), 3);
    QVERIFY(syncOnce(client));
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications"_s);
    for (const dto::Notification &n : client.cache->notifications())
        QVERIFY(n.readAt.has_value());
}

void TestClientQueue::readOfflineReachesServerAndServerWins()
{
    const MerchantSetup shop = newMerchant(u"Menara Events"_s);
    LM_VERIFY_OK(shop);
    for (const QString &name : {u"Rachid Fassi"_s, u"Imane Sqalli"_s})
        QVERIFY(!createLead(shop.campaignId, 10'000, name).isEmpty());
    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), shop.merchant);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *tabs = client.window->findChild<QTabWidget *>(u"merchantWorkspace"_s);
    auto *page = showPage<NotificationsPage>(client, u"notificationsPage"_s);
    QVERIFY(tabs && page);
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications (2)"_s);
    const QList<dto::Notification> cached = client.cache->notifications();
    QCOMPARE(cached.size(), 2);

    // Offline: read here at once, kept to send; a sync that fails does not undo it.
    m_server->stop();
    QCOMPARE(client.core->actions().markNotificationsRead({cached.at(0).id}), 1);
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications (1)"_s);
    QCOMPARE(client.cache->pendingReads().size(), 1);
    QVERIFY(!syncOnce(client));
    QCOMPARE(client.cache->pendingReads().size(), 1);
    QCOMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications (1)"_s);

    // Back online: the sync's end sends it; the server has it.
    QVERIFY2(restartServer(), qPrintable(m_server->errorString()));
    QVERIFY(syncOnce(client));
    QStringList read;
    QTRY_COMPARE_WITH_TIMEOUT(serverUnread(shop.merchant, &read), 1, ServerTimeoutMs);
    QCOMPARE(read, QStringList{cached.at(0).id});
    QTRY_VERIFY(client.cache->pendingReads().isEmpty());

    // Read elsewhere (on the server): the next sync shows it read here too.
    const Response put = m_http.request("PUT", u"/api/notifications/"_s + cached.at(1).id + u"/read"_s, Body(),
                                        shop.merchant.token);
    QCOMPARE(put.status, 204);
    QVERIFY(syncOnce(client));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"Notifications"_s);
    for (const dto::Notification &n : client.cache->notifications())
        QVERIFY(n.readAt.has_value());
}

QTEST_MAIN(TestClientQueue)
#include "tst_client_queue.moc"
