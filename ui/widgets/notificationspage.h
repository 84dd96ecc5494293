#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lm::client {

class Actions;
class NotificationsModel;

/// The dashboard notifications, newest first, unread ones in bold, with how many are unread;
/// "Mark as read" for the selected ones and "Mark all as read". A read shows at once (the cache)
/// and reaches the server as soon as it can (Actions::markNotificationsRead).
class NotificationsPage final : public QWidget
{
    Q_OBJECT

public:
    NotificationsPage(NotificationsModel &notifications, Actions &actions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

    /// "Notifications (3)": a tab's title with the unread count.
    static QString titleWithCount(const QString &title, int unread);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void update();
    void markSelected();
    void markAll();

    NotificationsModel &m_notifications;
    Actions &m_actions;
    QLabel *m_title;
    QTableView *m_view;
    QPushButton *m_markRead;
    QPushButton *m_markAll;
};

} // namespace lm::client
