#pragma once

#include "result.h"
#include "retrykeys.h"

#include <commission.h>
#include <dto.h>
#include <kinds.h>

#include <QObject>
#include <QString>

#include <optional>

namespace lm::client {

class ApiClient;
class Cache;

/// What a merchant sets on a campaign (POST /api/campaigns); the commission terms default to the
/// server's (core's CommissionPolicy).
struct CampaignDraft
{
    QString name;
    QString description;
    CommissionPolicy policy;
};

/// A change to a campaign (PUT /api/campaigns/{id}): only what is set is sent, the rest stays.
struct CampaignChange
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<qint64> rateBp;
    std::optional<qint64> fixedCommissionCents;
    std::optional<qint64> fixedThresholdCents;
    std::optional<qint64> influencerShareBp;
    std::optional<CampaignStatus> status; ///< Paused: pause (by hand); Active: resume

    bool isEmpty() const;
    /// What differs between `before` and what the merchant set (`draft`).
    static CampaignChange between(const dto::Campaign &before, const CampaignDraft &draft);
};

/// A merchant's campaigns, online (the server decides at once): create, change, pause, resume.
/// A request retried after no answer (network, timeout, 5xx) goes out under its first attempt's
/// idempotency key, so the server applies it once. The campaign the server answers is written to
/// the cache and announced with saved(), so the lists show it without waiting for a sync; a
/// refusal comes back as the callback's error, with the server's `fields` for a 422.
class CampaignService final : public QObject
{
    Q_OBJECT

public:
    CampaignService(ApiClient &api, Cache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignService)

    void create(const CampaignDraft &draft, QObject *context, Callback<dto::Campaign> done);
    void update(const QString &campaignId, const CampaignChange &change, QObject *context,
                Callback<dto::Campaign> done);
    void pause(const QString &campaignId, QObject *context, Callback<dto::Campaign> done);
    /// Refused by the server (402 insufficient_deposit, 423 deposit_blocked) while the deposit
    /// cannot pay for a lead.
    void resume(const QString &campaignId, QObject *context, Callback<dto::Campaign> done);

    /// A refusal that a recharge would lift (resuming with an empty deposit).
    static bool needsRecharge(const ApiError &error);

Q_SIGNALS:
    /// The server took this campaign (new or changed); the cache holds it already.
    void saved(const lm::dto::Campaign &campaign);

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
              Callback<dto::Campaign> done);

    ApiClient &m_api;
    Cache &m_cache;
    RetryKeys m_retryKeys;
};

} // namespace lm::client
