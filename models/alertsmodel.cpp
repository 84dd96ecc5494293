#include "alertsmodel.h"

#include "levellook.h"

#include <leadindex.h>
#include <money.h>
#include <timeutil.h>

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

std::optional<qint64> centsOf(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

std::optional<AlertRow> AlertRow::fromJson(const QJsonObject &json)
{
    AlertRow row;
    row.id = json.value("merchant_id"_L1).toString();
    row.merchantName = json.value("merchant_name"_L1).toString();
    const auto balance = centsOf(json, "current_balance_cents"_L1);
    const auto reference = centsOf(json, "reference_cents"_L1);
    if (row.id.isEmpty() || !balance || !reference)
        return std::nullopt;
    row.balanceCents = *balance;
    row.referenceCents = *reference;
    row.reservedCents = centsOf(json, "reserved_cents"_L1).value_or(0);
    row.availableCents = centsOf(json, "available_cents"_L1).value_or(row.balanceCents - row.reservedCents);
    // The server's level is the authority; one it does not send is decided the same way here.
    row.level = alertLevelFromString(json.value("level"_L1).toString())
                    .value_or(classifyDeposit(row.balanceCents, row.referenceCents));
    const auto status = depositStatusFromString(json.value("status"_L1).toString());
    if (!status)
        return std::nullopt;
    row.status = *status;
    row.blockedReason = blockedReasonFromString(json.value("blocked_reason"_L1).toString());
    row.blockedNote = json.value("blocked_note"_L1).toString();
    row.pendingLeads = centsOf(json, "pending_leads"_L1).value_or(0);
    const QJsonValue rate = json.value("rejection_rate_30d"_L1);
    if (rate.isDouble())
        row.rejectionRate = std::clamp(rate.toDouble(), 0.0, 1.0);
    const QJsonValue alerted = json.value("last_alert_at"_L1);
    if (alerted.isString())
        row.lastAlertAt = parseApiTime(alerted.toString());
    return row;
}

AlertsModel::AlertsModel(QObject *parent) : TableModelBase(parent)
{
}

bool AlertsModel::setJson(const QJsonArray &items)
{
    QList<AlertRow> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items) {
        auto row = AlertRow::fromJson(item.toObject());
        if (!row)
            return false;
        rows.append(std::move(*row));
    }
    setAlerts(std::move(rows));
    return true;
}

void AlertsModel::setAlerts(QList<AlertRow> rows)
{
    QList<QString> search;
    search.reserve(rows.size());
    for (const AlertRow &row : rows)
        search.append(LeadIndex::foldForSearch(row.merchantName));
    const bool reset = m_rows.size() != rows.size();
    if (reset)
        beginResetModel();
    m_search = std::move(search);
    if (reset) {
        m_rows = std::move(rows);
        endResetModel();
    } else {
        replaceRows(m_rows, std::move(rows));
    }
}

int AlertsModel::rowOf(const QString &merchantId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == merchantId)
            return int(i);
    }
    return -1;
}

int AlertsModel::count(AlertLevel level) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [level](const AlertRow &r) { return r.level == level; }));
}

QString AlertsModel::statusText(const AlertRow &row)
{
    if (!row.isBlocked())
        return tr("Active");
    if (row.blockedReason == BlockedReason::Depleted)
        return tr("Blocked: deposit depleted");
    if (!row.blockedNote.isEmpty())
        return tr("Blocked by an administrator: %1").arg(row.blockedNote);
    return tr("Blocked by an administrator");
}

QString AlertsModel::percentText(int tenths, const QLocale &locale)
{
    const QString number = locale.toString(tenths / 10) + locale.decimalPoint() + locale.toString(tenths % 10);
    //: A percentage with one decimal, e.g. "68.3%"; French puts a narrow no-break space before %.
    return tr("%1%", "percentage with one decimal").arg(number);
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRow &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return r.id;
    case LevelRole:
        return int(r.level);
    case SearchRole:
        return m_search.at(index.row());
    case Qt::BackgroundRole:
        return column == Level ? QVariant(LevelLook::colour(r.level)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Level)
            return LevelLook::textOnColour(r.level);
        if (column == Status && r.isBlocked())
            return LevelLook::textColour(AlertLevel::Critical, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (column == Level || (column == Status && r.isBlocked())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Percent:
        case Balance:
        case Reserved:
        case Available:
        case PendingLeads:
        case RejectionRate:
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        case Level:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Status: return statusText(r);
        case Percent:
            return tr("%1 of the reference %2 (the balance after the latest recharge)")
                .arg(Money(r.balanceCents).format(locale), Money(r.referenceCents).format(locale));
        case RejectionRate:
            return tr("Rejected leads out of the leads decided in the last 30 days");
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (column == Level)
            return tr("Level: %1").arg(LevelLook::name(r.level));
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Merchant: return r.merchantName;
        case Level: return LevelLook::name(r.level);
        case Percent: return percentText(r.percentTenths(), locale);
        case Balance: return Money(r.balanceCents).format(locale);
        case Reserved: return Money(r.reservedCents).format(locale);
        case Available: return Money(r.availableCents).format(locale);
        case PendingLeads: return locale.toString(r.pendingLeads);
        case Status: return statusText(r);
        case LastAlert:
            return r.lastAlertAt ? locale.toString(QDateTime::fromMSecsSinceEpoch(*r.lastAlertAt), QLocale::ShortFormat)
                                 : u"—"_s;
        case RejectionRate:
            return r.rejectionRate ? percentText(int(std::lround(*r.rejectionRate * 1000)), locale) : u"—"_s;
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (column) {
        case Merchant: return r.merchantName;
        // The worst level first when sorted descending, and the emptiest deposit first within it.
        case Level: return qint64(r.level) * 10000 + (1000 - r.percentTenths());
        case Percent: return r.percentTenths();
        case Balance: return r.balanceCents;
        case Reserved: return r.reservedCents;
        case Available: return r.availableCents;
        case PendingLeads: return r.pendingLeads;
        case Status: return int(r.isBlocked()) * 2 + int(r.blockedReason == BlockedReason::Admin);
        case LastAlert: return r.lastAlertAt.value_or(0);
        case RejectionRate: return qint64(r.rejectionRate ? std::lround(*r.rejectionRate * 1000) : -1L);
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return TableModelBase::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == RejectionRate)
        return tr("Rejected leads out of the leads decided in the last 30 days");
    if (role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Merchant: return tr("Merchant");
    case Level: return tr("Level");
    case Percent: return tr("Left");
    case Balance: return tr("Balance");
    case Reserved: return tr("Reserved");
    case Available: return tr("Available");
    case PendingLeads: return tr("Pending leads");
    case Status: return tr("Status");
    case LastAlert: return tr("Last alert");
    case RejectionRate: return tr("Rejected (30 days)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
