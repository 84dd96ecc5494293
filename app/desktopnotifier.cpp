#include "desktopnotifier.h"

#include "logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace lm::client {

DesktopNotifier::~DesktopNotifier() = default;

DBusDesktopNotifier::DBusDesktopNotifier(QString appName, QString appIcon, QObject *parent)
    : DesktopNotifier(parent), m_appName(std::move(appName)), m_appIcon(std::move(appIcon))
{
}

bool DBusDesktopNotifier::sessionBusAvailable()
{
    return QDBusConnection::sessionBus().isConnected();
}

bool DBusDesktopNotifier::notify(const QString &summary, const QString &body, Urgency urgency)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
                                                       u"/org/freedesktop/Notifications"_s,
                                                       u"org.freedesktop.Notifications"_s, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, u"leadmarket"_s);
    // The specification's urgency is a byte: 1 normal, 2 critical.
    hints.insert(u"urgency"_s, QVariant::fromValue(static_cast<uchar>(urgency == Urgency::Critical ? 2 : 1)));
    call << m_appName << 0U << m_appIcon << summary << body << QStringList() << hints << -1;
    const QDBusPendingCall pending = bus.asyncCall(call);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [](QDBusPendingCallWatcher *finished) {
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError())
            logger("app")->warn("desktop notification not shown: {}", reply.error().message().toStdString());
        finished->deleteLater();
    });
    return true;
}

} // namespace lm::client
