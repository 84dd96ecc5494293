#pragma once

#include <leadstatus.h>

#include <QSortFilterProxyModel>

#include <optional>

namespace lm::client {

/// Sorts leads on raw values (centimes, times) and filters them by status and by text.
class LeadFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LeadFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<LeadStatus> status);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<LeadStatus> m_status;
    QString m_search;
};

} // namespace lm::client
