#pragma once

#include "desktopnotifier.h"

#include <dto.h>

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

namespace lm::client {

class ClientModels;
class LeadsModel;
class Settings;

/// New-lead awareness for the merchant: which pending leads arrived since the merchant last looked
/// at the pending list (the badge), and a desktop notification for each lead and each deposit
/// alert a sync brings. What the cache held before the first finished sync (a fresh cache) or when
/// the workspace was opened is the baseline: it is neither counted nor announced.
class LeadAwareness final : public QObject
{
    Q_OBJECT

public:
    /// At most this many leads are announced one by one after one sync; the rest in one summary.
    static constexpr int MaxLeadNotifications = 10;

    LeadAwareness(const ClientModels &models, Settings &settings, QObject *parent = nullptr);

    /// Not owned; null: nothing is announced.
    void setNotifier(DesktopNotifier *notifier) { m_notifier = notifier; }
    DesktopNotifier *notifier() const { return m_notifier.data(); }

    /// A workspace was opened (`active`: a merchant's) or closed: forget everything known.
    void reset(bool active);
    /// The leads were read (the model may be unchanged: an empty cache read into the empty model
    /// still makes the leads known); `pendingListVisible`: the merchant is looking at them now.
    void leadsChanged(const LeadsModel &leads, bool pendingListVisible);
    void notificationsChanged(const QList<dto::Notification> &notifications);
    /// A sync ended: from now on, what arrives in a cache that was fresh at reset() is news.
    void syncFinished();
    /// The merchant looked at the pending list.
    void markSeen();

    int newCount() const { return m_newCount; }
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

Q_SIGNALS:
    void newCountChanged(int count);

private:
    bool freshCache() const;
    bool baseline(bool known);
    void setNewCount(int count);
    void announceLead(const dto::Lead &lead);
    void announceDepositAlert(const dto::Notification &notification);

    const ClientModels &m_models;
    Settings &m_settings;
    QPointer<DesktopNotifier> m_notifier;
    bool m_active = false;
    bool m_leadsKnown = false;
    bool m_notificationsKnown = false;
    /// The cache was fresh when the workspace opened and no sync has ended since: known once
    /// the store has read the cache (the first leadsChanged() or notificationsChanged() after
    /// reset()).
    std::optional<bool> m_firstSync;
    QSet<QString> m_knownLeads;
    QSet<QString> m_unseenLeads;
    QSet<QString> m_knownNotifications;
    int m_newCount = 0;
};

} // namespace lm::client
