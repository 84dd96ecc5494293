#include "leadawareness.h"

#include <clientmodels.h>
#include "leadsmodel.h"
#include "settings.h"

#include <money.h>

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

LeadAwareness::LeadAwareness(const ClientModels &models, Settings &settings, QObject *parent)
    : QObject(parent), m_models(models), m_settings(settings)
{
}

void LeadAwareness::reset(bool active)
{
    m_active = active;
    m_leadsKnown = false;
    m_notificationsKnown = false;
    m_firstSync.reset();
    m_knownLeads.clear();
    m_unseenLeads.clear();
    m_knownNotifications.clear();
    setNewCount(0);
}

bool LeadAwareness::freshCache() const
{
    // The SyncEngine records the end of a successful sync last: until then the cache is being
    // filled for the first time, and nothing in it is news.
    return m_models.lastSyncAt() == 0;
}

bool LeadAwareness::baseline(bool known)
{
    if (!m_firstSync)
        m_firstSync = freshCache();
    return !known || *m_firstSync || freshCache();
}

void LeadAwareness::leadsChanged(const LeadsModel &leads, bool pendingListVisible)
{
    if (!m_active)
        return;
    const bool isBaseline = baseline(m_leadsKnown);
    m_leadsKnown = true;
    QList<int> arrived;
    QSet<QString> stillUnseen;
    const int rows = leads.rowCount();
    for (int row = 0; row < rows; ++row) {
        const dto::Lead &lead = leads.leadAt(row);
        const bool pending = lead.status == LeadStatus::Pending;
        if (!m_knownLeads.contains(lead.id)) {
            m_knownLeads.insert(lead.id);
            if (!isBaseline && pending) {
                arrived.append(row);
                if (!pendingListVisible)
                    stillUnseen.insert(lead.id);
            }
        } else if (pending && m_unseenLeads.contains(lead.id)) {
            stillUnseen.insert(lead.id);
        }
    }
    m_unseenLeads = std::move(stillUnseen);
    setNewCount(static_cast<int>(m_unseenLeads.size()));

    if (!notificationsEnabled() || !m_notifier)
        return;
    const qsizetype shown = std::min<qsizetype>(arrived.size(), MaxLeadNotifications);
    for (qsizetype i = 0; i < shown; ++i)
        announceLead(leads.leadAt(arrived.at(i)));
    if (arrived.size() > shown) {
        const int more = static_cast<int>(arrived.size() - shown);
        m_notifier->notify(tr("%n more new lead(s)", nullptr, more),
                           tr("Open LeadMarket to see the leads waiting for your decision."));
    }
}

void LeadAwareness::notificationsChanged(const QList<dto::Notification> &notifications)
{
    if (!m_active)
        return;
    const bool isBaseline = baseline(m_notificationsKnown);
    m_notificationsKnown = true;
    QList<const dto::Notification *> alerts;
    for (const dto::Notification &notification : notifications) {
        if (m_knownNotifications.contains(notification.id))
            continue;
        m_knownNotifications.insert(notification.id);
        if (!isBaseline && notification.kind == "deposit_alert"_L1 && !notification.readAt)
            alerts.append(&notification);
    }
    if (!notificationsEnabled() || !m_notifier)
        return;
    // The list is newest first: announce in the order they happened.
    std::for_each(alerts.crbegin(), alerts.crend(),
                  [this](const dto::Notification *notification) { announceDepositAlert(*notification); });
}

void LeadAwareness::syncFinished()
{
    // The first sync of a fresh cache may end while its last changes are still on their way to
    // the window (the engine runs in its own thread): those are read before this, as baseline.
    if (!freshCache())
        m_firstSync = false;
}

void LeadAwareness::markSeen()
{
    m_unseenLeads.clear();
    setNewCount(0);
}

bool LeadAwareness::notificationsEnabled() const
{
    return m_settings.desktopNotifications();
}

void LeadAwareness::setNotificationsEnabled(bool enabled)
{
    m_settings.setValue(Settings::Key::DesktopNotifications, enabled);
    m_settings.sync();
}

void LeadAwareness::setNewCount(int count)
{
    if (count == m_newCount)
        return;
    m_newCount = count;
    Q_EMIT newCountChanged(count);
}

void LeadAwareness::announceLead(const dto::Lead &lead)
{
    const QLocale locale;
    QString body = tr("Estimated value: %1 · commission: %2")
                       .arg(Money(lead.estimatedValueCents).formatShort(locale),
                            Money(lead.commissionCents).formatShort(locale));
    if (!lead.campaignName.isEmpty())
        body = lead.campaignName % u'\n' % body;
    m_notifier->notify(tr("New lead: %1").arg(lead.clientName), body);
}

void LeadAwareness::announceDepositAlert(const dto::Notification &notification)
{
    const bool critical = notification.level == "critical"_L1 || notification.level == "depleted"_L1;
    const QString summary = notification.title.isEmpty() ? tr("Deposit alert") : notification.title;
    m_notifier->notify(summary, notification.body, critical ? DesktopNotifier::Urgency::Critical
                                                            : DesktopNotifier::Urgency::Normal);
}

TrayDesktopNotifier::TrayDesktopNotifier(QObject *parent) : DesktopNotifier(parent)
{
}

bool TrayDesktopNotifier::notify(const QString &summary, const QString &body, Urgency urgency)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(applicationIcon(), this);
        m_tray->setToolTip(u"LeadMarket"_s);
        m_tray->show();
    }
    m_tray->showMessage(summary, body,
                        urgency == Urgency::Critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                        10000);
    return true;
}

DesktopNotifier *createPlatformNotifier(QObject *parent)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (DBusDesktopNotifier::sessionBusAvailable())
        return new DBusDesktopNotifier(u"LeadMarket"_s, u"leadmarket"_s, parent);
#endif
    return new TrayDesktopNotifier(parent);
}

namespace {

constexpr int IconSize = 64;

QPixmap tile()
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x15, 0x65, 0xc0));
    painter.drawRoundedRect(QRectF(2, 2, IconSize - 4, IconSize - 4), 12, 12);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(IconSize * 2 / 5);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, IconSize, IconSize), Qt::AlignCenter, u"LM"_s);
    return pixmap;
}

} // namespace

QIcon applicationIcon()
{
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull() && !icon.availableSizes().isEmpty())
        return icon;
    return QIcon(tile());
}

QIcon iconWithBadge(const QIcon &base, int count)
{
    QPixmap pixmap = base.isNull() ? QPixmap() : base.pixmap(IconSize, IconSize);
    if (pixmap.isNull())
        pixmap = tile();
    if (count <= 0)
        return QIcon(pixmap);
    pixmap = pixmap.scaled(IconSize, IconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    pixmap.setDevicePixelRatio(1.0);
    const QString text = count > 99 ? u"99+"_s : QString::number(count);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(text.size() > 2 ? IconSize / 4 : IconSize / 3);
    painter.setFont(font);
    const qreal height = IconSize * 0.5;
    const qreal width = std::max(height, painter.fontMetrics().horizontalAdvance(text) + height * 0.5);
    const QRectF badge(IconSize - width - 1, 1, width, height);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawRoundedRect(badge, height / 2, height / 2);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    painter.end();
    return QIcon(pixmap);
}

} // namespace lm::client
