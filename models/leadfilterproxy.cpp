#include "leadfilterproxy.h"

#include "leadsmodel.h"

#include <algorithm>
#include <numeric>

namespace lm::client {

LeadFilterProxy::LeadFilterProxy(QObject *parent) : QAbstractProxyModel(parent)
{
}

void LeadFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<LeadsModel *>(model));
    beginResetModel();
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_leads = qobject_cast<const LeadsModel *>(model);
    if (m_leads) {
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            rebuild();
            endResetModel();
        };
        // The LeadsModel resets or changes rows in place; anything else is rebuilt from scratch.
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(model, &QAbstractItemModel::modelReset, this, end),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin),
            connect(model, &QAbstractItemModel::rowsInserted, this, end),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(model, &QAbstractItemModel::rowsRemoved, this, end),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(model, &QAbstractItemModel::rowsMoved, this, end),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(model, &QAbstractItemModel::layoutChanged, this, end),
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin),
            connect(model, &QAbstractItemModel::columnsInserted, this, end),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin),
            connect(model, &QAbstractItemModel::columnsRemoved, this, end),
            connect(model, &QAbstractItemModel::dataChanged, this, &LeadFilterProxy::sourceDataChanged),
            connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuild();
    endResetModel();
}

void LeadFilterProxy::setStatusFilter(std::optional<LeadStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter(false);
}

void LeadFilterProxy::setSearchText(const QString &text)
{
    const QByteArray folded = LeadIndex::foldForSearch(text).toUtf8();
    if (folded == m_search)
        return;
    // Every row that contains the new query contains the old one: filter the previous matches only.
    const bool narrowing = !m_search.isEmpty() && folded.contains(m_search);
    m_search = folded;
    refilter(narrowing);
}

bool LeadFilterProxy::accepts(int sourceRow) const
{
    if (m_status && m_leads->keysAt(sourceRow).status != *m_status)
        return false;
    return m_search.isEmpty() || m_leads->searchTextAt(sourceRow).contains(m_search);
}

bool LeadFilterProxy::lessThan(int left, int right) const
{
    if (m_sortColumn >= 0) {
        const qint64 a = m_keys[size_t(left)];
        const qint64 b = m_keys[size_t(right)];
        if (a != b)
            return m_sortOrder == Qt::AscendingOrder ? a < b : b < a;
    }
    return left < right; // ties keep the source order: a stable sort
}

void LeadFilterProxy::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    // The tie-break on the row makes the order total, so std::sort is as good as a stable sort.
    const qint64 *keys = m_keys.data();
    if (m_sortOrder == Qt::AscendingOrder) {
        std::sort(rows.begin(), rows.end(), [keys](int a, int b) {
            return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
        });
    } else {
        std::sort(rows.begin(), rows.end(), [keys](int a, int b) {
            return keys[a] != keys[b] ? keys[b] < keys[a] : a < b;
        });
    }
}

void LeadFilterProxy::rebuild()
{
    m_keys.clear();
    m_sorted.clear();
    m_visible.clear();
    m_proxyRow.clear();
    m_sortedValid = false;
    if (!m_leads)
        return;
    const int count = m_leads->rowCount();
    if (m_sortColumn >= 0)
        m_keys = m_leads->sortKeys(m_sortColumn);
    m_sorted.resize(size_t(count));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    sortRows(m_sorted);
    m_sortedValid = true;
    m_visible.reserve(size_t(count));
    for (const int row : m_sorted) {
        if (accepts(row))
            m_visible.push_back(row);
    }
    rebuildProxyRows();
}

void LeadFilterProxy::refilter(bool onlyPreviousMatches)
{
    if (!m_leads)
        return;
    beginResetModel();
    std::vector<int> matches;
    if (onlyPreviousMatches) {
        matches.reserve(m_visible.size());
        for (const int row : m_visible) {
            if (accepts(row))
                matches.push_back(row);
        }
    } else {
        if (!m_sortedValid) {
            m_sorted.resize(size_t(m_leads->rowCount()));
            std::iota(m_sorted.begin(), m_sorted.end(), 0);
            sortRows(m_sorted);
            m_sortedValid = true;
        }
        matches.reserve(m_sorted.size());
        for (const int row : m_sorted) {
            if (accepts(row))
                matches.push_back(row);
        }
    }
    m_visible = std::move(matches);
    rebuildProxyRows();
    endResetModel();
}

void LeadFilterProxy::rebuildProxyRows()
{
    m_proxyRow.assign(size_t(m_leads ? m_leads->rowCount() : 0), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRow[size_t(m_visible[i])] = int(i);
}

void LeadFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_leads)
        return;
    if (column < 0 || column >= LeadsModel::ColumnCount)
        column = -1;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append(mapToSource(index));
    m_sortColumn = column;
    m_sortOrder = order;
    m_keys = column >= 0 ? m_leads->sortKeys(column) : std::vector<qint64>();
    sortRows(m_visible);
    // Unfiltered, the full order is the visible one; otherwise it is sorted when a filter needs it.
    m_sortedValid = m_visible.size() == size_t(m_leads->rowCount());
    if (m_sortedValid)
        m_sorted = m_visible;
    rebuildProxyRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : std::as_const(sources))
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LeadFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_leads || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first >= 256) { // a large change: start again
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    m_sortedValid = false;
    if (LeadsModel::isTextColumn(m_sortColumn)) {
        // Ranks are recomputed for all rows; the changed rows are then moved where they belong.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList sources;
        for (const QModelIndex &index : before)
            sources.append(mapToSource(index));
        m_keys = m_leads->sortKeys(m_sortColumn);
        sortRows(m_visible);
        rebuildProxyRows();
        QModelIndexList after;
        for (const QModelIndex &source : std::as_const(sources))
            after.append(mapFromSource(source));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (int row = first; row <= last; ++row)
        updateRow(row);
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_proxyRow[size_t(row)];
        if (proxyRow >= 0)
            Q_EMIT dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()));
    }
}

void LeadFilterProxy::updateRow(int sourceRow)
{
    if (m_sortColumn >= 0 && !LeadsModel::isTextColumn(m_sortColumn))
        m_keys[size_t(sourceRow)] = m_leads->sortKey(m_sortColumn, sourceRow);
    const int current = m_proxyRow[size_t(sourceRow)];
    const bool accepted = accepts(sourceRow);
    if (current < 0 && !accepted)
        return;
    if (current >= 0 && !accepted) {
        beginRemoveRows({}, current, current);
        m_visible.erase(m_visible.begin() + current);
        rebuildProxyRows();
        endRemoveRows();
        return;
    }
    const auto comparator = [this](int a, int b) { return lessThan(a, b); };
    if (current < 0) {
        const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), sourceRow, comparator);
        const int position = int(at - m_visible.begin());
        beginInsertRows({}, position, position);
        m_visible.insert(at, sourceRow);
        rebuildProxyRows();
        endInsertRows();
        return;
    }
    // Still shown: move it only when its key no longer fits between its neighbours.
    const size_t pos = size_t(current);
    const bool afterPrevious = pos == 0 || lessThan(m_visible[pos - 1], sourceRow);
    const bool beforeNext = pos + 1 == m_visible.size() || lessThan(sourceRow, m_visible[pos + 1]);
    if (afterPrevious && beforeNext)
        return;
    std::vector<int> without = m_visible;
    without.erase(without.begin() + current);
    const auto at = std::lower_bound(without.begin(), without.end(), sourceRow, comparator);
    const int target = int(at - without.begin()); // its row once moved
    beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
    without.insert(without.begin() + target, sourceRow);
    m_visible = std::move(without);
    rebuildProxyRows();
    endMoveRows();
}

QModelIndex LeadFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_leads || !proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_visible.size())
        return {};
    return m_leads->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex LeadFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_leads || !sourceIndex.isValid() || sourceIndex.model() != m_leads
        || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex LeadFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_visible.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LeadFilterProxy::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

int LeadFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int LeadFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_leads ? 0 : m_leads->columnCount();
}

bool LeadFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

} // namespace lm::client
