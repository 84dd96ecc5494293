#pragma once

#include "tablemodelbase.h"

#include <dto.h>

namespace lm::client {

/// Payout requests, newest first: the influencer's history, or every request on the admin's
/// payouts page (the Influencer column is for that one).
class PayoutsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Requested, Influencer, Amount, Status, Account, Outcome, Decided, ColumnCount };

    explicit PayoutsModel(QObject *parent = nullptr);

    void setPayouts(QList<dto::Payout> payouts);
    const QList<dto::Payout> &payouts() const { return m_payouts; }
    const dto::Payout &payoutAt(int row) const { return m_payouts.at(row); }

    /// "Requested", "Paid", "Rejected" in the UI language.
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<dto::Payout> m_payouts;
};

} // namespace lm::client
