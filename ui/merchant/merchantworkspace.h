#pragma once

#include "workspace.h"

#include <QIcon>
#include <QPointer>

class QLabel;
class QScrollArea;
class QTimer;

namespace lm::client {

class CampaignsPage;
class DepositBanner;
class DepositCard;
class FirstRunGuide;
class LeadAwareness;
class PendingLeadsPanel;

/// The merchant's day: the Overview (deposit card and the leads waiting for a decision, and the
/// first steps while a new merchant has not made them), all leads, transactions, campaigns
/// (created, edited, paused and resumed there), notifications and queued actions; decisions through the
/// validate and reject dialogs; recharge and CSV exports in the File menu; a badge and desktop
/// notifications for each new lead and deposit alert.
class MerchantWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit MerchantWorkspace(WorkspaceContext context, QWidget *parent = nullptr);
    ~MerchantWorkspace() override;

    void focusSearch() override;
    void syncEnded() override;
    void setDesktopNotifier(DesktopNotifier *notifier) override;
    DesktopNotifier *desktopNotifier() const;
    /// Pending leads arrived since the merchant last looked at the pending list.
    int attentionCount() const override;
    /// The transaction history, as CSV.
    void exportTransactions();

Q_SIGNALS:
    /// Ctrl+R or the deposit card's button.
    void rechargeRequested();

protected:
    bool event(QEvent *event) override;

private:
    void validate(const QStringList &leadIds);
    void reject(const QStringList &leadIds);
    void reportDecided(int done, int refused, const QString &doneMessage);
    void createAwareness();
    void leadsChangedForAwareness();
    bool pendingListVisible() const;

    QWidget *m_overview;
    QScrollArea *m_overviewTab = nullptr; ///< the overview's tab: it scrolls on a small screen
    DepositBanner *m_banner;
    DepositCard *m_deposit;
    PendingLeadsPanel *m_pending;
    FirstRunGuide *m_guide;
    CampaignsPage *m_campaigns;
    QWidget *m_transactions;
    LeadAwareness *m_awareness = nullptr;
    QTimer *m_awarenessCheck = nullptr;
    QLabel *m_newLeadsBadge = nullptr;
    bool m_syncEndedWhileLoading = false; ///< handled once the leads that sync brought are loaded
};

} // namespace lm::client
