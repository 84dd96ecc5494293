#pragma once

#include "tablemodelbase.h"

#include <dto.h>

namespace lm::client {

/// Dashboard notifications from the cache, newest first; unread ones in bold; an alert's level
/// (and its title) in the brief's five colours, with a coloured dot.
class NotificationsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Date, Level, Title, Body, ColumnCount };

    explicit NotificationsModel(QObject *parent = nullptr);

    void setNotifications(QList<dto::Notification> notifications);
    int unreadCount() const;
    const QList<dto::Notification> &notifications() const { return m_notifications; }
    const dto::Notification &notificationAt(int row) const { return m_notifications.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The number of unread notifications changed (after a reset or rows changed).
    void unreadCountChanged(int unread);

private:
    QList<dto::Notification> m_notifications;
    int m_unread = 0;
};

} // namespace lm::client
