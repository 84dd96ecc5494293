// The admin console against the real server (offscreen, English en_US): the alerts board shows
// a merchant at each of the five levels in the brief's colours with the counts per level; blocking
// a merchant from the board (through its dialog) makes an influencer's next lead refused with 423
// and unblocking lifts it; the reports page's figures are the server's, and its CSV and PDF
// exports write them; the ledger check shows OK; a user disabled from the Users page cannot sign
// in, enabled again can; a payout marked paid from the Payouts page is paid on the server with its
// reference, and one decided meanwhile by someone else is said plainly. With LM_SCREENSHOT_DIR set,
// also saves the board and the reports page at 1280×800 in English and in Arabic (right to left).

#include "clientharness.h"
#include "moneyharness.h"
#include "serverfixture.h"
#include "serverharness.h"

#include "admindialogs.h"
#include "adminlistpage.h"
#include "adminpages.h"
#include "adminworkspace.h"
#include "apiclient.h"
#include "alertsboard.h"
#include "alertsmodel.h"
#include "clientcore.h"
#include "csvexport.h"
#include "jsontablemodel.h"
#include "levellook.h"
#include "mainwindow.h"
#include "notificationsmodel.h"
#include "payoutsmodel.h"
#include "reportspage.h"
#include "session.h"
#include "transactionsmodel.h"
#include "translations.h"

#include <dto.h>
#include <money.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr qint64 Reference = 50'000; // 500 MAD, the smallest recharge: the 100 % mark of the level deposits
constexpr qint64 MinPayoutCents = 5'000;
constexpr int ServerTimeoutMs = 20'000;

QString money(qint64 cents)
{
    return Money(cents).format(QLocale());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The brief's five colours, as the board must show them.
QColor briefColour(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case AlertLevel::Attention: return QColor(0xf2, 0xc2, 0x00);
    case AlertLevel::Warning: return QColor(0xef, 0x6c, 0x00);
    case AlertLevel::Critical: return QColor(0xc6, 0x28, 0x28);
    case AlertLevel::Depleted: return QColor(0x1a, 0x1a, 0x1a);
    }
    return {};
}

bool near(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

bool waitLoaded(AdminListPage &page)
{
    return QTest::qWaitFor([&page] { return page.hasLoaded() && !page.isBusy(); }, ServerTimeoutMs);
}

/// The view row showing source row `sourceRow` of `page`, -1 when hidden.
int viewRow(AdminListPage &page, int sourceRow)
{
    const QModelIndex index = page.proxy()->mapFromSource(page.proxy()->sourceModel()->index(sourceRow, 0));
    return index.isValid() ? index.row() : -1;
}

/// Clicks the row of `sourceRow` in the page's table, as a person selects it.
bool clickRow(AdminListPage &page, int sourceRow)
{
    const int row = viewRow(page, sourceRow);
    if (row < 0)
        return false;
    QTableView *view = page.view();
    view->scrollTo(view->model()->index(row, 0));
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    return page.currentSourceRow() == sourceRow;
}

template <typename T>
T *waitForChild(QWidget *root, const QString &name)
{
    T *found = nullptr;
    // As long as the server's answers may take under load (a dialog that loads opens after them).
    if (!QTest::qWaitFor([&] { return (found = root->findChild<T *>(name)) != nullptr && found->isVisible(); },
                         ServerTimeoutMs))
        return nullptr;
    return found;
}

} // namespace

class TestClientAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void notificationsAreColouredByLevel();
    void boardShowsEachLevelInItsColour();
    void blockingFromTheBoardRefusesLeads();
    void reportsAreTheServersFigures();
    void ledgerCheckShowsOk();
    void disabledUserCannotSignIn();
    void payoutMarkedPaidFromThePayoutsPage();
    void disputeOverturnedFromTheDisputesPage();
    void offlinePagesSayTheyNeedAConnection();
    void screenshots();

private:
    struct Admin : ClientWindow
    {
        AdminWorkspace *workspace = nullptr;
    };
    /// The admin's window after a first sync, shown at 1280×800 and active.
    Admin openConsole(const QString &folder);
    /// A merchant whose deposit of 500 MAD (the reference) has `spent` centimes spent by validated leads.
    MerchantSetup merchantWithSpent(const QString &name, qint64 spent);
    /// A lead of the influencer on `campaignId` (POST /api/leads/create over HTTP).
    Response createLead(const QString &campaignId, qint64 valueCents, const Account &influencer);
    void runDepositCheck();

    ServerFixture m_fixture;
    QTemporaryDir m_keyDir;
    Account m_influencer;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientAdmin::initTestCase()
{
    prepareClientTestApplication();
    QVERIFY(m_keyDir.isValid());
    // The data key (32 random bytes) lets the server take bank details, hence payouts.
    const QString keyFile = QDir(m_keyDir.path()).filePath(u"data.key"_s);
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    QByteArray bytes(32, '\0');
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    key.write(bytes);
    key.close();
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_DATA_KEY_FILE"_s, keyFile);
    env.insert(u"LEADMARKET_MIN_PAYOUT_CENTS"_s, QString::number(MinPayoutCents));
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s}, env);
    m_influencer = m_fixture.http().registerUser(u"influencer"_s, u"Yasmine Influence"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
}

void TestClientAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientAdmin::cleanup()
{
    m_dir.reset();
}

TestClientAdmin::Admin TestClientAdmin::openConsole(const QString &folder)
{
    Admin a;
    static_cast<ClientWindow &>(a) = makeClientWindow(folder, m_fixture.server().baseUrl(), m_fixture.admin());
    if (!a.window) {
        qWarning("%s", qPrintable(a.error));
        return a;
    }
    a.window->resize(1280, 800);
    if (!showActive(*a.window)) {
        qWarning("the window was not shown");
        a.window.reset();
        return a;
    }
    a.workspace = a.window->findChild<AdminWorkspace *>();
    if (!a.workspace || !waitLoaded(a.workspace->alertsBoard()->page())) {
        qWarning("no admin workspace, or its board did not load");
        a.window.reset();
    }
    return a;
}

Response TestClientAdmin::createLead(const QString &campaignId, qint64 valueCents, const Account &influencer)
{
    return m_fixture.http().post(u"/api/leads/create"_s, leadBody(campaignId, valueCents), influencer.token);
}

MerchantSetup TestClientAdmin::merchantWithSpent(const QString &name, qint64 spent)
{
    MerchantSetup shop = setUpMerchant(m_fixture.http(), Reference, fullCommissionCampaign(), name);
    if (!shop.ok() || spent == 0)
        return shop;
    // One lead whose commission is the amount, validated: the balance drops by exactly `spent`.
    const Response lead = createLead(shop.campaignId, spent, m_influencer);
    if (lead.status != 201) {
        shop.error = u"lead: "_s + lead.describe();
        return shop;
    }
    const Response validated =
        m_fixture.http().put(u"/api/leads/%1/validate"_s.arg(lead.json.value("id"_L1).toString()),
                             QJsonObject{{u"quality_score"_s, 7}}, shop.merchant.token);
    if (validated.status != 200)
        shop.error = u"validate: "_s + validated.describe();
    return shop;
}

void TestClientAdmin::runDepositCheck()
{
    const Response run =
        m_fixture.http().post(u"/api/admin/jobs/deposit-check/run"_s, QJsonObject{}, m_fixture.admin().token);
    QVERIFY2(run.status == 200, qPrintable(run.describe()));
}

void TestClientAdmin::modelsPassTheTester()
{
    AlertsModel alerts;
    QAbstractItemModelTester alertsTester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject row{{u"merchant_id"_s, u"m1"_s},
                          {u"merchant_name"_s, u"Riad Atlas"_s},
                          {u"current_balance_cents"_s, 4000},
                          {u"reserved_cents"_s, 1000},
                          {u"available_cents"_s, 3000},
                          {u"reference_cents"_s, 50000},
                          {u"percent"_s, 8.0},
                          {u"level"_s, u"critical"_s},
                          {u"status"_s, u"active"_s},
                          {u"blocked_reason"_s, QJsonValue()},
                          {u"pending_leads"_s, 2},
                          {u"rejection_rate_30d"_s, 0.25},
                          {u"last_alert_at"_s, u"2026-12-01T10:00:00.000Z"_s}};
    QVERIFY(alerts.setJson(QJsonArray{row}));
    QCOMPARE(alerts.rowCount(), 1);
    QCOMPARE(alerts.index(0, AlertsModel::Percent).data().toString(), u"8.0%"_s);
    QCOMPARE(alerts.index(0, AlertsModel::RejectionRate).data().toString(), u"25.0%"_s);
    QCOMPARE(alerts.index(0, AlertsModel::Available).data().toString(), money(3000));
    QCOMPARE(alerts.count(AlertLevel::Critical), 1);
    QJsonObject broken = row;
    broken.remove(u"current_balance_cents"_s);
    QVERIFY(!alerts.setJson(QJsonArray{broken})); // refused whole, the rows stay
    QCOMPARE(alerts.rowCount(), 1);
    QVERIFY(alerts.setJson({}));

    JsonTableModel table({JsonColumn::text([] { return u"Name"_s; }, u"name"_s),
                          JsonColumn::money([] { return u"Amount"_s; }, u"amount_cents"_s),
                          JsonColumn::time([] { return u"When"_s; }, u"at"_s)},
                         u"id"_s);
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setRows(QJsonArray{QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"Éléonore"_s}, {u"amount_cents"_s, 150000}},
                             QJsonObject{{u"id"_s, u"b"_s}, {u"name"_s, u"Karim"_s}, {u"at"_s, QJsonValue()}}});
    QCOMPARE(table.text(0, 1), money(150000));
    QCOMPARE(table.text(1, 2), u"—"_s);
    SearchFilterProxy proxy;
    proxy.setSourceModel(&table);
    proxy.setSearchText(u"eleonore"_s); // accents folded
    QCOMPARE(proxy.rowCount(), 1);
    table.setRows(QJsonArray{QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"Eleonore B"_s}, {u"amount_cents"_s, 1}}});
    QCOMPARE(table.rowCount(), 1);
}

void TestClientAdmin::notificationsAreColouredByLevel()
{
    NotificationsModel model;
    QList<dto::Notification> notifications;
    for (const AlertLevel level : LevelLook::levels()) {
        dto::Notification n;
        n.id = toString(level);
        n.kind = u"deposit_alert"_s;
        n.level = toString(level);
        n.title = u"Agence X"_s;
        notifications << n;
    }
    dto::Notification info;
    info.id = u"info"_s;
    info.level = u"info"_s;
    notifications << info;
    model.setNotifications(notifications);
    const QPalette palette = QGuiApplication::palette();
    for (int row = 0; row < 5; ++row) {
        const auto level = AlertLevel(row);
        const QModelIndex cell = model.index(row, NotificationsModel::Level);
        QCOMPARE(cell.data().toString(), LevelLook::name(level));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), LevelLook::textColour(level, palette));
        const QImage dot = cell.data(Qt::DecorationRole).value<QIcon>().pixmap(12, 12).toImage();
        QVERIFY2(near(dot.pixelColor(6, 6), briefColour(level)), qPrintable(toString(level)));
    }
    QVERIFY(!model.index(5, NotificationsModel::Level).data(Qt::ForegroundRole).isValid());
    // Readable on both: a light base gets dark shades, a dark base light ones.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    QVERIFY(LevelLook::textColour(AlertLevel::Attention, dark).lightness() > 128);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QVERIFY(LevelLook::textColour(AlertLevel::Attention, light).lightness() < 128);
}

void TestClientAdmin::boardShowsEachLevelInItsColour()
{
    const QString tag = uniqueSuffix();
    const QList<std::pair<AlertLevel, qint64>> levels{{AlertLevel::Healthy, 10'000},
                                                       {AlertLevel::Attention, 25'000},
                                                       {AlertLevel::Warning, 40'000},
                                                       {AlertLevel::Critical, 45'000},
                                                       {AlertLevel::Depleted, 50'000}};
    QMap<AlertLevel, MerchantSetup> shops;
    for (const auto &[level, spent] : levels) {
        const MerchantSetup shop = merchantWithSpent(u"Niveau %1 %2"_s.arg(toString(level), tag), spent);
        LM_VERIFY_OK(shop);
        shops.insert(level, shop);
    }
    runDepositCheck();

    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    AlertsBoard *board = admin.workspace->alertsBoard();
    QCOMPARE(admin.workspace->currentWidget(), board); // the admin's home
    AlertsModel &model = board->model();
    AdminListPage &page = board->page();
    QTableView *view = page.view();
    const auto serverRows = m_fixture.http().listAll(u"/api/admin/alerts"_s, m_fixture.admin().token);
    QVERIFY(serverRows);
    QCOMPARE(model.rowCount(), int(serverRows->size()));

    const QImage shot = view->grab().toImage();
    for (const auto &[level, spent] : levels) {
        const MerchantSetup &shop = shops.value(level);
        const int row = model.rowOf(shop.merchant.id);
        QVERIFY2(row >= 0, qPrintable(shop.merchant.displayName));
        const AlertRow &r = model.alertAt(row);
        QCOMPARE(int(r.level), int(level));
        QCOMPARE(r.balanceCents, Reference - spent);
        const QModelIndex levelCell = model.index(row, AlertsModel::Level);
        QCOMPARE(levelCell.data().toString(), LevelLook::name(level));
        QCOMPARE(levelCell.data(Qt::BackgroundRole).value<QColor>(), briefColour(level));
        // Black text on yellow and orange, white on the others: readable in any palette.
        const QColor text = levelCell.data(Qt::ForegroundRole).value<QColor>();
        QCOMPARE(text, (level == AlertLevel::Attention || level == AlertLevel::Warning) ? QColor(Qt::black)
                                                                                         : QColor(Qt::white));
        QCOMPARE(model.index(row, AlertsModel::Balance).data().toString(), money(Reference - spent));
        QCOMPARE(model.index(row, AlertsModel::Percent).data().toString(),
                 AlertsModel::percentText(lm::percentTenths(Reference - spent, Reference), QLocale()));
        // The badge as painted: the level's colour beside its name.
        const int shown = viewRow(page, row);
        QVERIFY(shown >= 0);
        const QRect cell = view->visualRect(view->model()->index(shown, AlertsModel::Level));
        QVERIFY(!cell.isEmpty());
        QFont bold = view->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QPoint inBadge(cell.center().x() - metrics.horizontalAdvance(LevelLook::name(level)) / 2
                                 - metrics.height() / 2,
                             cell.center().y());
        const QPoint inView = view->viewport()->mapTo(view, inBadge);
        QVERIFY2(near(shot.pixelColor(inView), briefColour(level)),
                 qPrintable(u"%1: %2"_s.arg(toString(level), shot.pixelColor(inView).name())));
        // Depleted and checked: blocked for depletion, said in words.
        if (level == AlertLevel::Depleted)
            QCOMPARE(model.index(row, AlertsModel::Status).data().toString(), u"Blocked: deposit depleted"_s);
        else
            QCOMPARE(model.index(row, AlertsModel::Status).data().toString(), u"Active"_s);
        // Alerted levels carry the time of their alert.
        QCOMPARE(r.lastAlertAt.has_value(), level != AlertLevel::Healthy);
    }

    // Counts per level at the top: the server's, on the buttons.
    QMap<QString, int> serverCounts;
    for (const QJsonValue &value : *serverRows)
        ++serverCounts[value.toObject().value("level"_L1).toString()];
    for (const AlertLevel level : LevelLook::levels()) {
        QCOMPARE(model.count(level), serverCounts.value(toString(level)));
        QCOMPARE(board->shownCount(level), serverCounts.value(toString(level)));
        QVERIFY(board->shownCount(level) >= 1);
        auto *button = board->findChild<QToolButton *>(u"levelButton_"_s + toString(level));
        QVERIFY(button);
        QVERIFY2(button->text().endsWith(QString::number(serverCounts.value(toString(level)))),
                 qPrintable(button->text()));
    }

    // A count filters: only the critical deposits, then every one again.
    auto *critical = board->findChild<QToolButton *>(u"levelButton_critical"_s);
    QTest::mouseClick(critical, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), serverCounts.value(u"critical"_s));
    for (int i = 0; i < view->model()->rowCount(); ++i)
        QCOMPARE(view->model()->index(i, AlertsModel::Level).data().toString(), u"Critical"_s);
    QTest::mouseClick(board->findChild<QToolButton *>(u"levelButtonAll"_s), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), model.rowCount());

    // Sorted worst first by default; the search by name finds one merchant.
    QCOMPARE(view->model()->index(0, AlertsModel::Level).data().toString(), u"Depleted"_s);
    QTest::keyClicks(page.searchEdit(), u"niveau warning "_s + tag);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AlertsModel::Merchant).data().toString(),
             shops.value(AlertLevel::Warning).merchant.displayName);
    page.searchEdit()->clear();

    // The merchant's transactions from its row: the recharge and the lead that spent it.
    // The board reloads on its timer, and a reload between the two clicks clears the selection
    // (the button then ignores the click): select until the button is on.
    auto *transactionsButton = board->findChild<QPushButton *>(u"transactionsButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(clickRow(page, model.rowOf(shops.value(AlertLevel::Warning).merchant.id))
                                 && transactionsButton->isEnabled(),
                             ServerTimeoutMs);
    QTest::mouseClick(transactionsButton, Qt::LeftButton);
    auto *ledger = waitForChild<MerchantTransactionsDialog>(admin.window.get(), u"merchantTransactionsDialog"_s);
    QVERIFY(ledger);
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->isLoading(), ServerTimeoutMs);
    const QJsonArray transactions = transactionsOf(m_fixture.http(), shops.value(AlertLevel::Warning).merchant);
    QCOMPARE(ledger->model().rowCount(), int(transactions.size()));
    QVERIFY(ledger->model().rowCount() >= 3); // recharge, reserve, deduction
    ledger->close();
}

void TestClientAdmin::blockingFromTheBoardRefusesLeads()
{
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 500'000, fullCommissionCampaign(),
                                             u"Riad Bloque "_s + uniqueSuffix());
    LM_VERIFY_OK(shop);
    QCOMPARE(createLead(shop.campaignId, 1'000, m_influencer).status, 201);

    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    AlertsBoard *board = admin.workspace->alertsBoard();
    AdminListPage &page = board->page();
    const int row = board->model().rowOf(shop.merchant.id);
    QVERIFY(row >= 0);
    QVERIFY(clickRow(page, row));
    auto *block = board->findChild<QPushButton *>(u"blockButton"_s);
    auto *unblock = board->findChild<QPushButton *>(u"unblockButton"_s);
    QVERIFY(block->isEnabled());
    QVERIFY(!unblock->isEnabled());

    // Block, with a reason (required).
    QTest::mouseClick(block, Qt::LeftButton);
    auto *dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"blockMerchantDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"textEdit"_s), u"Plaintes de clients"_s);
    QVERIFY(confirm->isEnabled());
    QPointer<AdminActionDialog> closing(dialog);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(board->model().alertAt(board->model().rowOf(shop.merchant.id)).isBlocked(),
                             ServerTimeoutMs);
    const int blockedRow = board->model().rowOf(shop.merchant.id);
    QCOMPARE(board->model().index(blockedRow, AlertsModel::Status).data().toString(),
             u"Blocked by an administrator: Plaintes de clients"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.messageText().contains(shop.merchant.displayName), ServerTimeoutMs);

    // The influencer's next lead is refused: 423 deposit_blocked.
    const Response refused = createLead(shop.campaignId, 1'000, m_influencer);
    QVERIFY2(errorProblem(refused, 423, u"deposit_blocked"_s).isEmpty(), qPrintable(refused.describe()));

    // Unblock (the reason is optional): leads are taken again.
    QTRY_VERIFY(unblock->isEnabled());
    QTest::mouseClick(unblock, Qt::LeftButton);
    dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"unblockMerchantDialog"_s);
    QVERIFY(dialog);
    confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(confirm->isEnabled());
    closing = dialog;
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!board->model().alertAt(board->model().rowOf(shop.merchant.id)).isBlocked(),
                             ServerTimeoutMs);
    QCOMPARE(createLead(shop.campaignId, 1'000, m_influencer).status, 201);

    // Both are in the audit log, with the reason, newest first.
    auto *audit = admin.window->findChild<AdminListPage *>(u"auditPage"_s);
    QVERIFY(audit);
    admin.workspace->setCurrentWidget(audit);
    QVERIFY(waitLoaded(*audit));
    QTest::keyClicks(audit->searchEdit(), shop.merchant.displayName);
    QTRY_COMPARE(audit->view()->model()->rowCount(), 2);
    QCOMPARE(audit->view()->model()->index(0, 2).data().toString(), u"Unblocked a merchant's deposit"_s);
    QCOMPARE(audit->view()->model()->index(1, 2).data().toString(), u"Blocked a merchant's deposit"_s);
    QVERIFY(audit->view()->model()->index(1, 4).data().toString().contains(u"Plaintes de clients"_s));
    LM_VERIFY_LEDGER(m_fixture.http(), m_fixture.admin().token);
}

void TestClientAdmin::reportsAreTheServersFigures()
{
    // Today's activity: a validated and a rejected lead, a recharge.
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 200'000, fullCommissionCampaign(),
                                             u"Rapport SARL "_s + uniqueSuffix());
    LM_VERIFY_OK(shop);
    const Response kept = createLead(shop.campaignId, 12'345, m_influencer);
    const Response refused = createLead(shop.campaignId, 2'000, m_influencer);
    QCOMPARE(kept.status, 201);
    QCOMPARE(refused.status, 201);
    QCOMPARE(m_fixture.http()
                 .put(u"/api/leads/%1/validate"_s.arg(kept.json.value("id"_L1).toString()),
                      QJsonObject{{u"quality_score"_s, 9}}, shop.merchant.token)
                 .status,
             200);
    QCOMPARE(m_fixture.http()
                 .put(u"/api/leads/%1/reject"_s.arg(refused.json.value("id"_L1).toString()),
                      QJsonObject{{u"reason"_s, u"Injoignable"_s}}, shop.merchant.token)
                 .status,
             200);

    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    ReportsPage *reports = admin.workspace->reportsPage();
    admin.workspace->setCurrentWidget(reports);
    // The last 14 days by default.
    const QDate today = QDate::currentDate();
    QCOMPARE(reports->to(), today);
    QCOMPARE(reports->from(), today.addDays(-13));
    QVERIFY(waitLoaded(reports->page()));
    const QDate from = today.addDays(-6);
    reports->setRange(from, today);
    QVERIFY(waitLoaded(reports->page()));

    const Response server = m_fixture.http().get(
        u"/api/admin/reports/daily?from=%1&to=%2"_s.arg(from.toString(Qt::ISODate), today.toString(Qt::ISODate)),
        m_fixture.admin().token);
    QCOMPARE(server.status, 200);
    const QJsonArray days = server.json.value("items"_L1).toArray();
    QCOMPARE(days.size(), 7);
    JsonTableModel &model = reports->model();
    QCOMPARE(model.rowCount(), 7);
    QJsonObject todays;
    for (const QJsonValue &value : days) {
        const QJsonObject day = value.toObject();
        const int row = model.rowOf(day.value("date"_L1).toString());
        QVERIFY2(row >= 0, qPrintable(compact(day)));
        QCOMPARE(model.rowAt(row), day); // the very figures, untouched
        QCOMPARE(model.text(row, 1), QLocale().toString(day.value("leads_created"_L1).toInteger()));
        QCOMPARE(model.text(row, 5), money(day.value("commissions_cents"_L1).toInteger()));
        if (day.value("date"_L1).toString() == today.toString(Qt::ISODate))
            todays = day;
    }
    QVERIFY(todays.value("leads_created"_L1).toInteger() >= 2);
    QVERIFY(todays.value("leads_rejected"_L1).toInteger() >= 1);
    QVERIFY(todays.value("commissions_cents"_L1).toInteger() >= 12'345);
    qint64 commissions = 0;
    for (const QJsonValue &value : days)
        commissions += value.toObject().value("commissions_cents"_L1).toInteger();
    QVERIFY2(reports->summaryText().contains(money(commissions)), qPrintable(reports->summaryText()));

    // The chart draws the same figures: one point a day, today's last.
    const QList<QAbstractSeries *> series = reports->chart()->series();
    QCOMPARE(series.size(), 4);
    const auto *created = qobject_cast<QLineSeries *>(series.at(0));
    const auto *rejected = qobject_cast<QLineSeries *>(series.at(2));
    const auto *earned = qobject_cast<QLineSeries *>(series.at(3));
    QVERIFY(created && rejected && earned);
    QCOMPARE(created->count(), 7);
    QCOMPARE(qint64(created->at(6).y()), todays.value("leads_created"_L1).toInteger());
    QCOMPARE(qint64(rejected->at(6).y()), todays.value("leads_rejected"_L1).toInteger());
    QCOMPARE(qRound64(earned->at(6).y() * 100), todays.value("commissions_cents"_L1).toInteger());

    // CSV: the same figures, money as plain decimals.
    const QString csvPath = QDir(m_dir->path()).filePath(u"reports.csv"_s);
    const QString pdfPath = QDir(m_dir->path()).filePath(u"reports.pdf"_s);
    QString asked;
    admin.window->setSaveFileChooser([&](const QString &, const QString &suggested) {
        asked = suggested;
        return suggested.endsWith(u".pdf"_s) ? pdfPath : csvPath;
    });
    QTest::mouseClick(admin.window->findChild<QPushButton *>(u"exportCsvButton"_s), Qt::LeftButton);
    QCOMPARE(asked, u"reports-%1-%2.csv"_s.arg(from.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const auto table = csv::parse(csvFile.readAll());
    QVERIFY(table);
    QCOMPARE(table->size(), 8); // header and 7 days
    const QStringList last = table->last();
    QCOMPARE(last.at(0), today.toString(Qt::ISODate));
    QCOMPARE(last.at(1), QString::number(todays.value("leads_created"_L1).toInteger()));
    QCOMPARE(last.at(3), QString::number(todays.value("leads_rejected"_L1).toInteger()));
    QCOMPARE(last.at(5), csv::plainDecimal(todays.value("commissions_cents"_L1).toInteger()));
    QCOMPARE(last.at(6), csv::plainDecimal(todays.value("recharges_cents"_L1).toInteger()));

    // PDF: written off the UI thread, a real PDF with the figures in it.
    QSignalSpy exported(reports, &ReportsPage::exportFinished);
    QTest::mouseClick(admin.window->findChild<QPushButton *>(u"exportPdfButton"_s), Qt::LeftButton);
    QVERIFY(exported.wait(ServerTimeoutMs));
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    pdf.close();
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {u"-layout"_s, pdfPath, u"-"_s});
        QVERIFY(text.waitForFinished(20000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(u"Daily reports"_s), qPrintable(words.left(400)));
        QVERIFY2(words.contains(money(todays.value("commissions_cents"_L1).toInteger())), qPrintable(words));
    }

    // More than 92 days is said, and not asked for.
    reports->setRange(today.addDays(-100), today);
    QVERIFY(admin.window->findChild<QLabel *>(u"rangeProblem"_s)->isVisible());
    QVERIFY(!reports->page().isBusy());
}

void TestClientAdmin::ledgerCheckShowsOk()
{
    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    LedgerPage *ledger = admin.workspace->ledgerPage();
    admin.workspace->setCurrentWidget(ledger);
    QVERIFY(!ledger->page().hasLoaded()); // run on request only
    QTest::mouseClick(ledger->findChild<QPushButton *>(u"ledgerCheckButton"_s), Qt::LeftButton);
    QVERIFY(waitLoaded(ledger->page()));
    const Response server = m_fixture.http().get(u"/api/admin/ledger-check"_s, m_fixture.admin().token);
    QCOMPARE(server.status, 200);
    QVERIFY(server.json.value("ok"_L1).toBool());
    const int checked = int(server.json.value("deposits_checked"_L1).toInteger());
    QVERIFY2(ledger->resultText().startsWith((checked == 1 ? u"OK — 1 deposit checked"_s : u"OK — %1 deposits checked"_s.arg(checked))),
             qPrintable(ledger->resultText()));
    const auto *label = ledger->findChild<QLabel *>(u"ledgerResult"_s);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             LevelLook::textColour(AlertLevel::Healthy, label->palette()));
    QCOMPARE(ledger->mismatches().rowCount(), 0);
    QCOMPARE(ledger->page().emptyText(), u"No mismatch: every deposit equals its ledger."_s);
}

void TestClientAdmin::disabledUserCannotSignIn()
{
    Account user = m_fixture.http().registerUser(u"merchant"_s, u"Compte Désactivé "_s + uniqueSuffix());
    LM_VERIFY_ACCOUNT(user);

    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    auto *users = admin.window->findChild<AdminListPage *>(u"usersPage"_s);
    QVERIFY(users);
    admin.workspace->setCurrentWidget(users);
    QVERIFY(waitLoaded(*users));
    auto *model = qobject_cast<JsonTableModel *>(users->proxy()->sourceModel());
    QVERIFY(model);
    // The search goes to the server (q=).
    QTest::keyClicks(users->searchEdit(), user.email);
    QTRY_VERIFY_WITH_TIMEOUT(users->hasLoaded() && !users->isBusy() && model->rowCount() == 1, ServerTimeoutMs);
    QCOMPARE(model->rowAt(0).value("id"_L1).toString(), user.id);
    QVERIFY(clickRow(*users, 0));
    auto *disable = users->findChild<QPushButton *>(u"disableUserButton"_s);
    auto *enable = users->findChild<QPushButton *>(u"enableUserButton"_s);
    QVERIFY(disable->isEnabled());
    QVERIFY(!enable->isEnabled());

    QTest::mouseClick(disable, Qt::LeftButton);
    auto *dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"disableUserDialog"_s);
    QVERIFY(dialog);
    QPointer<AdminActionDialog> closing(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->rowAt(0).value("status"_L1).toString() == "disabled"_L1,
                             ServerTimeoutMs);
    QCOMPARE(model->text(0, 3), u"Disabled"_s);

    const QJsonObject credentials{{u"email"_s, user.email}, {u"password"_s, user.password}};
    const Response refused = m_fixture.http().post(u"/api/auth/login"_s, credentials);
    QVERIFY2(errorProblem(refused, 403, u"account_disabled"_s).isEmpty(), qPrintable(refused.describe()));
    // Its token died with it.
    QCOMPARE(m_fixture.http().get(u"/api/me"_s, user.token).status, 401);

    // Enabled again, it signs in.
    QVERIFY(clickRow(*users, 0));
    QTRY_VERIFY(enable->isEnabled());
    QTest::mouseClick(enable, Qt::LeftButton);
    dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"enableUserDialog"_s);
    QVERIFY(dialog);
    closing = dialog;
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QCOMPARE(m_fixture.http().post(u"/api/auth/login"_s, credentials).status, 200);

    // The admin's own row cannot be disabled.
    users->searchEdit()->clear();
    QTest::keyClicks(users->searchEdit(), m_fixture.admin().email);
    QTRY_VERIFY_WITH_TIMEOUT(users->hasLoaded() && !users->isBusy() && model->rowCount() == 1
                                 && model->rowAt(0).value("id"_L1).toString() == m_fixture.admin().id,
                             ServerTimeoutMs);
    QVERIFY(clickRow(*users, 0));
    QVERIFY(!disable->isEnabled());
    QCOMPARE(disable->toolTip(), u"You cannot disable your own account"_s);
}

void TestClientAdmin::payoutMarkedPaidFromThePayoutsPage()
{
    // An influencer with 5 × 24 MAD earned, bank details and two payout requests.
    Account earner = m_fixture.http().registerUser(u"influencer"_s, u"Salma Virement "_s + uniqueSuffix());
    LM_VERIFY_ACCOUNT(earner);
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 500'000, {}, u"Payeur SARL "_s + uniqueSuffix());
    LM_VERIFY_OK(shop);
    for (int i = 0; i < 5; ++i) {
        const Response lead = createLead(shop.campaignId, 150'000, earner); // 80 MAD, 24 MAD share
        QCOMPARE(lead.status, 201);
        QCOMPARE(m_fixture.http()
                     .put(u"/api/leads/%1/validate"_s.arg(lead.json.value("id"_L1).toString()),
                          QJsonObject{{u"quality_score"_s, 8}}, shop.merchant.token)
                     .status,
                 200);
    }
    const Response bank = m_fixture.http().put(
        u"/api/me/bank"_s,
        QJsonObject{{u"holder_name"_s, u"Salma Idrissi"_s}, {u"rib"_s, u"011780000012345678901296"_s}}, earner.token);
    QVERIFY2(bank.status == 200, qPrintable(bank.describe()));
    const Response first = m_fixture.http().post(u"/api/influencer/payouts"_s, QJsonObject{{u"amount_cents"_s, 6'000}},
                                                 earner.token);
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    const QString payoutId = first.json.value("id"_L1).toString();

    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    auto *payouts = admin.window->findChild<AdminListPage *>(u"payoutsPage"_s);
    QVERIFY(payouts);
    admin.workspace->setCurrentWidget(payouts);
    QVERIFY(waitLoaded(*payouts));
    auto *model = qobject_cast<PayoutsModel *>(payouts->proxy()->sourceModel());
    QVERIFY(model);
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        QCOMPARE(model->payoutAt(i).status, u"requested"_s); // the default filter
        if (model->payoutAt(i).id == payoutId)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, PayoutsModel::Influencer).data().toString(), earner.displayName);
    QVERIFY(clickRow(*payouts, row));
    QTest::mouseClick(payouts->findChild<QPushButton *>(u"markPaidButton"_s), Qt::LeftButton);
    auto *dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"markPaidDialog"_s);
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled()); // the reference is required
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"textEdit"_s), u"VIR-2026-0042"_s);
    QPointer<AdminActionDialog> closing(dialog);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QVERIFY(waitLoaded(*payouts));

    const auto all = m_fixture.http().listAll(u"/api/admin/payouts"_s, m_fixture.admin().token);
    QVERIFY(all);
    QJsonObject decided;
    for (const QJsonValue &p : *all) {
        if (p.toObject().value("id"_L1).toString() == payoutId)
            decided = p.toObject();
    }
    QCOMPARE(decided.value("status"_L1).toString(), u"paid"_s);
    QCOMPARE(decided.value("reference"_L1).toString(), u"VIR-2026-0042"_s);
    QTRY_VERIFY(model->rowCount() == 0 || std::none_of(model->payouts().cbegin(), model->payouts().cend(),
                                                       [&](const dto::Payout &p) { return p.id == payoutId; }));

    // Another one, decided by someone else while this admin's dialog is open: said plainly.
    const Response second = m_fixture.http().post(u"/api/influencer/payouts"_s, QJsonObject{{u"amount_cents"_s, 5'000}},
                                                  earner.token);
    QVERIFY2(second.status == 201, qPrintable(second.describe()));
    const QString secondId = second.json.value("id"_L1).toString();
    payouts->reload();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(model->payouts().cbegin(), model->payouts().cend(),
                                         [&](const dto::Payout &p) { return p.id == secondId; }),
                             ServerTimeoutMs);
    QVERIFY(waitLoaded(*payouts));
    int secondRow = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->payoutAt(i).id == secondId)
            secondRow = i;
    }
    QVERIFY(clickRow(*payouts, secondRow));
    QTest::mouseClick(payouts->findChild<QPushButton *>(u"rejectPayoutButton"_s), Qt::LeftButton);
    dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"rejectPayoutDialog"_s);
    QVERIFY(dialog);
    const Response meanwhile =
        m_fixture.http().put(u"/api/admin/payouts/%1"_s.arg(secondId),
                             QJsonObject{{u"status"_s, u"paid"_s}, {u"reference"_s, u"VIR-OTHER"_s}},
                             m_fixture.admin().token);
    QCOMPARE(meanwhile.status, 200);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"textEdit"_s), u"Compte ferme"_s);
    closing = dialog;
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QVERIFY(waitLoaded(*payouts));
    QVERIFY2(payouts->messageText().contains(u"already been decided"_s), qPrintable(payouts->messageText()));
    QVERIFY(std::none_of(model->payouts().cbegin(), model->payouts().cend(),
                         [&](const dto::Payout &p) { return p.id == secondId; }));
    LM_VERIFY_LEDGER(m_fixture.http(), m_fixture.admin().token);
}

void TestClientAdmin::disputeOverturnedFromTheDisputesPage()
{
    // A lead of 1,500 MAD (80 MAD commission) rejected, then disputed by its influencer.
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 500'000, {}, u"Refuseur SARL "_s + uniqueSuffix());
    LM_VERIFY_OK(shop);
    const Response lead = createLead(shop.campaignId, 150'000, m_influencer);
    QCOMPARE(lead.status, 201);
    const QString leadId = lead.json.value("id"_L1).toString();
    QCOMPARE(m_fixture.http()
                 .put(u"/api/leads/%1/reject"_s.arg(leadId), QJsonObject{{u"reason"_s, u"Pas sérieux"_s}},
                      shop.merchant.token)
                 .status,
             200);
    const Response disputed = m_fixture.http().post(u"/api/leads/%1/dispute"_s.arg(leadId),
                                                    QJsonObject{{u"note"_s, u"Devis signé"_s}}, m_influencer.token);
    QVERIFY2(disputed.status == 200, qPrintable(disputed.describe()));

    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    auto *disputes = admin.window->findChild<AdminListPage *>(u"disputesPage"_s);
    QVERIFY(disputes);
    admin.workspace->setCurrentWidget(disputes);
    QVERIFY(waitLoaded(*disputes));
    auto *model = qobject_cast<JsonTableModel *>(disputes->proxy()->sourceModel());
    QVERIFY(model);
    const int row = model->rowOf(leadId);
    QVERIFY(row >= 0);
    QCOMPARE(model->text(row, 6), u"Devis signé"_s); // the influencer's note beside the merchant's reason
    QCOMPARE(model->text(row, 5), u"Pas sérieux"_s);
    QVERIFY(clickRow(*disputes, row));
    auto *overturn = disputes->findChild<QPushButton *>(u"overturnDisputeButton"_s);
    QVERIFY(overturn->isEnabled());
    QTest::mouseClick(overturn, Qt::LeftButton);
    auto *dialog = waitForChild<AdminActionDialog>(admin.window.get(), u"overturnDisputeDialog"_s);
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(confirm->isEnabled()); // the note is optional
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"textEdit"_s), u"Devis verifie"_s);
    QPointer<AdminActionDialog> closing(dialog);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);
    QVERIFY(waitLoaded(*disputes));

    // Validated and charged once, exactly the commission; the open list no longer has it.
    const Response after = m_fixture.http().get(u"/api/leads/%1"_s.arg(leadId), m_fixture.admin().token);
    QCOMPARE(after.json.value("status"_L1).toString(), u"validated"_s);
    QCOMPARE(after.json.value("dispute"_L1).toObject().value("status"_L1).toString(), u"overturned"_s);
    QCOMPARE(depositOf(m_fixture.http(), shop.merchant).value("current_balance_cents"_L1).toInteger(), 500'000 - 8'000);
    QVERIFY(ledgerProblem(m_fixture.http(), m_fixture.admin().token).isEmpty());
    QCOMPARE(model->rowOf(leadId), -1);
    QVERIFY(!overturn->isEnabled());
}

void TestClientAdmin::offlinePagesSayTheyNeedAConnection()
{
    Admin admin = openConsole(m_dir->path());
    QVERIFY(admin.window);
    admin.core->session().api().setRetryDelaysMs({}); // no answer at once, not after the back-off
    AlertsBoard *board = admin.workspace->alertsBoard();
    const int rows = board->model().rowCount();
    QVERIFY(rows > 0);
    m_fixture.stop();

    // The board keeps what it showed and says why it is not current, with Retry.
    QTest::mouseClick(board->findChild<QToolButton *>(u"alertsRefreshButton"_s), Qt::LeftButton);
    QVERIFY(waitLoaded(board->page()));
    QCOMPARE(board->model().rowCount(), rows);
    const QString offline = adminErrorText(ApiError::network(u"refused"_s));
    QVERIFY(offline.contains(u"needs a connection"_s));
    QCOMPARE(board->page().messageText(), offline);
    QVERIFY(board->findChild<QPushButton *>(u"alertsRetry"_s)->isVisible());

    // A page never read shows the reason instead of an empty table.
    auto *outbox = admin.window->findChild<AdminListPage *>(u"outboxPage"_s);
    admin.workspace->setCurrentWidget(outbox);
    QVERIFY(waitLoaded(*outbox));
    QCOMPARE(outbox->emptyText(), offline);
    QVERIFY(outbox->findChild<QPushButton *>(u"outboxRetry"_s)->isVisible());

    // Back online, Retry reads it.
    QVERIFY2(m_fixture.restart(), qPrintable(m_fixture.error()));
    admin.core->session().api().setBaseUrl(m_fixture.server().baseUrl()); // the restarted server's new port
    QTest::mouseClick(outbox->findChild<QPushButton *>(u"outboxRetry"_s), Qt::LeftButton);
    QVERIFY(waitLoaded(*outbox));
    QVERIFY(!outbox->lastError().isError());
    QVERIFY(outbox->view()->model()->rowCount() > 0);
}

void TestClientAdmin::screenshots()
{
    // Every run renders them (in both directions); LM_SCREENSHOT_DIR keeps them to look at.
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("LM_SCREENSHOT_DIR", scratch.path());
    QVERIFY(QDir().mkpath(dir));
    const auto save = [&dir](QWidget *widget, const QString &name) {
        QTest::qWait(150);
        QVERIFY2(widget->grab().save(QDir(dir).filePath(name)), qPrintable(name));
    };
    for (const auto &[locale, suffix] : {std::pair{QLocale(QLocale::English, QLocale::UnitedStates), u"en"_s},
                                         std::pair{QLocale(QLocale::Arabic, QLocale::Morocco), u"ar"_s}}) {
        installTranslations(*qApp, locale);
        QTemporaryDir folder;
        Admin admin = openConsole(folder.path());
        QVERIFY(admin.window);
        save(admin.window.get(), u"admin-board-%1.png"_s.arg(suffix));
        ReportsPage *reports = admin.workspace->reportsPage();
        admin.workspace->setCurrentWidget(reports);
        QVERIFY(waitLoaded(reports->page()));
        save(admin.window.get(), u"admin-reports-%1.png"_s.arg(suffix));
        const QString pdf = QDir(dir).filePath(u"admin-reports-%1.pdf"_s.arg(suffix));
        admin.window->setSaveFileChooser([pdf](const QString &, const QString &) { return pdf; });
        QSignalSpy exported(reports, &ReportsPage::exportFinished);
        reports->exportPdf();
        QVERIFY(exported.wait(ServerTimeoutMs));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
        // Every other page, and the dialogs, for a person to look at.
        for (const QString &name : {u"payouts"_s, u"users"_s, u"outbox"_s, u"jobs"_s, u"audit"_s}) {
            auto *page = admin.window->findChild<AdminListPage *>(name + u"Page"_s);
            QVERIFY(page);
            admin.workspace->setCurrentWidget(page);
            QVERIFY(waitLoaded(*page));
            save(admin.window.get(), u"admin-%1-%2.png"_s.arg(name, suffix));
        }
        LedgerPage *ledger = admin.workspace->ledgerPage();
        admin.workspace->setCurrentWidget(ledger);
        ledger->run();
        QVERIFY(waitLoaded(ledger->page()));
        save(admin.window.get(), u"admin-ledger-%1.png"_s.arg(suffix));

        admin.workspace->setCurrentWidget(admin.workspace->alertsBoard());
        AdminListPage &board = admin.workspace->alertsBoard()->page();
        auto *blockButton = admin.window->findChild<QPushButton *>(u"blockButton"_s);
        if (board.view()->model()->rowCount() > 0 && clickRow(board, 0) && blockButton->isEnabled()) {
            QTest::mouseClick(blockButton, Qt::LeftButton);
            auto *block = waitForChild<AdminActionDialog>(admin.window.get(), u"blockMerchantDialog"_s);
            QVERIFY(block);
            save(block, u"admin-dialog-block-%1.png"_s.arg(suffix));
            block->reject();
        }
        auto *users = admin.window->findChild<AdminListPage *>(u"usersPage"_s);
        admin.workspace->setCurrentWidget(users);
        QTest::mouseClick(users->findChild<QPushButton *>(u"newUserButton"_s), Qt::LeftButton);
        auto *newUser = waitForChild<NewUserDialog>(admin.window.get(), u"newUserDialog"_s);
        QVERIFY(newUser);
        QTest::keyClicks(newUser->findChild<QLineEdit *>(u"emailEdit"_s), u"not-an-email"_s);
        QTest::keyClick(newUser->findChild<QLineEdit *>(u"phoneEdit"_s), Qt::Key_Tab);
        save(newUser, u"admin-dialog-newuser-%1.png"_s.arg(suffix));
        newUser->reject();
    }
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestClientAdmin)
#include "tst_client_admin.moc"
