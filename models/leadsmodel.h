#pragma once

#include "leadindex.h"
#include "tablemodelbase.h"

#include <dto.h>

#include <QByteArray>

#include <optional>
#include <vector>

namespace lm::client {

/// Leads from the cache, one per row, with raw sort keys and pre-folded search text per row so
/// that LeadFilterProxy sorts and filters 100,000 rows without going through QVariant.
class LeadsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
        Client, Company, Campaign, Influencer, EstimatedValue, Commission, Source, Status, Created, Expires,
        Share,    ///< the influencer's part of the commission
        Decision, ///< the merchant's score and feedback, or the rejection reason
        Actions,  ///< no data: the view draws the Validate / Reject buttons of pending leads there
        ColumnCount
    };
    static constexpr int StatusRole = ObjectRole; ///< the lm::LeadStatus as an int

    using RowKeys = LeadIndex::RowKeys;

    explicit LeadsModel(QObject *parent = nullptr);

    void setLeads(QList<dto::Lead> leads);
    /// Takes the rows the Store prepared off the UI thread. Same ids in the same order: one
    /// dataChanged per changed row; otherwise a reset.
    void setIndex(LeadIndex index);
    const QList<dto::Lead> &leads() const { return m_data.leads; }
    /// Replaces one lead in place (a decision taken here): one dataChanged, no reload. False when
    /// the lead is not in the model.
    bool updateLead(const dto::Lead &lead);
    const dto::Lead &leadAt(int row) const { return m_data.leads.at(row); }
    std::optional<int> rowOf(const QString &id) const;

    // Raw access for the proxy (row = source row).
    const RowKeys &keysAt(int row) const { return m_data.keys[size_t(row)]; }
    /// The folded search text of a row (UTF-8): name, email, phone digits, company, campaign, influencer.
    QByteArrayView searchTextAt(int row) const { return m_data.searchTextAt(row); }
    /// Whether the column's sort key is an order of its text (collation ranks, recomputed by sortKeys).
    static bool isTextColumn(int column) { return column >= Client && column <= Influencer; }
    /// One sort key per row for `column`: centimes, milliseconds, enum order, or collation rank.
    std::vector<qint64> sortKeys(int column) const;
    /// The key of one row for a column that is not a text column.
    qint64 sortKey(int column, int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(LeadStatus status);
    static QString sourceText(LeadSource source);
    /// "8/10 · feedback", the rejection reason, or nothing while the lead waits.
    static QString decisionText(const dto::Lead &lead);
    /// A small round badge in the source's colours, with its initial (drawn once, then shared).
    static QIcon sourceIcon(LeadSource source);

private:
    LeadIndex m_data;
};

} // namespace lm::client
