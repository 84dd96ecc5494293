#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// A ledger row and its place in its merchant's ledger.
struct SequencedTransaction
{
    dto::Transaction transaction;
    qint64 seq = 0;
};

/// Maps rows of a SELECT of TransactionRepository::columns.
class TransactionReader final
{
public:
    explicit TransactionReader(const QSqlQuery &query);
    SequencedTransaction read(const QSqlQuery &query) const;

private:
    int m_id, m_kind, m_amount, m_balanceDelta, m_reservedDelta, m_balanceAfter, m_reservedAfter, m_leadId,
        m_paymentId, m_description, m_createdAt, m_seq;
};

/// One ledger row's deltas and after-values, as the ledger check replays them.
struct LedgerStep
{
    QString merchantId;
    qint64 balanceDelta = 0;
    qint64 reservedDelta = 0;
    qint64 balanceAfter = 0;
    qint64 reservedAfter = 0;
};

class LedgerStepReader final
{
public:
    explicit LedgerStepReader(const QSqlQuery &query);
    LedgerStep read(const QSqlQuery &query) const;

private:
    int m_merchantId, m_balanceDelta, m_reservedDelta, m_balanceAfter, m_reservedAfter;
};

/// SQL of the ledger: `transactions` (written only through Ledger) and the `earnings` each
/// deduction pays out (double entry).
class TransactionRepository final
{
public:
    explicit TransactionRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a ledger row lists these columns.
    static const QString columns;

    /// The next row number of `merchantId`'s ledger.
    qint64 nextSeq(const QString &merchantId);
    void insert(const QString &merchantId, const dto::Transaction &t, qint64 seq);
    /// `merchantId`'s ledger, newest first: rows created since `createdSince`, before `beforeSeq`.
    Rows<TransactionReader> page(const QString &merchantId, const std::optional<qint64> &createdSince,
                                 const std::optional<qint64> &beforeSeq, int limit);
    /// Every ledger row, by merchant and in ledger order.
    Rows<LedgerStepReader> allSteps();
    /// The balance right after a payment's recharge row, if it has one.
    std::optional<qint64> balanceAfterRecharge(const QString &paymentId);
    /// What every deduction took from the deposits (a positive amount).
    qint64 totalDeductions();
    /// What the deductions took, and the recharges added, in [start, end).
    qint64 deductionsBetween(qint64 start, qint64 end);
    qint64 rechargesBetween(qint64 start, qint64 end);

    /// `beneficiary`: influencer | platform (influencerId empty for the platform).
    void insertEarning(EarningsBeneficiary beneficiary, const QString &influencerId, const QString &merchantId,
                       const QString &leadId, qint64 cents, qint64 now);
    qint64 totalEarnings();
    qint64 influencerEarnings(const QString &influencerId);
    /// When and how much an influencer earned since `since` (one pair per earnings row).
    QList<std::pair<qint64, qint64>> influencerEarningsSince(const QString &influencerId, qint64 since);
    /// Replaces `name` by `replacement` in the descriptions of a lead's ledger rows (a lead whose
    /// contact details are erased). Descriptions only: amounts and order stay as they are.
    void redactLeadDescriptions(const QString &leadId, const QString &name, const QString &replacement);

private:
    Database &m_db;
};

} // namespace lm::server
