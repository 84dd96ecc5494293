#include "adminworkspace.h"

#include "adminlistpage.h"
#include "adminpages.h"
#include "alertsboard.h"
#include "disputespage.h"
#include "leadspage.h"
#include "reportspage.h"

#include <actions.h>
#include <clientmodels.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// A list of the cache (kept current by the sync) with the console's search and empty state.
AdminListPage *cachedPage(const QString &name, QAbstractItemModel *model, const QString &search, const QString &empty,
                          QWidget *parent)
{
    auto *page = new AdminListPage(name, model, parent);
    page->setSearch(search);
    page->setEmptyTexts(empty, {});
    page->setLoader([](const AdminListPage::Finish &finish) { finish({}); }); // nothing to ask the server
    page->view()->setAccessibleName(search);
    return page;
}

} // namespace

AdminWorkspace::AdminWorkspace(WorkspaceContext context, QWidget *parent)
    : Workspace(u"adminWorkspace"_s, std::move(context), parent)
{
    AdminService &admin = this->context().admin;
    m_board = new AlertsBoard(admin, this);
    const MerchantNames names = [board = m_board](const QString &id) { return board->merchantName(id); };
    m_reports = new ReportsPage(admin, this->context().chooseSaveFile, this);
    m_ledger = new LedgerPage(admin, names, this);
    connect(m_reports, &ReportsPage::statusMessage, this, &Workspace::statusMessage);

    // The day's pages first, each with its Alt+1…9; the operator's (outbox, jobs, ledger) after,
    // reached with Ctrl+Tab.
    addPage(m_board, tr("Alerts"));
    addPage(m_reports, tr("Reports"));
    addPage(makeDisputesPage(admin, this), tr("Disputes"));
    addPage(makePayoutsPage(admin, this), tr("Payouts"));
    addLeadsPage(tr("Leads"), Role::Admin);
    addPage(cachedPage(u"campaigns"_s, &models().campaigns(), tr("Search campaigns or merchants"),
                       tr("No campaign yet."), this),
            tr("Campaigns"));
    addPage(makeUsersPage(admin, this), tr("Users"));
    addNotifications();
    addPage(makeAuditPage(admin, names, this), tr("Audit log"));
    addPage(makeOutboxPage(admin, this), tr("Outbox"));
    addPage(makeJobsPage(admin, this), tr("Jobs"));
    addPage(m_ledger, tr("Ledger"));
    setCurrentWidget(m_board);
}

void AdminWorkspace::addNotifications()
{
    // The console's list page (with its search), and the same reads as the other roles' page.
    NotificationsModel &notifications = models().notifications();
    AdminListPage *page = cachedPage(u"notifications"_s, &notifications, tr("Search notifications"),
                                     tr("No notification yet: critical and depleted deposits are announced here."), this);
    QPushButton *markRead = page->addAction(u"markReadButton"_s, tr("Mark as &read"),
                                            tr("Mark the selected notification as read"), true);
    page->setActionCheck(markRead, [&notifications](int row) { return !notifications.notificationAt(row).readAt; });
    QPushButton *markAll = page->addAction(u"markAllReadButton"_s, tr("Mark &all as read"),
                                           tr("Mark every notification as read"), false);
    connect(markRead, &QPushButton::clicked, this, [this, page, &notifications] {
        if (const int row = page->currentSourceRow(); row >= 0)
            context().actions.markNotificationsRead({notifications.notificationAt(row).id});
    });
    connect(markAll, &QPushButton::clicked, this, [this, &notifications] {
        QStringList ids;
        for (const auto &n : notifications.notifications()) {
            if (!n.readAt)
                ids.append(n.id);
        }
        context().actions.markNotificationsRead(ids);
    });
    connect(&notifications, &QAbstractItemModel::dataChanged, page, &AdminListPage::updateActions);
    addPage(page, tr("Notifications"));
    showUnreadCount(page, tr("Notifications"));
}

void AdminWorkspace::focusSearch()
{
    // The search of the page in front, when it has one; the leads' otherwise.
    const auto pages = currentWidget() ? currentWidget()->findChildren<AdminListPage *>() : QList<AdminListPage *>();
    AdminListPage *page = qobject_cast<AdminListPage *>(currentWidget());
    if (!page && !pages.isEmpty())
        page = pages.constFirst();
    if (page && page->searchEdit()->isVisibleTo(page)) {
        page->searchEdit()->setFocus();
        page->searchEdit()->selectAll();
        return;
    }
    Workspace::focusSearch();
}

void AdminWorkspace::syncEnded()
{
    // The board follows the server (push comes later): read again at each sync's end.
    if (m_board->page().hasLoaded())
        m_board->refresh();
}

} // namespace lm::client
