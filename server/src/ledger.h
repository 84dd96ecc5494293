#pragma once

#include "context.h"
#include "dto.h"
#include "repositories/depositrepository.h"
#include "repositories/transactionrepository.h"

#include <QString>

#include <optional>

namespace lm::server {

/// The only code that changes a deposit: each change updates the deposit row and writes its ledger
/// row (`transactions`) in the caller's write transaction, so the two always commit together.
class Ledger final
{
public:
    explicit Ledger(Context &ctx) : m_ctx(ctx), m_deposits(ctx.db), m_transactions(ctx.db) {}

    struct Entry
    {
        TransactionKind kind = TransactionKind::Adjustment;
        qint64 balanceDelta = 0;
        qint64 reservedDelta = 0;
        QString leadId;
        QString paymentId;
        QString description;
    };

    /// Whether a reservation needs an active deposit: a new lead does; the commission an admin's
    /// overturned dispute owes (the lead was delivered before any block) needs only the money.
    enum class Hold { WhileActive, Owed };
    /// Reserves `cents` only while the deposit has that much available (and, for Hold::WhileActive,
    /// is active), in one conditional update. nullopt when it does not (nothing changed).
    std::optional<dto::Transaction> reserve(const QString &merchantId, qint64 cents, const QString &leadId,
                                            const QString &description, Hold hold = Hold::WhileActive);
    /// Applies an unconditional change (release, deduction, recharge, adjustment).
    dto::Transaction apply(const QString &merchantId, const Entry &entry);

    /// The deposit row, locked for the rest of the transaction on PostgreSQL.
    std::optional<dto::Deposit> deposit(const QString &merchantId, bool lock = false);

private:
    dto::Transaction record(const QString &merchantId, const Entry &entry, qint64 balanceAfter, qint64 reservedAfter);
    Context &m_ctx;
    // SQL in the repositories (one deposit row mapping for all readers); only Ledger calls their money moves.
    DepositRepository m_deposits;
    TransactionRepository m_transactions;
};

} // namespace lm::server
