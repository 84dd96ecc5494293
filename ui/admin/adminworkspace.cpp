#include "adminworkspace.h"

#include "leadspage.h"

#include <clientmodels.h>

#include <QTableView>

using namespace Qt::StringLiterals;

namespace lm::client {

AdminWorkspace::AdminWorkspace(WorkspaceContext context, QWidget *parent)
    : Workspace(u"adminWorkspace"_s, std::move(context), parent)
{
    addLeadsPage(tr("Leads"), Role::Admin);
    addPage(makeTableView(u"campaignsView"_s, &models().campaigns(), this), tr("Campaigns"));
    addPage(makeTableView(u"notificationsView"_s, &models().notifications(), this), tr("Notifications"));
}

} // namespace lm::client
