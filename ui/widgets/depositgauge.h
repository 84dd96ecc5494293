#pragma once

#include <alertlevel.h>

#include <QColor>
#include <QPixmap>
#include <QWidget>

class QVariantAnimation;

namespace lm::client {

/// Look shared by the deposit gauge and bar: one colour and one label per alert level.
namespace depositlook {
QColor levelColour(AlertLevel level);
/// The ring's empty part (never one of the level colours).
QColor trackColour();
/// "Healthy balance", "Attention", "Warning", "Critical", "Depleted" (translated).
QString levelLabel(AlertLevel level);
/// "68.3%" / "68,3 %" from tenths of a percent, in `locale` (integers only, no double).
QString percentText(int tenths, const QLocale &locale);
} // namespace depositlook

/// Circular deposit gauge: the share of the reference amount as an arc coloured by alert level,
/// with the percentage and the level's label in the centre. Animated when the value changes.
class DepositGauge final : public QWidget
{
    Q_OBJECT

public:
    explicit DepositGauge(QWidget *parent = nullptr);
    ~DepositGauge() override;
    Q_DISABLE_COPY_MOVE(DepositGauge)

    /// Level and percentage come from core's classifyDeposit / percentTenths, never from a double.
    void setDeposit(qint64 balanceCents, qint64 referenceCents);
    /// No deposit known yet: an empty ring and "—".
    void clear();

    bool isKnown() const { return m_known; }
    AlertLevel level() const { return m_level; }
    int percentTenths() const { return m_tenths; }
    /// The value the arc currently shows (moves towards percentTenths() while animating).
    qreal displayedTenths() const { return m_shownTenths; }
    bool isAnimating() const;
    QString percentText() const;
    QString levelLabel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The arc moved (for the linear bar that follows it).
    void displayedChanged(qreal tenths, lm::AlertLevel level);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setShown(qreal tenths);
    void updateAccessibleText();
    const QPixmap &track();

    QVariantAnimation *m_animation = nullptr;
    bool m_known = false;
    AlertLevel m_level = AlertLevel::Depleted;
    int m_tenths = 0;
    qreal m_shownTenths = 0;
    QPixmap m_track; ///< the empty ring, cached at the device pixel ratio
};

/// Thin linear bar showing the same share, coloured by level.
class DepositBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DepositBar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DepositBar)

    void setDisplayed(qreal tenths, lm::AlertLevel level);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal m_tenths = 0;
    AlertLevel m_level = AlertLevel::Depleted;
};

} // namespace lm::client
