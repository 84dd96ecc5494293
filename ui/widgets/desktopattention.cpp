#include "desktopattention.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace lm::client {

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
