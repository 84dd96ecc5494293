// The recharge (offscreen) against the real server with sandbox payments: the amount dialog's
// validation in each locale, then a payment completed "in another browser" (the test pays the
// sandbox page itself) noticed by the client's polling while the checkout helper is open, the
// cached balance refreshed by a sync, and the PDF receipt saved.

#include "clientharness.h"
#include "serverharness.h"

#include "apiclient.h"
#include "cache.h"
#include "checkoutsession.h"
#include "depositgauge.h"
#include "clientcore.h"
#include "mainwindow.h"
#include "rechargedialog.h"
#include "rechargeflow.h"
#include "settings.h"
#include "syncengine.h"
#include "translations.h"

#include <money.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

class TestClientRecharge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogValidatesAsTyped_data();
    void dialogValidatesAsTyped();
    void suggestionsFillTheAmount();
    void paidInAnotherBrowserIsNoticed();
    void cancelledElsewhereLeavesTheDepositAlone();
    void escapeLeavesNoStaleStatus();

private:
    struct Client
    {
        std::unique_ptr<Cache> cache;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<SyncEngine> engine;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<CheckoutSession> checkout;
        std::unique_ptr<ClientCore> core;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<RechargeFlow> flow;
    };
    Client makeClient(const Account &merchant);
    bool syncOnce(SyncEngine &engine);
    QString openRecharge(Client &client, const QString &amount);

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientRecharge::initTestCase()
{
    lmtest::prepareClientTestApplication();
    QString problem;
    QVERIFY2(lmtest::startSandboxServer(m_db, m_server, m_http, &problem), qPrintable(problem));
}

void TestClientRecharge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientRecharge::dialogValidatesAsTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents"); // -1: refused
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::Morocco);
    QTest::newRow("499.99 is refused") << us << u"499.99"_s << qint64(-1);
    QTest::newRow("500 is the minimum") << us << u"500"_s << qint64(50000);
    QTest::newRow("1,500.00 in en_US") << us << u"1,500.00"_s << qint64(150000);
    QTest::newRow("1.500,00 in fr_MA") << fr << u"1.500,00"_s << qint64(150000);
    QTest::newRow("499,99 in fr_MA is refused") << fr << u"499,99"_s << qint64(-1);
    QTest::newRow("2000 dhs in fr_MA") << fr << u"2000 dhs"_s << qint64(200000);
    QTest::newRow("letters are refused") << us << u"lots"_s << qint64(-1);
    QTest::newRow("three decimals are refused") << us << u"600.125"_s << qint64(-1);
    QTest::newRow("negative is refused") << us << u"-600"_s << qint64(-1);
    QTest::newRow("empty is refused") << us << QString() << qint64(-1);
}

void TestClientRecharge::dialogValidatesAsTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    installTranslations(*qApp, locale);
    RechargeDialog dialog({u"sandbox"_s, u"stripe"_s});
    dialog.show();
    auto *amount = dialog.findChild<QLineEdit *>(u"amountEdit"_s);
    auto *ok = dialog.findChild<QPushButton *>(u"confirmButton"_s);
    auto *problem = dialog.findChild<QLabel *>(u"amountProblem"_s);
    QVERIFY(amount && ok && problem);
    QVERIFY(ok->isEnabled()); // 5,000 is suggested
    amount->clear();
    QTest::keyClicks(amount, typed);
    QCOMPARE(ok->isEnabled(), cents > 0);
    QCOMPARE(problem->isVisible(), cents < 0);
    if (cents > 0)
        QCOMPARE(dialog.amountCents().value_or(-1), cents);
    else
        QVERIFY(!dialog.amountCents());
    QCOMPARE(dialog.provider(), u"sandbox"_s);
    // Enter does not accept a refused amount.
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(dialog.result() == QDialog::Accepted, cents > 0);
}

void TestClientRecharge::suggestionsFillTheAmount()
{
    installTranslations(*qApp, QLocale(QLocale::French, QLocale::Morocco));
    RechargeDialog dialog({u"sandbox"_s});
    auto *ten = dialog.findChild<QPushButton *>(u"suggest10000Button"_s);
    QVERIFY(ten);
    QCOMPARE(ten->text(), u"10.000 dhs"_s);
    QTest::mouseClick(ten, Qt::LeftButton);
    QCOMPARE(dialog.amountCents().value_or(-1), qint64(1'000'000));
    QVERIFY(ten->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"amountEdit"_s)->text(), u"10.000,00"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"suggest2000Button"_s), Qt::LeftButton);
    QCOMPARE(dialog.amountCents().value_or(-1), qint64(200'000));
    QVERIFY(!ten->isChecked());
}

TestClientRecharge::Client TestClientRecharge::makeClient(const Account &merchant)
{
    Client c;
    const QString cacheFile = m_dir->filePath(u"cache.sqlite"_s);
    c.cache = std::make_unique<Cache>(cacheFile);
    if (!c.cache->open().ok())
        qFatal("cannot open the cache");
    const auto user = dto::User::fromJson(merchant.user);
    if (!user)
        qFatal("unexpected user");
    c.cache->setUser(*user, m_server->baseUrl().toString());
    c.settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    c.engine = std::make_unique<SyncEngine>(cacheFile);
    c.engine->start();
    c.engine->setRetryPolicy({50, 100}, 200);
    c.engine->setIntervalSeconds(3600);
    c.engine->configure(m_server->baseUrl(), merchant.token, *roleFromString(merchant.role), false);
    c.api = std::make_unique<ApiClient>();
    c.api->setBaseUrl(m_server->baseUrl());
    c.api->setToken(merchant.token);
    c.checkout = std::make_unique<CheckoutSession>(*c.api);
    c.core = std::make_unique<ClientCore>(cacheFile, *c.settings);
    c.window = std::make_unique<MainWindow>(*c.core, *c.settings);
    c.window->setUser(*user);
    c.flow = std::make_unique<RechargeFlow>(*c.checkout, c.window.get());
    // No setProviders: the flow asks the server, which has only the sandbox on.
    c.flow->setReceiptFolder(m_dir->filePath(u"Documents"_s));
    c.flow->setUrlOpener([](const QUrl &) { return true; });
    // As ClientController wires them.
    connect(c.window.get(), &MainWindow::rechargeRequested, c.flow.get(), &RechargeFlow::start);
    connect(c.flow.get(), &RechargeFlow::syncRequested, c.engine.get(), &SyncEngine::syncNow);
    connect(c.engine.get(), &SyncEngine::cacheChanged, c.window.get(), &MainWindow::reloadFromCache);
    return c;
}

bool TestClientRecharge::syncOnce(SyncEngine &engine)
{
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    return finished.wait(30000) && finished.first().at(0).toBool();
}

/// Ctrl+R, type the amount, continue: returns the payment id once the checkout helper runs.
QString TestClientRecharge::openRecharge(Client &client, const QString &amount)
{
    client.window->show();
    if (!QTest::qWaitForWindowExposed(client.window.get()))
        return {};
    client.window->activateWindow();
    if (!QTest::qWaitForWindowActive(client.window.get()))
        return {};
    QTest::keyClick(client.window.get(), Qt::Key_R, Qt::ControlModifier);
    RechargeDialog *dialog = nullptr;
    for (int i = 0; i < 250 && !(dialog = client.window->findChild<RechargeDialog *>(u"rechargeDialog"_s)); ++i)
        QTest::qWait(20);
    if (!dialog)
        return {};
    // Only what the server offers (GET /api/payments/providers): the sandbox.
    const auto *provider = dialog->findChild<QComboBox *>();
    if (!provider || provider->count() != 1 || dialog->provider() != "sandbox"_L1) {
        qWarning("the dialog offers %d provider(s), not the server's one", provider ? provider->count() : -1);
        return {};
    }
    auto *edit = dialog->findChild<QLineEdit *>(u"amountEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, amount);
    QSignalSpy opened(&client.flow->session(), &CheckoutSession::checkoutOpened);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    if (!opened.wait(15000))
        return {};
    return opened.first().at(0).toString();
}

void TestClientRecharge::paidInAnotherBrowserIsNoticed()
{
    installTranslations(*qApp, QLocale(QLocale::French, QLocale::Morocco));
    const Account merchant = m_http.registerUser(u"merchant"_s, u"Riad Atlas"_s);
    LM_VERIFY_ACCOUNT(merchant);
    Client client = makeClient(merchant);
    QVERIFY(syncOnce(*client.engine));
    QCOMPARE(client.cache->deposit().value_or(dto::Deposit{}).currentBalanceCents, 0);
    client.flow->session().setPollIntervalMs(2000);

    const QString paymentId = openRecharge(client, u"5000"_s);
    QVERIFY(!paymentId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(client.flow->session().isHelperRunning(), 5000);
    QCOMPARE(m_http.get(u"/api/payments/"_s + paymentId, merchant.token).json.value(u"status"_s).toString(),
             u"pending"_s);

    // The merchant pays in their own browser: the client only learns it from the server.
    const Response paid = m_http.post(u"/sandbox/checkout/"_s + paymentId + u"/pay"_s, QJsonObject{});
    QVERIFY2(paid.status == 303, qPrintable(paid.describe()));

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = client.window->findChild<QMessageBox *>(u"rechargeResultBox"_s)) != nullptr, 10000);
    QCOMPARE(box->text(), u"Dépôt rechargé de 5.000 dhs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!client.flow->session().isHelperRunning(), 10000); // "close" was written
    QTRY_COMPARE_WITH_TIMEOUT(client.cache->deposit().value_or(dto::Deposit{}).currentBalanceCents, 500000, 15000);
    auto *gauge = client.window->findChild<DepositGauge *>(u"depositGauge"_s);
    QTRY_COMPARE_WITH_TIMEOUT(gauge->percentTenths(), 1000, 5000);
    QVERIFY(gauge->level() == AlertLevel::Healthy);

    // The receipt, once the server has it: saved as a PDF and handed to the desktop.
    QSignalSpy saved(client.flow.get(), &RechargeFlow::receiptSaved);
    QSignalSpy failed(client.flow.get(), &RechargeFlow::receiptFailed);
    auto *receipt = box->findChild<QPushButton *>(u"openReceiptButton"_s);
    QVERIFY(receipt);
    QTest::mouseClick(receipt, Qt::LeftButton);
    for (int i = 0; i < 20 && saved.isEmpty(); ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
        if (saved.isEmpty()) {
            failed.clear();
            QTest::qWait(250);
            client.flow->openReceipt(paymentId);
        }
    }
    QCOMPARE(saved.size(), 1);
    QFile pdf(saved.first().at(0).toString());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
}

void TestClientRecharge::cancelledElsewhereLeavesTheDepositAlone()
{
    const Account merchant = m_http.registerUser(u"merchant"_s, u"Dar Salam"_s);
    LM_VERIFY_ACCOUNT(merchant);
    Client client = makeClient(merchant);
    QVERIFY(syncOnce(*client.engine));
    client.flow->session().setPollIntervalMs(500);

    const QString paymentId = openRecharge(client, u"2000"_s);
    QVERIFY(!paymentId.isEmpty());
    const Response cancelled = m_http.post(u"/sandbox/checkout/"_s + paymentId + u"/cancel"_s, QJsonObject{});
    QVERIFY2(cancelled.status == 303, qPrintable(cancelled.describe()));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = client.window->findChild<QMessageBox *>(u"rechargeResultBox"_s)) != nullptr, 10000);
    QVERIFY2(box->text().contains(u"has not changed"_s), qPrintable(box->text()));
    QVERIFY(!box->findChild<QPushButton *>(u"openReceiptButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!client.flow->session().isHelperRunning(), 10000);
    QVERIFY(syncOnce(*client.engine));
    QCOMPARE(client.cache->deposit().value_or(dto::Deposit{}).currentBalanceCents, 0);
}

void TestClientRecharge::escapeLeavesNoStaleStatus()
{
    // The merchant opens the recharge and changes their mind: nothing says a recharge is on its way.
    const Account merchant = m_http.registerUser(u"merchant"_s, u"Agence Échap"_s);
    QVERIFY2(merchant.ok(), qPrintable(merchant.error));
    Client client = makeClient(merchant);
    QSignalSpy said(client.flow.get(), &RechargeFlow::status);
    connect(client.flow.get(), &RechargeFlow::status, client.window.get(), &MainWindow::showMessage);
    QVERIFY(showActive(*client.window));
    QTest::keyClick(client.window.get(), Qt::Key_R, Qt::ControlModifier);
    RechargeDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = client.window->findChild<RechargeDialog *>(u"rechargeDialog"_s);
        return dialog && dialog->isVisible();
    }));
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.first().at(0).toString(), u"Preparing the recharge…"_s);
    QPointer<RechargeDialog> closing(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!closing || !closing->isVisible());
    QCOMPARE(client.window->statusBar()->currentMessage(), QString());
}

QTEST_MAIN(TestClientRecharge)
#include "tst_client_recharge.moc"
