#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// How a RIB is shown everywhere (API answers, notifications, emails): its last 4 digits only,
/// "•••• •••• 1234".
QString maskRib(const QString &last4);

/// An influencer's bank details as stored: the RIB sealed (DataCipher), its last 4 digits in clear
/// (all that is ever shown of it).
struct BankAccount
{
    QString influencerId;
    QString holderName;
    QString ribSealed;
    QString ribLast4;
    qint64 updatedAt = 0;
};

/// A payout and what its decision needs beside the wire object.
struct PayoutRow
{
    dto::Payout payout;
    PayoutStatus status = PayoutStatus::Requested;
};

/// Maps rows of PayoutRepository::select.
class PayoutReader final
{
public:
    explicit PayoutReader(const QSqlQuery &query);
    PayoutRow read(const QSqlQuery &query) const;

private:
    int m_id, m_influencerId, m_influencerName, m_amount, m_status, m_ribLast4, m_reference, m_reason, m_requestedAt,
        m_decidedAt, m_updatedAt;
};

/// An influencer's earnings ledger summed two ways: by the payouts' states (earned − paid −
/// requested, what the stats answer) and by its entries (Σ earnings + Σ payout entries); the ledger
/// check wants them equal.
struct InfluencerBalance
{
    QString influencerId;
    qint64 earnedCents = 0;
    qint64 paidCents = 0;
    qint64 requestedCents = 0;
    qint64 ledgerCents = 0; ///< Σ of the influencer's earnings rows and payout entries

    qint64 availableCents() const { return earnedCents - paidCents - requestedCents; }
};

/// SQL of the payout aggregate: `bank_accounts`, `payouts` and `payout_entries`.
class PayoutRepository final
{
public:
    explicit PayoutRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a payout: its columns and its influencer's name.
    static const QString select;

    /// The influencer's bank details; with `lock`, its row is locked for the rest of the
    /// transaction on PostgreSQL (what serializes an influencer's payout requests there).
    std::optional<BankAccount> bankAccount(const QString &influencerId, bool lock = false);
    /// Creates or replaces the influencer's bank details.
    void saveBankAccount(const BankAccount &account, qint64 now);

    std::optional<PayoutRow> find(const QString &id);
    void insert(const dto::Payout &payout, const BankAccount &account);
    /// Moves a requested payout to `status` exactly once; false when it was already decided.
    bool decide(const QString &id, PayoutStatus status, const QString &reference, const QString &reason,
                const QString &decidedBy, qint64 now);
    void insertEntry(const QString &payoutId, const QString &influencerId, PayoutEntryKind kind, qint64 signedCents,
                     qint64 now);

    struct Filter
    {
        QString influencerId; ///< only this influencer's; all when empty
        QString status;       ///< only payouts in this status; all when empty
    };
    /// Newest first: payouts changed since `updatedSince`, before the id `cursor`.
    Rows<PayoutReader> page(const Filter &filter, const std::optional<qint64> &updatedSince, const QString &cursor,
                            int limit);

    /// One influencer's balance, read in one statement (one snapshot).
    InfluencerBalance balance(const QString &influencerId);
    /// Every influencer's, by id.
    QList<InfluencerBalance> balances();

private:
    Database &m_db;
};

} // namespace lm::server
