#include "leadawareness.h"

#include <alertlevel.h>
#include <clientmodels.h>
#include <leadsmodel.h>
#include <money.h>
#include <settings.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

LeadAwareness::LeadAwareness(const ClientModels &models, Settings &settings, QObject *parent)
    : QObject(parent), m_models(models), m_settings(settings)
{
}

void LeadAwareness::reset(bool active)
{
    m_active = active;
    m_leadsKnown = false;
    m_notificationsKnown = false;
    m_firstSync.reset();
    m_knownLeads.clear();
    m_unseenLeads.clear();
    m_knownNotifications.clear();
    setNewCount(0);
}

bool LeadAwareness::freshCache() const
{
    // The SyncEngine records the end of a successful sync last: until then the cache is being
    // filled for the first time, and nothing in it is news.
    return m_models.lastSyncAt() == 0;
}

bool LeadAwareness::baseline(bool known)
{
    if (!m_firstSync)
        m_firstSync = freshCache();
    return !known || *m_firstSync || freshCache();
}

void LeadAwareness::leadsChanged(const LeadsModel &leads, bool pendingListVisible)
{
    if (!m_active)
        return;
    const bool isBaseline = baseline(m_leadsKnown);
    m_leadsKnown = true;
    QList<int> arrived;
    QSet<QString> stillUnseen;
    const int rows = leads.rowCount();
    for (int row = 0; row < rows; ++row) {
        const dto::Lead &lead = leads.leadAt(row);
        const bool pending = lead.status == LeadStatus::Pending;
        if (!m_knownLeads.contains(lead.id)) {
            m_knownLeads.insert(lead.id);
            if (!isBaseline && pending) {
                arrived.append(row);
                if (!pendingListVisible)
                    stillUnseen.insert(lead.id);
            }
        } else if (pending && m_unseenLeads.contains(lead.id)) {
            stillUnseen.insert(lead.id);
        }
    }
    m_unseenLeads = std::move(stillUnseen);
    setNewCount(static_cast<int>(m_unseenLeads.size()));

    if (!notificationsEnabled() || !m_notifier)
        return;
    const qsizetype shown = std::min<qsizetype>(arrived.size(), MaxLeadNotifications);
    for (qsizetype i = 0; i < shown; ++i)
        announceLead(leads.leadAt(arrived.at(i)));
    if (arrived.size() > shown) {
        const int more = static_cast<int>(arrived.size() - shown);
        m_notifier->notify(tr("%n more new lead(s)", nullptr, more),
                           tr("Open LeadMarket to see the leads waiting for your decision."));
    }
}

void LeadAwareness::notificationsChanged(const QList<dto::Notification> &notifications)
{
    if (!m_active)
        return;
    const bool isBaseline = baseline(m_notificationsKnown);
    m_notificationsKnown = true;
    QList<const dto::Notification *> alerts;
    for (const dto::Notification &notification : notifications) {
        if (m_knownNotifications.contains(notification.id))
            continue;
        m_knownNotifications.insert(notification.id);
        if (!isBaseline && notification.kind == "deposit_alert"_L1 && !notification.readAt)
            alerts.append(&notification);
    }
    if (!notificationsEnabled() || !m_notifier)
        return;
    // The list is newest first: announce in the order they happened.
    std::for_each(alerts.crbegin(), alerts.crend(),
                  [this](const dto::Notification *notification) { announceDepositAlert(*notification); });
}

void LeadAwareness::syncFinished()
{
    // The first sync of a fresh cache may end while its last changes are still on their way to
    // the window (the engine runs in its own thread): those are read before this, as baseline.
    if (!freshCache())
        m_firstSync = false;
}

void LeadAwareness::markSeen()
{
    m_unseenLeads.clear();
    setNewCount(0);
}

bool LeadAwareness::notificationsEnabled() const
{
    return m_settings.desktopNotifications();
}

void LeadAwareness::setNotificationsEnabled(bool enabled)
{
    m_settings.setValue(Settings::Key::DesktopNotifications, enabled);
    m_settings.sync();
}

void LeadAwareness::setNewCount(int count)
{
    if (count == m_newCount)
        return;
    m_newCount = count;
    Q_EMIT newCountChanged(count);
}

void LeadAwareness::announceLead(const dto::Lead &lead)
{
    const QLocale locale;
    QString body = tr("Estimated value: %1 · commission: %2")
                       .arg(Money(lead.estimatedValueCents).formatShort(locale),
                            Money(lead.commissionCents).formatShort(locale));
    if (!lead.campaignName.isEmpty())
        body = lead.campaignName % u'\n' % body;
    m_notifier->notify(tr("New lead: %1").arg(lead.clientName), body);
}

void LeadAwareness::announceDepositAlert(const dto::Notification &notification)
{
    const auto level = alertLevelFromString(notification.level);
    const bool critical = level == AlertLevel::Critical || level == AlertLevel::Depleted;
    const QString summary = notification.title.isEmpty() ? tr("Deposit alert") : notification.title;
    m_notifier->notify(summary, notification.body, critical ? DesktopNotifier::Urgency::Critical
                                                            : DesktopNotifier::Urgency::Normal);
}

} // namespace lm::client
