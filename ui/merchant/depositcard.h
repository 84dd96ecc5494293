#pragma once

#include <QGroupBox>

class QLabel;

namespace lm::client {

class ClientModels;
class DepositBar;
class DepositGauge;

/// The merchant's deposit at a glance: the gauge coloured by alert level, balance, reserved and
/// available amounts, the latest transactions in the merchant's language and a link to the rest.
/// Reads the models; asks for a recharge or the history through its signals.
class DepositCard final : public QGroupBox
{
    Q_OBJECT

public:
    explicit DepositCard(ClientModels &models, QWidget *parent = nullptr);

    /// How many transactions the card lists.
    static constexpr int RecentCount = 5;

Q_SIGNALS:
    void rechargeRequested();
    void historyRequested();

private:
    void updateDeposit();
    void updateRecentTransactions();

    ClientModels &m_models;
    QLabel *m_balance;
    QLabel *m_reserved;
    QLabel *m_available;
    DepositGauge *m_gauge;
    DepositBar *m_bar;
    QLabel *m_recent;
};

} // namespace lm::client
