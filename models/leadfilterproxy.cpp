#include "leadfilterproxy.h"

#include "leadsmodel.h"

namespace lm::client {

LeadFilterProxy::LeadFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModelBase::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LeadFilterProxy::setStatusFilter(std::optional<LeadStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void LeadFilterProxy::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

bool LeadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_status && model->data(first, LeadsModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_search.isEmpty())
        return true;
    for (const int column : {LeadsModel::Client, LeadsModel::Company, LeadsModel::Campaign, LeadsModel::Influencer}) {
        if (model->data(model->index(sourceRow, column, sourceParent)).toString().toCaseFolded().contains(m_search))
            return true;
    }
    return false;
}

} // namespace lm::client
