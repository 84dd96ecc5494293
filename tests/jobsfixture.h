#pragma once

// Shared scenario helpers of the job and delivery suites (issue 7): a fresh database with the real
// server on a chosen point of its clock (--clock-offset), and the few API steps every scenario
// needs (sandbox recharge, a campaign, a lead, a validation, a job run, list snapshots).
//
// Helpers report a failure with QTest::qFail and return an empty value; callers stop with
// LM_STOP_IF_FAILED() right after.

#include "serverfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

#define LM_STOP_IF_FAILED()                                                                                            \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace lmjobs {

// ---- the scheduler's clock ------------------------------------------------------------------

QTimeZone schedulerZone(); ///< Africa/Casablanca, the server's default LEADMARKET_TIMEZONE
/// A day in the future (relative to the real clock) to put scenarios on: tomorrow in Casablanca.
QDate baseDay();
QDateTime localTime(const QDate &day, const QTime &time); ///< that wall-clock time in Casablanca
/// The --clock-offset arguments that make the server's "now" equal `target` when it starts.
QStringList clockArgsFor(const QDateTime &target);
/// The same, at a point in UTC milliseconds.
QStringList clockArgsForMs(qint64 targetMs);
qint64 apiTimeMs(const QJsonValue &value); ///< milliseconds of an API time (0 when it is not one)

// ---- a database, a server, an admin ---------------------------------------------------------

class Env final
{
public:
    Env() = default;
    Q_DISABLE_COPY_MOVE(Env)

    /// A fresh database and the server on it, its clock at `at` (null: no offset), then an admin.
    /// `extra` goes into the server's environment (sandbox payments are always on).
    bool start(const QDateTime &at, const QProcessEnvironment &extra = {});
    /// The same database, the server's clock moved to `at`.
    bool restartAt(const QDateTime &at);
    bool restartAtMs(qint64 ms);
    /// A second server on the same database (same environment plus `extra`), its clock at `at`.
    std::unique_ptr<lmtest::ServerProcess> startSecond(const QDateTime &at, QString *error);

    QString error() const { return m_fixture.error(); }
    lmtest::TestDatabase &db() { return m_fixture.db(); }
    lmtest::ServerProcess &server() { return m_fixture.server(); }
    lmtest::Http &http() { return m_fixture.http(); }
    const lmtest::Account &admin() const { return m_fixture.admin(); }
    QProcessEnvironment environment() const { return m_env; }

    // ---- API steps (QTest::qFail on an unexpected answer) ----

    lmtest::Account merchant(const QString &name = {}, const QString &phone = {});
    lmtest::Account influencer();
    /// A sandbox recharge paid at once; the deposit after it.
    QJsonObject recharge(const lmtest::Account &merchant, qint64 cents);
    /// A campaign whose commission is the estimated value itself (100 %, no fixed tier), so a lead
    /// of value v moves exactly v centimes; `atCost` false keeps the default policy.
    QString campaign(const lmtest::Account &merchant, bool atCost = true);
    QJsonObject lead(const lmtest::Account &influencer, const QString &campaignId, qint64 valueCents,
                     const QString &clientName = {});
    QJsonObject validate(const lmtest::Account &merchant, const QString &leadId);
    /// A lead of `cents` on an at-cost campaign, validated: the balance drops by exactly `cents`.
    void spend(const lmtest::Account &merchant, const lmtest::Account &influencer, const QString &campaignId,
               qint64 cents);
    QJsonObject deposit(const lmtest::Account &merchant);
    QJsonObject runJob(const QString &job);
    QJsonArray outbox(const QString &query = {});
    QJsonArray notifications(const lmtest::Account &user);
    QJsonObject leadById(const lmtest::Account &user, const QString &id);

private:
    lmtest::ServerFixture m_fixture;
    QProcessEnvironment m_env;
};

// ---- list snapshots -------------------------------------------------------------------------

QSet<QString> idsOf(const QJsonArray &items);
/// The items of `after` whose id is not in `before`.
QJsonArray added(const QJsonArray &before, const QJsonArray &after);
/// Items whose `key` equals `value`.
QJsonArray where(const QJsonArray &items, const QString &key, const QString &value);
/// The audit rows about `targetId` (GET /api/admin/audit, every page), newest first; a failure of
/// the listing fails the test.
QJsonArray auditOf(lmtest::Http &http, const QString &adminToken, const QString &targetId);
/// Outbox rows of one channel to one recipient.
QJsonArray outboxTo(const QJsonArray &rows, const QString &channel, const QString &recipient);
QString compact(const QJsonArray &items);
QString compact(const QJsonObject &item);

QString uniqueMobile(); ///< a Moroccan mobile number in E.164, never reused in a process

} // namespace lmjobs
