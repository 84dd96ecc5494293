#pragma once

#include "tablemodelbase.h"

#include <dto.h>

#include <optional>

namespace lm::client {

/// Leads from the cache, one per row.
class LeadsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Client, Company, Campaign, Influencer, EstimatedValue, Commission, Source, Status, Created, Expires, ColumnCount };
    static constexpr int StatusRole = ObjectRole; ///< the lm::LeadStatus as an int

    explicit LeadsModel(QObject *parent = nullptr);

    void setLeads(QList<dto::Lead> leads);
    const dto::Lead &leadAt(int row) const { return m_leads.at(row); }
    std::optional<int> rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(LeadStatus status);
    static QString sourceText(LeadSource source);

private:
    QList<dto::Lead> m_leads;
};

} // namespace lm::client
