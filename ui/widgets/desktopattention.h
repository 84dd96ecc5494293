#pragma once

#include <desktopnotifier.h>

#include <QIcon>

class QSystemTrayIcon;

// How the client gets the user's attention on the desktop: notifications and the window's badge.
namespace lm::client {

/// The tray icon's balloon: the notifier where there is no org.freedesktop.Notifications.
class TrayDesktopNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    explicit TrayDesktopNotifier(QObject *parent = nullptr);
    bool notify(const QString &summary, const QString &body, Urgency urgency = Urgency::Normal) override;

private:
    QSystemTrayIcon *m_tray = nullptr;
};

/// The platform's notifier: D-Bus on Linux (with a session bus), the tray icon elsewhere.
DesktopNotifier *createPlatformNotifier(QObject *parent);

/// The application's icon (a painted "LM" tile when the application has none).
QIcon applicationIcon();
/// `base` with `count` painted on a red badge in its top-right corner ("99+" above 99).
QIcon iconWithBadge(const QIcon &base, int count);

} // namespace lm::client
