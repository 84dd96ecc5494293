#pragma once

#include "tablemodelbase.h"

#include <dto.h>

namespace lm::client {

/// Campaigns from the cache with their commission terms.
class CampaignsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Name, Merchant, Status, Commission, InfluencerShare, Updated, ColumnCount };

    explicit CampaignsModel(QObject *parent = nullptr);

    void setCampaigns(QList<dto::Campaign> campaigns);
    const dto::Campaign &campaignAt(int row) const { return m_campaigns.at(row); }
    const QList<dto::Campaign> &campaigns() const { return m_campaigns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "10 % below 800,00 dhs, else 80,00 dhs" in the UI locale.
    static QString commissionText(const CommissionPolicy &policy);

private:
    QList<dto::Campaign> m_campaigns;
};

} // namespace lm::client
