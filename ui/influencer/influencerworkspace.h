#pragma once

#include "workspace.h"

#include <outboxstore.h>
#include <result.h>

#include <dto.h>

#include <QJsonObject>

#include <optional>

class QBoxLayout;

namespace lm::client {

class LeadsPage;
class NewLeadForm;
class PayoutsPage;
class PerformancePanel;
class RefusedLeadsPanel;

/// The influencer's work. Home: the leads the server refused (to fix and resend), the new-lead
/// form (queued through the outbox, checked as typed) and "My performance" beside it (stacked on
/// a narrow window). Then their leads with their share and the merchant's decision, payouts, the
/// campaigns, notifications and queued actions.
class InfluencerWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit InfluencerWorkspace(WorkspaceContext context, QWidget *parent = nullptr);

    void syncEnded() override;
    int attentionCount() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    Result<> submit(const QJsonObject &body);
    /// The "Dispute the rejection…" button of the leads page, for the selected rejected lead.
    void addDisputeAction(LeadsPage *leads);
    void fix(const OutboxEntry &entry);
    void discard(qint64 outboxId);
    void showEarnings();
    std::optional<dto::Lead> findDuplicate(const QString &campaignId, const QString &email, const QString &phone) const;

    NewLeadForm *m_form;
    PerformancePanel *m_performance;
    RefusedLeadsPanel *m_refused;
    PayoutsPage *m_payouts;
    QBoxLayout *m_homeColumns = nullptr;
    qint64 m_fixing = 0; ///< the refused lead being fixed in the form (its outbox id)
};

} // namespace lm::client
