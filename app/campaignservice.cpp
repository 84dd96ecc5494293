#include "campaignservice.h"

#include "apiclient.h"
#include "cache.h"
#include "logging.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QString campaignPath(const QString &id)
{
    return u"/api/campaigns/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void insertPolicy(QJsonObject &body, const CommissionPolicy &policy)
{
    body.insert(u"commission_rate_bp"_s, policy.rateBp);
    body.insert(u"fixed_commission_cents"_s, policy.fixedCommissionCents);
    body.insert(u"fixed_threshold_cents"_s, policy.fixedThresholdCents);
    body.insert(u"influencer_share_bp"_s, policy.influencerShareBp);
}

template <typename T>
void insertIfSet(QJsonObject &body, const QString &key, const std::optional<T> &value)
{
    if (value)
        body.insert(key, *value);
}

} // namespace

bool CampaignChange::isEmpty() const
{
    return !name && !description && !rateBp && !fixedCommissionCents && !fixedThresholdCents && !influencerShareBp
        && !status;
}

CampaignChange CampaignChange::between(const dto::Campaign &before, const CampaignDraft &draft)
{
    CampaignChange change;
    if (draft.name != before.name)
        change.name = draft.name;
    if (draft.description != before.description)
        change.description = draft.description;
    if (draft.policy.rateBp != before.policy.rateBp)
        change.rateBp = draft.policy.rateBp;
    if (draft.policy.fixedCommissionCents != before.policy.fixedCommissionCents)
        change.fixedCommissionCents = draft.policy.fixedCommissionCents;
    if (draft.policy.fixedThresholdCents != before.policy.fixedThresholdCents)
        change.fixedThresholdCents = draft.policy.fixedThresholdCents;
    if (draft.policy.influencerShareBp != before.policy.influencerShareBp)
        change.influencerShareBp = draft.policy.influencerShareBp;
    return change;
}

CampaignService::CampaignService(ApiClient &api, Cache &cache, QObject *parent)
    : QObject(parent), m_api(api), m_cache(cache)
{
}

void CampaignService::create(const CampaignDraft &draft, QObject *context, Callback<dto::Campaign> done)
{
    QJsonObject body{{u"name"_s, draft.name}};
    if (!draft.description.isEmpty())
        body.insert(u"description"_s, draft.description);
    insertPolicy(body, draft.policy);
    send("POST", u"/api/campaigns"_s, body, context, std::move(done));
}

void CampaignService::update(const QString &campaignId, const CampaignChange &change, QObject *context,
                             Callback<dto::Campaign> done)
{
    QJsonObject body;
    insertIfSet(body, u"name"_s, change.name);
    insertIfSet(body, u"description"_s, change.description);
    insertIfSet(body, u"commission_rate_bp"_s, change.rateBp);
    insertIfSet(body, u"fixed_commission_cents"_s, change.fixedCommissionCents);
    insertIfSet(body, u"fixed_threshold_cents"_s, change.fixedThresholdCents);
    insertIfSet(body, u"influencer_share_bp"_s, change.influencerShareBp);
    if (change.status)
        body.insert(u"status"_s, toString(*change.status));
    send("PUT", campaignPath(campaignId), body, context, std::move(done));
}

void CampaignService::pause(const QString &campaignId, QObject *context, Callback<dto::Campaign> done)
{
    CampaignChange change;
    change.status = CampaignStatus::Paused;
    update(campaignId, change, context, std::move(done));
}

void CampaignService::resume(const QString &campaignId, QObject *context, Callback<dto::Campaign> done)
{
    CampaignChange change;
    change.status = CampaignStatus::Active;
    update(campaignId, change, context, std::move(done));
}

bool CampaignService::needsRecharge(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http
        && (error.code() == "insufficient_deposit"_L1 || error.code() == "deposit_blocked"_L1);
}

void CampaignService::send(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                           Callback<dto::Campaign> done)
{
    const QByteArray request = method + ' ' + path.toUtf8() + ' ' + QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_retryKeys.keyFor(request, &ApiClient::newIdempotencyKey);
    m_api.sendJson(method, path, body, key, context, [this, request, done](const Result<QJsonObject> &result) {
        m_retryKeys.answered(request, result.ok() ? ApiError() : result.error());
        if (!result.ok()) {
            logger("app.campaigns")->info("campaign change refused: {}", result.error().logText().toStdString());
            done(result.error());
            return;
        }
        const auto campaign = dto::Campaign::fromJson(result.value());
        if (!campaign) {
            done(ApiError::invalidResponse(u"not a Campaign"_s));
            return;
        }
        if (m_cache.isOpen())
            m_cache.upsertCampaigns({*campaign});
        Q_EMIT saved(*campaign);
        done(*campaign);
    });
}

} // namespace lm::client
