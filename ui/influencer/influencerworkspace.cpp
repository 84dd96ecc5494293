#include "influencerworkspace.h"

#include "admindialogs.h"
#include "emptystate.h"
#include "leadspage.h"
#include "newleadform.h"
#include "payoutspage.h"
#include "performancepanel.h"
#include "refusedleadspanel.h"

#include <actions.h>
#include <campaignsmodel.h>
#include <clientmodels.h>
#include <earningsservice.h>
#include <leadsmodel.h>
#include <leadpolicy.h>
#include <validation.h>

#include <QBoxLayout>
#include <QDateTime>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// Below this width the form and the performance block stack instead of sitting side by side.
constexpr int SideBySideMinWidth = 1100;

} // namespace

InfluencerWorkspace::InfluencerWorkspace(WorkspaceContext context, QWidget *parent)
    : Workspace(u"influencerWorkspace"_s, std::move(context), parent),
      m_form(new NewLeadForm),
      m_performance(new PerformancePanel),
      m_refused(new RefusedLeadsPanel(models().outbox())),
      m_payouts(new PayoutsPage(models(), this->context().earnings))
{
    ClientModels &models = this->models();
    m_form->setSubmitter([this](const QJsonObject &body) { return submit(body); });
    m_form->setDuplicateFinder([this](const QString &campaign, const QString &email, const QString &phone) {
        return findDuplicate(campaign, email, phone);
    });
    connect(&models.campaigns(), &QAbstractItemModel::modelReset, m_form,
            [this] { m_form->setCampaigns(this->models().campaigns().campaigns()); });
    connect(&models.campaigns(), &QAbstractItemModel::dataChanged, m_form,
            [this] { m_form->setCampaigns(this->models().campaigns().campaigns()); });
    m_form->setCampaigns(models.campaigns().campaigns());

    connect(m_refused, &RefusedLeadsPanel::fixRequested, this, &InfluencerWorkspace::fix);
    connect(m_refused, &RefusedLeadsPanel::discardRequested, this, &InfluencerWorkspace::discard);
    connect(&models.outbox(), &QAbstractItemModel::modelReset, this, [this] { Q_EMIT attentionChanged(attentionCount()); });
    connect(&models, &ClientModels::earningsChanged, this, &InfluencerWorkspace::showEarnings);
    connect(m_payouts, &PayoutsPage::statusMessage, this, &Workspace::statusMessage);
    showEarnings();

    // Home: refused leads across the top, then the form and the performance block.
    auto *home = new QWidget;
    home->setObjectName(u"influencerHome"_s);
    auto *homeLayout = new QVBoxLayout(home);
    homeLayout->addWidget(m_refused);
    m_homeColumns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_homeColumns->addWidget(m_form, 1);
    m_homeColumns->addWidget(m_performance, 1);
    homeLayout->addLayout(m_homeColumns, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"homeScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(home);

    addPage(scroll, tr("Home"));
    addDisputeAction(addLeadsPage(tr("My leads"), Role::Influencer));
    addPage(m_payouts, tr("Payouts"));
    QTableView *campaignsView = makeTableView(u"campaignsView"_s, &models.campaigns(), this);
    campaignsView->setAccessibleName(tr("Campaigns"));
    keepColumnWhole(campaignsView, CampaignsModel::Name);
    keepColumnWhole(campaignsView, CampaignsModel::Merchant);
    EmptyState::install(campaignsView, tr("No campaign open yet. The merchants' campaigns you can send leads to "
                                      "will appear here."));
    addPage(campaignsView, tr("Campaigns"));
    addNotificationsPage(tr("Notifications"));
    addQueuePage(tr("Queued actions"));
}

void InfluencerWorkspace::addDisputeAction(LeadsPage *leads)
{
    auto *dispute = new QPushButton(tr("&Dispute the rejection…"), leads);
    dispute->setObjectName(u"disputeButton"_s);
    dispute->setToolTip(tr("Ask an administrator to review the selected lead's rejection (within 7 days of it)"));
    leads->addPageAction(dispute);
    const auto update = [leads, dispute] {
        const std::optional<dto::Lead> lead = leads->currentLead();
        dispute->setEnabled(lead && EarningsService::canDispute(*lead, QDateTime::currentMSecsSinceEpoch()));
    };
    connect(leads, &LeadsPage::currentChanged, dispute, update);
    update();
    EarningsService &earnings = context().earnings;
    connect(&earnings, &EarningsService::leadChanged, this, [this](const dto::Lead &lead) {
        models().leads().updateLead(lead);
    });
    connect(dispute, &QPushButton::clicked, this, [this, leads, &earnings] {
        const std::optional<dto::Lead> lead = leads->currentLead();
        if (!lead)
            return;
        auto *dialog = new AdminActionDialog(
            u"disputeDialog"_s, tr("Dispute a rejection"),
            tr("Ask an administrator to review the rejection of %1 (%2). Say why the lead is good; if the "
               "administrator agrees, the lead is validated and you earn your share.")
                .arg(lead->clientName, lead->rejectionReason),
            tr("&Send the dispute"), this);
        dialog->setTextField(AdminActionDialog::TextNeed::Required, tr("&Why the lead is good:"), limits::Reason);
        dialog->setTextFieldNames({u"note"_s});
        dialog->setSend([&earnings, id = lead->id](const QString &note, QObject *context,
                                                   AdminActionDialog::Finished finished) {
            earnings.disputeLead(id, note, context, [finished](const Result<dto::Lead> &result) {
                finished(result.ok() ? ApiError() : result.error());
            });
        });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, name = lead->clientName] {
            Q_EMIT statusMessage(tr("Your dispute of %1's rejection is sent: an administrator will review it.").arg(name));
        });
        dialog->open();
    });
}

void InfluencerWorkspace::syncEnded()
{
    // The figures are fetched at every sync: show them with their new time.
    models().reloadAccount();
}

int InfluencerWorkspace::attentionCount() const
{
    return int(m_refused->refused().size());
}

void InfluencerWorkspace::resizeEvent(QResizeEvent *event)
{
    Workspace::resizeEvent(event);
    // Side by side only when both fit whole (Arabic labels are wider than French ones): a form
    // squeezed below its minimum would clip its labels.
    const int bothFit = m_form->minimumSizeHint().width() + m_performance->minimumSizeHint().width() + 64;
    m_homeColumns->setDirection(event->size().width() >= std::max(SideBySideMinWidth, bothFit) ? QBoxLayout::LeftToRight
                                                                                                : QBoxLayout::TopToBottom);
}

Result<> InfluencerWorkspace::submit(const QJsonObject &body)
{
    const qint64 fixing = std::exchange(m_fixing, 0);
    const auto queued = fixing ? context().actions.resubmitLead(fixing, body) : context().actions.createLead(body);
    if (!queued.ok()) {
        m_fixing = fixing;
        return queued.error();
    }
    m_refused->setEditing(0);
    Q_EMIT statusMessage(tr("The lead for %1 is submitted. It will be sent to the server as soon as possible.")
                             .arg(queued.value().clientName));
    return Done{};
}

void InfluencerWorkspace::fix(const OutboxEntry &entry)
{
    m_fixing = entry.id;
    m_refused->setEditing(entry.id);
    m_form->load(entry.body, entry.errorFields);
    setCurrentIndex(0);
}

void InfluencerWorkspace::discard(qint64 outboxId)
{
    if (m_fixing == outboxId)
        m_fixing = 0; // what is in the form stays: it is a new lead now
    context().actions.dismiss(outboxId);
}

void InfluencerWorkspace::showEarnings()
{
    const Earnings &earnings = models().earnings();
    m_performance->setStats(earnings.stats, earnings.statsFetchedAt);
}

std::optional<dto::Lead> InfluencerWorkspace::findDuplicate(const QString &campaignId, const QString &email,
                                                            const QString &phone) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const dto::Lead &lead : models().leads().leads()) {
        if (lead.campaignId == campaignId && leadpolicy::isWithinDuplicateWindow(lead.createdAt, now)
            && ((!email.isEmpty() && lead.clientEmail == email) || (!phone.isEmpty() && lead.clientPhone == phone)))
            return lead;
    }
    return std::nullopt;
}

} // namespace lm::client
