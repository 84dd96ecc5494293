#include "leadfraudchecks.h"

#include "apierror.h"
#include "disposabledomains.h"
#include "repositories/leadrepository.h"
#include "repositories/userrepository.h"
#include "validation.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void LeadFraudChecks::check(const AuthUser &influencer, const dto::Lead &lead, qint64 now)
{
    FieldErrors errors;
    const QString domain = lead.clientEmail.section(u'@', -1);
    if (DisposableDomains::contains(m_ctx.config.disposableDomainsFile(), domain))
        errors.insert(u"client_email"_s, u"disposable"_s);

    // The influencer's own contact details, as stored now (email lower-case, phone in E.164).
    const auto me = UserRepository(m_ctx.db).find(influencer.id);
    if (me) {
        if (!errors.contains(u"client_email"_s) && normalizeEmail(me->email) == lead.clientEmail)
            errors.insert(u"client_email"_s, u"self_lead"_s);
        const std::optional<QString> myPhone = me->phone.isEmpty() ? std::nullopt : normalizePhone(me->phone);
        if (myPhone && *myPhone == lead.clientPhone)
            errors.insert(u"client_phone"_s, u"self_lead"_s);
    }
    throwIfInvalid(errors);

    // The rolling hour counts the leads created, from the leads table itself (a refused request is
    // not a lead). On PostgreSQL the influencer's row is locked first, so two concurrent creations
    // cannot both count 29; SQLite's write transaction already runs one at a time.
    if (m_ctx.db.engine() == Engine::PostgreSQL)
        m_ctx.db.exec(u"SELECT id FROM users WHERE id = ? FOR UPDATE"_s, {influencer.id});
    const int max = m_ctx.config.maxLeadsPerHour();
    const auto [count, oldest] = LeadRepository(m_ctx.db).createdByInfluencerSince(influencer.id, now - RateWindowMs);
    if (count >= max)
        throw ApiError::rateLimited(u"Too many leads in the last hour (at most %1); try again later."_s.arg(max),
                                    oldest + RateWindowMs - now);
}

} // namespace lm::server
