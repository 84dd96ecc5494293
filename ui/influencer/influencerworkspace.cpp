#include "influencerworkspace.h"

#include "leadspage.h"
#include "newleadform.h"

#include <actions.h>
#include <clientmodels.h>

#include <QTableView>

using namespace Qt::StringLiterals;

namespace lm::client {

InfluencerWorkspace::InfluencerWorkspace(WorkspaceContext context, QWidget *parent)
    : Workspace(u"influencerWorkspace"_s, std::move(context), parent), m_form(new NewLeadForm(this))
{
    ClientModels &models = this->models();
    m_form->setSubmitter([this](const QJsonObject &body) -> Result<> {
        const auto queued = this->context().actions.createLead(body);
        if (!queued.ok())
            return queued.error();
        Q_EMIT statusMessage(tr("The lead for %1 is submitted. It will be sent to the server as soon as possible.")
                                 .arg(queued.value().clientName));
        return Done{};
    });
    connect(&models.campaigns(), &QAbstractItemModel::modelReset, m_form,
            [this] { m_form->setCampaigns(this->models().campaigns().campaigns()); });
    m_form->setCampaigns(models.campaigns().campaigns());

    addPage(m_form, tr("New lead"));
    addLeadsPage(tr("My leads"), Role::Influencer);
    addPage(makeTableView(u"campaignsView"_s, &models.campaigns(), this), tr("Campaigns"));
    addPage(makeTableView(u"notificationsView"_s, &models.notifications(), this), tr("Notifications"));
    addPage(makeTableView(u"outboxView"_s, &models.outbox(), this), tr("Queued actions"));
}

} // namespace lm::client
