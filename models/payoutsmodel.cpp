#include "payoutsmodel.h"

#include <money.h>

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

int statusOrder(const QString &status)
{
    return status == "requested"_L1 ? 0 : status == "paid"_L1 ? 1 : 2;
}

} // namespace

PayoutsModel::PayoutsModel(QObject *parent) : TableModelBase(parent)
{
}

void PayoutsModel::setPayouts(QList<dto::Payout> payouts)
{
    replaceRows(m_payouts, std::move(payouts));
}

QString PayoutsModel::statusText(const QString &status)
{
    if (status == "requested"_L1)
        return tr("Requested");
    if (status == "paid"_L1)
        return tr("Paid");
    if (status == "rejected"_L1)
        return tr("Rejected");
    return status;
}

int PayoutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_payouts.size());
}

int PayoutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dto::Payout &p = m_payouts.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case IdRole:
        return p.id;
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && p.status == "rejected"_L1)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (column == Status && p.status == "paid"_L1)
            return QBrush(QColor(0x1b, 0x7a, 0x3a));
        return {};
    case Qt::ToolTipRole:
        if (column == Outcome)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Requested: return dateText(p.requestedAt);
        case Influencer: return p.influencerName;
        case Amount: return Money(p.amountCents).format(QLocale());
        case Status: return statusText(p.status);
        case Account: return p.ribMasked;
        case Outcome:
            if (p.status == "paid"_L1)
                return tr("Transfer %1").arg(p.reference);
            return p.reason;
        case Decided: return p.decidedAt ? dateText(*p.decidedAt) : QString();
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (column) {
        case Requested: return p.requestedAt;
        case Influencer: return p.influencerName;
        case Amount: return p.amountCents;
        case Status: return statusOrder(p.status);
        case Account: return p.ribMasked;
        case Outcome: return p.status == "paid"_L1 ? p.reference : p.reason;
        case Decided: return p.decidedAt.value_or(0);
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant PayoutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Requested: return tr("Requested on");
    case Influencer: return tr("Influencer");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    case Account: return tr("Account");
    case Outcome: return tr("Reference or reason");
    case Decided: return tr("Decided on");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
