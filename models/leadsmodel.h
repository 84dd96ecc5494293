#pragma once

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
        Actions, ///< no data: the view draws the Validate / Reject buttons of pending leads there
        ColumnCount
    };
    static constexpr int StatusRole = ObjectRole; ///< the lm::LeadStatus as an int

    /// The raw values the proxy sorts and filters on, one compact struct per row.
    struct RowKeys
    {
        qint64 estimatedValueCents = 0;
        qint64 commissionCents = 0;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        LeadStatus status = LeadStatus::Pending;
        LeadSource source = LeadSource::Other;
    };

    /// Leads with their keys and folded search text: built by prepare(), which is thread-safe
    /// (a loader runs it off the UI thread), and taken by setPrepared().
    struct Prepared
    {
        QList<dto::Lead> leads;
        std::vector<RowKeys> keys;
        QByteArray searchText;                 ///< every row's folded text (UTF-8), one after another
        std::vector<quint32> searchOffsets;    ///< row i is [offsets[i], offsets[i + 1])
    };
    static Prepared prepare(QList<dto::Lead> leads);

    explicit LeadsModel(QObject *parent = nullptr);

    void setLeads(QList<dto::Lead> leads);
    void setPrepared(Prepared prepared);
    /// Replaces one lead in place (a decision taken here): one dataChanged, no reload. False when
    /// the lead is not in the model.
    bool updateLead(const dto::Lead &lead);
    const dto::Lead &leadAt(int row) const { return m_data.leads.at(row); }
    std::optional<int> rowOf(const QString &id) const;

    // Raw access for the proxy (row = source row).
    const RowKeys &keysAt(int row) const { return m_data.keys[size_t(row)]; }
    /// The folded search text of a row (UTF-8): name, email, phone digits, company, campaign, influencer.
    QByteArrayView searchTextAt(int row) const
    {
        const quint32 begin = m_data.searchOffsets[size_t(row)];
        return QByteArrayView(m_data.searchText.constData() + begin, m_data.searchOffsets[size_t(row) + 1] - begin);
    }
    /// Whether the column's sort key is an order of its text (collation ranks, recomputed by sortKeys).
    static bool isTextColumn(int column) { return column >= Client && column <= Influencer; }
    /// One sort key per row for `column`: centimes, milliseconds, enum order, or collation rank.
    std::vector<qint64> sortKeys(int column) const;
    /// The key of one row for a column that is not a text column.
    qint64 sortKey(int column, int row) const;

    /// Lower-case, accents and other combining marks removed; digits-only when it looks like a phone.
    static QString foldForSearch(QStringView text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(LeadStatus status);
    static QString sourceText(LeadSource source);
    /// A small round badge in the source's colours, with its initial (drawn once, then shared).
    static QIcon sourceIcon(LeadSource source);

private:
    Prepared m_data;
};

} // namespace lm::client
