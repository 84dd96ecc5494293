#pragma once

#include "tablemodelbase.h"

#include <cache.h>

#include <QHash>

namespace lm::client {

/// Actions waiting to be sent, being sent, and those the server refused with its reason: each
/// named by its lead's client (from the cache; a new lead's is in its own body) and said in words
/// ("Validate — Karim Bennani, score 8").
class OutboxModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Created, Action, Target, State, Reason, ColumnCount };

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(QList<OutboxEntry> entries);
    /// The client names of the cached leads the entries target (lead id → name).
    void setLeadNames(QHash<QString, QString> names);
    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    /// The row of the entry with this id (-1: none).
    int rowOf(qint64 outboxId) const;
    /// Waiting, not yet taken by the replay: it may be cancelled.
    static bool isCancellable(const OutboxEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(OutboxEntry::Kind kind);
    /// The lead's client, as the queue shows it.
    QString clientName(const OutboxEntry &entry) const;
    /// What the entry does, in words, with its client.
    QString description(const OutboxEntry &entry) const;
    static QString stateText(const OutboxEntry &entry);

private:
    QList<OutboxEntry> m_entries;
    QHash<QString, QString> m_names;
};

} // namespace lm::client
