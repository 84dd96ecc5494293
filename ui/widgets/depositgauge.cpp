#include "depositgauge.h"

#include <levellook.h>

#include <QEvent>
#include <QLocale>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace depositlook {

QColor levelColour(AlertLevel level)
{
    return LevelLook::colour(level); // the brief's five colours, shared with the admin's board
}

QColor trackColour()
{
    return QColor(0xdd, 0xdd, 0xdd);
}

QString levelLabel(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Healthy: return DepositGauge::tr("Healthy balance");
    case AlertLevel::Attention: return DepositGauge::tr("Attention", "deposit level");
    case AlertLevel::Warning: return DepositGauge::tr("Warning", "deposit level");
    case AlertLevel::Critical: return DepositGauge::tr("Critical", "deposit level");
    case AlertLevel::Depleted: return DepositGauge::tr("Depleted", "deposit level");
    }
    return {};
}

QString percentText(int tenths, const QLocale &locale)
{
    const QString number = locale.toString(tenths / 10) + locale.decimalPoint() + locale.toString(tenths % 10);
    //: A percentage with one decimal, e.g. "68.3%"; French puts a narrow no-break space before %.
    return DepositGauge::tr("%1%", "deposit gauge percentage").arg(number);
}

} // namespace depositlook

namespace {

constexpr int AnimationMs = 450;

/// The square the ring is drawn in, inset by half the pen so the stroke stays inside the widget.
QRectF ringRect(const QSizeF &size, qreal pen)
{
    const qreal side = std::min(size.width(), size.height()) - pen - 2;
    return QRectF((size.width() - side) / 2, (size.height() - side) / 2, side, side);
}

qreal penWidth(const QSizeF &size)
{
    return std::max<qreal>(6, std::min(size.width(), size.height()) * 0.09);
}

} // namespace

DepositGauge::DepositGauge(QWidget *parent) : QWidget(parent), m_animation(new QVariantAnimation(this))
{
    setObjectName(u"depositGauge"_s);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_animation->setDuration(AnimationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { setShown(value.toReal()); });
    updateAccessibleText();
}

DepositGauge::~DepositGauge() = default;

void DepositGauge::setDeposit(qint64 balanceCents, qint64 referenceCents)
{
    const AlertLevel level = classifyDeposit(balanceCents, referenceCents);
    const int tenths = lm::percentTenths(balanceCents, referenceCents);
    if (m_known && level == m_level && tenths == m_tenths)
        return;
    const bool animate = m_known && isVisible();
    m_known = true;
    m_level = level;
    m_tenths = tenths;
    m_animation->stop();
    if (animate) {
        m_animation->setStartValue(m_shownTenths);
        m_animation->setEndValue(qreal(tenths));
        m_animation->start();
    } else {
        setShown(tenths);
    }
    updateAccessibleText();
    update();
}

void DepositGauge::clear()
{
    m_animation->stop();
    m_known = false;
    m_level = AlertLevel::Depleted;
    m_tenths = 0;
    setShown(0);
    updateAccessibleText();
}

bool DepositGauge::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

QString DepositGauge::percentText() const
{
    return m_known ? depositlook::percentText(m_tenths, locale()) : u"—"_s;
}

QString DepositGauge::levelLabel() const
{
    return m_known ? depositlook::levelLabel(m_level) : tr("Not known yet");
}

QSize DepositGauge::sizeHint() const
{
    return {180, 180};
}

QSize DepositGauge::minimumSizeHint() const
{
    return {110, 110};
}

void DepositGauge::setShown(qreal tenths)
{
    m_shownTenths = tenths;
    Q_EMIT displayedChanged(tenths, m_level);
    update();
}

void DepositGauge::updateAccessibleText()
{
    const QString text = percentText() + u" — "_s + levelLabel();
    setAccessibleName(tr("Deposit level"));
    setAccessibleDescription(text);
    setToolTip(text);
}

const QPixmap &DepositGauge::track()
{
    // Re-rendered when the size or the screen's pixel ratio changes (moving to a high-DPI screen).
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_track.isNull() || m_track.size() != pixels || !qFuzzyCompare(m_track.devicePixelRatio(), dpr)) {
        m_track = QPixmap(pixels);
        m_track.setDevicePixelRatio(dpr);
        m_track.fill(Qt::transparent);
        QPainter painter(&m_track);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal pen = penWidth(size());
        painter.setPen(QPen(depositlook::trackColour(), pen, Qt::SolidLine, Qt::FlatCap));
        painter.drawEllipse(ringRect(size(), pen));
    }
    return m_track;
}

void DepositGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal pen = penWidth(size());
    const QRectF ring = ringRect(size(), pen);

    // Nothing left (depleted): the empty track alone, as a gauge at 0 % reads; the level's colour
    // is in the label under the percentage.
    painter.drawPixmap(0, 0, track());
    if (m_known && m_level != AlertLevel::Depleted && m_shownTenths > 0) {
        // From 12 o'clock, clockwise; Qt's angles are in 1/16 degree, counter-clockwise positive.
        const int span = -qRound(std::clamp<qreal>(m_shownTenths, 0, 1000) * 360 * 16 / 1000);
        painter.setPen(QPen(depositlook::levelColour(m_level), pen, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(ring, 90 * 16, span);
    }

    const QRectF inner = ring.adjusted(pen * 1.5, pen * 1.5, -pen * 1.5, -pen * 1.5);
    QFont big = font();
    big.setPixelSize(std::max(10, qRound(ring.height() * 0.2)));
    big.setBold(true);
    // The widest text ("100,0 %") must fit inside the ring at any size and in any locale.
    const qreal widest = QFontMetricsF(big).horizontalAdvance(depositlook::percentText(1000, locale()));
    if (widest > inner.width() * 0.9)
        big.setPixelSize(std::max(8, int(big.pixelSize() * inner.width() * 0.9 / widest)));
    QFont small = font();
    small.setPixelSize(std::max(8, qRound(ring.height() * 0.085)));
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF top(inner.left(), inner.top(), inner.width(), inner.height() * 0.58);
    const QRectF bottom(inner.left(), top.bottom(), inner.width(), inner.height() - top.height());
    painter.setFont(big);
    painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, percentText());
    painter.setFont(small);
    painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, levelLabel());
}

void DepositGauge::resizeEvent(QResizeEvent *event)
{
    m_track = QPixmap();
    QWidget::resizeEvent(event);
}

void DepositGauge::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        updateAccessibleText();
        update();
        break;
    case QEvent::PaletteChange:
        m_track = QPixmap();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

DepositBar::DepositBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"depositBar"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DepositBar::setDisplayed(qreal tenths, AlertLevel level)
{
    m_tenths = std::clamp<qreal>(tenths, 0, 1000);
    m_level = level;
    update();
}

QSize DepositBar::sizeHint() const
{
    return {180, 6};
}

QSize DepositBar::minimumSizeHint() const
{
    return {40, 6};
}

void DepositBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRectF all = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = all.height() / 2;
    painter.setBrush(depositlook::trackColour());
    painter.drawRoundedRect(all, radius, radius);
    const qreal fill = all.width() * m_tenths / 1000;
    if (fill <= 0)
        return;
    QRectF done(all.left(), all.top(), fill, all.height());
    if (layoutDirection() == Qt::RightToLeft)
        done.moveRight(all.right());
    painter.setBrush(depositlook::levelColour(m_level));
    painter.drawRoundedRect(done, radius, radius);
}

} // namespace lm::client
