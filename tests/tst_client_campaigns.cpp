// The merchant's campaigns against the real server (offscreen, English en_US): a campaign created
// through the dialog is on the server and in the page at once (no sync); a change of name and
// commission terms reaches the server; what the server refuses is shown beside its field and
// changes nothing; a pause stops the influencers' leads (409) and a resume lets them in again; a
// resume the deposit cannot pay for is refused with an offer to recharge; a new merchant's
// "Getting started" card ticks its steps and goes for good; a retry after a lost answer creates
// the campaign once. With LM_SCREENSHOT_DIR set, the page, the dialog and the card are kept in
// English and Arabic (right to left) at 1024×700.

#include "clientharness.h"
#include "moneyharness.h"
#include "serverfixture.h"
#include "serverharness.h"

#include "apiclient.h"
#include "cache.h"
#include "campaigndialog.h"
#include "campaignservice.h"
#include "campaignspage.h"
#include "clientcore.h"
#include "firstrunguide.h"
#include "mainwindow.h"
#include "merchantworkspace.h"
#include "store.h"
#include "syncservice.h"
#include "translations.h"

#include <dto.h>
#include <money.h>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr int ServerTimeoutMs = 20'000;

QString money(qint64 cents)
{
    return Money(cents).format(QLocale());
}

// One sync to the end, and every read of the cache it asked for delivered: the engine reports
// the outbox right after syncFinished, and that report reloads the store too.
bool syncAndSettle(ClientWindow &client)
{
    QSignalSpy finished(client.sync, &SyncService::syncFinished);
    QSignalSpy reported(client.sync, &SyncService::outboxChanged);
    client.sync->syncNow();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() && !reported.isEmpty(); }, ServerTimeoutMs))
        return false;
    if (!finished.last().at(0).toBool()) {
        qWarning("the sync failed: %s", qPrintable(finished.last().at(1).toString()));
        return false;
    }
    return QTest::qWaitFor([&client] { return !client.core->store().isLoading(); }, ServerTimeoutMs);
}

template <typename T>
T *waitForChild(QWidget *root, const QString &name)
{
    T *found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = root->findChild<T *>(name)) != nullptr && found->isVisible(); }, 5000))
        return nullptr;
    return found;
}

QString labelText(const QWidget *root, const QString &objectName)
{
    const auto *label = root->findChild<QLabel *>(objectName);
    return label ? label->text() : u"(no %1)"_s.arg(objectName);
}

bool labelShown(const QWidget *root, const QString &objectName)
{
    const auto *label = root->findChild<QLabel *>(objectName);
    return label && label->isVisibleTo(root) && !label->text().isEmpty();
}

void setField(QWidget *dialog, const QString &objectName, const QString &text)
{
    if (auto *plain = dialog->findChild<QPlainTextEdit *>(objectName)) {
        plain->setPlainText(text);
        return;
    }
    auto *edit = dialog->findChild<QLineEdit *>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii && text.size() < 100) {
        retype(edit, text); // typed, as a person does
        return;
    }
    edit->setFocus(); // QTest types ASCII only; long texts are pasted
    edit->setText(text);
}

// A loopback proxy in front of the server that, while `dropAnswers` is set, forwards each request
// and then cuts the connection instead of passing the answer back: the server applied the
// request, the client never heard.
class AnswerDroppingProxy final : public QObject
{
public:
    explicit AnswerDroppingProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                    const QByteArray answer = upstream->readAll();
                    if (dropAnswers) {
                        ++dropped;
                        client->abort();
                        return;
                    }
                    client->write(answer);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    bool dropAnswers = true;
    int dropped = 0;

private:
    QTcpServer m_server;
    quint16 m_upstreamPort;
};

} // namespace

class TestClientCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createdThroughTheDialogShowsAtOnce();
    void editNameAndCommission();
    void refusedValuesAreShownBesideTheirField_data();
    void refusedValuesAreShownBesideTheirField();
    void pauseStopsInfluencersLeadsAndResumeLetsThemIn();
    void resumeWithAnEmptyDepositIsRefused();
    void firstRunGuideTicksAndGoes();
    void retryAfterALostAnswerCreatesOnce();
    void screenshots();

private:
    struct Merchant
    {
        ClientWindow client;
        MerchantWorkspace *workspace = nullptr;
        CampaignsPage *page = nullptr;
    };
    Merchant open(const Account &account, const QString &folder);
    CampaignDialog *openDialog(Merchant &m, bool edit);
    /// The merchant's campaign as the server has it (empty when missing).
    QJsonObject serverCampaign(const Account &merchant, const QString &id);
    /// POST /api/leads/create by the influencer on `campaignId`.
    Response sendLead(const QString &campaignId, qint64 valueCents);

    ServerFixture m_fixture;
    Account m_influencer;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientCampaigns::initTestCase()
{
    prepareClientTestApplication();
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});
    m_influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Leads"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
}

void TestClientCampaigns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientCampaigns::cleanup()
{
    m_dir.reset();
}

TestClientCampaigns::Merchant TestClientCampaigns::open(const Account &account, const QString &folder)
{
    Merchant m;
    m.client = makeClientWindow(folder, m_fixture.server().baseUrl(), account);
    if (!m.client.window) {
        qWarning("%s", qPrintable(m.client.error));
        return m;
    }
    m.client.window->resize(1024, 700);
    if (!showActive(*m.client.window))
        qWarning("the window did not become active");
    m.workspace = m.client.window->findChild<MerchantWorkspace *>();
    m.page = m.client.window->findChild<CampaignsPage *>(u"campaignsPage"_s);
    return m;
}

CampaignDialog *TestClientCampaigns::openDialog(Merchant &m, bool edit)
{
    m.workspace->setCurrentWidget(m.page);
    auto *button = m.page->findChild<QPushButton *>(edit ? u"editCampaignButton"_s : u"newCampaignButton"_s);
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return waitForChild<CampaignDialog>(m.client.window.get(), u"campaignDialog"_s);
}

QJsonObject TestClientCampaigns::serverCampaign(const Account &merchant, const QString &id)
{
    const auto all = m_fixture.http().listAll(u"/api/campaigns"_s, merchant.token);
    for (const QJsonValue &value : all.value_or(QJsonArray())) {
        if (value.toObject().value("id"_L1).toString() == id)
            return value.toObject();
    }
    return {};
}

Response TestClientCampaigns::sendLead(const QString &campaignId, qint64 valueCents)
{
    return m_fixture.http().post(u"/api/leads/create"_s, leadBody(campaignId, valueCents), m_influencer.token);
}

void TestClientCampaigns::createdThroughTheDialogShowsAtOnce()
{
    const Account merchant = m_fixture.http().registerUser(u"merchant"_s, u"Atlas Froid"_s);
    LM_VERIFY_ACCOUNT(merchant);
    Merchant m = open(merchant, m_dir->path());
    QVERIFY(m.page);
    QSignalSpy syncs(m.client.sync, &SyncService::syncFinished);

    CampaignDialog *dialog = openDialog(m, false);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(u"saveButton"_s)->isEnabled()); // no name yet
    setField(dialog, u"nameEdit"_s, u"Climatisation Casablanca"_s);
    setField(dialog, u"descriptionEdit"_s, u"Installation and servicing of air conditioners"_s);
    setField(dialog, u"rateEdit"_s, u"12.5"_s);
    setField(dialog, u"thresholdEdit"_s, u"1,000"_s);
    setField(dialog, u"fixedEdit"_s, u"100"_s);
    setField(dialog, u"shareEdit"_s, u"40"_s);
    // The example is core's rule on integer centimes: 12.5 % of 500 MAD is 62.50, 40 % of it 25.00.
    setField(dialog, u"exampleValueEdit"_s, u"500"_s);
    QCOMPARE(labelText(dialog, u"exampleResult"_s),
             u"Commission %1 (12.50 % of the value): %2 to the influencer, %3 to LeadMarket."_s.arg(
                 money(6250), money(2500), money(3750)));
    setField(dialog, u"exampleValueEdit"_s, u"1,000"_s); // the threshold: the fixed commission
    QCOMPARE(labelText(dialog, u"exampleResult"_s),
             u"Commission %1 (fixed, from 1,000 MAD): %2 to the influencer, %3 to LeadMarket."_s.arg(
                 money(10000), money(4000), money(6000)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m.client.window->findChild<CampaignDialog *>(), ServerTimeoutMs);

    const auto mine = m_fixture.http().listAll(u"/api/campaigns"_s, merchant.token);
    QVERIFY(mine.has_value());
    QCOMPARE(mine->size(), 1);
    const QJsonObject server = mine->first().toObject();
    QCOMPARE(server.value("name"_L1).toString(), u"Climatisation Casablanca"_s);
    QCOMPARE(server.value("description"_L1).toString(), u"Installation and servicing of air conditioners"_s);
    QCOMPARE(server.value("commission_rate_bp"_L1).toInteger(), 1250);
    QCOMPARE(server.value("fixed_threshold_cents"_L1).toInteger(), 100000);
    QCOMPARE(server.value("fixed_commission_cents"_L1).toInteger(), 10000);
    QCOMPARE(server.value("influencer_share_bp"_L1).toInteger(), 4000);

    // In the page and the cache at once, without a sync.
    QTRY_COMPARE_WITH_TIMEOUT(labelText(m.page, u"campaignTitle"_s), u"Climatisation Casablanca"_s, 2000);
    QCOMPARE(m.page->selectedCampaign()->id, server.value("id"_L1).toString());
    QCOMPARE(labelText(m.page, u"campaignStatus"_s),
             u"Active, but influencers cannot send leads until your deposit is recharged."_s);
    QCOMPARE(labelText(m.page, u"campaignLeads"_s), u"No lead yet."_s);
    QVERIFY(m.client.cache->campaign(server.value("id"_L1).toString()).has_value());
    QCOMPARE(syncs.size(), 0);
}

void TestClientCampaigns::editNameAndCommission()
{
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 200'000, {{u"name"_s, u"Plomberie Rabat"_s}});
    LM_VERIFY_OK(shop);
    QVERIFY(sendLead(shop.campaignId, 50'000).status == 201); // 50 MAD reserved under the old terms
    Merchant m = open(shop.merchant, m_dir->path());
    QVERIFY(m.page);
    QVERIFY(m.page->selectCampaign(shop.campaignId));
    QCOMPARE(labelText(m.page, u"campaignLeads"_s), u"1 lead received, 1 waiting for your decision."_s);
    QCOMPARE(labelText(m.page, u"campaignStatus"_s), u"Active: influencers can send leads to it."_s);

    CampaignDialog *dialog = openDialog(m, true);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Plomberie Rabat"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"rateEdit"_s)->text(), u"10"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"fixedEdit"_s)->text(), u"80.00"_s);
    setField(dialog, u"nameEdit"_s, u"Plomberie Rabat-Salé"_s);
    setField(dialog, u"rateEdit"_s, u"15"_s);
    setField(dialog, u"shareEdit"_s, u"35.5"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m.client.window->findChild<CampaignDialog *>(), ServerTimeoutMs);

    const QJsonObject server = serverCampaign(shop.merchant, shop.campaignId);
    QCOMPARE(server.value("name"_L1).toString(), u"Plomberie Rabat-Salé"_s);
    QCOMPARE(server.value("commission_rate_bp"_L1).toInteger(), 1500);
    QCOMPARE(server.value("influencer_share_bp"_L1).toInteger(), 3550);
    QCOMPARE(server.value("fixed_commission_cents"_L1).toInteger(), 8000); // untouched
    QCOMPARE(server.value("fixed_threshold_cents"_L1).toInteger(), 80000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(m.page, u"campaignTitle"_s), u"Plomberie Rabat-Salé"_s, 2000);
    QVERIFY(labelText(m.page, u"campaignTerms"_s).startsWith(u"Commission: 15 % below"_s));

    // The next lead is charged under the new terms: 15 % of 500 MAD; the first keeps its 50 MAD.
    const Response next = sendLead(shop.campaignId, 50'000);
    QCOMPARE(next.status, 201);
    QCOMPARE(next.json.value("commission_cents"_L1).toInteger(), 7500);
    QCOMPARE(depositOf(m_fixture.http(), shop.merchant).value("reserved_cents"_L1).toInteger(), 5000 + 7500);
}

void TestClientCampaigns::refusedValuesAreShownBesideTheirField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("stored"); // when accepted and a number

    QTest::newRow("rate 100 % is accepted") << u"rateEdit"_s << u"100"_s << QString() << u"commission_rate_bp"_s
                                            << qint64(10000);
    QTest::newRow("rate 100.01 % is refused") << u"rateEdit"_s << u"100.01"_s << u"rateProblem"_s
                                              << u"commission_rate_bp"_s << qint64(0);
    QTest::newRow("share 0 % is accepted") << u"shareEdit"_s << u"0"_s << QString() << u"influencer_share_bp"_s
                                           << qint64(0);
    QTest::newRow("share 100.01 % is refused") << u"shareEdit"_s << u"100.01"_s << u"shareProblem"_s
                                               << u"influencer_share_bp"_s << qint64(0);
    QTest::newRow("fixed commission 999,999.99 MAD is accepted")
        << u"fixedEdit"_s << u"999,999.99"_s << QString() << u"fixed_commission_cents"_s << qint64(99'999'999);
    QTest::newRow("fixed commission 1,000,000.00 MAD is refused")
        << u"fixedEdit"_s << u"1,000,000"_s << u"fixedProblem"_s << u"fixed_commission_cents"_s << qint64(0);
    QTest::newRow("threshold 0 MAD is accepted") << u"thresholdEdit"_s << u"0"_s << QString()
                                                 << u"fixed_threshold_cents"_s << qint64(0);
    QTest::newRow("threshold 1,000,000.00 MAD is refused")
        << u"thresholdEdit"_s << u"1000000.00"_s << u"thresholdProblem"_s << u"fixed_threshold_cents"_s << qint64(0);
    QTest::newRow("name of 200 characters is accepted") << u"nameEdit"_s << QString(200, u'n') << QString()
                                                        << u"name"_s << qint64(0);
    QTest::newRow("name of 201 characters is refused") << u"nameEdit"_s << QString(201, u'n') << u"nameProblem"_s
                                                       << u"name"_s << qint64(0);
    QTest::newRow("description of 2,001 characters is refused")
        << u"descriptionEdit"_s << QString(2001, u'd') << u"descriptionProblem"_s << u"description"_s << qint64(0);
}

void TestClientCampaigns::refusedValuesAreShownBesideTheirField()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(QString, key);
    QFETCH(qint64, stored);
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 0, {{u"name"_s, u"Limits"_s}});
    LM_VERIFY_OK(shop);
    Merchant m = open(shop.merchant, m_dir->path());
    QVERIFY(m.page);
    QVERIFY(m.page->selectCampaign(shop.campaignId));
    const QJsonObject before = serverCampaign(shop.merchant, shop.campaignId);

    CampaignDialog *dialog = openDialog(m, true);
    QVERIFY(dialog);
    setField(dialog, u"nameEdit"_s, u"Limits, renamed"_s); // a valid change beside the one under test
    setField(dialog, field, text);
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save->isEnabled()); // the limits are the server's to judge
    QTest::mouseClick(save, Qt::LeftButton);

    if (problem.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(!m.client.window->findChild<CampaignDialog *>(), ServerTimeoutMs);
        const QJsonObject after = serverCampaign(shop.merchant, shop.campaignId);
        if (key == u"name"_s)
            QCOMPARE(after.value(key).toString(), text);
        else
            QCOMPARE(after.value(key).toInteger(), stored);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(labelShown(dialog, problem), ServerTimeoutMs);
    QVERIFY(dialog->isVisible()); // still open, to correct
    QCOMPARE(labelText(dialog, u"statusLabel"_s), u"Nothing was saved: correct the fields marked in red."_s);
    for (const QString &other : {u"nameProblem"_s, u"descriptionProblem"_s, u"rateProblem"_s, u"shareProblem"_s,
                                 u"fixedProblem"_s, u"thresholdProblem"_s}) {
        if (other != problem)
            QVERIFY2(!labelShown(dialog, other), qPrintable(other));
    }
    QCOMPARE(serverCampaign(shop.merchant, shop.campaignId), before); // nothing changed, not even the name
    QVERIFY(save->isEnabled()); // a correction can be sent
    dialog->reject();
}

void TestClientCampaigns::pauseStopsInfluencersLeadsAndResumeLetsThemIn()
{
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 200'000, {{u"name"_s, u"Menuiserie Fès"_s}});
    LM_VERIFY_OK(shop);
    Merchant m = open(shop.merchant, m_dir->path());
    QVERIFY(m.page);
    QVERIFY(!m.workspace->findChild<FirstRunGuide *>()->isVisible()); // a campaign and a deposit: no guide
    m.workspace->setCurrentWidget(m.page);
    QVERIFY(m.page->selectCampaign(shop.campaignId));
    auto *toggle = m.page->findChild<QPushButton *>(u"pauseResumeButton"_s);
    QCOMPARE(toggle->text(), u"&Pause"_s);
    const auto accepting = [this, &shop]() -> QJsonValue {
        const auto all = m_fixture.http().listAll(u"/api/campaigns"_s, m_influencer.token);
        for (const QJsonValue &value : all.value_or(QJsonArray())) {
            if (value.toObject().value("id"_L1).toString() == shop.campaignId)
                return value.toObject().value("accepting"_L1);
        }
        return {};
    };
    QCOMPARE(accepting(), QJsonValue(true));

    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), u"&Resume"_s, ServerTimeoutMs);
    QCOMPARE(labelText(m.page, u"campaignStatus"_s),
             u"Paused by you: influencers see it but cannot send leads to it."_s);
    const QJsonObject paused = serverCampaign(shop.merchant, shop.campaignId);
    QCOMPARE(paused.value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(paused.value("paused_reason"_L1).toString(), u"manual"_s);
    // What influencers see: listed, not accepting; a lead is refused as the server defines.
    QCOMPARE(accepting(), QJsonValue(false));
    const Response refused = sendLead(shop.campaignId, 50'000);
    LM_VERIFY_ERROR(refused, 409, u"campaign_paused"_s);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), u"&Pause"_s, ServerTimeoutMs);
    QCOMPARE(serverCampaign(shop.merchant, shop.campaignId).value("status"_L1).toString(), u"active"_s);
    QVERIFY(serverCampaign(shop.merchant, shop.campaignId).value("paused_reason"_L1).isNull());
    QCOMPARE(accepting(), QJsonValue(true));
    QCOMPARE(sendLead(shop.campaignId, 50'000).status, 201);
    QVERIFY(!m.page->findChild<QWidget *>(u"campaignsMessageBar"_s)->isVisible());
}

void TestClientCampaigns::resumeWithAnEmptyDepositIsRefused()
{
    // Campaign A charges the whole estimated value, so one validated lead spends the deposit.
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 100'000, fullCommissionCampaign());
    LM_VERIFY_OK(shop);
    QString problem;
    const QString other =
        createCampaign(m_fixture.http(), shop.merchant, {{u"name"_s, u"Second campaign"_s}}, &problem);
    QVERIFY2(!other.isEmpty(), qPrintable(problem));
    LM_VERIFY_STATUS(m_fixture.http().put(u"/api/campaigns/"_s + other, QJsonObject{{"status"_L1, u"paused"_s}},
                                          shop.merchant.token),
                     200);
    const Response lead = sendLead(shop.campaignId, 100'000);
    LM_VERIFY_STATUS(lead, 201);
    LM_VERIFY_STATUS(m_fixture.http().put(u"/api/leads/%1/validate"_s.arg(lead.json.value("id"_L1).toString()),
                                          QJsonObject{{"quality_score"_L1, 7}}, shop.merchant.token),
                     200);
    QCOMPARE(depositOf(m_fixture.http(), shop.merchant).value("current_balance_cents"_L1).toInteger(), 0);

    Merchant m = open(shop.merchant, m_dir->path());
    QVERIFY(m.page);
    m.workspace->setCurrentWidget(m.page);
    auto *toggle = m.page->findChild<QPushButton *>(u"pauseResumeButton"_s);
    auto *bar = m.page->findChild<QWidget *>(u"campaignsMessageBar"_s);
    auto *recharge = m.page->findChild<QPushButton *>(u"campaignsRechargeButton"_s);
    const QString refusal = u"“Second campaign” cannot be resumed: your deposit is empty. Recharge it and your "
                            "campaigns paused for an empty deposit resume by themselves."_s;

    // Empty, before the hourly check has blocked it (402), then blocked (423): refused both times.
    for (const bool blocked : {false, true}) {
        if (blocked) {
            LM_VERIFY_STATUS(m_fixture.http().post(u"/api/admin/jobs/deposit-check/run"_s, QJsonObject{},
                                                   m_fixture.admin().token),
                             200);
            QVERIFY(syncAndSettle(m.client));
            QVERIFY(m.page->selectCampaign(shop.campaignId));
            QCOMPARE(labelText(m.page, u"campaignStatus"_s),
                     u"Paused because your deposit is empty: it resumes by itself when you recharge."_s);
        }
        QVERIFY(m.page->selectCampaign(other));
        QCOMPARE(toggle->text(), u"&Resume"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), ServerTimeoutMs);
        QCOMPARE(labelText(m.page, u"campaignsMessage"_s), refusal);
        QVERIFY(recharge->isVisible());
        const QJsonObject server = serverCampaign(shop.merchant, other);
        QCOMPARE(server.value("status"_L1).toString(), u"paused"_s);
        QCOMPARE(server.value("paused_reason"_L1).toString(), u"manual"_s);
        QCOMPARE(toggle->text(), u"&Resume"_s);
    }
    // The offer to recharge starts the recharge flow.
    QSignalSpy rechargeAsked(m.client.window.get(), &MainWindow::rechargeRequested);
    QTest::mouseClick(recharge, Qt::LeftButton);
    QCOMPARE(rechargeAsked.size(), 1);
    QVERIFY(!bar->isVisible());

    // Recharged: the campaign paused for the empty deposit resumes by itself, the other can be resumed.
    QVERIFY(sandboxRecharge(m_fixture.http(), shop.merchant, 200'000).ok());
    QVERIFY(syncAndSettle(m.client));
    QVERIFY(m.page->selectCampaign(shop.campaignId));
    QCOMPARE(labelText(m.page, u"campaignStatus"_s), u"Active: influencers can send leads to it."_s);
    QVERIFY(m.page->selectCampaign(other));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), u"&Pause"_s, ServerTimeoutMs);
    QCOMPARE(serverCampaign(shop.merchant, other).value("status"_L1).toString(), u"active"_s);
    QVERIFY(!bar->isVisible());
}

void TestClientCampaigns::firstRunGuideTicksAndGoes()
{
    const Account merchant = m_fixture.http().registerUser(u"merchant"_s, u"Nouveau Commerce"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const QString folder = m_dir->path();
    {
        Merchant m = open(merchant, folder);
        QVERIFY(m.workspace);
        auto *guide = m.workspace->findChild<FirstRunGuide *>(u"firstRunGuide"_s);
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        auto *createButton = guide->findChild<QPushButton *>(u"guideCampaignButton"_s);
        auto *rechargeButton = guide->findChild<QPushButton *>(u"guideRechargeButton"_s);
        QVERIFY(createButton->isVisible());
        QVERIFY(rechargeButton->isVisible());
        QCOMPARE(labelText(guide, u"guideCampaignMark"_s), u"1"_s);

        // Step 1 through the guide's button: the dialog, then the tick.
        QTest::mouseClick(createButton, Qt::LeftButton);
        auto *dialog = waitForChild<CampaignDialog>(m.client.window.get(), u"campaignDialog"_s);
        QVERIFY(dialog);
        setField(dialog, u"nameEdit"_s, u"Premier essai"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guide->hasCampaign(), ServerTimeoutMs);
        QCOMPARE(labelText(guide, u"guideCampaignMark"_s), u"✓"_s);
        QVERIFY(!createButton->isVisible());
        QVERIFY(guide->isVisible()); // the deposit is still to recharge

        // Step 2: the button asks for the recharge flow; the sandbox pays; the sync brings it.
        QSignalSpy rechargeAsked(m.client.window.get(), &MainWindow::rechargeRequested);
        QTest::mouseClick(rechargeButton, Qt::LeftButton);
        QCOMPARE(rechargeAsked.size(), 1);
        QVERIFY(sandboxRecharge(m_fixture.http(), merchant, 200'000).ok());
        QVERIFY(syncAndSettle(m.client));
        QVERIFY(guide->hasRecharged());
        QVERIFY(guide->isFinished());
        QVERIFY(!guide->isVisible());
        QVERIFY(syncAndSettle(m.client));
        QVERIFY(!guide->isVisible());
    }
    // The next start, from the same cache: not again.
    Merchant again = open(merchant, folder);
    QVERIFY(again.workspace);
    auto *guide = again.workspace->findChild<FirstRunGuide *>(u"firstRunGuide"_s);
    QVERIFY(guide->isFinished());
    QVERIFY(!guide->isVisible());
}

void TestClientCampaigns::retryAfterALostAnswerCreatesOnce()
{
    const Account merchant = m_fixture.http().registerUser(u"merchant"_s, u"Retry Shop"_s);
    LM_VERIFY_ACCOUNT(merchant);
    AnswerDroppingProxy proxy(quint16(m_fixture.server().baseUrl().port()));
    ApiClient api;
    api.setBaseUrl(proxy.url());
    api.setToken(merchant.token);
    api.setRetryDelaysMs({}); // the retry under test is the person's, not the client's own
    Cache cache(QDir(m_dir->path()).filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    CampaignService service(api, cache);
    QSignalSpy saved(&service, &CampaignService::saved);
    CampaignDraft draft;
    draft.name = u"Sent twice, made once"_s;

    std::optional<Result<dto::Campaign>> answer;
    const auto send = [&] {
        answer.reset();
        service.create(draft, this, [&answer](const Result<dto::Campaign> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), ServerTimeoutMs);
    };
    send();
    QVERIFY(!answer->ok());
    QVERIFY(answer->error().isTransient());
    QVERIFY(proxy.dropped >= 1); // Qt may resend once on a connection closed without an answer
    QCOMPARE(saved.size(), 0);
    // The server made it; the person tries again and hears the first answer.
    proxy.dropAnswers = false;
    send();
    QVERIFY2(answer->ok(), qPrintable(answer->errorMessage()));
    const auto mine = m_fixture.http().listAll(u"/api/campaigns"_s, merchant.token);
    QVERIFY(mine.has_value());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(answer->value().id, mine->first().toObject().value("id"_L1).toString());
    QCOMPARE(saved.size(), 1);
    QVERIFY(cache.campaign(answer->value().id).has_value());
    // Answered: the same request again is a new campaign.
    send();
    QVERIFY(answer->ok());
    QCOMPARE(m_fixture.http().listAll(u"/api/campaigns"_s, merchant.token)->size(), 2);
}

void TestClientCampaigns::screenshots()
{
    // Every run renders them (in both directions); LM_SCREENSHOT_DIR keeps them to look at.
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("LM_SCREENSHOT_DIR", scratch.path());
    QVERIFY(QDir().mkpath(dir));
    const auto save = [&dir](QWidget *widget, const QString &name) {
        QTest::qWait(150);
        QVERIFY2(widget->grab().save(QDir(dir).filePath(name)), qPrintable(name));
    };
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 100'000, fullCommissionCampaign(), u"Agence Atlas"_s);
    LM_VERIFY_OK(shop);
    for (const auto &[name, status] : {std::pair{u"Climatisation Casablanca"_s, u"active"_s},
                                       std::pair{u"Plomberie Rabat"_s, u"paused"_s}}) {
        const QString id = createCampaign(m_fixture.http(), shop.merchant, {{u"name"_s, name}});
        QVERIFY(!id.isEmpty());
        if (status == u"paused"_s)
            QCOMPARE(m_fixture.http().put(u"/api/campaigns/"_s + id, QJsonObject{{"status"_L1, status}},
                                          shop.merchant.token).status,
                     200);
    }
    QString paused;
    const auto all = m_fixture.http().listAll(u"/api/campaigns"_s, shop.merchant.token);
    for (const QJsonValue &value : all.value_or(QJsonArray())) {
        if (value.toObject().value("status"_L1).toString() == u"paused"_s)
            paused = value.toObject().value("id"_L1).toString();
    }
    QVERIFY(!paused.isEmpty());
    // One lead of the whole deposit validated: empty, so the paused campaign cannot be resumed.
    const Response lead = sendLead(shop.campaignId, 100'000);
    LM_VERIFY_STATUS(lead, 201);
    LM_VERIFY_STATUS(m_fixture.http().put(u"/api/leads/%1/validate"_s.arg(lead.json.value("id"_L1).toString()),
                                          QJsonObject{{"quality_score"_L1, 8}}, shop.merchant.token),
                     200);
    const Account fresh = m_fixture.http().registerUser(u"merchant"_s, u"Nouveau Commerce"_s);
    LM_VERIFY_ACCOUNT(fresh);

    for (const auto &[locale, suffix] : {std::pair{QLocale(QLocale::English, QLocale::UnitedStates), u"en"_s},
                                         std::pair{QLocale(QLocale::Arabic, QLocale::Morocco), u"ar"_s}}) {
        installTranslations(*qApp, locale);
        QTemporaryDir folder;
        Merchant m = open(shop.merchant, folder.path());
        QVERIFY(m.page);
        m.workspace->setCurrentWidget(m.page);
        QVERIFY(m.page->selectCampaign(shop.campaignId));
        save(m.client.window.get(), u"campaigns-page-%1.png"_s.arg(suffix));

        CampaignDialog *dialog = openDialog(m, true);
        QVERIFY(dialog);
        setField(dialog, u"rateEdit"_s, u"150"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelShown(dialog, u"rateProblem"_s), ServerTimeoutMs);
        save(dialog, u"campaign-dialog-refused-%1.png"_s.arg(suffix));
        dialog->reject();
        QVERIFY(m.page->selectCampaign(paused));
        QTest::mouseClick(m.page->findChild<QPushButton *>(u"pauseResumeButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m.page->findChild<QWidget *>(u"campaignsMessageBar"_s)->isVisible(), ServerTimeoutMs);
        save(m.client.window.get(), u"campaigns-resume-refused-%1.png"_s.arg(suffix));

        QTemporaryDir freshFolder;
        Merchant n = open(fresh, freshFolder.path());
        QVERIFY(n.workspace);
        auto *guide = n.workspace->findChild<FirstRunGuide *>(u"firstRunGuide"_s);
        QVERIFY(guide && guide->isVisible());
        // Laid out within the window: every step's button shows whole.
        for (const QString &button : {u"guideCampaignButton"_s, u"guideRechargeButton"_s}) {
            const auto *b = guide->findChild<QPushButton *>(button);
            QVERIFY(b->isVisible());
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(button));
            const QRect inWindow(b->mapTo(n.client.window.get(), QPoint(0, 0)), b->size());
            QVERIFY2(n.client.window->rect().contains(inWindow), qPrintable(button));
        }
        save(n.client.window.get(), u"first-run-guide-%1.png"_s.arg(suffix));
    }
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestClientCampaigns)
#include "tst_client_campaigns.moc"
