#pragma once

#include "tablemodelbase.h"

#include <dto.h>

#include <QHash>

namespace lm::client {

/// The deposit's ledger rows from the cache, newest first.
class TransactionsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Amount, BalanceAfter, ReservedAfter, Description, ColumnCount };

    explicit TransactionsModel(QObject *parent = nullptr);

    void setTransactions(QList<dto::Transaction> transactions);
    const dto::Transaction &transactionAt(int row) const { return m_transactions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A reservation or its release: the reserved amount moves, the balance does not.
    static bool isReservation(const dto::Transaction &transaction);
    static QString kindText(TransactionKind kind);

    /// The client of each lead the rows refer to (lead id → name): a lead's movement is then
    /// described in the user's language ("Lead of Karim Tazi") rather than by the server's
    /// English text, which stays in the CSV export as the record's.
    void setLeadNames(QHash<QString, QString> names);
    /// The client of a lead the rows refer to; empty when not known.
    QString leadName(const QString &leadId) const { return m_leadNames.value(leadId); }
    /// The description shown for a row.
    QString description(const dto::Transaction &transaction) const;

private:
    QList<dto::Transaction> m_transactions;
    QHash<QString, QString> m_leadNames;
};

} // namespace lm::client
