#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"

namespace lm::server {

/// Contract v2's refusals of a lead creation that guard against fraud, run by LeadService::create
/// after every other check, inside its transaction: a client email on a disposable-address domain
/// or the influencer's own email or phone (422, `fields`), then more than
/// LEADMARKET_MAX_LEADS_PER_HOUR leads by this influencer in the rolling hour (429 rate_limited
/// with Retry-After). Throws ApiError; stateless.
class LeadFraudChecks final
{
public:
    explicit LeadFraudChecks(Context &ctx) : m_ctx(ctx) {}

    /// `lead` holds the normalised client email (lower-case) and phone (E.164).
    void check(const AuthUser &influencer, const dto::Lead &lead, qint64 now);

    static constexpr qint64 RateWindowMs = 3600 * 1000LL;

private:
    Context &m_ctx;
};

} // namespace lm::server
