#include "workspace.h"
#include "icons.h"

#include "leadspage.h"
#include "notificationspage.h"
#include "queuepage.h"

#include <clientmodels.h>
#include <csvexport.h>

#include <QAbstractItemView>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace lm::client {

Workspace::Workspace(const QString &objectName, WorkspaceContext context, QWidget *parent)
    : QTabWidget(parent), m_context(std::move(context))
{
    setObjectName(objectName);
}

void Workspace::addPage(QWidget *page, const QString &title)
{
    // A table the page did not name is read out by the page's title.
    QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    if (auto *view = qobject_cast<QAbstractItemView *>(page))
        views.prepend(view);
    for (QAbstractItemView *view : std::as_const(views))
        if (view->accessibleName().isEmpty() && !qobject_cast<QHeaderView *>(view))
            view->setAccessibleName(title);
    const int index = addTab(page, title);
    if (index >= 9)
        return;
    auto *shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(shortcut, &QAction::triggered, this, [this, page] { setCurrentWidget(page); });
    addAction(shortcut);
}

LeadsPage *Workspace::addLeadsPage(const QString &title, Role reader)
{
    m_leadsPage = new LeadsPage(m_context.models.leads(), reader, this);
    addPage(m_leadsPage, title);
    QAction *exportLeads = addFileAction(u"exportLeadsAction"_s, tr("Export &leads to CSV…"),
                                         tr("Save the leads shown in the leads table as a spreadsheet file"));
    exportLeads->setIcon(actionIcon(ActionIcon::Export));
    connect(exportLeads, &QAction::triggered, this, &Workspace::exportLeads);
    return m_leadsPage;
}

void Workspace::addQueuePage(const QString &title)
{
    auto *page = new QueuePage(m_context.models.outbox(), m_context.actions, this);
    connect(page, &QueuePage::statusMessage, this, &Workspace::statusMessage);
    addPage(page, title);
}

void Workspace::addNotificationsPage(const QString &title)
{
    auto *page = new NotificationsPage(m_context.models.notifications(), m_context.actions, this);
    connect(page, &NotificationsPage::statusMessage, this, &Workspace::statusMessage);
    addPage(page, title);
    showUnreadCount(page, title);
}

void Workspace::showUnreadCount(QWidget *page, const QString &title)
{
    const NotificationsModel &notifications = m_context.models.notifications();
    const auto show = [this, page, title](int unread) {
        setTabText(indexOf(page), NotificationsPage::titleWithCount(title, unread));
    };
    connect(&notifications, &NotificationsModel::unreadCountChanged, page, show);
    show(notifications.unreadCount());
}

void Workspace::addFileSeparator()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_fileActions.append(separator);
}

QAction *Workspace::addFileAction(const QString &objectName, const QString &text, const QString &statusTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    m_fileActions.append(action);
    return action;
}

void Workspace::focusSearch()
{
    if (!m_leadsPage)
        return;
    setCurrentWidget(m_leadsPage);
    m_leadsPage->searchEdit()->setFocus();
    m_leadsPage->searchEdit()->selectAll();
}

void Workspace::exportLeads()
{
    if (!m_leadsPage)
        return;
    const QList<dto::Lead> leads = m_leadsPage->shownLeads();
    exportCsv(tr("Export leads"), tr("leads-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
              csv::leads(leads), int(leads.size()));
}

void Workspace::exportCsv(const QString &title, const QString &suggestedName, const QByteArray &bytes, int rows)
{
    const QString path = m_context.chooseSaveFile ? m_context.chooseSaveFile(title, suggestedName) : QString();
    if (path.isEmpty())
        return;
    if (const auto written = csv::writeFile(path, bytes); !written.ok()) {
        Q_EMIT statusMessage(written.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("%n row(s) saved to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)));
}

} // namespace lm::client
