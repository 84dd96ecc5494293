// GUI tests (offscreen): the login dialog against the real server, the shell of each role, the
// expired-token path, translations and right-to-left Arabic.

#include "serverharness.h"

#include "aboutdialog.h"
#include "cache.h"
#include "clientcontroller.h"
#include "csvexport.h"
#include "depositgauge.h"
#include "logindialog.h"
#include "actions.h"
#include "clientcore.h"
#include "mainwindow.h"
#include "profile.h"
#include "session.h"
#include "settings.h"
#include "tablemodelbase.h"
#include "tokenstore.h"
#include "translations.h"

#include <money.h>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

class TestClientGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loginDialogRefusesInsecureUrl();
    void loginDialogShowsServerRefusalThenSignsIn();
    void shellForEachRole_data();
    void shellForEachRole();
    void merchantDecisionIsQueued();
    void exportsLeadsAndTransactionsToCsv();
    void geometryIsRemembered();
    void expiredTokenBringsLoginBackKeepingTheWindow();
    void arabicIsRightToLeft();

private:
    dto::User seedCache(Cache &cache, const QString &role);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"leadmarket-tests"_s);
    // The keychain is not under test here (tst_client_keychain is): no bus, so nothing is stored.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestClientGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientGui::cleanup()
{
    m_dir.reset();
}

dto::User TestClientGui::seedCache(Cache &cache, const QString &role)
{
    dto::User user;
    user.id = u"u1"_s;
    user.email = role + u"@demo.ma"_s;
    user.role = roleFromString(role).value_or(Role::Merchant);
    user.displayName = u"Agence Atlas"_s;
    cache.setUser(user, u"http://127.0.0.1:1"_s);
    dto::Campaign campaign;
    campaign.id = u"c1"_s;
    campaign.name = u"Marketing digital"_s;
    campaign.merchantId = u"u1"_s;
    cache.upsertCampaigns({campaign});
    QList<dto::Lead> leads;
    for (int i = 0; i < 3; ++i) {
        dto::Lead lead;
        lead.id = u"l"_s + QString::number(i);
        lead.campaignId = campaign.id;
        lead.campaignName = campaign.name;
        lead.merchantId = u"u1"_s;
        lead.clientName = u"Client "_s + QString::number(i);
        lead.estimatedValueCents = 150000;
        lead.commissionCents = 8000;
        lead.status = i == 2 ? LeadStatus::Validated : LeadStatus::Pending;
        lead.createdAt = lead.updatedAt = 1000 + i;
        lead.expiresAt = lead.createdAt + 72 * 3600 * 1000LL;
        leads << lead;
    }
    cache.upsertLeads(leads);
    dto::Deposit deposit;
    deposit.merchantId = u"u1"_s;
    deposit.currentBalanceCents = 492000;
    deposit.reservedCents = 16000;
    deposit.referenceCents = 500000;
    cache.setDeposit(deposit);
    return user;
}

void TestClientGui::loginDialogRefusesInsecureUrl()
{
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    TokenStore tokens(u"LeadMarketTest"_s);
    Session session(settings, tokens);
    LoginDialog dialog(session);
    dialog.show();
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    auto *email = dialog.findChild<QLineEdit *>(u"emailEdit"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
    QVERIFY(server && email && password && button);
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(server, u"http://leadmarket.example.com"_s);
    QTest::keyClicks(email, u"merchant@demo.ma"_s);
    QTest::keyClicks(password, u"whatever-password"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog.errorText().contains(u"not secure"_s));
    QVERIFY(dialog.isVisible());
}

void TestClientGui::loginDialogShowsServerRefusalThenSignsIn()
{
    lmtest::TestDatabase db;
    QVERIFY2(db.create(), qPrintable(db.errorString()));
    lmtest::ServerProcess serverProcess(db.url());
    QVERIFY2(serverProcess.start(), qPrintable(serverProcess.errorString()));
    lmtest::Http http(serverProcess.baseUrl());
    const auto merchant = http.registerUser(u"merchant"_s, u"Agence Atlas"_s);
    LM_VERIFY_ACCOUNT(merchant);

    Settings settings(m_dir->filePath(u"settings.ini"_s));
    TokenStore tokens(u"LeadMarketTest"_s);
    Session session(settings, tokens);
    LoginDialog dialog(session);
    dialog.show();
    auto *server = dialog.findChild<QLineEdit *>(u"serverEdit"_s);
    auto *email = dialog.findChild<QLineEdit *>(u"emailEdit"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *remember = dialog.findChild<QCheckBox *>(u"rememberCheck"_s);
    auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
    QTest::keyClicks(server, serverProcess.baseUrl().toString());
    QTest::keyClicks(email, merchant.email);
    QTest::keyClicks(password, u"wrong-password-1"_s);
    remember->setChecked(false);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
    QCOMPARE(dialog.errorText(), u"The email address or the password is incorrect."_s);
    QVERIFY(dialog.isVisible());
    QVERIFY(!session.isSignedIn());

    password->clear();
    QTest::keyClicks(password, lmtest::defaultPassword());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(toString(session.user()->role), u"merchant"_s);
    QCOMPARE(settings.lastEmail(), merchant.email);
    QVERIFY(!settings.rememberMe());
    QVERIFY(password->text().isEmpty());
}

void TestClientGui::shellForEachRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<int>("tabs");
    QTest::addColumn<bool>("hasDeposit");
    QTest::newRow("merchant: overview with deposit, leads, ledger") << u"merchant"_s << u"merchantWorkspace"_s << 6 << true;
    QTest::newRow("influencer: home, own leads, payouts and campaigns") << u"influencer"_s << u"influencerWorkspace"_s << 6
                                                                        << false;
    QTest::newRow("admin: the console's pages (disputes too), notifications, leads and campaigns")
        << u"admin"_s << u"adminWorkspace"_s << 12 << false;
}

void TestClientGui::shellForEachRole()
{
    QFETCH(QString, role);
    QFETCH(QString, workspace);
    QFETCH(int, tabs);
    QFETCH(bool, hasDeposit);
    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    const dto::User user = seedCache(cache, role);
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    ClientCore core(cache.filePath(), settings);
    MainWindow window(core, settings);
    QSignalSpy leadsLoaded(&window, &MainWindow::leadsLoaded);
    window.setUser(user);
    QVERIFY(leadsLoaded.wait(10000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *tabWidget = window.findChild<QTabWidget *>(workspace);
    QVERIFY(tabWidget);
    QCOMPARE(tabWidget->count(), tabs);
    QCOMPARE(window.findChild<QWidget *>(u"depositCard"_s) != nullptr, hasDeposit);
    auto *leads = window.findChild<QTableView *>(u"leadsView"_s);
    QVERIFY(leads);
    QCOMPARE(leads->model()->rowCount(), 3);
    QVERIFY(window.findChild<QLabel *>(u"userLabel"_s)->text().contains(u"Agence Atlas"_s));
    QVERIFY(window.findChild<QAction *>(u"syncAction"_s)->shortcut() == QKeySequence(QKeySequence::Refresh));

    window.setConnection(Connection::Offline);
    QCOMPARE(window.findChild<QLabel *>(u"connectionLabel"_s)->text(), u"Offline"_s);
    window.setSyncing(true);
    QCOMPARE(window.findChild<QLabel *>(u"connectionLabel"_s)->text(), u"Synchronising…"_s);
    window.setSyncing(false);
    window.setConnection(Connection::Online);
    QCOMPARE(window.findChild<QLabel *>(u"connectionLabel"_s)->text(), u"Online"_s);
    window.setOutboxCounts(2, 1);
    QCOMPARE(window.findChild<QLabel *>(u"queuedLabel"_s)->text(), u"2 actions waiting · 1 refused"_s);

    if (hasDeposit) {
        auto *pending = window.findChild<QTableView *>(u"pendingLeadsView"_s);
        QVERIFY(pending);
        QCOMPARE(pending->model()->rowCount(), 2);
        const QLocale locale;
        QCOMPARE(window.findChild<QLabel *>(u"balanceLabel"_s)->text(), Money(492000).format(locale));
        QCOMPARE(window.findChild<QLabel *>(u"availableLabel"_s)->text(), Money(476000).format(locale));
        auto *gauge = window.findChild<DepositGauge *>(u"depositGauge"_s);
        QVERIFY(gauge);
        QVERIFY(gauge->level() == AlertLevel::Healthy);
        QCOMPARE(gauge->levelLabel(), u"Healthy balance"_s);
        QVERIFY(window.findChild<DepositBar *>(u"depositBar"_s));
        QCOMPARE(tabWidget->tabText(0), u"Overview (2)"_s);
    }

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(tabWidget->currentIndex(), 1);

    window.showAbout();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = window.findChild<AboutDialog *>()) != nullptr);
    QCOMPARE(about->findChild<QLabel *>(u"versionLabel"_s)->text(), u"Version "_s + QStringLiteral(LEADMARKET_VERSION));
    about->close();
}

void TestClientGui::merchantDecisionIsQueued()
{
    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    const dto::User user = seedCache(cache, u"merchant"_s);
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    ClientCore core(cache.filePath(), settings);
    MainWindow window(core, settings);
    QSignalSpy leadsLoaded(&window, &MainWindow::leadsLoaded);
    window.setUser(user);
    QVERIFY(leadsLoaded.wait(10000));
    window.show();
    QSignalSpy queued(&core.actions(), &Actions::queued);

    auto *pending = window.findChild<QTableView *>(u"pendingLeadsView"_s);
    pending->selectRow(0);
    const QString id = pending->model()->index(0, 0).data(TableModelBase::IdRole).toString();
    QTest::mouseClick(window.findChild<QPushButton *>(u"rejectButton"_s), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"rejectLeadDialog"_s)) != nullptr);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled()); // a reason is required
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reasonEdit"_s), u"Hors zone"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QCOMPARE(queued.count(), 1);
    QCOMPARE(toString(cache.lead(id)->status), toString(LeadStatus::Rejected));
    QCOMPARE(cache.outbox().count(OutboxEntry::Status::Queued), 1);
    QCOMPARE(pending->model()->rowCount(), 1);
    QCOMPARE(window.findChild<QLabel *>(u"reservedLabel"_s)->text(), Money(8000).format(QLocale()));
    // The counts come back from the store's read of the outbox.
    QTRY_COMPARE(window.findChild<QLabel *>(u"queuedLabel"_s)->text(), u"1 action waiting"_s);
    QCOMPARE(core.actions().reject({id}, u"again"_s).refused, 1); // no longer pending
}

void TestClientGui::exportsLeadsAndTransactionsToCsv()
{
    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    const dto::User user = seedCache(cache, u"merchant"_s);
    dto::Transaction recharge;
    recharge.id = u"t1"_s;
    recharge.kind = TransactionKind::Recharge;
    recharge.amountCents = 500000;
    recharge.balanceDeltaCents = 500000;
    recharge.balanceAfterCents = 500000;
    recharge.createdAt = 1'793'000'000'000;
    cache.upsertTransactions({recharge});
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    ClientCore core(cache.filePath(), settings);
    MainWindow window(core, settings);
    QSignalSpy leadsLoaded(&window, &MainWindow::leadsLoaded);
    window.setUser(user);
    QVERIFY(leadsLoaded.wait(10000));
    QStringList suggested;
    QString target;
    window.setSaveFileChooser([&](const QString &, const QString &name) {
        suggested << name;
        return target;
    });

    // The leads as the table shows them, filtered by the search field.
    target = m_dir->filePath(u"leads.csv"_s);
    window.findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"Client 1"_s);
    auto *exportLeads = window.findChild<QAction *>(u"exportLeadsAction"_s);
    QVERIFY(exportLeads && exportLeads->isEnabled());
    exportLeads->trigger();
    QVERIFY(suggested.constLast().startsWith(u"leads-"_s));
    QFile leads(target);
    QVERIFY(leads.open(QIODevice::ReadOnly));
    const auto leadRows = csv::parse(leads.readAll());
    QVERIFY(leadRows.has_value());
    QCOMPARE(leadRows->size(), 2);
    QCOMPARE(leadRows->at(1).at(1), u"Client 1"_s);

    target = m_dir->filePath(u"transactions.csv"_s);
    auto *exportTransactions = window.findChild<QAction *>(u"exportTransactionsAction"_s);
    QVERIFY(exportTransactions && exportTransactions->isVisible());
    exportTransactions->trigger();
    QFile transactions(target);
    QVERIFY(transactions.open(QIODevice::ReadOnly));
    const auto transactionRows = csv::parse(transactions.readAll());
    QVERIFY(transactionRows.has_value());
    QCOMPARE(transactionRows->size(), 2);
    QCOMPARE(transactionRows->at(1).at(2), u"5000.00"_s);

    // Cancelling the file dialog writes nothing.
    target.clear();
    QFile::remove(m_dir->filePath(u"transactions.csv"_s));
    exportTransactions->trigger();
    QVERIFY(!QFile::exists(m_dir->filePath(u"transactions.csv"_s)));
}

void TestClientGui::geometryIsRemembered()
{
    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    const QString settingsFile = m_dir->filePath(u"settings.ini"_s);
    {
        Settings settings(settingsFile);
        ClientCore core(cache.filePath(), settings);
    MainWindow window(core, settings);
        window.show();
        window.resize(712, 513); // within the offscreen screen (800×600): a size that fits comes back as it was
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    Settings settings(settingsFile);
    QVERIFY(!settings.value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    ClientCore againCore(cache.filePath(), settings);
    MainWindow again(againCore, settings);
    QCOMPARE(again.size(), QSize(712, 513));
}

void TestClientGui::expiredTokenBringsLoginBackKeepingTheWindow()
{
    lmtest::TestDatabase db;
    QVERIFY2(db.create(), qPrintable(db.errorString()));
    lmtest::ServerProcess serverProcess(db.url());
    QVERIFY2(serverProcess.start(), qPrintable(serverProcess.errorString()));
    lmtest::Http http(serverProcess.baseUrl());
    const auto merchant = http.registerUser(u"merchant"_s, u"Agence Atlas"_s);
    LM_VERIFY_ACCOUNT(merchant);

    const Profile profile(u"expiry"_s, m_dir->path());
    QVERIFY(profile.ensureDirectories().ok());
    Settings settings(profile.settingsFile());
    ClientController controller(profile, settings);
    controller.start(serverProcess.baseUrl(), merchant.email, lmtest::defaultPassword());
    QTRY_VERIFY_WITH_TIMEOUT(controller.core().session().isSignedIn(), 20000);
    MainWindow *window = controller.mainWindow();
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->findChild<QTabWidget *>(u"merchantWorkspace"_s));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(u"connectionLabel"_s)->text() == u"Online"_s, 20000);
    // Cache and log files are the user's alone.
    QCOMPARE(QFile::permissions(profile.cacheFile()) & 0x0077, QFileDevice::Permissions());

    // The token dies on the server (revoked elsewhere): the next sync gets 401.
    LM_VERIFY_STATUS(http.post(u"/api/auth/logout"_s, QJsonObject{}, controller.core().session().token()), 204);
    window->findChild<QAction *>(u"syncAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog() && controller.loginDialog()->isVisible(), 20000);
    QVERIFY(window->isVisible());
    QVERIFY(window->findChild<QTabWidget *>(u"merchantWorkspace"_s)); // what the user was doing stays
    QCOMPARE(controller.loginDialog()->findChild<QLabel *>(u"messageLabel"_s)->text(),
             u"Your session has expired. Please sign in again."_s);
    QCOMPARE(controller.loginDialog()->findChild<QLineEdit *>(u"emailEdit"_s)->text(), merchant.email);

    QTest::keyClicks(controller.loginDialog()->findChild<QLineEdit *>(u"passwordEdit"_s), lmtest::defaultPassword());
    controller.loginDialog()->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(false);
    QTest::mouseClick(controller.loginDialog()->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.core().session().isSignedIn(), 20000);
    QTRY_VERIFY(!controller.loginDialog() || !controller.loginDialog()->isVisible());
}

void TestClientGui::arabicIsRightToLeft()
{
    installTranslations(*qApp, QLocale(QLocale::Arabic, QLocale::Morocco));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(Money(150000).format(QLocale()), Money(150000).format(QLocale(QLocale::Arabic, QLocale::Morocco)));
    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    ClientCore core(cache.filePath(), settings);
    MainWindow window(core, settings);
    QCOMPARE(window.findChild<QAction *>(u"syncAction"_s)->text(), u"مزامنة الآن (&S)"_s);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);

    installTranslations(*qApp, QLocale(QLocale::French, QLocale::Morocco));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    ClientCore frenchCore(cache.filePath(), settings);
    MainWindow french(frenchCore, settings);
    QCOMPARE(french.findChild<QAction *>(u"syncAction"_s)->text(), u"&Synchroniser maintenant"_s);
}

QTEST_MAIN(TestClientGui)
#include "tst_client_gui.moc"
