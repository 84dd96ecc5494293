#include "depositbanner.h"

#include "depositgauge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lm::client {

DepositBanner::DepositBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_recharge(new QPushButton(tr("Recharge…"), this))
{
    setObjectName(u"depositBanner"_s);
    m_text->setObjectName(u"depositBannerText"_s);
    m_text->setWordWrap(true);
    m_recharge->setObjectName(u"bannerRechargeButton"_s);
    connect(m_recharge, &QPushButton::clicked, this, &DepositBanner::rechargeRequested);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_recharge);
    hide();
}

QString DepositBanner::text() const
{
    return m_text->text();
}

bool DepositBanner::offersRecharge() const
{
    return !m_recharge->isHidden();
}

void DepositBanner::setDeposit(const std::optional<dto::Deposit> &deposit)
{
    // A deposit never recharged is depleted but nothing is blocked yet (DESIGN.md): no banner.
    if (!deposit || deposit->referenceCents <= 0) {
        hide();
        return;
    }
    const AlertLevel level = deposit->level();
    const bool blocked = deposit->status == DepositStatus::Blocked;
    const bool blockedByAdmin = blocked && blockedReasonFromString(deposit->blockedReason) == BlockedReason::Admin;
    QString text;
    QColor background;
    if (blockedByAdmin) {
        text = tr("Leads blocked by LeadMarket — your campaigns are paused. Contact LeadMarket to resume.");
        background = depositlook::levelColour(AlertLevel::Depleted);
    } else if (blocked || level == AlertLevel::Depleted) {
        text = tr("Leads blocked — your campaigns are paused. Recharge to resume.");
        background = depositlook::levelColour(AlertLevel::Depleted);
    } else if (level == AlertLevel::Critical) {
        text = tr("Your deposit is almost empty (%1): new leads will be blocked at 0 %. Recharge now.")
                   .arg(depositlook::percentText(deposit->percentTenths(), locale()));
        background = depositlook::levelColour(AlertLevel::Critical);
    } else {
        hide();
        return;
    }
    m_text->setText(text);
    setAccessibleName(text);
    m_recharge->setVisible(!blockedByAdmin); // a recharge lifts a depletion, not an admin's block
    setStyleSheet(u"#depositBanner { background: %1; border-radius: 4px; } #depositBannerText { color: white; "
                  "font-weight: bold; }"_s.arg(background.name()));
    show();
}

} // namespace lm::client
