#include "notificationspage.h"

#include "emptystate.h"

#include "leadspage.h"

#include <actions.h>
#include <notificationsmodel.h>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

NotificationsPage::NotificationsPage(NotificationsModel &notifications, Actions &actions, QWidget *parent)
    : QWidget(parent),
      m_notifications(notifications),
      m_actions(actions),
      m_title(new QLabel(this)),
      m_view(makeTableView(u"notificationsView"_s, &notifications, this)),
      m_markRead(new QPushButton(tr("Mark as &read"), this)),
      m_markAll(new QPushButton(tr("Mark &all as read"), this))
{
    setObjectName(u"notificationsPage"_s);
    m_title->setObjectName(u"notificationsTitle"_s);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Notifications"));
    EmptyState::install(m_view, tr("No notifications yet. News about your leads, deposit and payments will "
                                   "appear here."));
    m_markRead->setObjectName(u"markReadButton"_s);
    m_markRead->setToolTip(tr("Mark the selected notifications as read"));
    m_markAll->setObjectName(u"markAllReadButton"_s);
    m_markAll->setToolTip(tr("Mark every notification as read"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_markRead);
    buttons->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPage::markSelected);
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsPage::markAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationsPage::update);
    connect(&notifications, &QAbstractItemModel::modelReset, this, &NotificationsPage::update);
    connect(&notifications, &QAbstractItemModel::dataChanged, this, &NotificationsPage::update);
    update();
}

QString NotificationsPage::titleWithCount(const QString &title, int unread)
{
    return unread > 0 ? tr("%1 (%2)").arg(title).arg(unread) : title;
}

void NotificationsPage::update()
{
    const int unread = m_notifications.unreadCount();
    m_title->setText(unread > 0 ? tr("%n unread notification(s)", nullptr, unread) : tr("No unread notification"));
    bool selectedUnread = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        selectedUnread = selectedUnread || !m_notifications.notificationAt(index.row()).readAt;
    m_markRead->setEnabled(selectedUnread);
    m_markAll->setEnabled(unread > 0);
}

void NotificationsPage::markSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_notifications.notificationAt(index.row()).id);
    const int marked = m_actions.markNotificationsRead(ids);
    if (marked > 0)
        Q_EMIT statusMessage(tr("%n notification(s) marked as read.", nullptr, marked));
}

void NotificationsPage::markAll()
{
    QStringList ids;
    for (const auto &n : m_notifications.notifications()) {
        if (!n.readAt)
            ids.append(n.id);
    }
    const int marked = m_actions.markNotificationsRead(ids);
    if (marked > 0)
        Q_EMIT statusMessage(tr("%n notification(s) marked as read.", nullptr, marked));
}

} // namespace lm::client
