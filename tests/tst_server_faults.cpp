// Money under load and faults (DESIGN.md's targets): parallel clients, the server killed with
// SIGKILL in the middle, restarted, every request retried with its Idempotency-Key. Afterwards:
// no acknowledged operation lost, none applied twice, and the ledger check is clean.

#include "moneyharness.h"
#include "serverfixture.h"

#include <QSet>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace lmtest;

class TestServerFaults final : public QObject
{
    Q_OBJECT

private:
    static constexpr int Requests = 60;

    /// Fires `specs` in parallel and SIGKILLs the server after `killAfterMs`.
    QList<Response> fireAndKill(const QList<RequestSpec> &specs, int killAfterMs)
    {
        const qint64 pid = m_server.processId();
        QTimer::singleShot(killAfterMs, this, [pid] { ::kill(pid_t(pid), SIGKILL); });
        return runParallel(
            m_server.baseUrl(), int(specs.size()), [&specs](int i) { return specs.at(i); }, 30000);
    }

    /// Restarts on the same database, past the 60 s after which an unfinished claim may be retaken.
    void restartLater()
    {
        m_offset += 61;
        QVERIFY2(m_fixture.restart({u"--sandbox-payments"_s, u"--clock-offset"_s, QString::number(m_offset)}),
                 qPrintable(m_fixture.error()));
    }

    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    int m_offset = 0;

private Q_SLOTS:
    void initTestCase() { LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s}); }

    void createAndValidateSurviveSigkill_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("killed early") << 40;
        QTest::newRow("killed mid-way") << 150;
    }

    void createAndValidateSurviveSigkill()
    {
        QFETCH(int, killAfterMs);
        // 1,000 MAD with 100 % commissions of 25 MAD: room for 40 of the 60 leads.
        const MerchantSetup setup = setUpMerchant(m_http, 100000, fullCommissionCampaign());
        QVERIFY2(setup.ok(), qPrintable(setup.error));
        const Account influencer = m_http.registerUser(u"influencer"_s);
        QVERIFY2(influencer.ok(), qPrintable(influencer.error));

        QList<RequestSpec> creates;
        const QString run = uniqueSuffix();
        for (int i = 0; i < Requests; ++i) {
            creates.append({"POST", u"/api/leads/create"_s, Body(leadBody(setup.campaignId, 2500)), influencer.token,
                            {{"Idempotency-Key", (u"create-"_s + run + u'-' + QString::number(i)).toUtf8()}}});
        }
        const QList<Response> first = fireAndKill(creates, killAfterMs);
        restartLater();
        const QList<Response> retried = runParallel(m_server.baseUrl(), Requests, [&](int i) { return creates.at(i); });

        QSet<QString> leadIds;
        int created = 0;
        for (int i = 0; i < Requests; ++i) {
            const Response &before = first.at(i);
            const Response &after = retried.at(i);
            QVERIFY2(after.status == 201 || after.status == 402, qPrintable(after.describe()));
            if (before.status == 201 || before.status == 402) {
                // Acknowledged before the crash: the retry answers exactly the same.
                QCOMPARE(after.status, before.status);
                QCOMPARE(after.body, before.body);
            }
            if (after.status == 201) {
                ++created;
                leadIds.insert(after.json.value(u"id"_s).toString());
            }
        }
        QCOMPARE(created, 40);
        QCOMPARE(leadIds.size(), 40);
        const auto listed = m_http.listAll(u"/api/leads?status=pending"_s, setup.merchant.token);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 40); // no lead applied twice, none lost
        QJsonObject deposit = depositOf(m_http, setup.merchant);
        QCOMPARE(deposit.value(u"reserved_cents"_s).toInteger(), 40 * 2500);
        QVERIFY2(ledgerProblem(m_http, m_admin.token).isEmpty(), qPrintable(ledgerProblem(m_http, m_admin.token)));

        // Now validate all 40 in parallel (two requests per lead, with the same key), killed again.
        QList<RequestSpec> validations;
        const QList<QString> ids(leadIds.cbegin(), leadIds.cend());
        for (int i = 0; i < 2 * int(ids.size()); ++i) {
            const QString &id = ids.at(i % ids.size());
            validations.append({"PUT", u"/api/leads/"_s + id + u"/validate"_s, Body(QJsonObject{{u"quality_score"_s, 7}}),
                                setup.merchant.token, {{"Idempotency-Key", (u"validate-"_s + id).toUtf8()}}});
        }
        fireAndKill(validations, killAfterMs);
        restartLater();
        const QList<Response> again =
            runParallel(m_server.baseUrl(), int(validations.size()), [&](int i) { return validations.at(i); });
        for (const Response &r : again)
            QVERIFY2(r.status == 200 || r.status == 409, qPrintable(r.describe()));

        const auto validated = m_http.listAll(u"/api/leads?status=validated"_s, setup.merchant.token);
        QVERIFY(validated);
        QCOMPARE(validated->size(), 40);
        deposit = depositOf(m_http, setup.merchant);
        QCOMPARE(deposit.value(u"reserved_cents"_s).toInteger(), 0);
        QCOMPARE(deposit.value(u"current_balance_cents"_s).toInteger(), 0);
        QString problem;
        const QJsonArray ledger = transactionsOf(m_http, setup.merchant, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int deductions = 0;
        for (const QJsonValue &t : ledger)
            deductions += t.toObject().value(u"kind"_s).toString() == "deduction"_L1 ? 1 : 0;
        QCOMPARE(deductions, 40); // each validation applied exactly once
        QVERIFY2(ledgerProblem(m_http, m_admin.token).isEmpty(), qPrintable(ledgerProblem(m_http, m_admin.token)));
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
