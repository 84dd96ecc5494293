#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// Maps rows of a SELECT of DepositRepository::columns to dto::Deposit.
class DepositReader final
{
public:
    explicit DepositReader(const QSqlQuery &query);
    dto::Deposit read(const QSqlQuery &query) const;

private:
    int m_merchantId, m_currentBalance, m_reserved, m_reference, m_status, m_blockedReason, m_updatedAt;
};

/// A deposit with its merchant's name, its last alert, the admin's note on a block and its
/// merchant's leads (pending now, rejected and decided over the window), as the admins' alerts
/// board lists it.
struct DepositOverview
{
    dto::Deposit deposit;
    QString merchantName;
    std::optional<qint64> lastAlertAt;
    QString blockedNote;
    qint64 pendingLeads = 0;
    qint64 rejectedInWindow = 0;
    qint64 decidedInWindow = 0; ///< validated + rejected (the merchant's own decisions)
};

class DepositOverviewReader final
{
public:
    explicit DepositOverviewReader(const QSqlQuery &query);
    DepositOverview read(const QSqlQuery &query) const;

private:
    DepositReader m_deposit;
    int m_merchantName, m_lastAlertAt, m_blockedNote, m_pendingLeads, m_rejected, m_decided;
};

/// SQL of the `deposits` table. Only Ledger calls the functions that move money (reserve, move):
/// the rule "one writer of balances" is kept by Ledger; the SQL lives here with the row mapping.
class DepositRepository final
{
public:
    explicit DepositRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a deposit lists these columns of `deposits d`.
    static const QString columns;

    /// The deposit row, locked for the rest of the transaction on PostgreSQL when `lock`.
    std::optional<dto::Deposit> find(const QString &merchantId, bool lock = false);
    /// A new merchant's empty deposit.
    void create(const QString &merchantId, qint64 now);

    struct Amounts
    {
        qint64 balance = 0;
        qint64 reserved = 0;
    };
    /// Adds `cents` to reserved_amount in one conditional update, only while the deposit has that
    /// much available (and, with `requireActive`, is active): the amounts after it, or nullopt
    /// (nothing changed).
    std::optional<Amounts> reserve(const QString &merchantId, qint64 cents, qint64 now, bool requireActive = true);
    /// Adds the deltas unconditionally: the amounts after it, or nullopt without a deposit row.
    std::optional<Amounts> move(const QString &merchantId, qint64 balanceDelta, qint64 reservedDelta, qint64 now);

    /// Blocks for an admin, with the admin's `note` (empty: none).
    void blockByAdmin(const QString &merchantId, const QString &note, qint64 now);
    /// Lifts a block whatever its reason, and forgets the admin's note.
    void unblock(const QString &merchantId, qint64 now);
    void blockForDepletion(const QString &merchantId, qint64 now);
    bool isBlockedForDepletion(const QString &merchantId);
    /// After a recharge: the 100 % mark becomes the balance, a depletion block is lifted, and the
    /// last alert level is forgotten.
    void markRecharged(const QString &merchantId);

    /// What the hourly check needs of one deposit and its merchant.
    struct AlertState
    {
        dto::Deposit deposit;
        QString lastLevel;
        std::optional<qint64> lastAlertAt;
        QString merchantName;
        QString email;
        QString phone;
        QString locale; ///< the merchant's: the language of its alerts
    };
    /// Locked for the rest of the transaction on PostgreSQL.
    std::optional<AlertState> alertState(const QString &merchantId);
    void setLastLevel(const QString &merchantId, const QString &level);
    void setLastAlert(const QString &merchantId, const QString &level, qint64 now);

    QStringList merchantIds();
    /// Every deposit, by merchant id.
    QList<dto::Deposit> all();
    qint64 totalReserved();

    /// The admins' board, in one query: deposits by merchant id after `cursor`, changed since
    /// `updatedSince`, with their merchants' leads decided since `decidedSince` counted.
    Rows<DepositOverviewReader> overviewPage(qint64 decidedSince, const std::optional<qint64> &updatedSince,
                                             const QString &cursor, int limit);
    /// One merchant's row of that board.
    std::optional<DepositOverview> overview(const QString &merchantId, qint64 decidedSince);

    /// Each deposit beside what its ledger and its pending leads say it should hold.
    struct Reconciliation
    {
        dto::Deposit deposit;
        qint64 ledgerBalance = 0;
        qint64 ledgerReserved = 0;
        qint64 pendingCommissions = 0;
    };
    QList<Reconciliation> reconciliation();

private:
    Database &m_db;
};

} // namespace lm::server
