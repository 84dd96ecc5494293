#pragma once

#include <leadstatus.h>

#include <QAbstractProxyModel>
#include <QByteArray>

#include <optional>
#include <vector>

namespace lm::client {

class LeadsModel;

/// Sorts leads on raw values (centimes, times, collation ranks) and filters them by status and by
/// pre-folded text, over a LeadsModel: a vector of source rows, no QVariant on the way. A query
/// that extends the previous one only filters the previous matches.
class LeadFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit LeadFilterProxy(QObject *parent = nullptr);

    /// The source must be a LeadsModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;
    void setStatusFilter(std::optional<LeadStatus> status);
    void setSearchText(const QString &text);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int left, int right) const;
    void sortRows(std::vector<int> &rows) const;
    void rebuild();           ///< keys, order and matches from scratch (inside a reset)
    void refilter(bool onlyPreviousMatches);
    void rebuildProxyRows();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateRow(int sourceRow);

    const LeadsModel *m_leads = nullptr;
    std::vector<QMetaObject::Connection> m_connections;
    std::optional<LeadStatus> m_status;
    QByteArray m_search;        ///< folded, UTF-8
    int m_sortColumn = -1;      ///< -1: the source's order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<qint64> m_keys; ///< per source row, for m_sortColumn
    std::vector<int> m_sorted;  ///< every source row in sort order (rebuilt lazily)
    bool m_sortedValid = false;
    std::vector<int> m_visible; ///< proxy row → source row
    std::vector<int> m_proxyRow; ///< source row → proxy row or -1
};

} // namespace lm::client
