// Contract v2 "Influencer: performance and payouts" (the payouts half): bank details (the RIB and
// its key, stored sealed — the database never holds the digits — and only the last 4 digits ever
// answered), the data key (503 not_configured without it, a clear start-up error when it is not 32
// bytes), payout requests (the minimum, the available amount, bank details required, idempotent,
// never above the available amount under parallel requests on two server processes), the admins'
// decision exactly once (paid with a reference, rejected with a reason that gives the amount back),
// the influencer told on the dashboard and by email, the audit log, the lists, and the ledger check
// of every influencer's earnings ledger. The ledger check must pass after every test function.

#include "moneyharness.h"
#include "paymenttestkit.h"
#include "serverfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

// Valid RIBs (the key is 97 − ((first 22 digits × 100) mod 97)) as people write them.
const QString ribA = u"007 780 0001234567890123 96"_s; // shown as •••• •••• 2396
const QString ribB = u"230 181 0000000000000000 97"_s; // shown as •••• •••• 0097
const QString maskedA = u"•••• •••• 2396"_s;
const QString maskedB = u"•••• •••• 0097"_s;

QString digitsOf(const QString &rib)
{
    QString digits;
    for (const QChar c : rib) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// The first run of `width` consecutive digits of `rib` found in `text`, or empty: only the last 4
// digits may ever appear anywhere.
QString leakedDigits(const QString &text, const QString &rib, int width = 5)
{
    const QString digits = digitsOf(rib);
    for (qsizetype i = 0; i + width <= digits.size(); ++i) {
        if (text.contains(digits.mid(i, width)))
            return digits.mid(i, width);
    }
    return {};
}

Headers idempotencyKey(const QString &key)
{
    return {{"Idempotency-Key"_ba, key.toUtf8()}};
}

int countStatus(const QList<Response> &responses, int status, const QString &code = {})
{
    int n = 0;
    for (const Response &r : responses) {
        if (r.status == status && (code.isEmpty() || r.errorCode() == code))
            ++n;
    }
    return n;
}

// API.md's Payout: exact keys, types and times; empty when `p` matches.
QString payoutProblem(const QJsonObject &p)
{
    QStringList keys = p.keys();
    std::sort(keys.begin(), keys.end());
    const QStringList wanted{u"amount_cents"_s, u"decided_at"_s,  u"id"_s,           u"influencer_id"_s,
                             u"influencer_name"_s, u"reason"_s, u"reference"_s, u"requested_at"_s,
                             u"rib_masked"_s,   u"status"_s,      u"updated_at"_s};
    if (keys != wanted)
        return u"keys are "_s + keys.join(u',');
    for (const char *key : {"id", "influencer_id", "influencer_name", "status", "rib_masked"}) {
        if (!p.value(QLatin1StringView(key)).isString())
            return QLatin1StringView(key) + u" is not a string"_s;
    }
    if (!p.value("amount_cents"_L1).isDouble() || p.value("amount_cents"_L1).toInteger() <= 0)
        return u"amount_cents is not a positive integer"_s;
    if (!isApiTime(p.value("requested_at"_L1)) || !isApiTime(p.value("updated_at"_L1)))
        return u"requested_at or updated_at is not an API time"_s;
    const QString status = p.value("status"_L1).toString();
    const bool decided = status != u"requested"_s;
    if (decided != isApiTime(p.value("decided_at"_L1)) || (!decided && !p.value("decided_at"_L1).isNull()))
        return u"decided_at does not match the status"_s;
    if ((status == u"paid"_s) != p.value("reference"_L1).isString()
        || (status != u"paid"_s && !p.value("reference"_L1).isNull()))
        return u"reference does not match the status"_s;
    if ((status == u"rejected"_s) != p.value("reason"_L1).isString()
        || (status != u"rejected"_s && !p.value("reason"_L1).isNull()))
        return u"reason does not match the status"_s;
    return {};
}

} // namespace

#define LM_VERIFY_PAYOUT(object)                                                                            \
    do {                                                                                                    \
        const QJsonObject lmPayout_ = (object);                                                             \
        const QString lmShape_ = payoutProblem(lmPayout_);                                                  \
        QVERIFY2(lmShape_.isEmpty(),                                                                        \
                 qPrintable(lmShape_ + QStringLiteral(": ")                                                 \
                            + QString::fromUtf8(QJsonDocument(lmPayout_).toJson(QJsonDocument::Compact)))); \
    } while (false)

class TestServerPayouts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void bankDetails_data();
    void bankDetails();
    void bankDetailsStoredSealed();
    void bankDetailsBeforeAnySave();
    void withoutDataKey();
    void badSettingsStopTheStart_data();
    void badSettingsStopTheStart();

    void minimum_data();
    void minimum();
    void minimumIsASetting();
    void aboveAvailable();
    void withoutBankDetails();
    void requestFields_data();
    void requestFields();
    void requestedPayout();
    void payoutKeepsTheRibItWasRequestedTo();
    void parallelWithOneKey();
    void parallelWithTwoKeysNeverOverdraw();

    void rejectGivesTheAmountBack();
    void paidExactlyOnce();
    void decisionFields_data();
    void decisionFields();
    void parallelDecisionsDecideOnce();
    void listsAndPaging();
    void ledgerCheckSeesATamperedEntry();

    void accessMatrix_data();
    void accessMatrix();

private:
    QProcessEnvironment serverEnv() const;
    /// A new influencer, with bank details (ribA) unless `rib` is empty, who earned `earned` centimes.
    Account influencer(qint64 earned, const QString &rib = ribA);
    void earn(const Account &influencer, qint64 cents);
    QJsonObject stats(const Account &influencer);
    Response requestPayout(const Account &influencer, qint64 cents, const QString &key = {});
    Response decide(const QString &payoutId, const QJsonObject &body);
    QJsonArray payoutsOf(const Account &influencer);

    QTemporaryDir m_keys;
    QString m_keyFile;
    ServerFixture m_fixture;
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    MerchantSetup m_shop; ///< its campaign pays the whole estimated value to the influencer
};

QProcessEnvironment TestServerPayouts::serverEnv() const
{
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_DATA_KEY_FILE"_s, m_keyFile);
    return env;
}

void TestServerPayouts::initTestCase()
{
    QVERIFY(m_keys.isValid());
    m_keyFile = m_keys.filePath(u"data.key"_s);
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(char(QRandomGenerator::system()->bounded(256)));
    QCOMPARE(key.write(bytes), qint64(32));
    key.close();

    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s}, serverEnv());
    QJsonObject campaign = fullCommissionCampaign();
    campaign.insert("influencer_share_bp"_L1, 10000); // a lead of value v earns its influencer exactly v
    m_shop = setUpMerchant(m_http, 50000000, campaign, u"Atlas Services"_s);
    LM_VERIFY_OK(m_shop);
}

void TestServerPayouts::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerPayouts::cleanup()
{
    if (m_fixture.server().isRunning() && m_admin.ok())
        LM_VERIFY_LEDGER(m_http, m_admin.token);
}

void TestServerPayouts::earn(const Account &influencer, qint64 cents)
{
    const Response lead = m_http.post(u"/api/leads/create"_s, leadBody(m_shop.campaignId, cents), influencer.token);
    LM_VERIFY_STATUS(lead, 201);
    QCOMPARE(lead.json.value("influencer_share_cents"_L1).toInteger(), cents);
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/%1/validate"_s.arg(lead.json.value("id"_L1).toString()),
                                QJsonObject{{"quality_score"_L1, 8}}, m_shop.merchant.token),
                     200);
}

Account TestServerPayouts::influencer(qint64 earned, const QString &rib)
{
    Account account = m_http.registerUser(u"influencer"_s);
    if (!account.ok())
        return account;
    if (!rib.isEmpty()) {
        const Response saved = m_http.put(u"/api/me/bank"_s,
                                          QJsonObject{{"holder_name"_L1, account.displayName}, {"rib"_L1, rib}},
                                          account.token);
        if (saved.status != 200)
            account.error = u"bank details not saved: "_s + saved.describe();
    }
    if (earned > 0 && account.ok()) {
        earn(account, earned);
        if (QTest::currentTestFailed())
            account.error = u"could not earn"_s;
    }
    return account;
}

QJsonObject TestServerPayouts::stats(const Account &influencer)
{
    const Response r = m_http.get(u"/api/influencer/stats"_s, influencer.token);
    if (r.status != 200)
        qWarning("%s", qPrintable(r.describe()));
    return r.json;
}

Response TestServerPayouts::requestPayout(const Account &influencer, qint64 cents, const QString &key)
{
    return m_http.request("POST", u"/api/influencer/payouts"_s, QJsonObject{{"amount_cents"_L1, cents}},
                          influencer.token, key.isEmpty() ? Headers{} : idempotencyKey(key));
}

Response TestServerPayouts::decide(const QString &payoutId, const QJsonObject &body)
{
    return m_http.put(u"/api/admin/payouts/"_s + payoutId, body, m_admin.token);
}

QJsonArray TestServerPayouts::payoutsOf(const Account &influencer)
{
    QString problem;
    const auto items = m_http.listAll(u"/api/influencer/payouts"_s, influencer.token, &problem);
    if (!items)
        qWarning("%s", qPrintable(problem));
    return items.value_or(QJsonArray());
}

// ---------------------------------------------------------------------------------------------
// Bank details

void TestServerPayouts::bankDetails_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("refusedField"); // empty: 200
    QTest::addColumn<QString>("masked");

    const auto body = [](const QJsonValue &rib, const QJsonValue &holder = QJsonValue(u"Yasmine Alaoui"_s)) {
        QJsonObject b;
        if (!rib.isUndefined())
            b.insert("rib"_L1, rib);
        if (!holder.isUndefined())
            b.insert("holder_name"_L1, holder);
        return b;
    };
    QTest::newRow("grouped 3 3 16 2") << body(ribA) << QString() << maskedA;
    QTest::newRow("24 digits, no space") << body(u"007780000123456789012396"_s) << QString() << maskedA;
    QTest::newRow("spaces anywhere") << body(u" 0077 8000 0123 4567 8901 2396 "_s) << QString() << maskedA;
    QTest::newRow("key 97") << body(ribB) << QString() << maskedB;
    QTest::newRow("wrong key: 95 for 96") << body(u"007 780 0001234567890123 95"_s) << u"rib"_s << QString();
    QTest::newRow("a changed digit, same key") << body(u"007 780 0001234567890124 96"_s) << u"rib"_s << QString();
    QTest::newRow("key 00 is never valid") << body(u"007 780 0001234567890123 00"_s) << u"rib"_s << QString();
    QTest::newRow("key 98 is never valid") << body(u"007 780 0001234567890123 98"_s) << u"rib"_s << QString();
    QTest::newRow("key 99 is never valid") << body(u"007 780 0001234567890123 99"_s) << u"rib"_s << QString();
    QTest::newRow("23 digits") << body(u"007 780 000123456789012 96"_s) << u"rib"_s << QString();
    QTest::newRow("25 digits") << body(u"007 780 00012345678901234 96"_s) << u"rib"_s << QString();
    QTest::newRow("a letter") << body(u"007 780 000123456789012A 96"_s) << u"rib"_s << QString();
    QTest::newRow("dashes are not spaces") << body(u"007-780-0001234567890123-96"_s) << u"rib"_s << QString();
    QTest::newRow("Arabic-Indic digits") << body(u"٠٠٧ ٧٨٠ ٠٠٠١٢٣٤٥٦٧٨٩٠١٢٣ ٩٦"_s) << u"rib"_s << QString();
    QTest::newRow("rib as a number") << body(QJsonValue(7780000123.0)) << u"rib"_s << QString();
    QTest::newRow("rib missing") << body(QJsonValue(QJsonValue::Undefined)) << u"rib"_s << QString();
    QTest::newRow("rib blank") << body(u"   "_s) << u"rib"_s << QString();
    QTest::newRow("rib of 65 characters") << body(QString(QString(41, u'0') + ribA.left(24))) << u"rib"_s << QString();
    QTest::newRow("holder_name missing") << body(ribA, QJsonValue(QJsonValue::Undefined)) << u"holder_name"_s
                                         << QString();
    QTest::newRow("holder_name blank") << body(ribA, u" "_s) << u"holder_name"_s << QString();
    QTest::newRow("holder_name of 201 characters") << body(ribA, QString(201, u'a')) << u"holder_name"_s << QString();
}

void TestServerPayouts::bankDetails()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, refusedField);
    QFETCH(QString, masked);
    const Account influencer = this->influencer(0, {});
    LM_VERIFY_ACCOUNT(influencer);
    const Response saved = m_http.put(u"/api/me/bank"_s, body, influencer.token);
    if (!refusedField.isEmpty()) {
        LM_VERIFY_FIELD_ERROR(saved, refusedField);
        LM_VERIFY_ERROR(m_http.get(u"/api/me/bank"_s, influencer.token), 404, u"not_found"_s);
        return;
    }
    LM_VERIFY_STATUS(saved, 200);
    QCOMPARE(saved.json, (QJsonObject{{"holder_name"_L1, u"Yasmine Alaoui"_s}, {"rib_masked"_L1, masked}}));
    const QString rib = body.value("rib"_L1).toString();
    QVERIFY2(leakedDigits(QString::fromUtf8(saved.body), rib).isEmpty(), saved.body.constData());
    const Response read = m_http.get(u"/api/me/bank"_s, influencer.token);
    LM_VERIFY_STATUS(read, 200);
    QCOMPARE(read.json, saved.json);
    QVERIFY2(leakedDigits(QString::fromUtf8(read.body), rib).isEmpty(), read.body.constData());
}

void TestServerPayouts::bankDetailsStoredSealed()
{
    const Account influencer = this->influencer(30000);
    LM_VERIFY_ACCOUNT(influencer);
    DbProbe db(m_fixture.db().url());
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const QString row = u"SELECT holder_name || '|' || rib_sealed || '|' || rib_last4 FROM bank_accounts "
                        u"WHERE influencer_id = ?"_s;
    const QString first = db.value(row, {influencer.id}).toString();
    QVERIFY2(first.contains(u"|v1:"_s), qPrintable(first));
    // Only the last 4 digits are in clear: no run of 5 of the RIB's digits anywhere in the row.
    QVERIFY2(leakedDigits(first, ribA).isEmpty(), qPrintable(first));
    QVERIFY2(first.endsWith(u"|2396"_s), qPrintable(first));

    // The same RIB saved again is sealed anew (a random nonce per value).
    LM_VERIFY_STATUS(m_http.put(u"/api/me/bank"_s, QJsonObject{{"holder_name"_L1, influencer.displayName}, {"rib"_L1, ribA}},
                                influencer.token),
                     200);
    const QString second = db.value(row, {influencer.id}).toString();
    QVERIFY2(second != first && second.endsWith(u"|2396"_s), qPrintable(second));

    // A payout keeps its own sealed copy: no digits there either.
    const Response payout = requestPayout(influencer, 20000);
    LM_VERIFY_STATUS(payout, 201);
    const QString payoutRow =
        db.value(u"SELECT rib_sealed || '|' || rib_last4 FROM payouts WHERE id = ?"_s, {payout.json.value("id"_L1).toString()})
            .toString();
    QVERIFY2(payoutRow.startsWith(u"v1:"_s) && leakedDigits(payoutRow, ribA).isEmpty(), qPrintable(payoutRow));
    QVERIFY2(leakedDigits(QString::fromUtf8(payout.body), ribA).isEmpty(), payout.body.constData());
}

void TestServerPayouts::bankDetailsBeforeAnySave()
{
    const Account influencer = this->influencer(0, {});
    LM_VERIFY_ACCOUNT(influencer);
    LM_VERIFY_ERROR(m_http.get(u"/api/me/bank"_s, influencer.token), 404, u"not_found"_s);
    // A second save replaces the first.
    LM_VERIFY_STATUS(m_http.put(u"/api/me/bank"_s, QJsonObject{{"holder_name"_L1, u"A"_s}, {"rib"_L1, ribA}},
                                influencer.token),
                     200);
    LM_VERIFY_STATUS(m_http.put(u"/api/me/bank"_s, QJsonObject{{"holder_name"_L1, u"B"_s}, {"rib"_L1, ribB}},
                                influencer.token),
                     200);
    QCOMPARE(m_http.get(u"/api/me/bank"_s, influencer.token).json,
             (QJsonObject{{"holder_name"_L1, u"B"_s}, {"rib_masked"_L1, maskedB}}));
}

void TestServerPayouts::withoutDataKey()
{
    // A second server on the same database, without LEADMARKET_DATA_KEY_FILE.
    const Account influencer = this->influencer(30000);
    LM_VERIFY_ACCOUNT(influencer);
    ServerProcess keyless(m_fixture.db().url(), {u"--sandbox-payments"_s});
    QVERIFY2(keyless.start(), qPrintable(keyless.errorString()));
    Http other(keyless.baseUrl());
    LM_VERIFY_ERROR(other.put(u"/api/me/bank"_s, QJsonObject{{"holder_name"_L1, u"A"_s}, {"rib"_L1, ribA}},
                              influencer.token),
                    503, u"not_configured"_s);
    LM_VERIFY_ERROR(other.get(u"/api/me/bank"_s, influencer.token), 503, u"not_configured"_s);
    LM_VERIFY_ERROR(other.post(u"/api/influencer/payouts"_s, QJsonObject{{"amount_cents"_L1, 20000}}, influencer.token),
                    503, u"not_configured"_s);
    // Nothing else needs the key: stats, lists and decisions still answer.
    const Response stats = other.get(u"/api/influencer/stats"_s, influencer.token);
    LM_VERIFY_STATUS(stats, 200);
    QCOMPARE(stats.json.value("available_cents"_L1).toInteger(), qint64(30000));
    LM_VERIFY_STATUS(other.get(u"/api/influencer/payouts"_s, influencer.token), 200);
    LM_VERIFY_STATUS(other.get(u"/api/admin/payouts"_s, m_admin.token), 200);
    QVERIFY2(keyless.stderrOutput().contains("LEADMARKET_DATA_KEY_FILE"),
             "the server does not say at start that bank details are off");
    keyless.stop();
}

void TestServerPayouts::badSettingsStopTheStart_data()
{
    QTest::addColumn<QByteArray>("keyBytes"); // written to a key file; "-" → a path that does not exist
    QTest::addColumn<QString>("minPayout");   // LEADMARKET_MIN_PAYOUT_CENTS, empty: unset
    QTest::addColumn<QByteArray>("message");  // in the server's stderr

    QTest::newRow("key of 31 bytes") << QByteArray(31, 'k') << QString() << "exactly 32 bytes"_ba;
    QTest::newRow("key of 33 bytes") << QByteArray(33, 'k') << QString() << "exactly 32 bytes"_ba;
    QTest::newRow("empty key file") << QByteArray() << QString() << "exactly 32 bytes"_ba;
    QTest::newRow("key file missing") << "-"_ba << QString() << "cannot read the data key file"_ba;
    QTest::newRow("minimum payout 0") << QByteArray(32, 'k') << u"0"_s << "LEADMARKET_MIN_PAYOUT_CENTS"_ba;
    QTest::newRow("minimum payout not a number") << QByteArray(32, 'k') << u"200 dhs"_s
                                                 << "LEADMARKET_MIN_PAYOUT_CENTS"_ba;
}

void TestServerPayouts::badSettingsStopTheStart()
{
    QFETCH(QByteArray, keyBytes);
    QFETCH(QString, minPayout);
    QFETCH(QByteArray, message);
    const QString path = m_keys.filePath(u"bad-"_s + uniqueSuffix() + u".key"_s);
    if (keyBytes != "-") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keyBytes);
    }
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_DATA_KEY_FILE"_s, path);
    if (!minPayout.isEmpty())
        env.insert(u"LEADMARKET_MIN_PAYOUT_CENTS"_s, minPayout);
    ServerProcess server(m_fixture.db().url(), {}, env);
    QVERIFY2(!server.start(), "the server started with a bad setting");
    QVERIFY2(server.stderrOutput().contains(message), server.stderrOutput().constData());
}

// ---------------------------------------------------------------------------------------------
// Payout requests

void TestServerPayouts::minimum_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("status");
    QTest::newRow("199.99 MAD is below the 200 MAD minimum") << qint64(19999) << 422;
    QTest::newRow("200.00 MAD is the minimum") << qint64(20000) << 201;
    QTest::newRow("200.01 MAD") << qint64(20001) << 201;
}

void TestServerPayouts::minimum()
{
    QFETCH(qint64, amount);
    QFETCH(int, status);
    const Account influencer = this->influencer(25000);
    LM_VERIFY_ACCOUNT(influencer);
    QCOMPARE(stats(influencer).value("min_payout_cents"_L1).toInteger(), qint64(20000));
    const Response r = requestPayout(influencer, amount);
    if (status == 422) {
        LM_VERIFY_FIELD_ERROR(r, u"amount_cents"_s);
        QCOMPARE(stats(influencer).value("available_cents"_L1).toInteger(), qint64(25000));
        QVERIFY(payoutsOf(influencer).isEmpty());
        return;
    }
    LM_VERIFY_STATUS(r, 201);
    QCOMPARE(r.json.value("amount_cents"_L1).toInteger(), amount);
    QCOMPARE(stats(influencer).value("available_cents"_L1).toInteger(), 25000 - amount);
}

void TestServerPayouts::minimumIsASetting()
{
    QProcessEnvironment env = serverEnv();
    env.insert(u"LEADMARKET_MIN_PAYOUT_CENTS"_s, u"5000"_s);
    ServerProcess lower(m_fixture.db().url(), {}, env);
    QVERIFY2(lower.start(), qPrintable(lower.errorString()));
    Http other(lower.baseUrl());
    const Account influencer = this->influencer(12000);
    LM_VERIFY_ACCOUNT(influencer);
    QCOMPARE(other.get(u"/api/influencer/stats"_s, influencer.token).json.value("min_payout_cents"_L1).toInteger(),
             qint64(5000));
    LM_VERIFY_FIELD_ERROR(other.post(u"/api/influencer/payouts"_s, QJsonObject{{"amount_cents"_L1, 4999}}, influencer.token),
                          u"amount_cents"_s);
    LM_VERIFY_STATUS(other.post(u"/api/influencer/payouts"_s, QJsonObject{{"amount_cents"_L1, 5000}}, influencer.token),
                     201);
    lower.stop();
}

void TestServerPayouts::aboveAvailable()
{
    const Account influencer = this->influencer(30000);
    LM_VERIFY_ACCOUNT(influencer);
    LM_VERIFY_FIELD_ERROR(requestPayout(influencer, 30001), u"amount_cents"_s);
    const Response all = requestPayout(influencer, 30000);
    LM_VERIFY_STATUS(all, 201);
    // Nothing left: the minimum is now above the available amount.
    LM_VERIFY_FIELD_ERROR(requestPayout(influencer, 20000), u"amount_cents"_s);
    // Pending earnings are not available: a lead not yet validated does not count.
    LM_VERIFY_STATUS(m_http.post(u"/api/leads/create"_s, leadBody(m_shop.campaignId, 50000), influencer.token), 201);
    QCOMPARE(stats(influencer).value("pending_earnings_cents"_L1).toInteger(), qint64(50000));
    LM_VERIFY_FIELD_ERROR(requestPayout(influencer, 20000), u"amount_cents"_s);
    const QJsonObject s = stats(influencer);
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(30000));
    QCOMPARE(s.value("requested_cents"_L1).toInteger(), qint64(30000));
    QCOMPARE(s.value("available_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(payoutsOf(influencer).size(), 1);
}

void TestServerPayouts::withoutBankDetails()
{
    const Account influencer = this->influencer(30000, {});
    LM_VERIFY_ACCOUNT(influencer);
    const Response r = requestPayout(influencer, 20000);
    LM_VERIFY_FIELD_ERROR(r, u"bank"_s);
    QVERIFY2(!r.json.value("error"_L1).toObject().value("fields"_L1).toObject().contains("amount_cents"_L1),
             qPrintable(r.describe()));
    // Below the minimum too: both fields are named.
    const Response both = requestPayout(influencer, 100);
    LM_VERIFY_FIELD_ERROR(both, u"bank"_s);
    LM_VERIFY_FIELD_ERROR(both, u"amount_cents"_s);
    QVERIFY(payoutsOf(influencer).isEmpty());
    QCOMPARE(stats(influencer).value("available_cents"_L1).toInteger(), qint64(30000));
}

void TestServerPayouts::requestFields_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("amount_cents missing") << QJsonObject{};
    QTest::newRow("amount_cents null") << QJsonObject{{"amount_cents"_L1, QJsonValue()}};
    QTest::newRow("amount_cents a string") << QJsonObject{{"amount_cents"_L1, u"20000"_s}};
    QTest::newRow("amount_cents with a fraction") << QJsonObject{{"amount_cents"_L1, 20000.5}};
    QTest::newRow("amount_cents 0") << QJsonObject{{"amount_cents"_L1, 0}};
    QTest::newRow("amount_cents negative") << QJsonObject{{"amount_cents"_L1, -20000}};
    QTest::newRow("amount_cents above 99,999,999") << QJsonObject{{"amount_cents"_L1, 100000000}};
}

void TestServerPayouts::requestFields()
{
    QFETCH(QJsonObject, body);
    const Account influencer = this->influencer(30000);
    LM_VERIFY_ACCOUNT(influencer);
    LM_VERIFY_FIELD_ERROR(m_http.post(u"/api/influencer/payouts"_s, body, influencer.token), u"amount_cents"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/influencer/payouts"_s, Body::raw("{\"amount_cents\":"), influencer.token), 400,
                    u"invalid_json"_s);
    QVERIFY(payoutsOf(influencer).isEmpty());
}

void TestServerPayouts::requestedPayout()
{
    const Account influencer = this->influencer(45000);
    LM_VERIFY_ACCOUNT(influencer);
    const Response r = requestPayout(influencer, 30000);
    LM_VERIFY_STATUS(r, 201);
    LM_VERIFY_PAYOUT(r.json);
    QCOMPARE(r.json.value("influencer_id"_L1).toString(), influencer.id);
    QCOMPARE(r.json.value("influencer_name"_L1).toString(), influencer.displayName);
    QCOMPARE(r.json.value("status"_L1).toString(), u"requested"_s);
    QCOMPARE(r.json.value("rib_masked"_L1).toString(), maskedA);
    QCOMPARE(r.json.value("amount_cents"_L1).toInteger(), qint64(30000));

    const QJsonObject s = stats(influencer);
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(45000));
    QCOMPARE(s.value("requested_cents"_L1).toInteger(), qint64(30000));
    QCOMPARE(s.value("paid_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(s.value("available_cents"_L1).toInteger(), qint64(15000));

    // The influencer's list and the admins' hold it as answered.
    const QJsonArray own = payoutsOf(influencer);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).toObject(), r.json);
    const auto requested = m_http.listAll(u"/api/admin/payouts?status=requested"_s, m_admin.token);
    QVERIFY(requested.has_value());
    bool listed = false;
    for (const QJsonValue &item : *requested)
        listed |= item.toObject() == r.json;
    QVERIFY(listed);
    // Admins hear of it on their dashboard.
    const auto notices = m_http.listAll(u"/api/notifications"_s, m_admin.token);
    QVERIFY(notices.has_value());
    bool told = false;
    for (const QJsonValue &n : *notices)
        told |= n.toObject().value("kind"_L1).toString() == u"payout_requested"_s
            && n.toObject().value("title"_L1).toString().contains(influencer.displayName);
    QVERIFY(told);
}

void TestServerPayouts::payoutKeepsTheRibItWasRequestedTo()
{
    const Account influencer = this->influencer(60000);
    LM_VERIFY_ACCOUNT(influencer);
    const Response first = requestPayout(influencer, 20000);
    LM_VERIFY_STATUS(first, 201);
    LM_VERIFY_STATUS(m_http.put(u"/api/me/bank"_s, QJsonObject{{"holder_name"_L1, u"New"_s}, {"rib"_L1, ribB}},
                                influencer.token),
                     200);
    const Response second = requestPayout(influencer, 20000);
    LM_VERIFY_STATUS(second, 201);
    QCOMPARE(second.json.value("rib_masked"_L1).toString(), maskedB);
    QJsonArray own = payoutsOf(influencer);
    QCOMPARE(own.size(), 2);
    // Newest first; the first still names the account it was requested to.
    QCOMPARE(own.at(0).toObject().value("id"_L1), second.json.value("id"_L1));
    QCOMPARE(own.at(1).toObject().value("rib_masked"_L1).toString(), maskedA);
}

void TestServerPayouts::parallelWithOneKey()
{
    const Account influencer = this->influencer(100000);
    LM_VERIFY_ACCOUNT(influencer);
    const QString key = u"payout-"_s + uniqueSuffix();
    const QList<Response> answers = runParallel(m_fixture.server().baseUrl(), 8, [&](int) {
        return RequestSpec{"POST"_ba, u"/api/influencer/payouts"_s, QJsonObject{{"amount_cents"_L1, 30000}},
                           influencer.token, idempotencyKey(key)};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 201) >= 1, qPrintable(summary));
    QVERIFY2(countStatus(answers, 201) + countStatus(answers, 409, u"idempotency_conflict"_s) == 8, qPrintable(summary));
    QByteArray first;
    for (const Response &r : answers) {
        if (r.status != 201)
            continue;
        if (first.isEmpty())
            first = r.body;
        QCOMPARE(r.body, first); // the same answer every time
    }
    QCOMPARE(payoutsOf(influencer).size(), 1);
    QCOMPARE(stats(influencer).value("available_cents"_L1).toInteger(), qint64(70000));
    // A retry later still answers the first payout, and changes nothing.
    const Response retry = requestPayout(influencer, 30000, key);
    LM_VERIFY_STATUS(retry, 201);
    QCOMPARE(retry.body, first);
    QCOMPARE(payoutsOf(influencer).size(), 1);
}

void TestServerPayouts::parallelWithTwoKeysNeverOverdraw()
{
    // Two server processes on one database, twelve requests of 200 MAD with their own keys against
    // 1,000 MAD available: exactly five are granted, whichever process takes them.
    ServerProcess second(m_fixture.db().url(), {u"--sandbox-payments"_s}, serverEnv());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const Account influencer = this->influencer(100000);
    LM_VERIFY_ACCOUNT(influencer);
    const QList<Response> answers = runParallelOn({m_fixture.server().baseUrl(), second.baseUrl()}, 12, [&](int i) {
        return RequestSpec{"POST"_ba, u"/api/influencer/payouts"_s, QJsonObject{{"amount_cents"_L1, 20000}},
                           influencer.token, idempotencyKey(u"two-keys-%1-"_s.arg(i) + uniqueSuffix())};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 201) == 5, qPrintable(summary));
    QVERIFY2(countStatus(answers, 422, u"validation_failed"_s) == 7, qPrintable(summary));
    for (const Response &r : answers) {
        if (r.status == 422)
            LM_VERIFY_FIELD_ERROR(r, u"amount_cents"_s);
    }
    const QJsonObject s = stats(influencer);
    QCOMPARE(s.value("requested_cents"_L1).toInteger(), qint64(100000));
    QCOMPARE(s.value("available_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(payoutsOf(influencer).size(), 5);
    Http other(second.baseUrl());
    LM_VERIFY_LEDGER(other, m_admin.token);
    second.stop();
}

// ---------------------------------------------------------------------------------------------
// Decisions

void TestServerPayouts::rejectGivesTheAmountBack()
{
    const Account influencer = this->influencer(30000);
    LM_VERIFY_ACCOUNT(influencer);
    const Response requested = requestPayout(influencer, 25000);
    LM_VERIFY_STATUS(requested, 201);
    QCOMPARE(stats(influencer).value("available_cents"_L1).toInteger(), qint64(5000));
    const QString id = requested.json.value("id"_L1).toString();

    const QString reason = u"Le titulaire du compte ne correspond pas"_s;
    const Response rejected = decide(id, {{"status"_L1, u"rejected"_s}, {"reason"_L1, reason}});
    LM_VERIFY_STATUS(rejected, 200);
    LM_VERIFY_PAYOUT(rejected.json);
    QCOMPARE(rejected.json.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(rejected.json.value("reason"_L1).toString(), reason);
    QVERIFY(rejected.json.value("reference"_L1).isNull());
    QVERIFY(parseApiTime(rejected.json.value("updated_at"_L1)) >= parseApiTime(requested.json.value("updated_at"_L1)));

    // The amount is available again; nothing is requested or paid.
    QJsonObject s = stats(influencer);
    QCOMPARE(s.value("available_cents"_L1).toInteger(), qint64(30000));
    QCOMPARE(s.value("requested_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(s.value("paid_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(payoutsOf(influencer).at(0).toObject(), rejected.json);

    // The influencer is told why, on the dashboard and by email.
    const auto notices = m_http.listAll(u"/api/notifications"_s, influencer.token);
    QVERIFY(notices.has_value());
    QCOMPARE(notices->size(), 1);
    QCOMPARE(notices->at(0).toObject().value("kind"_L1).toString(), u"payout_rejected"_s);
    QVERIFY(notices->at(0).toObject().value("body"_L1).toString().contains(reason));
    const auto outbox = m_http.listAll(u"/api/admin/outbox"_s, m_admin.token);
    QVERIFY(outbox.has_value());
    int emails = 0;
    for (const QJsonValue &row : *outbox) // besides the registration's verification email
        emails += row.toObject().value("recipient"_L1).toString() == influencer.email
            && row.toObject().value("channel"_L1).toString() == u"email"_s
            && !row.toObject().value("subject"_L1).toString().contains(u"confirmez"_s);
    QCOMPARE(emails, 1);

    // Decided once: neither paid nor rejected again; the amount can be requested anew.
    LM_VERIFY_ERROR(decide(id, {{"status"_L1, u"paid"_s}, {"reference"_L1, u"VIR-1"_s}}), 409, u"already_decided"_s);
    LM_VERIFY_ERROR(decide(id, {{"status"_L1, u"rejected"_s}, {"reason"_L1, reason}}), 409, u"already_decided"_s);
    QCOMPARE(stats(influencer).value("available_cents"_L1).toInteger(), qint64(30000));
    LM_VERIFY_STATUS(requestPayout(influencer, 30000), 201);
}

void TestServerPayouts::paidExactlyOnce()
{
    const Account influencer = this->influencer(50000);
    LM_VERIFY_ACCOUNT(influencer);
    const Response requested = requestPayout(influencer, 40000);
    LM_VERIFY_STATUS(requested, 201);
    const QString id = requested.json.value("id"_L1).toString();
    const QString reference = u"VIR-2026-"_s + uniqueSuffix();

    const Response paid = decide(id, {{"status"_L1, u"paid"_s}, {"reference"_L1, reference}});
    LM_VERIFY_STATUS(paid, 200);
    LM_VERIFY_PAYOUT(paid.json);
    QCOMPARE(paid.json.value("status"_L1).toString(), u"paid"_s);
    QCOMPARE(paid.json.value("reference"_L1).toString(), reference);
    QCOMPARE(paid.json.value("rib_masked"_L1).toString(), maskedA);
    QCOMPARE(paid.json.value("amount_cents"_L1).toInteger(), qint64(40000));

    QJsonObject s = stats(influencer);
    QCOMPARE(s.value("paid_cents"_L1).toInteger(), qint64(40000));
    QCOMPARE(s.value("requested_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(s.value("available_cents"_L1).toInteger(), qint64(10000));
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(50000));

    // Exactly once.
    LM_VERIFY_ERROR(decide(id, {{"status"_L1, u"paid"_s}, {"reference"_L1, reference}}), 409, u"already_decided"_s);
    LM_VERIFY_ERROR(decide(id, {{"status"_L1, u"rejected"_s}, {"reason"_L1, u"Trop tard"_s}}), 409,
                    u"already_decided"_s);
    QCOMPARE(stats(influencer).value("paid_cents"_L1).toInteger(), qint64(40000));

    // The influencer is told on the dashboard and by email, with the transfer's reference.
    const auto notices = m_http.listAll(u"/api/notifications"_s, influencer.token);
    QVERIFY(notices.has_value());
    QCOMPARE(notices->size(), 1);
    const QJsonObject notice = notices->at(0).toObject();
    QCOMPARE(notice.value("kind"_L1).toString(), u"payout_paid"_s);
    QVERIFY2(notice.value("body"_L1).toString().contains(reference), qPrintable(notice.value("body"_L1).toString()));
    QVERIFY2(leakedDigits(notice.value("body"_L1).toString(), ribA).isEmpty(), "a notification shows the RIB");
    const auto outbox = m_http.listAll(u"/api/admin/outbox"_s, m_admin.token);
    QVERIFY(outbox.has_value());
    QJsonObject email; // the newest to the influencer (the oldest is the registration's verification email)
    for (const QJsonValue &row : *outbox) {
        if (row.toObject().value("recipient"_L1).toString() == influencer.email && email.isEmpty())
            email = row.toObject();
    }
    QCOMPARE(email.value("channel"_L1).toString(), u"email"_s);
    QVERIFY2(email.value("subject"_L1).toString().contains(u"400,00"_s), qPrintable(email.value("subject"_L1).toString()));

    // The decision is in the audit log, with the admin who made it.
    const auto audit = m_http.listAll(u"/api/admin/audit"_s, m_admin.token);
    QVERIFY(audit.has_value());
    int entries = 0;
    for (const QJsonValue &row : *audit) {
        const QJsonObject a = row.toObject();
        if (a.value("target_id"_L1).toString() == id) {
            ++entries;
            QCOMPARE(a.value("action"_L1).toString(), u"payout.paid"_s);
            QCOMPARE(a.value("actor_id"_L1).toString(), m_admin.id);
            QVERIFY(a.value("details"_L1).toString().contains(reference));
        }
    }
    QCOMPARE(entries, 1);
}

void TestServerPayouts::decisionFields_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("status missing") << QJsonObject{{"reference"_L1, u"VIR-1"_s}} << u"status"_s;
    QTest::newRow("status requested") << QJsonObject{{"status"_L1, u"requested"_s}} << u"status"_s;
    QTest::newRow("status unknown") << QJsonObject{{"status"_L1, u"sent"_s}, {"reference"_L1, u"X"_s}} << u"status"_s;
    QTest::newRow("paid without a reference") << QJsonObject{{"status"_L1, u"paid"_s}} << u"reference"_s;
    QTest::newRow("paid with a blank reference") << QJsonObject{{"status"_L1, u"paid"_s}, {"reference"_L1, u"  "_s}}
                                                 << u"reference"_s;
    QTest::newRow("paid with a reason only") << QJsonObject{{"status"_L1, u"paid"_s}, {"reason"_L1, u"X"_s}}
                                             << u"reference"_s;
    QTest::newRow("rejected without a reason") << QJsonObject{{"status"_L1, u"rejected"_s}} << u"reason"_s;
    QTest::newRow("rejected with a reason of 501 characters")
        << QJsonObject{{"status"_L1, u"rejected"_s}, {"reason"_L1, QString(501, u'x')}} << u"reason"_s;
}

void TestServerPayouts::decisionFields()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Account influencer = this->influencer(20000);
    LM_VERIFY_ACCOUNT(influencer);
    const Response requested = requestPayout(influencer, 20000);
    LM_VERIFY_STATUS(requested, 201);
    LM_VERIFY_FIELD_ERROR(decide(requested.json.value("id"_L1).toString(), body), field);
    // 422 comes before 404 (API.md's order of checks).
    LM_VERIFY_FIELD_ERROR(decide(u"00000000-0000-0000-0000-000000000000"_s, body), field);
    // Still requested, still held.
    QCOMPARE(payoutsOf(influencer).at(0).toObject().value("status"_L1).toString(), u"requested"_s);
    QCOMPARE(stats(influencer).value("requested_cents"_L1).toInteger(), qint64(20000));
    // A good decision on an unknown payout: 404.
    LM_VERIFY_ERROR(decide(u"00000000-0000-0000-0000-000000000000"_s, {{"status"_L1, u"paid"_s}, {"reference"_L1, u"X"_s}}),
                    404, u"not_found"_s);
}

void TestServerPayouts::parallelDecisionsDecideOnce()
{
    // Paid and rejected at once, from two server processes: exactly one decision holds.
    ServerProcess second(m_fixture.db().url(), {u"--sandbox-payments"_s}, serverEnv());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const Account influencer = this->influencer(20000 * 4);
    LM_VERIFY_ACCOUNT(influencer);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const Response r = requestPayout(influencer, 20000);
        LM_VERIFY_STATUS(r, 201);
        ids << r.json.value("id"_L1).toString();
    }
    for (const QString &id : std::as_const(ids)) {
        const QList<Response> answers = runParallelOn({m_fixture.server().baseUrl(), second.baseUrl()}, 6, [&](int i) {
            const QJsonObject body = i % 2 == 0 ? QJsonObject{{"status"_L1, u"paid"_s}, {"reference"_L1, u"VIR-%1"_s.arg(i)}}
                                                : QJsonObject{{"status"_L1, u"rejected"_s}, {"reason"_L1, u"Non"_s}};
            return RequestSpec{"PUT"_ba, u"/api/admin/payouts/"_s + id, body, m_admin.token, {}};
        });
        const QString summary = statusSummary(answers);
        QVERIFY2(countStatus(answers, 200) == 1, qPrintable(summary));
        QVERIFY2(countStatus(answers, 409, u"already_decided"_s) == 5, qPrintable(summary));
    }
    // Whatever won, the sums follow: every payout is paid or rejected, nothing is requested.
    const QJsonObject s = stats(influencer);
    const QJsonArray own = payoutsOf(influencer);
    qint64 paid = 0;
    for (const QJsonValue &p : own)
        paid += p.toObject().value("status"_L1).toString() == u"paid"_s ? 20000 : 0;
    QCOMPARE(s.value("requested_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(s.value("paid_cents"_L1).toInteger(), paid);
    QCOMPARE(s.value("available_cents"_L1).toInteger(), 80000 - paid);
    Http other(second.baseUrl());
    LM_VERIFY_LEDGER(other, m_admin.token);
    second.stop();
}

void TestServerPayouts::listsAndPaging()
{
    const Account influencer = this->influencer(60000);
    LM_VERIFY_ACCOUNT(influencer);
    const Account other = this->influencer(20000);
    LM_VERIFY_ACCOUNT(other);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const Response r = requestPayout(influencer, 20000);
        LM_VERIFY_STATUS(r, 201);
        ids.prepend(r.json.value("id"_L1).toString()); // newest first
    }
    const Response others = requestPayout(other, 20000);
    LM_VERIFY_STATUS(others, 201);
    LM_VERIFY_STATUS(decide(ids.at(1), {{"status"_L1, u"paid"_s}, {"reference"_L1, u"VIR-list"_s}}), 200);

    // Own payouts only, newest first, page by page.
    const Response page1 = m_http.get(u"/api/influencer/payouts?limit=2"_s, influencer.token);
    LM_VERIFY_STATUS(page1, 200);
    const QJsonArray items1 = page1.json.value("items"_L1).toArray();
    QCOMPARE(items1.size(), 2);
    QCOMPARE(items1.at(0).toObject().value("id"_L1).toString(), ids.at(0));
    QCOMPARE(items1.at(1).toObject().value("id"_L1).toString(), ids.at(1));
    QVERIFY(isApiTime(page1.json.value("server_time"_L1)));
    const QString cursor = page1.json.value("next_cursor"_L1).toString();
    QVERIFY2(!cursor.isEmpty(), qPrintable(page1.describe()));
    const Response page2 = m_http.get(u"/api/influencer/payouts?limit=2&cursor="_s + cursor, influencer.token);
    LM_VERIFY_STATUS(page2, 200);
    QCOMPARE(page2.json.value("items"_L1).toArray().size(), 1);
    QCOMPARE(page2.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toString(), ids.at(2));
    QVERIFY(page2.json.value("next_cursor"_L1).isNull());
    for (const QJsonValue &item : payoutsOf(other))
        QVERIFY(!ids.contains(item.toObject().value("id"_L1).toString()));

    // Filtered by status, for the influencer and for admins (who see everyone's).
    const Response paidOwn = m_http.get(u"/api/influencer/payouts?status=paid"_s, influencer.token);
    QCOMPARE(paidOwn.json.value("items"_L1).toArray().size(), 1);
    const auto paidAll = m_http.listAll(u"/api/admin/payouts?status=paid"_s, m_admin.token);
    QVERIFY(paidAll.has_value());
    QSet<QString> paidIds;
    for (const QJsonValue &item : *paidAll) {
        QCOMPARE(item.toObject().value("status"_L1).toString(), u"paid"_s);
        LM_VERIFY_PAYOUT(item.toObject());
        paidIds.insert(item.toObject().value("id"_L1).toString());
    }
    QVERIFY(paidIds.contains(ids.at(1)));
    const auto all = m_http.listAll(u"/api/admin/payouts"_s, m_admin.token);
    QVERIFY(all.has_value());
    QSet<QString> allIds;
    for (const QJsonValue &item : *all)
        allIds.insert(item.toObject().value("id"_L1).toString());
    for (const QString &id : std::as_const(ids))
        QVERIFY(allIds.contains(id));
    QVERIFY(allIds.contains(others.json.value("id"_L1).toString()));
    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/admin/payouts?status=sent"_s, m_admin.token), u"status"_s);

    // A delta pull brings back what changed since.
    const QString since = page1.json.value("server_time"_L1).toString();
    QTest::qWait(5);
    LM_VERIFY_STATUS(decide(ids.at(0), {{"status"_L1, u"rejected"_s}, {"reason"_L1, u"Doublon"_s}}), 200);
    const Response delta = m_http.get(
        u"/api/influencer/payouts?updated_since="_s + QString::fromLatin1(QUrl::toPercentEncoding(since)), influencer.token);
    LM_VERIFY_STATUS(delta, 200);
    QSet<QString> changed;
    for (const QJsonValue &item : delta.json.value("items"_L1).toArray())
        changed.insert(item.toObject().value("id"_L1).toString());
    QVERIFY2(changed.contains(ids.at(0)), qPrintable(delta.describe()));
}

void TestServerPayouts::ledgerCheckSeesATamperedEntry()
{
    const Account influencer = this->influencer(30000);
    LM_VERIFY_ACCOUNT(influencer);
    const Response requested = requestPayout(influencer, 20000);
    LM_VERIFY_STATUS(requested, 201);
    const Response ok = m_http.get(u"/api/admin/ledger-check"_s, m_admin.token);
    LM_VERIFY_STATUS(ok, 200);
    QVERIFY(ok.json.value("influencers_checked"_L1).toInteger() >= 1);

    // A hand-made entry giving 1 MAD back without a rejection: the ledger no longer matches the payouts.
    DbProbe db(m_fixture.db().url());
    const QString entry = u"tamper-"_s + uniqueSuffix();
    db.value(u"INSERT INTO payout_entries (id, payout_id, influencer_id, kind, amount_cents, created_at) "
             u"VALUES (?, ?, ?, 'payout_rejected', 100, 0)"_s,
             {entry, requested.json.value("id"_L1).toString(), influencer.id});
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    const Response broken = m_http.get(u"/api/admin/ledger-check"_s, m_admin.token);
    LM_VERIFY_STATUS(broken, 200);
    QCOMPARE(broken.json.value("ok"_L1), QJsonValue(false));
    bool named = false;
    for (const QJsonValue &m : broken.json.value("mismatches"_L1).toArray()) {
        named |= m.toObject().value("influencer_id"_L1).toString() == influencer.id
            && m.toObject().value("expected_cents"_L1).toInteger() == 10100
            && m.toObject().value("actual_cents"_L1).toInteger() == 10000;
    }
    QVERIFY2(named, qPrintable(broken.describe()));
    db.value(u"DELETE FROM payout_entries WHERE id = ?"_s, {entry});
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
}

// ---------------------------------------------------------------------------------------------
// Who may use which route

void TestServerPayouts::accessMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QList<int>>("statuses"); // anonymous, merchant, influencer, admin

    const QJsonObject bank{{"holder_name"_L1, u"Yasmine"_s}, {"rib"_L1, ribA}};
    QTest::newRow("GET /api/me/bank") << "GET"_ba << u"/api/me/bank"_s << QJsonObject{} << QList<int>{401, 403, 200, 403};
    QTest::newRow("PUT /api/me/bank") << "PUT"_ba << u"/api/me/bank"_s << bank << QList<int>{401, 403, 200, 403};
    QTest::newRow("POST /api/influencer/payouts (1 centime: 422)")
        << "POST"_ba << u"/api/influencer/payouts"_s << QJsonObject{{"amount_cents"_L1, 1}} << QList<int>{401, 403, 422, 403};
    QTest::newRow("GET /api/influencer/payouts") << "GET"_ba << u"/api/influencer/payouts"_s << QJsonObject{}
                                                 << QList<int>{401, 403, 200, 403};
    QTest::newRow("GET /api/admin/payouts") << "GET"_ba << u"/api/admin/payouts"_s << QJsonObject{}
                                            << QList<int>{401, 403, 403, 200};
    QTest::newRow("PUT /api/admin/payouts/{unknown}")
        << "PUT"_ba << u"/api/admin/payouts/00000000-0000-0000-0000-000000000000"_s
        << QJsonObject{{"status"_L1, u"paid"_s}, {"reference"_L1, u"X"_s}} << QList<int>{401, 403, 403, 404};
}

void TestServerPayouts::accessMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QList<int>, statuses);
    const Account influencer = this->influencer(0);
    LM_VERIFY_ACCOUNT(influencer);
    const QList<QString> tokens{QString(), m_shop.merchant.token, influencer.token, m_admin.token};
    const QStringList names{u"anonymous"_s, u"merchant"_s, u"influencer"_s, u"admin"_s};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Response r = m_http.request(method, path, method == "GET" ? Body{} : Body(body), tokens.at(i));
        QVERIFY2(r.status == statuses.at(i), qPrintable(names.at(i) + u": "_s + r.describe()));
    }
}

QTEST_GUILESS_MAIN(TestServerPayouts)
#include "tst_server_payouts.moc"
