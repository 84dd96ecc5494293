// The merchant's decisions (offscreen) through the real dialogs against the real server: one lead
// validated with a score typed on the keyboard, one rejected with a common reason picked with the
// arrow keys, three validated at once, and a whole day's work without the mouse. Each decision must
// leave the pending list at once, reach the server once the outbox is sent (status, score,
// feedback or reason) and move the deposit by exactly the commissions (balance and reserved),
// which the window shows after the sync.

#include "serverharness.h"
#include "moneyharness.h"
#include "clientharness.h"

#include "cache.h"
#include "leadsmodel.h"
#include "actions.h"
#include "clientcore.h"
#include "mainwindow.h"
#include "settings.h"
#include "syncservice.h"
#include "tablemodelbase.h"
#include "translations.h"

#include <money.h>

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QJsonArray>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

QString leadIdAt(const QTableView *view, int row)
{
    return view->model()->index(row, 0).data(TableModelBase::IdRole).toString();
}

// The row of `leadId` in the view, -1 when it is not shown.
int rowOf(const QTableView *view, const QString &leadId)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (leadIdAt(view, row) == leadId)
            return row;
    }
    return -1;
}

QStringList selectedIds(const QTableView *view)
{
    QStringList ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(TableModelBase::IdRole).toString());
    ids.sort();
    return ids;
}

QString describe(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestClientDecisions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void validateOneLead();
    void rejectOneLead();
    void validateSeveralAtOnce();
    void keyboardOnlyDay();

private:
    struct Client : ClientWindow
    {
        QTableView *pending = nullptr;
    };
    /// A merchant with a 5,000 MAD deposit and a campaign whose commission is the estimated value.
    MerchantSetup newMerchant(const QString &name);
    /// A pending lead of `campaignId` by the influencer; its id, or empty (with a warning).
    QString createLead(const QString &campaignId, qint64 valueCents, const QString &clientName = {});
    /// The merchant's window after a first sync (clientharness.h); null window on failure (with a warning).
    Client makeClient(const Account &merchant);
    bool showActive(Client &client) { return lmtest::showActive(*client.window); }
    QJsonObject serverLead(const Account &merchant, const QString &leadId);
    QString serverStatus(const Account &merchant, const QString &leadId);

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_influencer;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientDecisions::initTestCase()
{
    lmtest::prepareClientTestApplication();
    QString problem;
    QVERIFY2(lmtest::startSandboxServer(m_db, m_server, m_http, &problem), qPrintable(problem));
    m_influencer = m_http.registerUser(u"influencer"_s, u"Yasmine Influence"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
}

void TestClientDecisions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientDecisions::cleanup()
{
    m_dir.reset();
}

MerchantSetup TestClientDecisions::newMerchant(const QString &name)
{
    return setUpMerchant(m_http, DepositCents, fullCommissionCampaign(), name);
}

QString TestClientDecisions::createLead(const QString &campaignId, qint64 valueCents, const QString &clientName)
{
    QJsonObject extra;
    if (!clientName.isEmpty())
        extra.insert(u"client_name"_s, clientName);
    const Response created = m_http.post(u"/api/leads/create"_s, leadBody(campaignId, valueCents, extra),
                                         m_influencer.token);
    if (created.status != 201) {
        qWarning("lead not created: %s", qPrintable(created.describe()));
        return {};
    }
    // The campaign takes 100 %: the commission is the estimated value, so sums are exact.
    if (created.json.value("commission_cents"_L1).toInteger() != valueCents) {
        qWarning("unexpected commission: %s", qPrintable(created.describe()));
        return {};
    }
    return created.json.value("id"_L1).toString();
}

TestClientDecisions::Client TestClientDecisions::makeClient(const Account &merchant)
{
    Client c;
    static_cast<ClientWindow &>(c) = makeClientWindow(m_dir->path(), m_server->baseUrl(), merchant);
    if (!c.window) {
        qWarning("%s", qPrintable(c.error));
        return c;
    }
    c.pending = c.window->findChild<QTableView *>(u"pendingLeadsView"_s);
    if (!c.pending) {
        qWarning("no pendingLeadsView");
        c.window.reset();
    }
    return c;
}

QJsonObject TestClientDecisions::serverLead(const Account &merchant, const QString &leadId)
{
    const Response r = m_http.get(u"/api/leads/"_s + leadId, merchant.token);
    if (r.status != 200)
        qWarning("%s", qPrintable(r.describe()));
    return r.json;
}

QString TestClientDecisions::serverStatus(const Account &merchant, const QString &leadId)
{
    return serverLead(merchant, leadId).value("status"_L1).toString();
}

void TestClientDecisions::validateOneLead()
{
    const MerchantSetup shop = newMerchant(u"Riad Atlas"_s);
    LM_VERIFY_OK(shop);
    const QString first = createLead(shop.campaignId, 12'345);
    const QString second = createLead(shop.campaignId, 23'456);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QJsonObject before = depositOf(m_http, shop.merchant);
    QCOMPARE(before.value("current_balance_cents"_L1).toInteger(), DepositCents);
    QCOMPARE(before.value("reserved_cents"_L1).toInteger(), 12'345 + 23'456);

    Client client = makeClient(shop.merchant);
    QVERIFY(client.window);
    QVERIFY(showActive(client));
    MainWindow &window = *client.window;
    QTableView *view = client.pending;
    QCOMPARE(view->model()->rowCount(), 2);
    auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
    auto *reserved = window.findChild<QLabel *>(u"reservedLabel"_s);
    QVERIFY(balance && reserved);
    QCOMPARE(balance->text(), money(DepositCents));
    QCOMPARE(reserved->text(), money(12'345 + 23'456));

    // Select the lead with the mouse: the detail pane shows it, the buttons come alive.
    auto *validate = window.findChild<QPushButton *>(u"validateButton"_s);
    QVERIFY(validate);
    QVERIFY(!validate->isEnabled());
    const int row = rowOf(view, first);
    QVERIFY(row >= 0);
    const QRect cell = view->visualRect(view->model()->index(row, LeadsModel::Client));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(selectedIds(view), QStringList{first});
    auto *pane = window.findChild<QWidget *>(u"leadDetailPane"_s);
    QVERIFY(pane);
    auto *paneName = pane->findChild<QLabel *>(u"nameLabel"_s);
    QVERIFY(paneName);
    QCOMPARE(paneName->text(), serverLead(shop.merchant, first).value("client_name"_L1).toString());
    QVERIFY(validate->isEnabled());

    QTest::mouseClick(validate, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"validateLeadDialog"_s)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
    auto *score = dialog->findChild<QSpinBox *>(u"scoreSpin"_s);
    auto *feedback = dialog->findChild<QPlainTextEdit *>(u"feedbackEdit"_s);
    auto *commission = dialog->findChild<QLabel *>(u"commissionLabel"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(score && feedback && commission && confirm);
    QCOMPARE(commission->text(), money(12'345));
    QVERIFY(!confirm->isEnabled()); // no score yet

    // The score has the focus: the merchant just types it.
    QTRY_COMPARE(focusName(), u"scoreSpin"_s);
    type(u"8"_s);
    QCOMPARE(score->value(), 8);
    QVERIFY(confirm->isEnabled());
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"feedbackEdit"_s);
    type(u"Serious client, called back the same day"_s);
    QCOMPARE(feedback->toPlainText(), u"Serious client, called back the same day"_s);

    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    QSignalSpy queued(&client.core->actions(), &Actions::queued);
    QTest::mouseClick(confirm, Qt::LeftButton);
    // At once, before any sync ended: the row has left the pending list, the other one stays.
    QCOMPARE(queued.count(), 1);
    QCOMPARE(synced.count(), 0);
    QCOMPARE(rowOf(view, first), -1);
    QVERIFY(rowOf(view, second) >= 0);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(toString(client.cache->lead(first)->status), toString(LeadStatus::Validated));
    QTRY_VERIFY(!window.findChild<QDialog *>(u"validateLeadDialog"_s)); // closed and deleted

    // The outbox reaches the server.
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(shop.merchant, first), u"validated"_s, ServerTimeoutMs);
    const QJsonObject lead = serverLead(shop.merchant, first);
    QCOMPARE(lead.value("quality_score"_L1).toInteger(), 8);
    QCOMPARE(lead.value("feedback"_L1).toString(), u"Serious client, called back the same day"_s);
    // The server answers "" rather than null for an absent reason (the contract allows both).
    QVERIFY2(lead.value("rejection_reason"_L1).toString().isEmpty(), qPrintable(describe(lead)));
    QVERIFY2(isApiTime(lead.value("decided_at"_L1)), qPrintable(describe(lead)));
    QCOMPARE(serverStatus(shop.merchant, second), u"pending"_s);

    // Exactly the commission paid, its reservation released.
    const QJsonObject after = depositOf(m_http, shop.merchant);
    QCOMPARE(after.value("current_balance_cents"_L1).toInteger(), DepositCents - 12'345);
    QCOMPARE(after.value("reserved_cents"_L1).toInteger(), 23'456);
    QCOMPARE(after.value("available_cents"_L1).toInteger(), DepositCents - 12'345 - 23'456);
    QString problem;
    const QJsonArray transactions = transactionsOf(m_http, shop.merchant, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    int deductions = 0;
    for (const QJsonValue &value : transactions) {
        const QJsonObject t = value.toObject();
        if (t.value("kind"_L1).toString() != "deduction"_L1)
            continue;
        ++deductions;
        QCOMPARE(t.value("lead_id"_L1).toString(), first);
        QCOMPARE(t.value("amount_cents"_L1).toInteger(), 12'345);
    }
    QCOMPARE(deductions, 1);

    // The window, once synchronised, shows the server's deposit and nothing waiting.
    QTRY_VERIFY_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued) == 0 && !synced.isEmpty(), ServerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), money(DepositCents - 12'345), ServerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(reserved->text(), money(23'456), ServerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(client.cache->deposit().value_or(dto::Deposit{}).currentBalanceCents,
                              DepositCents - 12'345, ServerTimeoutMs);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
    QTRY_COMPARE(window.findChild<QLabel *>(u"queuedLabel"_s)->text(), u"Nothing waiting"_s);
}

void TestClientDecisions::rejectOneLead()
{
    const MerchantSetup shop = newMerchant(u"Dar Salam"_s);
    LM_VERIFY_OK(shop);
    const QString first = createLead(shop.campaignId, 31'415);
    const QString second = createLead(shop.campaignId, 27'182);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    Client client = makeClient(shop.merchant);
    QVERIFY(client.window);
    QVERIFY(showActive(client));
    MainWindow &window = *client.window;
    QTableView *view = client.pending;
    QCOMPARE(view->model()->rowCount(), 2);
    auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
    auto *reserved = window.findChild<QLabel *>(u"reservedLabel"_s);
    QVERIFY(balance && reserved);
    QCOMPARE(reserved->text(), money(31'415 + 27'182));

    // Onto the table, to the lead, and Delete.
    view->setFocus();
    QTRY_COMPARE(focusName(), u"pendingLeadsView"_s);
    view->setCurrentIndex(view->model()->index(rowOf(view, first), LeadsModel::Client));
    QCOMPARE(selectedIds(view), QStringList{first});
    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    press(Qt::Key_Delete);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"rejectLeadDialog"_s)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!window.findChild<QDialog *>(u"validateLeadDialog"_s));
    auto *combo = dialog->findChild<QComboBox *>(u"reasonCombo"_s);
    auto *edit = dialog->findChild<QLineEdit *>(u"reasonEdit"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    auto *released = dialog->findChild<QLabel *>(u"commissionLabel"_s);
    QVERIFY(combo && edit && confirm && released);
    QCOMPARE(released->text(), money(31'415));
    QVERIFY(!confirm->isEnabled()); // a reason is required

    // A common reason, with the arrow keys: the second of the list.
    QTRY_COMPARE(focusName(), u"reasonCombo"_s); // its line edit gets the keys through it
    press(Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"Duplicate lead"_s);
    press(Qt::Key_Down);
    const QString reason = combo->currentText();
    QCOMPARE(reason, u"Client unreachable"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QCOMPARE(synced.count(), 0);
    QCOMPARE(rowOf(view, first), -1);
    QVERIFY(rowOf(view, second) >= 0);
    QCOMPARE(toString(client.cache->lead(first)->status), toString(LeadStatus::Rejected));

    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(shop.merchant, first), u"rejected"_s, ServerTimeoutMs);
    const QJsonObject lead = serverLead(shop.merchant, first);
    QCOMPARE(lead.value("rejection_reason"_L1).toString(), reason);
    QVERIFY2(lead.value("quality_score"_L1).isNull(), qPrintable(describe(lead)));
    QCOMPARE(serverStatus(shop.merchant, second), u"pending"_s);

    // Nothing paid; the reservation released.
    const QJsonObject after = depositOf(m_http, shop.merchant);
    QCOMPARE(after.value("current_balance_cents"_L1).toInteger(), DepositCents);
    QCOMPARE(after.value("reserved_cents"_L1).toInteger(), 27'182);
    QString problem;
    const QJsonArray transactions = transactionsOf(m_http, shop.merchant, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    int releases = 0;
    for (const QJsonValue &value : transactions) {
        const QJsonObject t = value.toObject();
        QVERIFY2(t.value("kind"_L1).toString() != "deduction"_L1, qPrintable(describe(t)));
        if (t.value("kind"_L1).toString() == "release"_L1) {
            ++releases;
            QCOMPARE(t.value("lead_id"_L1).toString(), first);
            QCOMPARE(t.value("amount_cents"_L1).toInteger(), 31'415);
        }
    }
    QCOMPARE(releases, 1);

    QTRY_VERIFY_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued) == 0 && !synced.isEmpty(), ServerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(reserved->text(), money(27'182), ServerTimeoutMs);
    QCOMPARE(balance->text(), money(DepositCents));
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
}

void TestClientDecisions::validateSeveralAtOnce()
{
    const MerchantSetup shop = newMerchant(u"Souk Digital"_s);
    LM_VERIFY_OK(shop);
    const QList<qint64> values{11'111, 22'222, 33'333, 44'444};
    QMap<QString, qint64> commissionOf;
    for (const qint64 value : values) {
        const QString id = createLead(shop.campaignId, value);
        QVERIFY(!id.isEmpty());
        commissionOf.insert(id, value);
    }
    const qint64 all = 11'111 + 22'222 + 33'333 + 44'444;

    Client client = makeClient(shop.merchant);
    QVERIFY(client.window);
    QVERIFY(showActive(client));
    MainWindow &window = *client.window;
    QTableView *view = client.pending;
    auto *footer = window.findChild<QLabel *>(u"leadsFooter"_s);
    auto *statusTabs = window.findChild<QTabBar *>(u"statusTabs"_s);
    auto *workspace = window.findChild<QTabWidget *>(u"merchantWorkspace"_s);
    auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
    QVERIFY(footer && statusTabs && workspace && balance);
    QCOMPARE(view->model()->rowCount(), 4);
    const QString pendingName = LeadsModel::statusText(LeadStatus::Pending);
    const QString validatedName = LeadsModel::statusText(LeadStatus::Validated);
    QTRY_COMPARE(footer->text(), u"Total: 4 leads • %1 to validate"_s.arg(money(all)));
    QCOMPARE(statusTabs->tabText(0), u"%1 (4)"_s.arg(pendingName));
    QCOMPARE(statusTabs->tabText(1), validatedName);
    QCOMPARE(workspace->tabText(0), u"Overview (4)"_s);

    // The first three rows, from the keyboard: Home, then Shift+Down twice.
    view->setFocus();
    QTRY_COMPARE(focusName(), u"pendingLeadsView"_s);
    press(Qt::Key_Home);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_Down, Qt::ShiftModifier);
    const QStringList chosen = selectedIds(view);
    QCOMPARE(chosen.size(), 3);
    QStringList expectedChosen{leadIdAt(view, 0), leadIdAt(view, 1), leadIdAt(view, 2)};
    expectedChosen.sort();
    QCOMPARE(chosen, expectedChosen);
    qint64 sum = 0;
    for (const QString &id : chosen)
        sum += commissionOf.value(id);
    const QString left = leadIdAt(view, 3);
    QVERIFY(!chosen.contains(left));
    auto *count = window.findChild<QWidget *>(u"leadDetailPane"_s)->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(count && count->isVisible());

    press(Qt::Key_Return);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"validateLeadDialog"_s)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *score = dialog->findChild<QSpinBox *>(u"scoreSpin"_s);
    auto *commission = dialog->findChild<QLabel *>(u"commissionLabel"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(score && commission && confirm);
    QCOMPARE(commission->text(), money(sum)); // the three commissions, not one nor all four
    QCOMPARE(confirm->text(), u"&Validate 3 leads"_s);
    QVERIFY(!confirm->isEnabled());
    QTRY_COMPARE(focusName(), u"scoreSpin"_s);
    type(u"7"_s);
    QCOMPARE(score->value(), 7);
    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    QTest::mouseClick(confirm, Qt::LeftButton);

    // At once: one row left, the counts and the footer follow.
    QCOMPARE(synced.count(), 0);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(leadIdAt(view, 0), left);
    QTRY_COMPARE(footer->text(), u"Total: 1 lead • %1 to validate"_s.arg(money(commissionOf.value(left))));
    QCOMPARE(statusTabs->tabText(0), u"%1 (1)"_s.arg(pendingName));
    QCOMPARE(statusTabs->tabText(1), u"%1 (3)"_s.arg(validatedName));
    QCOMPARE(workspace->tabText(0), u"Overview (1)"_s);

    for (const QString &id : chosen) {
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(shop.merchant, id), u"validated"_s, ServerTimeoutMs);
        QCOMPARE(serverLead(shop.merchant, id).value("quality_score"_L1).toInteger(), 7);
    }
    QCOMPARE(serverStatus(shop.merchant, left), u"pending"_s);
    const QJsonObject after = depositOf(m_http, shop.merchant);
    QCOMPARE(after.value("current_balance_cents"_L1).toInteger(), DepositCents - sum);
    QCOMPARE(after.value("reserved_cents"_L1).toInteger(), commissionOf.value(left));

    // After the sync, the window agrees with the server (and the reload keeps the counts).
    QTRY_VERIFY_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued) == 0 && !synced.isEmpty(), ServerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), money(DepositCents - sum), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingLeads(), 10000);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
    QCOMPARE(view->model()->rowCount(), 1);
    QTRY_COMPARE(footer->text(), u"Total: 1 lead • %1 to validate"_s.arg(money(commissionOf.value(left))));
    QCOMPARE(statusTabs->tabText(1), u"%1 (3)"_s.arg(validatedName));
}

void TestClientDecisions::keyboardOnlyDay()
{
    const MerchantSetup shop = newMerchant(u"Atlas Immobilier"_s);
    LM_VERIFY_OK(shop);
    const QString yasmine = createLead(shop.campaignId, 15'000, u"Yasmine Tazi"_s);
    const QString omar = createLead(shop.campaignId, 42'000, u"Omar Alaoui"_s);
    const QString salma = createLead(shop.campaignId, 9'900, u"Salma Bennani"_s);
    QVERIFY(!yasmine.isEmpty() && !omar.isEmpty() && !salma.isEmpty());

    Client client = makeClient(shop.merchant);
    QVERIFY(client.window);
    QVERIFY(showActive(client));
    MainWindow &window = *client.window;
    QTableView *view = client.pending;
    auto *search = window.findChild<QLineEdit *>(u"pendingSearchEdit"_s);
    auto *statusTabs = window.findChild<QTabBar *>(u"statusTabs"_s);
    auto *balance = window.findChild<QLabel *>(u"balanceLabel"_s);
    QVERIFY(search && statusTabs && balance);
    QCOMPARE(view->model()->rowCount(), 3);

    // Wherever the window put the focus (offscreen: the workspace's tab bar, outside the leads
    // panel), Ctrl+1 … Ctrl+4 pick the status tab; not while another page hides the panel.
    auto *workspace = window.findChild<QTabWidget *>(u"merchantWorkspace"_s);
    QVERIFY(workspace);
    press(Qt::Key_2, Qt::AltModifier);
    QCOMPARE(workspace->currentIndex(), 1);
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(statusTabs->currentIndex(), 0);
    press(Qt::Key_1, Qt::AltModifier);
    QCOMPARE(workspace->currentIndex(), 0);
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(statusTabs->currentIndex(), 3);
    QCOMPARE(window.findChild<QLabel *>(u"leadsTitle"_s)->text(), u"<b>Expired leads</b>"_s);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(statusTabs->currentIndex(), 0);
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // Ctrl+F, the client's name, Tab to the table, Space selects, Enter validates.
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), u"pendingSearchEdit"_s);
    type(u"omar"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(leadIdAt(view, 0), omar);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"pendingLeadsView"_s);
    press(Qt::Key_Space);
    QCOMPARE(selectedIds(view), QStringList{omar});
    press(Qt::Key_Return);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"validateLeadDialog"_s)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *score = dialog->findChild<QSpinBox *>(u"scoreSpin"_s);
    auto *commission = dialog->findChild<QLabel *>(u"commissionLabel"_s);
    QVERIFY(score && commission);
    QCOMPARE(commission->text(), money(42'000));
    QTRY_COMPARE(focusName(), u"scoreSpin"_s);
    type(u"9"_s);
    QCOMPARE(score->value(), 9);
    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    press(Qt::Key_Return); // accepts the dialog: Validate is its default button
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(synced.count(), 0); // (the dialog may be gone already: keys to a QWindow process events)
    QCOMPARE(view->model()->rowCount(), 0); // Omar is no longer pending
    QTRY_VERIFY(!window.findChild<QDialog *>(u"validateLeadDialog"_s));
    // The keyboard is back on the table. Offscreen there is no window manager to give the
    // activation back to the main window when its dialog closes, as a desktop's does: do it here.
    QCOMPARE(window.focusWidget() ? window.focusWidget()->objectName() : QString(), u"pendingLeadsView"_s);
    if (!window.isActiveWindow()) {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    QTRY_COMPARE(focusName(), u"pendingLeadsView"_s);

    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(shop.merchant, omar), u"validated"_s, ServerTimeoutMs);
    const QJsonObject lead = serverLead(shop.merchant, omar);
    QCOMPARE(lead.value("quality_score"_L1).toInteger(), 9);
    QVERIFY2(lead.value("feedback"_L1).isNull() || lead.value("feedback"_L1).toString().isEmpty(),
             qPrintable(describe(lead)));
    QCOMPARE(serverStatus(shop.merchant, yasmine), u"pending"_s);
    QCOMPARE(serverStatus(shop.merchant, salma), u"pending"_s);
    const QJsonObject after = depositOf(m_http, shop.merchant);
    QCOMPARE(after.value("current_balance_cents"_L1).toInteger(), DepositCents - 42'000);
    QCOMPARE(after.value("reserved_cents"_L1).toInteger(), 15'000 + 9'900);
    QTRY_COMPARE_WITH_TIMEOUT(balance->text(), money(DepositCents - 42'000), ServerTimeoutMs);

    // Ctrl+2: the validated leads, Omar among them (the filter still applies).
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(statusTabs->currentIndex(), 1);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(leadIdAt(view, 0), omar);
    QCOMPARE(window.findChild<QLabel *>(u"leadsTitle"_s)->text(), u"<b>Validated leads</b>"_s);
    // Ctrl+1 back to the pending ones, without the filter: Yasmine and Salma.
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(statusTabs->currentIndex(), 0);
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), u"pendingSearchEdit"_s);
    QVERIFY(search->hasSelectedText());
    press(Qt::Key_Delete); // removes the selected filter text
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(rowOf(view, omar), -1);

    // Ctrl+R: the recharge.
    QSignalSpy recharge(&window, &MainWindow::rechargeRequested);
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(recharge.count(), 1);
}

QTEST_MAIN(TestClientDecisions)
#include "tst_client_decisions.moc"
