#pragma once

#include "campaignsmodel.h"
#include "leadsmodel.h"
#include "notificationsmodel.h"
#include "outboxmodel.h"
#include "payoutsmodel.h"
#include "transactionsmodel.h"

#include <dto.h>
#include <store.h>

#include <QObject>

#include <optional>

namespace lm::client {



/// The item models of one signed-in workspace, fed from the Store: created with the workspace
/// (which asks the store for everything), gone with it. The deposit, which no table shows,
/// is kept here too.
class ClientModels final : public QObject
{
    Q_OBJECT

public:
    explicit ClientModels(Store &store, QObject *parent = nullptr);

    LeadsModel &leads() { return *m_leads; }
    const LeadsModel &leads() const { return *m_leads; }
    CampaignsModel &campaigns() { return *m_campaigns; }
    TransactionsModel &transactions() { return *m_transactions; }
    NotificationsModel &notifications() { return *m_notifications; }
    OutboxModel &outbox() { return *m_outbox; }
    PayoutsModel &payouts() { return *m_payouts; }
    std::optional<dto::Deposit> deposit() const { return m_deposit; }
    /// The influencer's figures and bank details (the payouts are in payouts()).
    const Earnings &earnings() const { return m_earnings; }
    /// When the cache was last brought up to date with the server (0: never).
    qint64 lastSyncAt() const;
    /// A read of the cache runs or waits: leadsLoaded() follows.
    bool isLoading() const;
    /// The leads of the given ids that the model holds, in that order.
    QList<dto::Lead> leadsWithIds(const QStringList &ids) const;

    /// Everything again from the cache.
    void reload();
    /// The small lists and figures again (not the leads).
    void reloadAccount();

Q_SIGNALS:
    void depositChanged();
    void earningsChanged();
    /// The models hold what the cache held at the latest reload (the leads, read off the UI
    /// thread, arrive after the rest).
    void leadsLoaded();
    void loadFailed(const QString &problem);

private:
    void takeLeads(const QList<dto::Lead> &leads);
    void updateTransactionLeadNames();
    void updateOutboxLeadNames();

    Store &m_store;
    LeadsModel *m_leads;
    CampaignsModel *m_campaigns;
    TransactionsModel *m_transactions;
    NotificationsModel *m_notifications;
    OutboxModel *m_outbox;
    PayoutsModel *m_payouts;
    std::optional<dto::Deposit> m_deposit;
    Earnings m_earnings;
};

} // namespace lm::client
