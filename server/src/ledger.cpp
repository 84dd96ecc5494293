#include "ledger.h"

#include "eventlog.h"

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<dto::Deposit> Ledger::deposit(const QString &merchantId, bool lock)
{
    return m_deposits.find(merchantId, lock);
}

std::optional<dto::Transaction> Ledger::reserve(const QString &merchantId, qint64 cents, const QString &leadId,
                                                const QString &description, Hold hold)
{
    if (cents == 0) { // nothing to hold back: no deposit change and no empty ledger row
        dto::Transaction none;
        none.kind = TransactionKind::Reserve;
        return none;
    }
    const auto after = m_deposits.reserve(merchantId, cents, m_ctx.now(), hold == Hold::WhileActive);
    if (!after)
        return std::nullopt;
    return record(merchantId, {TransactionKind::Reserve, 0, cents, leadId, {}, description}, after->balance,
                  after->reserved);
}

dto::Transaction Ledger::apply(const QString &merchantId, const Entry &entry)
{
    if (entry.balanceDelta == 0 && entry.reservedDelta == 0) { // a zero commission moves nothing
        dto::Transaction none;
        none.kind = entry.kind;
        return none;
    }
    const auto after = m_deposits.move(merchantId, entry.balanceDelta, entry.reservedDelta, m_ctx.now());
    if (!after)
        throw DbError(u"no deposit for merchant "_s + merchantId, false);
    return record(merchantId, entry, after->balance, after->reserved);
}

dto::Transaction Ledger::record(const QString &merchantId, const Entry &entry, qint64 balanceAfter,
                                qint64 reservedAfter)
{
    dto::Transaction t;
    t.id = newId();
    t.kind = entry.kind;
    t.balanceDeltaCents = entry.balanceDelta;
    t.reservedDeltaCents = entry.reservedDelta;
    t.amountCents = qMax(qAbs(entry.balanceDelta), qAbs(entry.reservedDelta));
    t.balanceAfterCents = balanceAfter;
    t.reservedAfterCents = reservedAfter;
    t.leadId = entry.leadId;
    t.paymentId = entry.paymentId;
    t.description = entry.description;
    t.createdAt = m_ctx.now();
    // The deposit row was just updated in this transaction, so no other writer can number a row
    // of this merchant until we commit.
    m_transactions.insert(merchantId, t, m_transactions.nextSeq(merchantId));
    // Push, in the same transaction: the merchant's deposit and the admins' board row; influencers'
    // campaigns when the deposit starts or stops covering a lead (their `accepting`).
    EventLog events(m_ctx);
    events.depositChanged(merchantId);
    const qint64 availableAfter = balanceAfter - reservedAfter;
    const qint64 availableBefore = availableAfter - entry.balanceDelta + entry.reservedDelta;
    if ((availableBefore > 0) != (availableAfter > 0))
        events.merchantCampaignsChanged(merchantId, /*everyone=*/false);
    return t;
}

} // namespace lm::server
