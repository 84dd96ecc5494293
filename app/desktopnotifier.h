#pragma once

#include <QObject>
#include <QString>

namespace lm::client {

/// Shows a message through the desktop's notification service. An interface, so the window can
/// be given another one (the tray icon where there is no org.freedesktop.Notifications).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~DesktopNotifier() override;
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

    enum class Urgency { Normal, Critical };

    /// Sends one notification; false when it could not even be sent.
    virtual bool notify(const QString &summary, const QString &body, Urgency urgency = Urgency::Normal) = 0;
};

/// org.freedesktop.Notifications on the D-Bus session bus (Linux desktops). The call is
/// asynchronous: a missing or slow service never blocks the UI.
class DBusDesktopNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    explicit DBusDesktopNotifier(QString appName, QString appIcon = QString(), QObject *parent = nullptr);

    /// Whether there is a session bus to send to.
    static bool sessionBusAvailable();

    bool notify(const QString &summary, const QString &body, Urgency urgency = Urgency::Normal) override;

private:
    QString m_appName;
    QString m_appIcon;
};

} // namespace lm::client
