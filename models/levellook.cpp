#include "levellook.h"

#include <QPainter>
#include <QPixmap>

namespace lm::client {

QList<AlertLevel> LevelLook::levels()
{
    return {AlertLevel::Healthy, AlertLevel::Attention, AlertLevel::Warning, AlertLevel::Critical,
            AlertLevel::Depleted};
}

QColor LevelLook::colour(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Healthy: return QColor(0x2e, 0x7d, 0x32);   // green
    case AlertLevel::Attention: return QColor(0xf2, 0xc2, 0x00); // yellow
    case AlertLevel::Warning: return QColor(0xef, 0x6c, 0x00);   // orange
    case AlertLevel::Critical: return QColor(0xc6, 0x28, 0x28);  // red
    case AlertLevel::Depleted: return QColor(0x1a, 0x1a, 0x1a);  // black
    }
    return {};
}

QColor LevelLook::textOnColour(AlertLevel level)
{
    // Contrast of at least 4.5:1 each (WCAG AA): white on orange would be about 3:1.
    return level == AlertLevel::Attention || level == AlertLevel::Warning ? QColor(Qt::black) : QColor(Qt::white);
}

bool LevelLook::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor LevelLook::outline(AlertLevel level, const QPalette &palette)
{
    if (isDark(palette))
        return level == AlertLevel::Depleted ? QColor(0xbd, 0xbd, 0xbd) : colour(level).darker(140);
    return level == AlertLevel::Attention ? QColor(0xa6, 0x80, 0x00) : colour(level).darker(130);
}

QColor LevelLook::textColour(AlertLevel level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case AlertLevel::Healthy: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case AlertLevel::Attention: return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x6d, 0x00);
    case AlertLevel::Warning: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb3, 0x4a, 0x00);
    case AlertLevel::Critical: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case AlertLevel::Depleted: return palette.color(QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QIcon LevelLook::dot(AlertLevel level, const QPalette &palette)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        constexpr int Side = 12;
        QPixmap pixmap(int(Side * ratio), int(Side * ratio));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(outline(level, palette), 1.2));
        painter.setBrush(colour(level));
        painter.drawEllipse(QRectF(1.5, 1.5, Side - 3, Side - 3));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString LevelLook::name(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Healthy: return tr("Healthy");
    case AlertLevel::Attention: return tr("Attention");
    case AlertLevel::Warning: return tr("Warning");
    case AlertLevel::Critical: return tr("Critical");
    case AlertLevel::Depleted: return tr("Depleted");
    }
    return {};
}

} // namespace lm::client
