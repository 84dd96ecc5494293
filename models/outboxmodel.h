#pragma once

#include "tablemodelbase.h"

#include <cache.h>

namespace lm::client {

/// Actions waiting to be sent, and those the server refused with its reason.
class OutboxModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Created, Action, Target, State, Reason, ColumnCount };

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(QList<OutboxEntry> entries);
    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(OutboxEntry::Kind kind);

private:
    QList<OutboxEntry> m_entries;
};

} // namespace lm::client
