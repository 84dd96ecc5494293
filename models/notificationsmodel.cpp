#include "notificationsmodel.h"

#include "levellook.h"

#include <alertlevel.h>

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace lm::client {

NotificationsModel::NotificationsModel(QObject *parent) : TableModelBase(parent)
{
}

void NotificationsModel::setNotifications(QList<dto::Notification> notifications)
{
    replaceRows(m_notifications, std::move(notifications));
    const int unread = unreadCount();
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged(unread);
    }
}

int NotificationsModel::unreadCount() const
{
    return static_cast<int>(std::count_if(m_notifications.cbegin(), m_notifications.cend(),
                                          [](const dto::Notification &n) { return !n.readAt.has_value(); }));
}

int NotificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notifications.size());
}

int NotificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dto::Notification &n = m_notifications.at(index.row());
    switch (role) {
    case IdRole:
        return n.id;
    case Qt::DecorationRole:
        // The level in the brief's colours: a dot before its name, readable on any palette.
        if (index.column() == Level) {
            if (const auto level = alertLevelFromString(n.level))
                return LevelLook::dot(*level, QGuiApplication::palette());
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Level || index.column() == Title) {
            if (const auto level = alertLevelFromString(n.level))
                return LevelLook::textColour(*level, QGuiApplication::palette());
        }
        return {};
    case Qt::FontRole:
        if (!n.readAt) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Date: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.createdAt), QLocale::ShortFormat);
        case Level: {
            const auto level = alertLevelFromString(n.level);
            if (level)
                return LevelLook::name(*level);
            // Notices that are not a deposit alert (a new lead, a payout) are plain information.
            return n.level == QLatin1StringView("info") ? tr("Information") : n.level;
        }
        case Title: return n.title;
        case Body: return n.body;
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Date: return n.createdAt;
        case Level: return static_cast<int>(alertLevelFromString(n.level).value_or(AlertLevel::Healthy));
        case Title: return n.title;
        case Body: return n.body;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date: return tr("Date");
    case Level: return tr("Level");
    case Title: return tr("Title");
    case Body: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
