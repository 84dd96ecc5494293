#include "transactionsmodel.h"

#include <money.h>

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lm::client {

TransactionsModel::TransactionsModel(QObject *parent) : TableModelBase(parent)
{
}

void TransactionsModel::setTransactions(QList<dto::Transaction> transactions)
{
    replaceRows(m_transactions, std::move(transactions));
}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_transactions.size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionsModel::kindText(TransactionKind kind)
{
    if (kind == TransactionKind::Recharge) return tr("Recharge");
    if (kind == TransactionKind::Reserve) return tr("Reservation");
    if (kind == TransactionKind::Release) return tr("Release");
    if (kind == TransactionKind::Deduction) return tr("Commission paid");
    if (kind == TransactionKind::Adjustment) return tr("Adjustment");
    return toString(kind);
}

void TransactionsModel::setLeadNames(QHash<QString, QString> names)
{
    if (names == m_leadNames)
        return;
    m_leadNames = std::move(names);
    if (!m_transactions.isEmpty())
        Q_EMIT dataChanged(index(0, Description), index(rowCount() - 1, Description));
}

QString TransactionsModel::description(const dto::Transaction &transaction) const
{
    const QString name = transaction.leadId.isEmpty() ? QString() : m_leadNames.value(transaction.leadId);
    return name.isEmpty() ? transaction.description : tr("Lead of %1").arg(name);
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dto::Transaction &t = m_transactions.at(index.row());
    const QLocale locale;
    // What the row did to the merchant's available money: the balance change, or the reservation's.
    const qint64 signedAmount = t.balanceDeltaCents != 0 ? t.balanceDeltaCents : -t.reservedDeltaCents;
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == BalanceAfter || index.column() == ReservedAfter)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Date: return locale.toString(QDateTime::fromMSecsSinceEpoch(t.createdAt), QLocale::ShortFormat);
        case Kind: return kindText(t.kind);
        case Amount:
            // A reservation is no debit: the money stays in the balance, set aside for a lead.
            if (isReservation(t))
                return t.reservedDeltaCents > 0 ? tr("%1 reserved").arg(Money(t.reservedDeltaCents).format(locale))
                                                : tr("%1 released").arg(Money(-t.reservedDeltaCents).format(locale));
            return Money(signedAmount).formatSigned(locale);
        case BalanceAfter: return Money(t.balanceAfterCents).format(locale);
        case ReservedAfter: return Money(t.reservedAfterCents).format(locale);
        case Description: return description(t);
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Date: return t.createdAt;
        case Kind: return toString(t.kind);
        case Amount: return signedAmount;
        case BalanceAfter: return t.balanceAfterCents;
        case ReservedAfter: return t.reservedAfterCents;
        case Description: return t.description;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

bool TransactionsModel::isReservation(const dto::Transaction &transaction)
{
    return transaction.balanceDeltaCents == 0 && transaction.reservedDeltaCents != 0;
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date: return tr("Date");
    case Kind: return tr("Operation");
    case Amount: return tr("Amount");
    case BalanceAfter: return tr("Balance after");
    case ReservedAfter: return tr("Reserved after");
    case Description: return tr("Description");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
