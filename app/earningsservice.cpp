#include "earningsservice.h"

#include "apiclient.h"
#include "cache.h"

#include <leadpolicy.h>

#include <QDateTime>

namespace lm::client {

EarningsService::EarningsService(ApiClient &api, Cache &cache, QObject *parent)
    : QObject(parent), m_api(api), m_cache(cache)
{
}

void EarningsService::saveBankDetails(const QString &holderName, const QString &rib, QObject *context,
                                      Callback<dto::BankDetails> done)
{
    // PUT is idempotent by nature: a fresh key per attempt is enough.
    m_api.saveBankDetails(holderName, rib, {}, context, [this, done](const Result<dto::BankDetails> &result) {
        if (result.ok() && m_cache.isOpen()) {
            m_cache.setBankDetails(result.value(), QDateTime::currentMSecsSinceEpoch());
            Q_EMIT changed();
        }
        done(result);
    });
}

void EarningsService::requestPayout(qint64 amountCents, QObject *context, Callback<dto::Payout> done)
{
    const QByteArray request = "payout " + QByteArray::number(amountCents);
    const QString key = m_retryKeys.keyFor(request, &ApiClient::newIdempotencyKey);
    m_api.requestPayout(amountCents, key, context, [this, request, done](const Result<dto::Payout> &result) {
        m_retryKeys.answered(request, result.ok() ? ApiError() : result.error());
        if (result.ok() && m_cache.isOpen()) {
            m_cache.upsertPayouts({result.value()});
            Q_EMIT changed();
        }
        done(result);
    });
}

void EarningsService::disputeLead(const QString &leadId, const QString &note, QObject *context,
                                  Callback<dto::Lead> done)
{
    const QByteArray request = "dispute " + leadId.toUtf8() + ' ' + note.toUtf8();
    const QString key = m_retryKeys.keyFor(request, &ApiClient::newIdempotencyKey);
    m_api.disputeLead(leadId, note, key, context, [this, request, done](const Result<dto::Lead> &result) {
        m_retryKeys.answered(request, result.ok() ? ApiError() : result.error());
        if (result.ok() && m_cache.isOpen()) {
            m_cache.upsertLeads({result.value()});
            Q_EMIT leadChanged(result.value());
        }
        done(result);
    });
}

bool EarningsService::canDispute(const dto::Lead &lead, qint64 nowMs)
{
    return lead.status == LeadStatus::Rejected && !lead.dispute && lead.decidedAt
        && leadpolicy::isWithinDisputeWindow(*lead.decidedAt, nowMs);
}

} // namespace lm::client
