#include "clientmodels.h"

#include <store.h>

#include <QHash>
#include <QSet>

namespace lm::client {

ClientModels::ClientModels(Store &store, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_leads(new LeadsModel(this)),
      m_campaigns(new CampaignsModel(this)),
      m_transactions(new TransactionsModel(this)),
      m_notifications(new NotificationsModel(this)),
      m_outbox(new OutboxModel(this)),
      m_payouts(new PayoutsModel(this))
{
    m_deposit = store.deposit();
    connect(&store, &Store::campaignsChanged, m_campaigns, &CampaignsModel::setCampaigns);
    connect(&store, &Store::depositChanged, this, [this](const std::optional<dto::Deposit> &deposit) {
        m_deposit = deposit;
        Q_EMIT depositChanged();
    });
    connect(&store, &Store::transactionsChanged, this, [this](const QList<dto::Transaction> &transactions) {
        m_transactions->setTransactions(transactions);
        updateTransactionLeadNames();
    });
    connect(&store, &Store::notificationsChanged, m_notifications, &NotificationsModel::setNotifications);
    connect(&store, &Store::earningsChanged, this, [this](const Earnings &earnings) {
        m_earnings = earnings;
        m_payouts->setPayouts(earnings.payouts);
        Q_EMIT earningsChanged();
    });
    connect(&store, &Store::outboxChanged, m_outbox, [this](const QList<OutboxEntry> &entries, int, int) {
        m_outbox->setEntries(entries);
        updateOutboxLeadNames();
    });
    connect(&store, &Store::leadsLoaded, this, [this](const std::shared_ptr<LeadIndex> &leads) {
        m_leads->setIndex(std::move(*leads));
        updateTransactionLeadNames(); // the transactions name the leads' clients
        updateOutboxLeadNames();      // and so does the queue
    });
    connect(&store, &Store::leadsUpdated, this, &ClientModels::takeLeads);
    connect(&store, &Store::loadFailed, this, &ClientModels::loadFailed);
    connect(&store, &Store::idle, this, [this](bool leadsRead) {
        if (leadsRead)
            Q_EMIT leadsLoaded();
    });
    reload();
}

qint64 ClientModels::lastSyncAt() const
{
    return m_store.lastSyncAt();
}

bool ClientModels::isLoading() const
{
    return m_store.isLoading();
}

void ClientModels::reload()
{
    m_store.reload();
}

void ClientModels::reloadAccount()
{
    m_store.reload(Store::Account);
}

QList<dto::Lead> ClientModels::leadsWithIds(const QStringList &ids) const
{
    // One pass over the leads, whatever the number of ids (Ctrl+A selects them all).
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    QList<std::optional<dto::Lead>> ordered(ids.size());
    for (const dto::Lead &lead : m_leads->leads()) {
        if (const auto it = position.constFind(lead.id); it != position.cend())
            ordered[*it] = lead;
    }
    QList<dto::Lead> found;
    for (auto &slot : ordered) {
        if (slot)
            found.append(std::move(*slot));
    }
    return found;
}

void ClientModels::takeLeads(const QList<dto::Lead> &leads)
{
    // In place (no reload of every lead); a lead the model does not have yet (one created here)
    // comes with a read of the leads.
    bool missing = false;
    for (const dto::Lead &lead : leads)
        missing = !m_leads->updateLead(lead) || missing;
    if (missing)
        m_store.reload(Store::Leads);
}

void ClientModels::updateOutboxLeadNames()
{
    // A queue holds a few entries: one pass over the leads for their clients' names.
    QSet<QString> wanted;
    for (int row = 0; row < m_outbox->rowCount(); ++row) {
        const OutboxEntry &entry = m_outbox->entryAt(row);
        if (entry.kind != OutboxEntry::Kind::CreateLead)
            wanted.insert(entry.targetId);
    }
    QHash<QString, QString> names;
    for (int row = 0; row < m_leads->rowCount() && names.size() < wanted.size(); ++row) {
        const dto::Lead &lead = m_leads->leadAt(row);
        if (wanted.contains(lead.id))
            names.insert(lead.id, lead.clientName);
    }
    m_outbox->setLeadNames(std::move(names));
}

void ClientModels::updateTransactionLeadNames()
{
    // Only the leads the transactions name: one pass over the leads, a lookup each.
    QSet<QString> wanted;
    for (int row = 0; row < m_transactions->rowCount(); ++row) {
        const QString &leadId = m_transactions->transactionAt(row).leadId;
        if (!leadId.isEmpty())
            wanted.insert(leadId);
    }
    QHash<QString, QString> names;
    for (int row = 0; row < m_leads->rowCount() && names.size() < wanted.size(); ++row) {
        const dto::Lead &lead = m_leads->leadAt(row);
        if (wanted.contains(lead.id))
            names.insert(lead.id, lead.clientName);
    }
    m_transactions->setLeadNames(std::move(names));
}

} // namespace lm::client
