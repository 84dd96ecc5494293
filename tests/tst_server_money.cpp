// API.md "Deposits and payments" and the admin's money routes: the reserve → deduct / release
// lifecycle in exact centimes with its ledger rows, the Deposit's percent and level on exact
// integers, recharge rules, the sandbox checkout (pay, pay twice, cancel, expiry), payments by id,
// admin block / unblock with the audit log, the alerts board, transactions for an admin, and the
// role/owner matrix of every route of the money engine. The ledger check must pass after every
// test function (cleanup()).

#include "moneyharness.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

// The items of `transactions` whose kind is `kind`.
QJsonArray ofKind(const QJsonArray &transactions, const QString &kind)
{
    QJsonArray matching;
    for (const QJsonValue &t : transactions) {
        if (t.toObject().value("kind"_L1).toString() == kind)
            matching.append(t);
    }
    return matching;
}

// The expected values of one ledger row.
struct Row
{
    QString kind;
    qint64 amount;
    qint64 balanceDelta;
    qint64 reservedDelta;
    qint64 balanceAfter;
    qint64 reservedAfter;
    QString leadId;
    QString paymentId;
};

QString rowProblem(const QJsonObject &t, const Row &row)
{
    const QString shape = transactionProblem(t);
    if (!shape.isEmpty())
        return shape;
    const QList<QPair<QString, qint64>> numbers{{u"amount_cents"_s, row.amount},
                                                {u"balance_delta_cents"_s, row.balanceDelta},
                                                {u"reserved_delta_cents"_s, row.reservedDelta},
                                                {u"balance_after_cents"_s, row.balanceAfter},
                                                {u"reserved_after_cents"_s, row.reservedAfter}};
    if (t.value("kind"_L1).toString() != row.kind)
        return u"kind is not "_s + row.kind;
    for (const auto &[key, value] : numbers) {
        if (t.value(key).toInteger() != value)
            return u"%1 is not %2"_s.arg(key).arg(value);
    }
    if (t.value("lead_id"_L1).toString() != row.leadId)
        return u"lead_id is not "_s + (row.leadId.isEmpty() ? u"null"_s : row.leadId);
    if (t.value("payment_id"_L1).toString() != row.paymentId)
        return u"payment_id is not "_s + (row.paymentId.isEmpty() ? u"null"_s : row.paymentId);
    return {};
}

} // namespace

class TestServerMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void lifecycle();
    void neverRechargedDeposit();
    void levels_data();
    void levels();
    void referenceIsBalanceAfterLatestRecharge();

    void rechargeRules_data();
    void rechargeRules();
    void sandboxDisabled();
    void sandboxPayTwiceCreditsOnce();
    void sandboxCancel();
    void returnPage();
    void paymentVisibility();
    void pendingPaymentExpires();

    void adminBlockAndUnblock();
    void adminBlockSurvivesRecharge();
    void adminUserCreationIsAudited();
    void adminMerchantRefused_data();
    void adminMerchantRefused();
    void alertsBoard();
    void transactionsForAdmin();

    void accessMatrix_data();
    void accessMatrix();

private:
    QJsonObject createLead(const QString &campaignId, qint64 estimatedValueCents, const Account &influencer);
    QJsonObject payment(const QString &id, const Account &as);
    const Account &actor(const QString &name) const;

    ServerFixture m_fixture;
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    Account m_influencer;
    Account m_otherInfluencer;
    MerchantSetup m_shop;      ///< the matrix's merchant (owner of the leads and payments)
    MerchantSetup m_otherShop; ///< the matrix's other merchant
    Account m_anonymous;
};

void TestServerMoney::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});
    m_influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    m_otherInfluencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(m_otherInfluencer);
    m_shop = setUpMerchant(m_http, 500000, {}, u"Atlas Services"_s);
    LM_VERIFY_OK(m_shop);
    m_otherShop = setUpMerchant(m_http, 500000, {}, u"Rif Plomberie"_s);
    LM_VERIFY_OK(m_otherShop);
}

void TestServerMoney::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerMoney::cleanup()
{
    if (m_fixture.server().isRunning() && m_admin.ok())
        LM_VERIFY_LEDGER(m_http, m_admin.token);
}

QJsonObject TestServerMoney::createLead(const QString &campaignId, qint64 estimatedValueCents,
                                        const Account &influencer)
{
    const Response r = m_http.post(u"/api/leads/create"_s, leadBody(campaignId, estimatedValueCents), influencer.token);
    if (r.status != 201) {
        qWarning("lead not created: %s", qPrintable(r.describe()));
        return {};
    }
    return r.json;
}

QJsonObject TestServerMoney::payment(const QString &id, const Account &as)
{
    const Response r = m_http.get(u"/api/payments/"_s + id, as.token);
    if (r.status != 200) {
        qWarning("payment not read: %s", qPrintable(r.describe()));
        return {};
    }
    return r.json;
}

const Account &TestServerMoney::actor(const QString &name) const
{
    if (name == u"merchant"_s)
        return m_shop.merchant;
    if (name == u"other merchant"_s)
        return m_otherShop.merchant;
    if (name == u"influencer"_s)
        return m_influencer;
    if (name == u"other influencer"_s)
        return m_otherInfluencer;
    if (name == u"admin"_s)
        return m_admin;
    return m_anonymous;
}

// ---------------------------------------------------------------------------------------------
// The lifecycle and the Deposit

void TestServerMoney::lifecycle()
{
    const MerchantSetup shop = setUpMerchant(m_http, 0);
    LM_VERIFY_OK(shop);
    const Account &m = shop.merchant;

    // Recharge 5,000 MAD through the sandbox.
    const Recharge recharge = sandboxRecharge(m_http, m, 500000);
    LM_VERIFY_OK(recharge);
    QJsonObject d = depositOf(m_http, m);
    LM_VERIFY_SHAPE(depositProblem, d);
    QCOMPARE(d.value("merchant_id"_L1).toString(), m.id);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(500000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(d.value("available_cents"_L1).toInteger(), qint64(500000));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(500000));
    QCOMPARE(d.value("percent"_L1).toDouble(), 100.0);
    QCOMPARE(d.value("level"_L1).toString(), u"healthy"_s);
    QCOMPARE(d.value("status"_L1).toString(), u"active"_s);
    QVERIFY(d.value("blocked_reason"_L1).isNull());

    // Lead A (1,500 MAD → fixed 80 MAD) and lead B (333.33 MAD → 33.33 MAD) reserve.
    const QJsonObject a = createLead(shop.campaignId, 150000, m_influencer);
    QVERIFY(!a.isEmpty());
    const QJsonObject b = createLead(shop.campaignId, 33333, m_influencer);
    QVERIFY(!b.isEmpty());
    QCOMPARE(b.value("commission_cents"_L1).toInteger(), qint64(3333));
    d = depositOf(m_http, m);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(500000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(11333));
    QCOMPARE(d.value("available_cents"_L1).toInteger(), qint64(488667));
    QCOMPARE(d.value("percent"_L1).toDouble(), 100.0); // from the balance, not the available amount

    // Validate A: balance −8,000 and reserved −8,000.
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + a.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 8}}, m.token),
                     200);
    d = depositOf(m_http, m);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(492000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(3333));
    QCOMPARE(d.value("available_cents"_L1).toInteger(), qint64(488667));
    QCOMPARE(d.value("percent"_L1).toDouble(), 98.4);

    // Reject B: the reservation is released, the balance untouched.
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + b.value("id"_L1).toString() + u"/reject"_s,
                                QJsonObject{{"reason"_L1, u"Client injoignable"_s}}, m.token),
                     200);
    d = depositOf(m_http, m);
    LM_VERIFY_SHAPE(depositProblem, d);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(492000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(d.value("available_cents"_L1).toInteger(), qint64(492000));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(500000));
    QCOMPARE(d.value("level"_L1).toString(), u"healthy"_s);

    // The ledger, newest first, with both deltas and the after-values.
    QString problem;
    const QJsonArray rows = transactionsOf(m_http, m, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString aId = a.value("id"_L1).toString();
    const QString bId = b.value("id"_L1).toString();
    const QList<Row> expected{
        {u"release"_s, 3333, 0, -3333, 492000, 0, bId, {}},
        {u"deduction"_s, 8000, -8000, -8000, 492000, 3333, aId, {}},
        {u"reserve"_s, 3333, 0, 3333, 500000, 11333, bId, {}},
        {u"reserve"_s, 8000, 0, 8000, 500000, 8000, aId, {}},
        {u"recharge"_s, 500000, 500000, 0, 500000, 0, {}, recharge.paymentId},
    };
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString wrong = rowProblem(rows.at(i).toObject(), expected.at(i));
        QVERIFY2(wrong.isEmpty(), qPrintable(u"row %1: %2: %3"_s.arg(i).arg(wrong, QString::fromUtf8(QJsonDocument(
                                                                                  rows.at(i).toObject()).toJson(QJsonDocument::Compact)))));
    }
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(parseApiTime(rows.at(i - 1).toObject().value("created_at"_L1))
                >= parseApiTime(rows.at(i).toObject().value("created_at"_L1)));
    // Paging the ledger gives the same rows in the same order.
    const std::optional<QJsonArray> paged =
        m_http.listAll(u"/api/leads/deposits/transactions?limit=2"_s, m.token, &problem);
    QVERIFY2(paged.has_value(), qPrintable(problem));
    QCOMPARE(*paged, rows);
}

void TestServerMoney::neverRechargedDeposit()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const QJsonObject d = depositOf(m_http, merchant);
    LM_VERIFY_SHAPE(depositProblem, d);
    QCOMPARE(d.value("merchant_id"_L1).toString(), merchant.id);
    for (const char *key : {"current_balance_cents", "reserved_cents", "available_cents", "reference_cents"})
        QCOMPARE(d.value(QLatin1StringView(key)).toInteger(), qint64(0));
    QCOMPARE(d.value("percent"_L1).toDouble(), 0.0);
    QCOMPARE(d.value("level"_L1).toString(), u"depleted"_s);
    // Depleted but neither alerted nor blocked (DESIGN.md).
    QCOMPARE(d.value("status"_L1).toString(), u"active"_s);
    QVERIFY(d.value("blocked_reason"_L1).isNull());
    QString problem;
    const std::optional<QJsonArray> rows = m_http.listAll(u"/api/leads/deposits/transactions"_s, merchant.token, &problem);
    QVERIFY2(rows.has_value(), qPrintable(problem));
    QCOMPARE(rows->size(), 0);
}

void TestServerMoney::levels_data()
{
    QTest::addColumn<qint64>("balance"); // after spending down from a 5,000 MAD recharge
    QTest::addColumn<QString>("level");
    QTest::addColumn<double>("percent");
    // The level is decided on exact integers (balance × 100 against threshold × reference): 50.0002 %
    // shows as 50.0 but is healthy.
    QTest::newRow("2,500.01 MAD of 5,000 (just above 50 %) is healthy") << qint64(250001) << u"healthy"_s << 50.0;
    QTest::newRow("2,500.00 MAD of 5,000 (exactly 50 %) is attention") << qint64(250000) << u"attention"_s << 50.0;
    QTest::newRow("1,000.01 MAD (just above 20 %) is attention") << qint64(100001) << u"attention"_s << 20.0;
    QTest::newRow("1,000.00 MAD (exactly 20 %) is warning") << qint64(100000) << u"warning"_s << 20.0;
    QTest::newRow("500.01 MAD (just above 10 %) is warning") << qint64(50001) << u"warning"_s << 10.0;
    QTest::newRow("500.00 MAD (exactly 10 %) is critical") << qint64(50000) << u"critical"_s << 10.0;
    QTest::newRow("0.01 MAD is critical, shown 0.0 %") << qint64(1) << u"critical"_s << 0.0;
    QTest::newRow("0 MAD is depleted") << qint64(0) << u"depleted"_s << 0.0;
    QTest::newRow("1,234.56 MAD is 24.7 % (half-up of 24.6912)") << qint64(123456) << u"attention"_s << 24.7;
}

void TestServerMoney::levels()
{
    QFETCH(qint64, balance);
    QFETCH(QString, level);
    QFETCH(double, percent);
    const MerchantSetup shop = setUpMerchant(m_http, 500000, fullCommissionCampaign());
    LM_VERIFY_OK(shop);
    const qint64 spend = 500000 - balance;
    const QJsonObject lead = createLead(shop.campaignId, spend, m_influencer);
    QVERIFY(!lead.isEmpty());
    QCOMPARE(lead.value("commission_cents"_L1).toInteger(), spend);
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + lead.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 5}}, shop.merchant.token),
                     200);
    const QJsonObject d = depositOf(m_http, shop.merchant);
    LM_VERIFY_SHAPE(depositProblem, d);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), balance);
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(500000));
    QCOMPARE(d.value("level"_L1).toString(), level);
    QCOMPARE(d.value("percent"_L1).toDouble(), percent);
    // The admin's board says the same.
    QString problem;
    const std::optional<QJsonArray> board = m_http.listAll(u"/api/admin/alerts?limit=500"_s, m_admin.token, &problem);
    QVERIFY2(board.has_value(), qPrintable(problem));
    bool seen = false;
    for (const QJsonValue &item : *board) {
        const QJsonObject row = item.toObject();
        if (row.value("merchant_id"_L1).toString() != shop.merchant.id)
            continue;
        seen = true;
        QCOMPARE(row.value("level"_L1).toString(), level);
        QCOMPARE(row.value("percent"_L1).toDouble(), percent);
        QCOMPARE(row.value("current_balance_cents"_L1).toInteger(), balance);
    }
    QVERIFY(seen);
}

void TestServerMoney::referenceIsBalanceAfterLatestRecharge()
{
    const MerchantSetup shop = setUpMerchant(m_http, 500000, fullCommissionCampaign());
    LM_VERIFY_OK(shop);
    // Spend 4,000 MAD, keep 100 MAD reserved: balance 1,000 MAD, warning (20 %).
    const QJsonObject spent = createLead(shop.campaignId, 400000, m_influencer);
    QVERIFY(!spent.isEmpty());
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + spent.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 5}}, shop.merchant.token),
                     200);
    QVERIFY(!createLead(shop.campaignId, 10000, m_influencer).isEmpty());
    QCOMPARE(depositOf(m_http, shop.merchant).value("level"_L1).toString(), u"warning"_s);

    // Recharge 500 MAD: the new 100 % mark is the balance right after it (1,500 MAD), not the
    // recharge alone (500) nor the sum of recharges (5,500), and not the available amount.
    const Recharge second = sandboxRecharge(m_http, shop.merchant, 50000);
    LM_VERIFY_OK(second);
    QJsonObject d = depositOf(m_http, shop.merchant);
    LM_VERIFY_SHAPE(depositProblem, d);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(150000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(10000));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(150000));
    QCOMPARE(d.value("percent"_L1).toDouble(), 100.0);
    QCOMPARE(d.value("level"_L1).toString(), u"healthy"_s);

    // Spending now measures against 1,500 MAD: 1,000 MAD left is 66.7 %.
    const QJsonObject more = createLead(shop.campaignId, 50000, m_influencer);
    QVERIFY(!more.isEmpty());
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + more.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 5}}, shop.merchant.token),
                     200);
    d = depositOf(m_http, shop.merchant);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(100000));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(150000));
    QCOMPARE(d.value("percent"_L1).toDouble(), 66.7);
    QCOMPARE(d.value("level"_L1).toString(), u"healthy"_s);
    // The ledger holds both recharges.
    const QJsonArray recharges = ofKind(transactionsOf(m_http, shop.merchant), u"recharge"_s);
    QCOMPARE(recharges.size(), 2);
    QCOMPARE(recharges.at(0).toObject().value("balance_after_cents"_L1).toInteger(), qint64(150000));
    QCOMPARE(recharges.at(0).toObject().value("payment_id"_L1).toString(), second.paymentId);
}

// ---------------------------------------------------------------------------------------------
// Recharges and payments

void TestServerMoney::rechargeRules_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field"); // empty: 201 expected
    QTest::newRow("500 MAD, the minimum") << QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"sandbox"_s}}
                                          << QString();
    QTest::newRow("99,999,999 centimes, the maximum")
        << QJsonObject{{"amount_cents"_L1, 99999999}, {"provider"_L1, u"sandbox"_s}} << QString();
    QTest::newRow("499.99 MAD") << QJsonObject{{"amount_cents"_L1, 49999}, {"provider"_L1, u"sandbox"_s}}
                                << u"amount_cents"_s;
    QTest::newRow("100,000,000 centimes") << QJsonObject{{"amount_cents"_L1, 100000000}, {"provider"_L1, u"sandbox"_s}}
                                          << u"amount_cents"_s;
    QTest::newRow("0") << QJsonObject{{"amount_cents"_L1, 0}, {"provider"_L1, u"sandbox"_s}} << u"amount_cents"_s;
    QTest::newRow("negative") << QJsonObject{{"amount_cents"_L1, -50000}, {"provider"_L1, u"sandbox"_s}}
                              << u"amount_cents"_s;
    QTest::newRow("fraction of a centime") << QJsonObject{{"amount_cents"_L1, 50000.5}, {"provider"_L1, u"sandbox"_s}}
                                           << u"amount_cents"_s;
    QTest::newRow("amount as text") << QJsonObject{{"amount_cents"_L1, u"50000"_s}, {"provider"_L1, u"sandbox"_s}}
                                    << u"amount_cents"_s;
    QTest::newRow("amount missing") << QJsonObject{{"provider"_L1, u"sandbox"_s}} << u"amount_cents"_s;
    QTest::newRow("stripe, not configured") << QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"stripe"_s}}
                                            << u"provider"_s;
    QTest::newRow("cmi, not configured") << QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"cmi"_s}}
                                         << u"provider"_s;
    QTest::newRow("paypal, not a provider") << QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"paypal"_s}}
                                            << u"provider"_s;
    QTest::newRow("provider missing") << QJsonObject{{"amount_cents"_L1, 50000}} << u"provider"_s;
}

void TestServerMoney::rechargeRules()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Response r = m_http.post(u"/api/leads/deposits/recharge"_s, body, merchant.token);
    if (!field.isEmpty()) {
        LM_VERIFY_FIELD_ERROR(r, field);
        return;
    }
    LM_VERIFY_STATUS(r, 201);
    QStringList keys = r.json.keys();
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, (QStringList{u"cancel_url"_s, u"checkout_origins"_s, u"checkout_url"_s, u"expires_at"_s,
                                u"payment_id"_s, u"provider"_s, u"success_url"_s}));
    // The sandbox page is the server's own: no other origin to allow in the payment window.
    QCOMPARE(r.json.value("checkout_origins"_L1).toArray(), QJsonArray());
    const QString id = r.json.value("payment_id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(r.json.value("provider"_L1).toString(), u"sandbox"_s);
    const QUrl checkout(r.json.value("checkout_url"_L1).toString());
    QCOMPARE(checkout.scheme(), u"http"_s);
    QCOMPARE(checkout.path(), QString(u"/sandbox/checkout/"_s + id));
    QVERIFY(QUrl(r.json.value("success_url"_L1).toString()).isValid());
    QVERIFY(QUrl(r.json.value("cancel_url"_L1).toString()).isValid());
    QVERIFY(r.json.value("success_url"_L1) != r.json.value("cancel_url"_L1));
    // Pending until paid; expires 24 h after its creation.
    const QJsonObject p = payment(id, merchant);
    LM_VERIFY_SHAPE(paymentProblem, p);
    QCOMPARE(p.value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(p.value("merchant_id"_L1).toString(), merchant.id);
    QCOMPARE(p.value("provider"_L1).toString(), u"sandbox"_s);
    QCOMPARE(p.value("amount_cents"_L1).toInteger(), body.value("amount_cents"_L1).toInteger());
    QVERIFY(parseApiTime(p.value("created_at"_L1)) >= before);
    QCOMPARE(parseApiTime(r.json.value("expires_at"_L1)), parseApiTime(p.value("created_at"_L1)).addSecs(24 * 3600));
    // Nothing is credited before payment.
    QCOMPARE(depositOf(m_http, merchant).value("current_balance_cents"_L1).toInteger(), qint64(0));
    // The sandbox page shows it.
    const Response page = m_http.get(checkout.path());
    LM_VERIFY_STATUS(page, 200);
    QVERIFY2(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type").constData());
}

void TestServerMoney::sandboxDisabled()
{
    // A second server on the same database, without --sandbox-payments: the sandbox is a provider
    // that is not configured, and its pages do not exist.
    ServerProcess plain(m_fixture.db().url());
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    Http http(plain.baseUrl());
    const Account merchant = http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    // It offers no provider at all; the sandbox server offers the sandbox.
    const Response none = http.get(u"/api/payments/providers"_s, merchant.token);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value("providers"_L1).toArray(), QJsonArray());
    const Response sandbox = m_http.get(u"/api/payments/providers"_s, merchant.token);
    QCOMPARE(sandbox.status, 200);
    QCOMPARE(sandbox.json.value("providers"_L1).toArray(), QJsonArray{u"sandbox"_s});
    LM_VERIFY_FIELD_ERROR(http.post(u"/api/leads/deposits/recharge"_s,
                                    QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"sandbox"_s}},
                                    merchant.token),
                          u"provider"_s);
    // A payment made where the sandbox is on cannot be paid through this one.
    const Recharge pending = sandboxRecharge(m_http, merchant, 50000, /*pay=*/false);
    LM_VERIFY_OK(pending);
    const Response pay = http.post(u"/sandbox/checkout/"_s + pending.paymentId + u"/pay"_s, Body());
    QCOMPARE(pay.status, 404);
    QCOMPARE(payment(pending.paymentId, merchant).value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(depositOf(m_http, merchant).value("current_balance_cents"_L1).toInteger(), qint64(0));
    plain.stop();
}

void TestServerMoney::sandboxPayTwiceCreditsOnce()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const Recharge recharge = sandboxRecharge(m_http, merchant, 123456, /*pay=*/false);
    LM_VERIFY_OK(recharge);
    const QString payPath = pathOf(recharge.created.value("checkout_url"_L1).toString()) + u"/pay"_s;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Response r = m_http.post(payPath, Body());
        LM_VERIFY_STATUS(r, 303);
        QCOMPARE(QString::fromUtf8(r.header("Location")), recharge.created.value("success_url"_L1).toString());
    }
    const QJsonObject p = payment(recharge.paymentId, merchant);
    LM_VERIFY_SHAPE(paymentProblem, p);
    QCOMPARE(p.value("status"_L1).toString(), u"paid"_s);
    QVERIFY(parseApiTime(p.value("paid_at"_L1)) >= parseApiTime(p.value("created_at"_L1)));
    const QJsonObject d = depositOf(m_http, merchant);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(123456));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(123456));
    const QJsonArray rows = transactionsOf(m_http, merchant);
    QCOMPARE(rows.size(), 1);
    const QString wrong =
        rowProblem(rows.at(0).toObject(), {u"recharge"_s, 123456, 123456, 0, 123456, 0, {}, recharge.paymentId});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // Cancelling a paid payment changes nothing.
    const Response cancel = m_http.post(pathOf(recharge.created.value("checkout_url"_L1).toString()) + u"/cancel"_s, Body());
    QCOMPARE(cancel.status, 303);
    QCOMPARE(payment(recharge.paymentId, merchant).value("status"_L1).toString(), u"paid"_s);
    QCOMPARE(depositOf(m_http, merchant).value("current_balance_cents"_L1).toInteger(), qint64(123456));
}

void TestServerMoney::sandboxCancel()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const Recharge recharge = sandboxRecharge(m_http, merchant, 50000, /*pay=*/false);
    LM_VERIFY_OK(recharge);
    const QString base = pathOf(recharge.created.value("checkout_url"_L1).toString());
    const Response cancel = m_http.post(base + u"/cancel"_s, Body());
    LM_VERIFY_STATUS(cancel, 303);
    QCOMPARE(QString::fromUtf8(cancel.header("Location")), recharge.created.value("cancel_url"_L1).toString());
    QJsonObject p = payment(recharge.paymentId, merchant);
    LM_VERIFY_SHAPE(paymentProblem, p);
    QCOMPARE(p.value("status"_L1).toString(), u"failed"_s);
    QVERIFY(p.value("paid_at"_L1).isNull());
    // Paying after cancelling credits nothing and leads back to the cancel URL.
    const Response pay = m_http.post(base + u"/pay"_s, Body());
    LM_VERIFY_STATUS(pay, 303);
    QCOMPARE(QString::fromUtf8(pay.header("Location")), recharge.created.value("cancel_url"_L1).toString());
    QCOMPARE(payment(recharge.paymentId, merchant).value("status"_L1).toString(), u"failed"_s);
    const QJsonObject d = depositOf(m_http, merchant);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(transactionsOf(m_http, merchant).size(), 0);
    // An unknown payment has no checkout.
    QCOMPARE(m_http.post(u"/sandbox/checkout/00000000-0000-0000-0000-000000000000/pay"_s, Body()).status, 404);
}

void TestServerMoney::returnPage()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const Recharge recharge = sandboxRecharge(m_http, merchant, 50000, /*pay=*/false);
    LM_VERIFY_OK(recharge);
    const QString success = pathOf(recharge.created.value("success_url"_L1).toString());
    // Reaching the success URL without paying does not claim a payment.
    Response page = m_http.get(success);
    LM_VERIFY_STATUS(page, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY2(page.body.contains("data-status=\"pending\""), page.body.constData());
    LM_VERIFY_STATUS(m_http.post(pathOf(recharge.created.value("checkout_url"_L1).toString()) + u"/pay"_s, Body()), 303);
    page = m_http.get(success);
    LM_VERIFY_STATUS(page, 200);
    QVERIFY2(page.body.contains("data-status=\"paid\""), page.body.constData());
    QCOMPARE(m_http.get(u"/payments/00000000-0000-0000-0000-000000000000/return?result=success"_s).status, 404);
}

void TestServerMoney::paymentVisibility()
{
    const QString path = u"/api/payments/"_s + m_shop.paymentId;
    for (const Account *who : {&m_shop.merchant, &m_admin}) {
        const Response r = m_http.get(path, who->token);
        LM_VERIFY_STATUS(r, 200);
        LM_VERIFY_SHAPE(paymentProblem, r.json);
        QCOMPARE(r.json.value("id"_L1).toString(), m_shop.paymentId);
        QCOMPARE(r.json.value("merchant_id"_L1).toString(), m_shop.merchant.id);
        QCOMPARE(r.json.value("amount_cents"_L1).toInteger(), qint64(500000));
        QCOMPARE(r.json.value("currency"_L1).toString(), u"MAD"_s);
        QCOMPARE(r.json.value("status"_L1).toString(), u"paid"_s);
    }
    LM_VERIFY_ERROR(m_http.get(path, m_otherShop.merchant.token), 404, u"not_found"_s);
    LM_VERIFY_ERROR(m_http.get(path, m_influencer.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(m_http.get(path, QString()), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(m_http.get(u"/api/payments/00000000-0000-0000-0000-000000000000"_s, m_admin.token), 404,
                    u"not_found"_s);
}

void TestServerMoney::pendingPaymentExpires()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const Recharge pending = sandboxRecharge(m_http, merchant, 50000, /*pay=*/false);
    LM_VERIFY_OK(pending);
    const Recharge paid = sandboxRecharge(m_http, merchant, 60000);
    LM_VERIFY_OK(paid);
    QCOMPARE(payment(pending.paymentId, merchant).value("status"_L1).toString(), u"pending"_s);

    // 24 h + 1 s later (a server on the same database with its clock shifted).
    ServerProcess later(m_fixture.db().url(), {u"--sandbox-payments"_s, u"--clock-offset"_s, u"86401"_s});
    QVERIFY2(later.start(), qPrintable(later.errorString()));
    Http http(later.baseUrl());
    Response r = http.get(u"/api/payments/"_s + pending.paymentId, merchant.token);
    LM_VERIFY_STATUS(r, 200);
    LM_VERIFY_SHAPE(paymentProblem, r.json);
    QCOMPARE(r.json.value("status"_L1).toString(), u"expired"_s);
    QVERIFY(r.json.value("paid_at"_L1).isNull());
    // A paid payment stays paid.
    r = http.get(u"/api/payments/"_s + paid.paymentId, merchant.token);
    LM_VERIFY_STATUS(r, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"paid"_s);
    // The expired checkout cannot be paid any more.
    const Response pay = http.post(u"/sandbox/checkout/"_s + pending.paymentId + u"/pay"_s, Body());
    LM_VERIFY_STATUS(pay, 303);
    // (the other server answers with its own address)
    QCOMPARE(pathOf(QString::fromUtf8(pay.header("Location"))), pathOf(pending.created.value("cancel_url"_L1).toString()));
    QCOMPARE(depositOf(http, merchant).value("current_balance_cents"_L1).toInteger(), qint64(60000));
    LM_VERIFY_LEDGER(http, m_admin.token);
    later.stop();
    // Back in the present the payment stays expired.
    QCOMPARE(payment(pending.paymentId, merchant).value("status"_L1).toString(), u"expired"_s);
}

// ---------------------------------------------------------------------------------------------
// Admin

void TestServerMoney::adminBlockAndUnblock()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const QString path = u"/api/admin/merchants/"_s + shop.merchant.id;

    const Response blocked = m_http.put(path, QJsonObject{{"status"_L1, u"blocked"_s}}, m_admin.token);
    LM_VERIFY_STATUS(blocked, 200);
    LM_VERIFY_SHAPE(depositProblem, blocked.json);
    QCOMPARE(blocked.json.value("merchant_id"_L1).toString(), shop.merchant.id);
    QCOMPARE(blocked.json.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(blocked.json.value("blocked_reason"_L1).toString(), u"admin"_s);
    QCOMPARE(blocked.json.value("current_balance_cents"_L1).toInteger(), qint64(100000));
    QCOMPARE(depositOf(m_http, shop.merchant), blocked.json);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 20000), m_influencer.token), 423,
                    u"deposit_blocked"_s);

    const Response unblocked = m_http.put(path, QJsonObject{{"status"_L1, u"active"_s}}, m_admin.token);
    LM_VERIFY_STATUS(unblocked, 200);
    LM_VERIFY_SHAPE(depositProblem, unblocked.json);
    QCOMPARE(unblocked.json.value("status"_L1).toString(), u"active"_s);
    QVERIFY(unblocked.json.value("blocked_reason"_L1).isNull());
    LM_VERIFY_STATUS(m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 20000), m_influencer.token), 201);

    // The audit log has both actions, newest first, with who did them.
    QString problem;
    const std::optional<QJsonArray> audit = m_http.listAll(u"/api/admin/audit"_s, m_admin.token, &problem);
    QVERIFY2(audit.has_value(), qPrintable(problem));
    QJsonArray mine;
    for (const QJsonValue &item : *audit) {
        if (item.toObject().value("target_id"_L1).toString() == shop.merchant.id)
            mine.append(item);
    }
    QCOMPARE(mine.size(), 2);
    const QStringList actions{u"merchant.unblock"_s, u"merchant.block"_s};
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const QJsonObject row = mine.at(i).toObject();
        QStringList keys = row.keys();
        std::sort(keys.begin(), keys.end());
        QCOMPARE(keys, (QStringList{u"action"_s, u"actor_email"_s, u"actor_id"_s, u"created_at"_s, u"details"_s,
                                    u"id"_s, u"target_id"_s, u"target_type"_s}));
        QCOMPARE(row.value("action"_L1).toString(), actions.at(i));
        QCOMPARE(row.value("actor_id"_L1).toString(), m_admin.id);
        QCOMPARE(row.value("actor_email"_L1).toString(), m_admin.email);
        QCOMPARE(row.value("target_type"_L1).toString(), u"merchant"_s);
        QVERIFY(isApiTime(row.value("created_at"_L1)));
    }
    QVERIFY(parseApiTime(mine.at(0).toObject().value("created_at"_L1))
            >= parseApiTime(mine.at(1).toObject().value("created_at"_L1)));
}

void TestServerMoney::adminBlockSurvivesRecharge()
{
    const MerchantSetup shop = setUpMerchant(m_http, 50000);
    LM_VERIFY_OK(shop);
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + shop.merchant.id, QJsonObject{{"status"_L1, u"blocked"_s}},
                                m_admin.token),
                     200);
    // A recharge credits the deposit but never lifts an admin's block.
    const Recharge recharge = sandboxRecharge(m_http, shop.merchant, 70000);
    LM_VERIFY_OK(recharge);
    const QJsonObject d = depositOf(m_http, shop.merchant);
    LM_VERIFY_SHAPE(depositProblem, d);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(120000));
    QCOMPARE(d.value("reference_cents"_L1).toInteger(), qint64(120000));
    QCOMPARE(d.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(d.value("blocked_reason"_L1).toString(), u"admin"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 20000), m_influencer.token), 423,
                    u"deposit_blocked"_s);
    QCOMPARE(ofKind(transactionsOf(m_http, shop.merchant), u"recharge"_s).size(), 2);
}

void TestServerMoney::adminUserCreationIsAudited()
{
    // DESIGN.md: admin actions (block, unblock, user creation, adjustments) are written to the audit
    // log with who, what and when.
    const QString email = uniqueEmail(u"created"_s);
    const Response created = m_http.post(u"/api/admin/users"_s,
                                         QJsonObject{{"email"_L1, email},
                                                     {"password"_L1, defaultPassword()},
                                                     {"role"_L1, u"merchant"_s},
                                                     {"display_name"_L1, u"Créé par l'admin"_s}},
                                         m_admin.token);
    LM_VERIFY_STATUS(created, 201);
    const QString userId = created.json.value("id"_L1).toString();
    QString problem;
    const std::optional<QJsonArray> audit = m_http.listAll(u"/api/admin/audit"_s, m_admin.token, &problem);
    QVERIFY2(audit.has_value(), qPrintable(problem));
    bool found = false;
    for (const QJsonValue &item : *audit) {
        const QJsonObject row = item.toObject();
        if (row.value("target_id"_L1).toString() != userId)
            continue;
        found = true;
        QCOMPARE(row.value("actor_id"_L1).toString(), m_admin.id);
        QCOMPARE(row.value("actor_email"_L1).toString(), m_admin.email);
        QVERIFY(!row.value("action"_L1).toString().isEmpty());
        QVERIFY(isApiTime(row.value("created_at"_L1)));
    }
    QVERIFY2(found, qPrintable(u"no audit row targets the user the admin created ("_s + userId + u"): "_s
                               + QString::fromUtf8(QJsonDocument(*audit).toJson(QJsonDocument::Compact).left(1500))));
}

void TestServerMoney::adminMerchantRefused_data()
{
    QTest::addColumn<QString>("target"); // "merchant", "influencer", or a literal id
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QJsonObject block{{"status"_L1, u"blocked"_s}};
    QTest::newRow("unknown merchant: 404") << u"00000000-0000-0000-0000-000000000000"_s << block << 404 << QString();
    QTest::newRow("an influencer is no merchant: 404") << u"influencer"_s << block << 404 << QString();
    QTest::newRow("status paused: 422") << u"merchant"_s << QJsonObject{{"status"_L1, u"paused"_s}} << 422
                                        << u"status"_s;
    QTest::newRow("status depleted (not the admin's to set): 422")
        << u"merchant"_s << QJsonObject{{"status"_L1, u"depleted"_s}} << 422 << u"status"_s;
    QTest::newRow("status missing: 422") << u"merchant"_s << QJsonObject{} << 422 << u"status"_s;
    QTest::newRow("status is a number: 422") << u"merchant"_s << QJsonObject{{"status"_L1, 1}} << 422 << u"status"_s;
    QTest::newRow("bad status and unknown merchant: 422 first")
        << u"00000000-0000-0000-0000-000000000000"_s << QJsonObject{{"status"_L1, u"paused"_s}} << 422 << u"status"_s;
}

void TestServerMoney::adminMerchantRefused()
{
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QString id = target == u"merchant"_s ? m_shop.merchant.id
        : target == u"influencer"_s            ? m_influencer.id
                                               : target;
    const QJsonObject before = depositOf(m_http, m_shop.merchant);
    const Response r = m_http.put(u"/api/admin/merchants/"_s + id, body, m_admin.token);
    if (status == 422)
        LM_VERIFY_FIELD_ERROR(r, field);
    else
        LM_VERIFY_ERROR(r, status, u"not_found"_s);
    QCOMPARE(depositOf(m_http, m_shop.merchant).value("status"_L1), before.value("status"_L1));
}

void TestServerMoney::alertsBoard()
{
    const Account fresh = m_http.registerUser(u"merchant"_s, u"Nouveau Commerce"_s);
    LM_VERIFY_ACCOUNT(fresh);
    const MerchantSetup critical = setUpMerchant(m_http, 500000, fullCommissionCampaign(), u"Souss Froid"_s);
    LM_VERIFY_OK(critical);
    const QJsonObject lead = createLead(critical.campaignId, 460000, m_influencer);
    QVERIFY(!lead.isEmpty());
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + lead.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 5}}, critical.merchant.token),
                     200);

    QString problem;
    const std::optional<QJsonArray> board = m_http.listAll(u"/api/admin/alerts?limit=2"_s, m_admin.token, &problem);
    QVERIFY2(board.has_value(), qPrintable(problem));
    QSet<QString> merchants;
    for (const QJsonValue &item : *board) {
        const QJsonObject row = item.toObject();
        QStringList keys = row.keys();
        std::sort(keys.begin(), keys.end());
        // v1's keys and contract v2's additions (available_cents and blocked_note: extensions).
        QCOMPARE(keys, (QStringList{u"available_cents"_s, u"blocked_note"_s, u"blocked_reason"_s,
                                    u"current_balance_cents"_s, u"last_alert_at"_s, u"level"_s, u"merchant_id"_s,
                                    u"merchant_name"_s, u"pending_leads"_s, u"percent"_s, u"reference_cents"_s,
                                    u"rejection_rate_30d"_s, u"reserved_cents"_s, u"status"_s}));
        QVERIFY2(!merchants.contains(row.value("merchant_id"_L1).toString()), "a merchant is listed twice");
        merchants.insert(row.value("merchant_id"_L1).toString());
        if (row.value("merchant_id"_L1).toString() == fresh.id) {
            QCOMPARE(row.value("merchant_name"_L1).toString(), u"Nouveau Commerce"_s);
            QCOMPARE(row.value("current_balance_cents"_L1).toInteger(), qint64(0));
            QCOMPARE(row.value("reference_cents"_L1).toInteger(), qint64(0));
            QCOMPARE(row.value("percent"_L1).toDouble(), 0.0);
            QCOMPARE(row.value("level"_L1).toString(), u"depleted"_s);
            QCOMPARE(row.value("status"_L1).toString(), u"active"_s);
            QVERIFY(row.value("last_alert_at"_L1).isNull());
        } else if (row.value("merchant_id"_L1).toString() == critical.merchant.id) {
            QCOMPARE(row.value("merchant_name"_L1).toString(), u"Souss Froid"_s);
            QCOMPARE(row.value("current_balance_cents"_L1).toInteger(), qint64(40000));
            QCOMPARE(row.value("reference_cents"_L1).toInteger(), qint64(500000));
            QCOMPARE(row.value("percent"_L1).toDouble(), 8.0);
            QCOMPARE(row.value("level"_L1).toString(), u"critical"_s);
        }
    }
    // Every merchant has a row, no influencer or admin does.
    for (const QString &id : {fresh.id, critical.merchant.id, m_shop.merchant.id, m_otherShop.merchant.id})
        QVERIFY2(merchants.contains(id), qPrintable(id));
    QVERIFY(!merchants.contains(m_influencer.id));
    QVERIFY(!merchants.contains(m_admin.id));
}

void TestServerMoney::transactionsForAdmin()
{
    const QString path = u"/api/leads/deposits/transactions"_s;
    LM_VERIFY_FIELD_ERROR(m_http.get(path, m_admin.token), u"merchant_id"_s);
    LM_VERIFY_ERROR(m_http.get(path + u"?merchant_id=00000000-0000-0000-0000-000000000000"_s, m_admin.token), 404,
                    u"not_found"_s);
    LM_VERIFY_ERROR(m_http.get(path + u"?merchant_id="_s + m_influencer.id, m_admin.token), 404, u"not_found"_s);
    QString problem;
    const std::optional<QJsonArray> asAdmin =
        m_http.listAll(path + u"?merchant_id="_s + m_shop.merchant.id, m_admin.token, &problem);
    QVERIFY2(asAdmin.has_value(), qPrintable(problem));
    const std::optional<QJsonArray> asOwner = m_http.listAll(path, m_shop.merchant.token, &problem);
    QVERIFY2(asOwner.has_value(), qPrintable(problem));
    QVERIFY(!asOwner->isEmpty());
    QCOMPARE(*asAdmin, *asOwner);
    // A merchant's ledger is its own: another merchant's query parameter does not open it.
    const std::optional<QJsonArray> other =
        m_http.listAll(path + u"?merchant_id="_s + m_shop.merchant.id, m_otherShop.merchant.token, &problem);
    QVERIFY2(other.has_value(), qPrintable(problem));
    for (const QJsonValue &row : *other) {
        LM_VERIFY_SHAPE(transactionProblem, row.toObject());
        QVERIFY(!asOwner->contains(row));
    }
}

// ---------------------------------------------------------------------------------------------
// Role / owner matrix

void TestServerMoney::accessMatrix_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("status");

    const QStringList actors{u"anonymous"_s, u"merchant"_s, u"other merchant"_s, u"influencer"_s,
                             u"other influencer"_s, u"admin"_s};
    // API.md: 401 without a token, 403 for a role the route is not for, 404 for someone else's
    // resource. "merchant" owns the campaign, leads and payment; "influencer" brought the leads.
    const QList<QPair<QString, QList<int>>> routes{
        {u"POST /api/leads/create"_s, {401, 403, 403, 201, 201, 403}},
        {u"GET /api/leads"_s, {401, 200, 200, 200, 200, 200}},
        {u"GET /api/leads/{lead}"_s, {401, 200, 404, 200, 404, 200}},
        {u"PUT /api/leads/{lead}/validate"_s, {401, 200, 404, 403, 403, 403}},
        {u"PUT /api/leads/{lead}/reject"_s, {401, 200, 404, 403, 403, 403}},
        {u"GET /api/leads/deposits/me"_s, {401, 200, 200, 403, 403, 403}},
        {u"GET /api/leads/deposits/transactions"_s, {401, 200, 200, 403, 403, 200}},
        {u"POST /api/leads/deposits/recharge"_s, {401, 201, 201, 403, 403, 403}},
        {u"GET /api/payments/{payment}"_s, {401, 200, 404, 403, 403, 200}},
        {u"GET /api/payments/providers"_s, {401, 200, 200, 403, 403, 200}},
        {u"GET /api/influencer/stats"_s, {401, 403, 403, 200, 200, 403}},
        {u"GET /api/admin/alerts"_s, {401, 403, 403, 403, 403, 200}},
        {u"PUT /api/admin/merchants/{merchant}"_s, {401, 403, 403, 403, 403, 200}},
        {u"GET /api/admin/ledger-check"_s, {401, 403, 403, 403, 403, 200}},
        {u"GET /api/admin/audit"_s, {401, 403, 403, 403, 403, 200}},
    };
    for (const auto &[route, statuses] : routes) {
        for (int i = 0; i < actors.size(); ++i) {
            QTest::addRow("%s by %s -> %d", qPrintable(route), qPrintable(actors.at(i)), statuses.at(i))
                << route << actors.at(i) << statuses.at(i);
        }
    }
}

void TestServerMoney::accessMatrix()
{
    QFETCH(QString, route);
    QFETCH(QString, actor);
    QFETCH(int, status);
    const QString token = this->actor(actor).token;
    QString leadId;
    if (route.contains(u"{lead}"_s)) {
        const QJsonObject lead = createLead(m_shop.campaignId, 20000, m_influencer);
        QVERIFY(!lead.isEmpty());
        leadId = lead.value("id"_L1).toString();
    }
    Response r;
    if (route == u"POST /api/leads/create"_s) {
        r = m_http.post(u"/api/leads/create"_s, leadBody(m_shop.campaignId, 20000), token);
    } else if (route == u"GET /api/leads/{lead}"_s) {
        r = m_http.get(u"/api/leads/"_s + leadId, token);
    } else if (route == u"PUT /api/leads/{lead}/validate"_s) {
        r = m_http.put(u"/api/leads/"_s + leadId + u"/validate"_s, QJsonObject{{"quality_score"_L1, 7}}, token);
    } else if (route == u"PUT /api/leads/{lead}/reject"_s) {
        r = m_http.put(u"/api/leads/"_s + leadId + u"/reject"_s, QJsonObject{{"reason"_L1, u"Matrice"_s}}, token);
    } else if (route == u"GET /api/leads/deposits/transactions"_s) {
        r = m_http.get(u"/api/leads/deposits/transactions"_s
                           + (actor == u"admin"_s ? QString(u"?merchant_id="_s + m_shop.merchant.id) : QString()),
                       token);
    } else if (route == u"POST /api/leads/deposits/recharge"_s) {
        r = m_http.post(u"/api/leads/deposits/recharge"_s,
                        QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"sandbox"_s}}, token);
    } else if (route == u"GET /api/payments/{payment}"_s) {
        r = m_http.get(u"/api/payments/"_s + m_shop.paymentId, token);
    } else if (route == u"PUT /api/admin/merchants/{merchant}"_s) {
        // Setting "active" on an active deposit: allowed for the admin, changes nothing.
        r = m_http.put(u"/api/admin/merchants/"_s + m_shop.merchant.id, QJsonObject{{"status"_L1, u"active"_s}}, token);
    } else if (route.startsWith(u"GET "_s) && !route.contains(u'{')) {
        r = m_http.get(route.mid(4), token); // a plain read
    } else {
        QFAIL(qPrintable(u"no request for "_s + route));
    }
    if (status < 400) {
        LM_VERIFY_STATUS(r, status);
    } else {
        const QString code = status == 401 ? u"unauthenticated"_s : status == 403 ? u"forbidden"_s : u"not_found"_s;
        LM_VERIFY_ERROR(r, status, code);
    }
    // A refused decision left the lead pending.
    if (!leadId.isEmpty() && status >= 400) {
        const Response lead = m_http.get(u"/api/leads/"_s + leadId, m_admin.token);
        LM_VERIFY_STATUS(lead, 200);
        QCOMPARE(lead.json.value("status"_L1).toString(), u"pending"_s);
    }
}

QTEST_GUILESS_MAIN(TestServerMoney)
#include "tst_server_money.moc"
