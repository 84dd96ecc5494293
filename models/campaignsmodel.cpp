#include "campaignsmodel.h"

#include <money.h>

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lm::client {

CampaignsModel::CampaignsModel(QObject *parent) : TableModelBase(parent)
{
}

void CampaignsModel::setCampaigns(QList<dto::Campaign> campaigns)
{
    replaceRows(m_campaigns, std::move(campaigns));
}

int CampaignsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_campaigns.size());
}

int CampaignsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignsModel::commissionText(const CommissionPolicy &policy)
{
    const QLocale locale;
    return tr("%1 % below %2, else %3")
        .arg(locale.toString(static_cast<double>(policy.rateBp) / 100.0, 'f', policy.rateBp % 100 == 0 ? 0 : 2),
             Money(policy.fixedThresholdCents).formatShort(locale),
             Money(policy.fixedCommissionCents).formatShort(locale));
}

QVariant CampaignsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dto::Campaign &campaign = m_campaigns.at(index.row());
    const QLocale locale;
    const bool active = campaign.status == CampaignStatus::Active;
    switch (role) {
    case IdRole:
        return campaign.id;
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name: return campaign.name;
        case Merchant: return campaign.merchantName;
        case Status:
            if (active)
                return tr("Active");
            return campaign.pausedReason == "depleted"_L1 ? tr("Paused (deposit empty)") : tr("Paused");
        case Commission: return commissionText(campaign.policy);
        case InfluencerShare:
            return tr("%1 %").arg(locale.toString(static_cast<double>(campaign.policy.influencerShareBp) / 100.0, 'f',
                                                  campaign.policy.influencerShareBp % 100 == 0 ? 0 : 2));
        case Updated:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(campaign.updatedAt), QLocale::ShortFormat);
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Name: return campaign.name;
        case Merchant: return campaign.merchantName;
        case Status: return active ? 0 : 1;
        case Commission: return campaign.policy.rateBp;
        case InfluencerShare: return campaign.policy.influencerShareBp;
        case Updated: return campaign.updatedAt;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name: return tr("Campaign");
    case Merchant: return tr("Merchant");
    case Status: return tr("Status");
    case Commission: return tr("Commission");
    case InfluencerShare: return tr("Influencer share");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
