// Issue 17 (server): API.md contract v2 "Disputes" against the real server on SQLite and
// (tst_server_disputes_pg) PostgreSQL. An influencer disputes a rejection within 7 days (on the
// server's clock); admins list disputes newest first, uphold them (the lead stays rejected) or
// overturn them: the lead is validated and charged exactly as a merchant's validation charges it,
// from the merchant's available deposit (402 when short, nothing changed), exactly once even when
// several requests race on several connections and server processes.

#include "jobsfixture.h"
#include "moneyharness.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;
using namespace lmjobs;

namespace {

constexpr qint64 DisputeWindowS = 7LL * 24 * 3600;

QString leadPath(const QString &id, const QString &action = {})
{
    return u"/api/leads/"_s + id + (action.isEmpty() ? QString() : u'/' + action);
}

QString decisionPath(const QString &id)
{
    return u"/api/admin/disputes/"_s + id;
}

QJsonObject decision(const QString &what, const QString &note = {})
{
    QJsonObject body{{"decision"_L1, what}};
    if (!note.isEmpty())
        body.insert("note"_L1, note);
    return body;
}

QJsonObject rejectLead(Env &env, const Account &merchant, const QString &leadId)
{
    const Response r =
        env.http().put(leadPath(leadId, u"reject"_s), QJsonObject{{"reason"_L1, u"Injoignable"_s}}, merchant.token);
    if (r.status != 200)
        QTest::qFail(qPrintable(u"lead not rejected: "_s + r.describe()), __FILE__, __LINE__);
    return r.json;
}

/// A merchant's ledger rows about one lead, oldest first.
QJsonArray rowsOfLead(Http &http, const Account &merchant, const QString &leadId)
{
    QString problem;
    const QJsonArray all = transactionsOf(http, merchant, &problem);
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    QJsonArray rows;
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (all.at(i).toObject().value("lead_id"_L1).toString() == leadId)
            rows.append(all.at(i));
    }
    return rows;
}

QStringList kindsOf(const QJsonArray &rows)
{
    QStringList kinds;
    for (const QJsonValue &row : rows)
        kinds << row.toObject().value("kind"_L1).toString();
    return kinds;
}

qint64 earnedOf(Http &http, const Account &influencer)
{
    const Response r = http.get(u"/api/influencer/stats"_s, influencer.token);
    if (r.status != 200)
        QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
    return r.json.value("earned_cents"_L1).toInteger(-1);
}

/// The deposit without its updated_at (a read does not change it, a refused request must not either).
QJsonObject moneyOf(QJsonObject deposit)
{
    deposit.remove("updated_at"_L1);
    return deposit;
}

} // namespace

class TestServerDisputes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    // POST /api/leads/{id}/dispute
    void openDispute();
    void openRefused_data();
    void openRefused();
    void disputeWindow_data();
    void disputeWindow();

    // GET /api/admin/disputes
    void adminList();

    // PUT /api/admin/disputes/{lead_id}
    void uphold();
    void overturnChargesOnce();
    void overturnShortDeposit();
    void decideRefused_data();
    void decideRefused();
    void parallelDecisions_data();
    void parallelDecisions();

private:
    struct Rejected
    {
        Account merchant;
        Account influencer;
        QString campaignId;
        QJsonObject lead;
        QString id() const { return lead.value("id"_L1).toString(); }
    };
    /// A merchant with `depositCents`, an influencer (its own, so no hourly limit is shared between
    /// tests) and one lead of `valueCents` on an at-cost campaign (commission = value), rejected.
    Rejected rejected(qint64 depositCents, qint64 valueCents);
    /// `rejected(…)` then disputed by its influencer.
    Rejected disputed(qint64 depositCents, qint64 valueCents, const QString &note = u"Le client a bien signé"_s);

    std::unique_ptr<Env> m_env;
    QList<Account> m_merchants; ///< for the ledger check after each test
};

TestServerDisputes::Rejected TestServerDisputes::rejected(qint64 depositCents, qint64 valueCents)
{
    Env &env = *m_env;
    Rejected r;
    r.merchant = env.merchant(u"Litige "_s + uniqueSuffix());
    r.influencer = env.influencer();
    if (QTest::currentTestFailed())
        return r;
    m_merchants << r.merchant;
    if (depositCents > 0)
        env.recharge(r.merchant, depositCents);
    r.campaignId = env.campaign(r.merchant);
    if (QTest::currentTestFailed())
        return r;
    const QJsonObject created = env.lead(r.influencer, r.campaignId, valueCents);
    if (QTest::currentTestFailed())
        return r;
    r.lead = rejectLead(env, r.merchant, created.value("id"_L1).toString());
    return r;
}

TestServerDisputes::Rejected TestServerDisputes::disputed(qint64 depositCents, qint64 valueCents, const QString &note)
{
    Rejected r = rejected(depositCents, valueCents);
    if (QTest::currentTestFailed())
        return r;
    const Response answer =
        m_env->http().post(leadPath(r.id(), u"dispute"_s), QJsonObject{{"note"_L1, note}}, r.influencer.token);
    if (answer.status != 200)
        QTest::qFail(qPrintable(u"dispute not opened: "_s + answer.describe()), __FILE__, __LINE__);
    r.lead = answer.json;
    return r;
}

void TestServerDisputes::initTestCase()
{
    m_env = std::make_unique<Env>();
    QVERIFY2(m_env->start(QDateTime()), qPrintable(m_env->error()));
}

void TestServerDisputes::cleanup()
{
    // Whatever a test did, every deposit still equals its ledger.
    if (m_env && m_env->server().isRunning())
        LM_VERIFY_LEDGER(m_env->http(), m_env->admin().token);
}

void TestServerDisputes::cleanupTestCase()
{
    m_env.reset();
}

// ---------------------------------------------------------------------------------------------
// Opening a dispute

void TestServerDisputes::openDispute()
{
    Env &env = *m_env;
    const Rejected r = rejected(100000, 10000);
    LM_STOP_IF_FAILED();
    QVERIFY(r.lead.value("dispute"_L1).isNull());
    LM_VERIFY_SHAPE(leadProblem, r.lead);
    const QJsonObject before = moneyOf(env.deposit(r.merchant));

    const Response answer = env.http().post(leadPath(r.id(), u"dispute"_s),
                                            QJsonObject{{"note"_L1, u"Le client a signé le devis"_s}},
                                            r.influencer.token);
    LM_VERIFY_STATUS(answer, 200);
    LM_VERIFY_SHAPE(leadProblem, answer.json);
    QCOMPARE(answer.json.value("status"_L1).toString(), u"rejected"_s);
    const QJsonObject dispute = answer.json.value("dispute"_L1).toObject();
    QCOMPARE(dispute.value("status"_L1).toString(), u"open"_s);
    QCOMPARE(dispute.value("note"_L1).toString(), u"Le client a signé le devis"_s);
    QVERIFY(isApiTime(dispute.value("created_at"_L1)));
    QVERIFY(dispute.value("decided_at"_L1).isNull());
    QVERIFY(dispute.value("decision_note"_L1).isNull());
    QVERIFY(apiTimeMs(answer.json.value("updated_at"_L1)) > apiTimeMs(r.lead.value("updated_at"_L1)));

    // Every Lead answer carries it: the merchant's and the admin's reads too.
    QCOMPARE(env.leadById(r.merchant, r.id()).value("dispute"_L1).toObject(), dispute);
    QCOMPARE(env.leadById(env.admin(), r.id()).value("dispute"_L1).toObject(), dispute);
    // Opening moves no money; the admins hear of it.
    QCOMPARE(moneyOf(env.deposit(r.merchant)), before);
    const QJsonArray notices = where(env.notifications(env.admin()), u"kind"_s, u"dispute_opened"_s);
    bool found = false;
    for (const QJsonValue &n : notices)
        found = found || n.toObject().value("body"_L1).toString().contains(r.lead.value("client_name"_L1).toString());
    QVERIFY2(found, qPrintable(compact(notices)));
}

void TestServerDisputes::openRefused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("someone else's lead: 404") << u"other influencer"_s << 404 << u"not_found"_s << QString();
    QTest::newRow("unknown lead: 404") << u"unknown lead"_s << 404 << u"not_found"_s << QString();
    QTest::newRow("merchant: 403") << u"merchant"_s << 403 << u"forbidden"_s << QString();
    QTest::newRow("admin: 403") << u"admin"_s << 403 << u"forbidden"_s << QString();
    QTest::newRow("no note: 422") << u"no note"_s << 422 << u"validation_failed"_s << u"note"_s;
    QTest::newRow("blank note: 422") << u"blank note"_s << 422 << u"validation_failed"_s << u"note"_s;
    QTest::newRow("note of 2,001 characters: 422") << u"long note"_s << 422 << u"validation_failed"_s << u"note"_s;
    QTest::newRow("pending lead: 409 lead_not_rejected") << u"pending"_s << 409 << u"lead_not_rejected"_s << QString();
    QTest::newRow("validated lead: 409 lead_not_rejected")
        << u"validated"_s << 409 << u"lead_not_rejected"_s << QString();
    QTest::newRow("second dispute: 409 dispute_exists") << u"twice"_s << 409 << u"dispute_exists"_s << QString();
    QTest::newRow("overturned lead: 409 dispute_exists") << u"overturned"_s << 409 << u"dispute_exists"_s << QString();
}

void TestServerDisputes::openRefused()
{
    QFETCH(QString, situation);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    Env &env = *m_env;
    Rejected r = rejected(100000, 10000);
    LM_STOP_IF_FAILED();
    QString leadId = r.id();
    QString token = r.influencer.token;
    QJsonObject body{{"note"_L1, u"Le client a signé"_s}};
    if (situation == "other influencer"_L1) {
        token = env.influencer().token;
    } else if (situation == "unknown lead"_L1) {
        leadId = u"01890000-0000-7000-8000-000000000000"_s;
    } else if (situation == "merchant"_L1) {
        token = r.merchant.token;
    } else if (situation == "admin"_L1) {
        token = env.admin().token;
    } else if (situation == "no note"_L1) {
        body = {};
    } else if (situation == "blank note"_L1) {
        body = {{"note"_L1, u"   "_s}};
    } else if (situation == "long note"_L1) {
        body = {{"note"_L1, QString(2001, u'n')}};
    } else if (situation == "pending"_L1) {
        leadId = env.lead(r.influencer, r.campaignId, 1000).value("id"_L1).toString();
    } else if (situation == "validated"_L1) {
        leadId = env.lead(r.influencer, r.campaignId, 1000).value("id"_L1).toString();
        env.validate(r.merchant, leadId);
    } else if (situation == "twice"_L1 || situation == "overturned"_L1) {
        LM_VERIFY_STATUS(env.http().post(leadPath(leadId, u"dispute"_s), body, token), 200);
        if (situation == "overturned"_L1)
            LM_VERIFY_STATUS(env.http().put(decisionPath(leadId), decision(u"overturn"_s), env.admin().token), 200);
    }
    LM_STOP_IF_FAILED();
    const bool known = situation != "unknown lead"_L1;
    const QJsonObject before = known ? env.leadById(env.admin(), leadId) : QJsonObject();

    const Response answer = env.http().post(leadPath(leadId, u"dispute"_s), body, token);
    if (field.isEmpty())
        LM_VERIFY_ERROR(answer, status, code);
    else
        LM_VERIFY_FIELD_ERROR(answer, field);
    // A refusal changes nothing.
    if (known)
        QCOMPARE(env.leadById(env.admin(), leadId), before);
}

void TestServerDisputes::disputeWindow_data()
{
    QTest::addColumn<qint64>("offsetS");
    QTest::addColumn<int>("status");

    // Seen from a second server process on the same database whose clock runs ahead by the
    // offset: the dispute comes a few milliseconds after the rejection, so the gap is the offset.
    QTest::newRow("7 days minus 1 s after the rejection: open") << DisputeWindowS - 1 << 200;
    QTest::newRow("7 days plus 1 s after the rejection: closed") << DisputeWindowS + 1 << 409;
}

void TestServerDisputes::disputeWindow()
{
    QFETCH(qint64, offsetS);
    QFETCH(int, status);

    Env &env = *m_env;
    ServerProcess later(env.db().url(), {u"--clock-offset="_s + QString::number(offsetS)},
                        env.environment());
    QVERIFY2(later.start(), qPrintable(later.errorString()));
    Http laterHttp(later.baseUrl());

    const Rejected r = rejected(100000, 10000);
    LM_STOP_IF_FAILED();
    const Response answer = laterHttp.post(leadPath(r.id(), u"dispute"_s),
                                           QJsonObject{{"note"_L1, u"Relancé, il a signé"_s}}, r.influencer.token);
    if (status == 200) {
        LM_VERIFY_STATUS(answer, 200);
        const qint64 gapMs = apiTimeMs(answer.json.value("dispute"_L1).toObject().value("created_at"_L1))
            - apiTimeMs(r.lead.value("decided_at"_L1));
        QVERIFY2(gapMs >= offsetS * 1000 && gapMs < DisputeWindowS * 1000, qPrintable(QString::number(gapMs)));
    } else {
        LM_VERIFY_ERROR(answer, 409, u"dispute_window_closed"_s);
        QVERIFY(env.leadById(r.influencer, r.id()).value("dispute"_L1).isNull());
    }
}

// ---------------------------------------------------------------------------------------------
// The admins' list

void TestServerDisputes::adminList()
{
    Env &env = *m_env;
    QStringList ids; // oldest dispute first
    for (int i = 0; i < 3; ++i) {
        const Rejected r = disputed(100000, 1000 + i);
        LM_STOP_IF_FAILED();
        ids << r.id();
    }
    LM_VERIFY_STATUS(env.http().put(decisionPath(ids.at(1)), decision(u"uphold"_s), env.admin().token), 200);

    const auto ours = [&ids](const QJsonArray &items) {
        QStringList order;
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value("id"_L1).toString();
            if (ids.contains(id))
                order << id;
        }
        return order;
    };
    QString problem;
    const auto all = env.http().listAll(u"/api/admin/disputes"_s, env.admin().token, &problem);
    QVERIFY2(all, qPrintable(problem));
    QCOMPARE(ours(*all), (QStringList{ids.at(2), ids.at(1), ids.at(0)}));
    for (const QJsonValue &item : *all)
        LM_VERIFY_SHAPE(leadProblem, item.toObject());
    // Newest dispute first over the whole list, also across pages of one.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &item : *all) {
        const qint64 at = apiTimeMs(item.toObject().value("dispute"_L1).toObject().value("created_at"_L1));
        QVERIFY(at <= previous);
        previous = at;
    }
    const auto paged = env.http().listAll(u"/api/admin/disputes?limit=1"_s, env.admin().token, &problem, 500);
    QVERIFY2(paged, qPrintable(problem));
    QCOMPARE(idsOf(*paged), idsOf(*all));
    QCOMPARE(ours(*paged), ours(*all));

    const auto open = env.http().listAll(u"/api/admin/disputes?status=open"_s, env.admin().token, &problem);
    QVERIFY2(open, qPrintable(problem));
    QCOMPARE(ours(*open), (QStringList{ids.at(2), ids.at(0)}));
    QCOMPARE(where(*open, u"status"_s, u"rejected"_s).size(), open->size());
    const auto upheld = env.http().listAll(u"/api/admin/disputes?status=upheld"_s, env.admin().token, &problem);
    QVERIFY2(upheld, qPrintable(problem));
    QCOMPARE(ours(*upheld), QStringList{ids.at(1)});

    LM_VERIFY_FIELD_ERROR(env.http().get(u"/api/admin/disputes?status=closed"_s, env.admin().token), u"status"_s);
    const Account merchant = env.merchant();
    const Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/disputes"_s, merchant.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/disputes"_s, influencer.token), 403, u"forbidden"_s);
}

// ---------------------------------------------------------------------------------------------
// Decisions

void TestServerDisputes::uphold()
{
    Env &env = *m_env;
    const Rejected r = disputed(100000, 10000);
    LM_STOP_IF_FAILED();
    const QJsonObject depositBefore = moneyOf(env.deposit(r.merchant));
    const qint64 earnedBefore = earnedOf(env.http(), r.influencer);

    const Response answer =
        env.http().put(decisionPath(r.id()), decision(u"uphold"_s, u"Refus justifié"_s), env.admin().token);
    LM_VERIFY_STATUS(answer, 200);
    LM_VERIFY_SHAPE(leadProblem, answer.json);
    QCOMPARE(answer.json.value("status"_L1).toString(), u"rejected"_s);
    const QJsonObject dispute = answer.json.value("dispute"_L1).toObject();
    QCOMPARE(dispute.value("status"_L1).toString(), u"upheld"_s);
    QCOMPARE(dispute.value("decision_note"_L1).toString(), u"Refus justifié"_s);
    QVERIFY(isApiTime(dispute.value("decided_at"_L1)));
    QCOMPARE(answer.json.value("decided_at"_L1), r.lead.value("decided_at"_L1));

    QCOMPARE(moneyOf(env.deposit(r.merchant)), depositBefore);
    QCOMPARE(earnedOf(env.http(), r.influencer), earnedBefore);
    QCOMPARE(kindsOf(rowsOfLead(env.http(), r.merchant, r.id())), (QStringList{u"reserve"_s, u"release"_s}));
    QCOMPARE(where(env.notifications(r.influencer), u"kind"_s, u"dispute_upheld"_s).size(), 1);
    const QJsonArray audit = auditOf(env.http(), env.admin().token, r.id());
    QCOMPARE(where(audit, u"action"_s, u"dispute.uphold"_s).size(), 1);

    // Decided once: a second decision of either kind is refused and changes nothing.
    LM_VERIFY_ERROR(env.http().put(decisionPath(r.id()), decision(u"uphold"_s), env.admin().token), 409,
                    u"already_decided"_s);
    LM_VERIFY_ERROR(env.http().put(decisionPath(r.id()), decision(u"overturn"_s), env.admin().token), 409,
                    u"already_decided"_s);
    QCOMPARE(env.leadById(env.admin(), r.id()), answer.json);
    QCOMPARE(moneyOf(env.deposit(r.merchant)), depositBefore);
}

void TestServerDisputes::overturnChargesOnce()
{
    Env &env = *m_env;
    const qint64 commission = 12345; // an at-cost campaign: commission = value; share 30 % = 3703.5 → 3704
    const Rejected r = disputed(100000, commission);
    LM_STOP_IF_FAILED();
    const qint64 share = r.lead.value("influencer_share_cents"_L1).toInteger();
    QVERIFY(share > 0 && share < commission);
    const QJsonObject before = env.deposit(r.merchant);
    const qint64 earnedBefore = earnedOf(env.http(), r.influencer);
    const QString merchantEmail = r.merchant.email;
    const qint64 mailsBefore = outboxTo(env.outbox(), u"email"_s, merchantEmail).size();

    const Response answer =
        env.http().put(decisionPath(r.id()), decision(u"overturn"_s, u"Devis signé fourni"_s), env.admin().token);
    LM_VERIFY_STATUS(answer, 200);
    LM_VERIFY_SHAPE(leadProblem, answer.json);
    QCOMPARE(answer.json.value("status"_L1).toString(), u"validated"_s);
    QVERIFY(answer.json.value("quality_score"_L1).isNull()); // no merchant scored it
    const QJsonObject dispute = answer.json.value("dispute"_L1).toObject();
    QCOMPARE(dispute.value("status"_L1).toString(), u"overturned"_s);
    QCOMPARE(dispute.value("decision_note"_L1).toString(), u"Devis signé fourni"_s);
    QCOMPARE(answer.json.value("decided_at"_L1), dispute.value("decided_at"_L1));

    // Exactly the commission, from the balance; nothing left reserved for it.
    const QJsonObject after = env.deposit(r.merchant);
    LM_VERIFY_SHAPE(depositProblem, after);
    QCOMPARE(after.value("current_balance_cents"_L1).toInteger(),
             before.value("current_balance_cents"_L1).toInteger() - commission);
    QCOMPARE(after.value("reserved_cents"_L1).toInteger(), before.value("reserved_cents"_L1).toInteger());
    QCOMPARE(after.value("available_cents"_L1).toInteger(), before.value("available_cents"_L1).toInteger() - commission);
    const QJsonArray rows = rowsOfLead(env.http(), r.merchant, r.id());
    QCOMPARE(kindsOf(rows), (QStringList{u"reserve"_s, u"release"_s, u"reserve"_s, u"deduction"_s}));
    for (const QJsonValue &row : rows)
        LM_VERIFY_SHAPE(transactionProblem, row.toObject());
    QCOMPARE(rows.at(3).toObject().value("balance_delta_cents"_L1).toInteger(), -commission);
    QCOMPARE(rows.at(3).toObject().value("reserved_delta_cents"_L1).toInteger(), -commission);
    QCOMPARE(earnedOf(env.http(), r.influencer), earnedBefore + share);
    LM_VERIFY_LEDGER(env.http(), env.admin().token);

    // Told: the merchant (dashboard and email), the influencer; audited.
    QCOMPARE(where(env.notifications(r.merchant), u"kind"_s, u"dispute_overturned"_s).size(), 1);
    QCOMPARE(outboxTo(env.outbox(), u"email"_s, merchantEmail).size(), mailsBefore + 1);
    QCOMPARE(where(env.notifications(r.influencer), u"kind"_s, u"dispute_overturned"_s).size(), 1);
    QCOMPARE(where(auditOf(env.http(), env.admin().token, r.id()), u"action"_s, u"dispute.overturn"_s).size(), 1);

    // Nothing charges it again: a second overturn, the merchant's validation or rejection, a dispute.
    LM_VERIFY_ERROR(env.http().put(decisionPath(r.id()), decision(u"overturn"_s), env.admin().token), 409,
                    u"already_decided"_s);
    LM_VERIFY_ERROR(env.http().put(leadPath(r.id(), u"validate"_s), QJsonObject{{"quality_score"_L1, 9}},
                                   r.merchant.token),
                    409, u"lead_not_pending"_s);
    LM_VERIFY_ERROR(env.http().put(leadPath(r.id(), u"reject"_s), QJsonObject{{"reason"_L1, u"Non"_s}},
                                   r.merchant.token),
                    409, u"lead_not_pending"_s);
    QCOMPARE(rowsOfLead(env.http(), r.merchant, r.id()).size(), 4);
    QCOMPARE(moneyOf(env.deposit(r.merchant)), moneyOf(after));
    QCOMPARE(earnedOf(env.http(), r.influencer), earnedBefore + share);
}

void TestServerDisputes::overturnShortDeposit()
{
    Env &env = *m_env;
    // 100,000 deposited; the disputed lead owes 60,000 while another pending lead holds 60,000.
    const Rejected r = disputed(100000, 60000);
    LM_STOP_IF_FAILED();
    const QString pendingId = env.lead(r.influencer, r.campaignId, 60000).value("id"_L1).toString();
    LM_STOP_IF_FAILED();
    const QJsonObject before = env.deposit(r.merchant);
    QCOMPARE(before.value("available_cents"_L1).toInteger(), qint64(40000));
    const qint64 rowsBefore = transactionsOf(env.http(), r.merchant).size();
    const QJsonObject leadBefore = env.leadById(env.admin(), r.id());

    LM_VERIFY_ERROR(env.http().put(decisionPath(r.id()), decision(u"overturn"_s), env.admin().token), 402,
                    u"insufficient_deposit"_s);
    // Nothing changed: the dispute is still open, the deposit and the ledger as they were.
    QCOMPARE(env.leadById(env.admin(), r.id()), leadBefore);
    QCOMPARE(leadBefore.value("dispute"_L1).toObject().value("status"_L1).toString(), u"open"_s);
    QCOMPARE(moneyOf(env.deposit(r.merchant)), moneyOf(before));
    QCOMPARE(transactionsOf(env.http(), r.merchant).size(), rowsBefore);
    QCOMPARE(where(env.notifications(r.merchant), u"kind"_s, u"dispute_overturned"_s).size(), 0);

    // Once the other lead is rejected the money is there: the same overturn goes through.
    rejectLead(env, r.merchant, pendingId);
    LM_STOP_IF_FAILED();
    const Response answer = env.http().put(decisionPath(r.id()), decision(u"overturn"_s), env.admin().token);
    LM_VERIFY_STATUS(answer, 200);
    QCOMPARE(env.deposit(r.merchant).value("current_balance_cents"_L1).toInteger(), qint64(40000));
}

void TestServerDisputes::decideRefused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("merchant: 403") << u"merchant"_s << 403 << u"forbidden"_s << QString();
    QTest::newRow("influencer: 403") << u"influencer"_s << 403 << u"forbidden"_s << QString();
    QTest::newRow("no decision: 422") << u"no decision"_s << 422 << u"validation_failed"_s << u"decision"_s;
    QTest::newRow("unknown decision: 422") << u"accept"_s << 422 << u"validation_failed"_s << u"decision"_s;
    QTest::newRow("note of 2,001 characters: 422") << u"long note"_s << 422 << u"validation_failed"_s << u"note"_s;
    QTest::newRow("a lead without a dispute: 404") << u"undisputed"_s << 404 << u"not_found"_s << QString();
    QTest::newRow("unknown lead: 404") << u"unknown"_s << 404 << u"not_found"_s << QString();
}

void TestServerDisputes::decideRefused()
{
    QFETCH(QString, situation);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    Env &env = *m_env;
    const Rejected r = disputed(100000, 5000);
    LM_STOP_IF_FAILED();
    QString leadId = r.id();
    QString token = env.admin().token;
    QJsonObject body = decision(u"overturn"_s);
    if (situation == "merchant"_L1)
        token = r.merchant.token;
    else if (situation == "influencer"_L1)
        token = r.influencer.token;
    else if (situation == "no decision"_L1)
        body = {{"note"_L1, u"?"_s}};
    else if (situation == "accept"_L1)
        body = decision(u"accept"_s);
    else if (situation == "long note"_L1)
        body = decision(u"uphold"_s, QString(2001, u'n'));
    else if (situation == "undisputed"_L1)
        leadId = rejected(100000, 5000).id();
    else if (situation == "unknown"_L1)
        leadId = u"01890000-0000-7000-8000-000000000000"_s;
    LM_STOP_IF_FAILED();
    const QJsonObject before = env.deposit(r.merchant);

    const Response answer = env.http().put(decisionPath(leadId), body, token);
    if (field.isEmpty())
        LM_VERIFY_ERROR(answer, status, code);
    else
        LM_VERIFY_FIELD_ERROR(answer, field);
    QCOMPARE(env.leadById(env.admin(), r.id()).value("dispute"_L1).toObject().value("status"_L1).toString(),
             u"open"_s);
    QCOMPARE(moneyOf(env.deposit(r.merchant)), moneyOf(before));
}

void TestServerDisputes::parallelDecisions_data()
{
    QTest::addColumn<bool>("withUpholds");

    QTest::newRow("overturns against overturns and the merchant's decisions") << false;
    QTest::newRow("overturns against upholds") << true;
}

void TestServerDisputes::parallelDecisions()
{
    QFETCH(bool, withUpholds);

    Env &env = *m_env;
    // Two server processes on the one database, each request on its own connection.
    ServerProcess second(env.db().url(), {}, env.environment());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const QList<QUrl> servers{env.server().baseUrl(), second.baseUrl()};

    const qint64 commission = 7000;
    for (int round = 0; round < 3; ++round) {
        const Rejected r = disputed(100000, commission);
        LM_STOP_IF_FAILED();
        const QJsonObject before = env.deposit(r.merchant);
        const qint64 earnedBefore = earnedOf(env.http(), r.influencer);
        const int n = 12;
        const QList<Response> answers = runParallelOn(servers, n, [&](int i) {
            RequestSpec spec{"PUT", decisionPath(r.id()), decision(u"overturn"_s), env.admin().token, {}};
            if (withUpholds && i % 2 == 1) {
                spec.body = decision(u"uphold"_s);
            } else if (!withUpholds && i % 4 == 1) {
                spec.path = leadPath(r.id(), u"validate"_s);
                spec.body = QJsonObject{{"quality_score"_L1, 7}};
                spec.token = r.merchant.token;
            } else if (!withUpholds && i % 4 == 3) {
                spec.path = leadPath(r.id(), u"reject"_s);
                spec.body = QJsonObject{{"reason"_L1, u"Encore non"_s}};
                spec.token = r.merchant.token;
            }
            return spec;
        });
        int decided = 0;
        bool overturned = false;
        for (int i = 0; i < n; ++i) {
            const Response &a = answers.at(i);
            const bool isDecision = a.path.startsWith("/api/admin/"_L1);
            if (a.status == 200) {
                QVERIFY2(isDecision, qPrintable(a.describe()));
                ++decided;
                overturned = a.json.value("status"_L1).toString() == "validated"_L1;
            } else {
                LM_VERIFY_ERROR(a, 409, isDecision ? u"already_decided"_s : u"lead_not_pending"_s);
            }
        }
        QVERIFY2(decided == 1, qPrintable(statusSummary(answers)));
        if (!withUpholds)
            QVERIFY(overturned);

        // Exactly one charge (or none when an uphold won), whatever the interleaving.
        const QJsonArray rows = rowsOfLead(env.http(), r.merchant, r.id());
        const qint64 charged = overturned ? commission : 0;
        QCOMPARE(kindsOf(rows).count(u"deduction"_s), overturned ? 1 : 0);
        QCOMPARE(env.deposit(r.merchant).value("current_balance_cents"_L1).toInteger(),
                 before.value("current_balance_cents"_L1).toInteger() - charged);
        QCOMPARE(env.deposit(r.merchant).value("reserved_cents"_L1).toInteger(),
                 before.value("reserved_cents"_L1).toInteger());
        QCOMPARE(earnedOf(env.http(), r.influencer),
                 earnedBefore + (overturned ? r.lead.value("influencer_share_cents"_L1).toInteger() : 0));
        const QString expected = overturned ? u"overturned"_s : u"upheld"_s;
        QCOMPARE(env.leadById(env.admin(), r.id()).value("dispute"_L1).toObject().value("status"_L1).toString(),
                 expected);
        LM_VERIFY_LEDGER(env.http(), env.admin().token);
    }
}

QTEST_GUILESS_MAIN(TestServerDisputes)
#include "tst_server_disputes.moc"
