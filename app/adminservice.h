#pragma once

#include "result.h"
#include "retrykeys.h"

#include <dto.h>
#include <kinds.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace lm::client {

class ApiClient;
class Session;

/// The administrator's console, online: one call per admin route of API.md (v1 and contract v2
/// "Admin", the admin payout routes). Reads answer the server's JSON (the pages show it as it
/// comes) or typed DTOs; nothing is cached, as the admin watches the server itself. A mutation is
/// sent with an idempotency key that a retry of the same request after no answer reuses, so the
/// server applies it once.
class AdminService final : public QObject
{
    Q_OBJECT

public:
    /// The rows of a list route, in the server's order, all pages up to a cap.
    struct Rows
    {
        QJsonArray items;
        bool more = false; ///< the cap cut the list short
    };

    /// A new account, any role (POST /api/admin/users).
    struct NewUser
    {
        QString email;
        QString password;
        Role role = Role::Merchant;
        QString displayName;
        QString phone; ///< empty: none
    };

    /// At most this many rows of a list are read (the newest, for the newest-first lists).
    static constexpr int ListCap = 2000;
    /// The longest range GET /api/admin/reports/daily answers, both days included.
    static constexpr int MaxReportDays = 92;

    explicit AdminService(Session &session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdminService)

    /// The signed-in admin's id (an admin cannot disable their own account); empty when signed out.
    QString signedInUserId() const;

    // Merchants' deposits.
    /// GET /api/admin/alerts: every deposit with its level (contract v2 fields).
    void alerts(QObject *context, Callback<Rows> done);
    /// PUT /api/admin/merchants/{id} {status, reason}.
    void setMerchantStatus(const QString &merchantId, DepositStatus status, const QString &reason, QObject *context,
                           Callback<dto::Deposit> done);
    /// GET /api/leads/deposits/transactions?merchant_id=: a merchant's ledger, newest first.
    void merchantTransactions(const QString &merchantId, QObject *context, Callback<QList<dto::Transaction>> done);

    // Reports, messages, jobs, ledger.
    /// GET /api/admin/reports/daily?from&to: one report object per day, oldest first.
    void dailyReports(const QDate &from, const QDate &to, QObject *context, Callback<QJsonArray> done);
    /// GET /api/admin/outbox?status= (empty: every status), newest first.
    void outbox(const QString &status, QObject *context, Callback<Rows> done);
    /// GET /api/admin/jobs: every scheduled job with its last and next run.
    void jobs(QObject *context, Callback<QJsonArray> done);
    /// POST /api/admin/jobs/{name}/run → {job, ran_at, result}.
    void runJob(const QString &name, QObject *context, Callback<QJsonObject> done);
    /// GET /api/admin/ledger-check → {ok, deposits_checked, mismatches}.
    void ledgerCheck(QObject *context, Callback<QJsonObject> done);

    // Accounts.
    /// GET /api/admin/users?role=&q= (no role: every role; `search` in the email or the name).
    void users(std::optional<Role> role, const QString &search, QObject *context, Callback<Rows> done);
    /// POST /api/admin/users.
    void createUser(const NewUser &user, QObject *context, Callback<dto::User> done);
    /// PUT /api/admin/users/{id} {status}.
    void setUserStatus(const QString &userId, AccountStatus status, QObject *context, Callback<dto::User> done);

    // Influencers' payouts.
    /// GET /api/admin/payouts?status= (none: every status), newest first.
    void payouts(std::optional<PayoutStatus> status, QObject *context, Callback<QList<dto::Payout>> done);
    /// PUT /api/admin/payouts/{id}: paid with the transfer's `text` as reference, or rejected with
    /// `text` as the reason.
    void decidePayout(const QString &payoutId, PayoutStatus decision, const QString &text, QObject *context,
                      Callback<dto::Payout> done);

    /// GET /api/admin/audit: who did what, newest first.
    void auditLog(QObject *context, Callback<Rows> done);
    /// GET /api/admin/disputes?status=: disputed leads, newest dispute first (every status when empty).
    void disputes(const QString &status, QObject *context, Callback<Rows> done);
    /// PUT /api/admin/disputes/{lead_id} {decision: uphold|overturn, note}: an overturn validates
    /// and charges the lead (402 when the merchant's deposit is short: the dispute stays open).
    void decideDispute(const QString &leadId, bool overturn, const QString &note, QObject *context,
                       Callback<dto::Lead> done);

Q_SIGNALS:
    /// A change the server accepted moved merchants' deposits (a block, a job run): the alerts
    /// board is worth reading again.
    void depositsChanged();

private:
    ApiClient &api() const;
    /// Every page of `path` with `query`, up to `cap` rows.
    void list(const QString &path, const QUrlQuery &query, int cap, QObject *context, Callback<Rows> done);
    /// `method` `path` with `body`, under the key of an earlier attempt of the very same request
    /// that got no answer, or a fresh one.
    void mutate(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                Callback<QJsonObject> done);

    Session &m_session;
    RetryKeys m_retryKeys; ///< by request: method, path, body
};

} // namespace lm::client
