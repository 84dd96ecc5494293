#pragma once

#include "tablemodelbase.h"

#include <alertlevel.h>
#include <kinds.h>

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace lm::client {

/// One merchant's deposit on the admin's alerts board (GET /api/admin/alerts, contract v2).
struct AlertRow
{
    QString id; ///< the merchant's id
    QString merchantName;
    qint64 balanceCents = 0;
    qint64 reservedCents = 0;
    qint64 availableCents = 0;
    qint64 referenceCents = 0;
    AlertLevel level = AlertLevel::Depleted;
    DepositStatus status = DepositStatus::Active;
    std::optional<BlockedReason> blockedReason;
    QString blockedNote; ///< the admin's words when an admin blocked it
    qint64 pendingLeads = 0;
    std::optional<double> rejectionRate; ///< 0–1 over 30 days (a ratio, not money); none without decisions
    std::optional<qint64> lastAlertAt;

    /// Tenths of a percent of the reference, from the integers (as the server decides levels).
    int percentTenths() const { return lm::percentTenths(balanceCents, referenceCents); }
    bool isBlocked() const { return status == DepositStatus::Blocked; }
    static std::optional<AlertRow> fromJson(const QJsonObject &json);
    friend bool operator==(const AlertRow &, const AlertRow &) = default;
};

/// The alerts board: every merchant's deposit, its level in the brief's five colours (the Level
/// cell is a badge: BackgroundRole the level's colour, ForegroundRole black or white on it),
/// amounts, block, pending leads, last alert and 30-day rejection rate. Sorting on the Level
/// column puts the worst first, and the emptiest first within a level.
class AlertsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
        Merchant,
        Level,
        Percent,
        Balance,
        Reserved,
        Available,
        PendingLeads,
        Status,
        LastAlert,
        RejectionRate,
        ColumnCount
    };
    enum ExtraRole { LevelRole = ObjectRole }; ///< the row's AlertLevel as an int

    explicit AlertsModel(QObject *parent = nullptr);

    /// The route's items; false (nothing changed) when one does not read.
    bool setJson(const QJsonArray &items);
    void setAlerts(QList<AlertRow> rows);
    const QList<AlertRow> &alerts() const { return m_rows; }
    const AlertRow &alertAt(int row) const { return m_rows.at(row); }
    /// The row of a merchant, or -1.
    int rowOf(const QString &merchantId) const;
    /// How many deposits are at `level`.
    int count(AlertLevel level) const;

    /// "Active", "Blocked by an administrator: <note>", "Blocked: deposit depleted".
    static QString statusText(const AlertRow &row);
    /// "12.5%" from tenths of a percent, in `locale`.
    static QString percentText(int tenths, const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertRow> m_rows;
    QList<QString> m_search; ///< per row, the folded name (kept with m_rows)
};

} // namespace lm::client
