#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lm::client {

class ClientModels;
class EarningsService;

/// The influencer's payouts: what is available (with the minimum), the bank account on file,
/// "Request a payout…" and "Bank details…", and every request with its status — requested, paid
/// (with the transfer's reference) or rejected (with the reason).
class PayoutsPage final : public QWidget
{
    Q_OBJECT

public:
    PayoutsPage(ClientModels &models, EarningsService &earnings, QWidget *parent = nullptr);

public Q_SLOTS:
    void editBankDetails();
    void requestPayout();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void refresh();

    ClientModels &m_models;
    EarningsService &m_earnings;
    QLabel *m_available;
    QLabel *m_availableHint;
    QLabel *m_bank;
    QPushButton *m_bankButton;
    QPushButton *m_requestButton;
    QStackedWidget *m_history;
    QTableView *m_table;
};

} // namespace lm::client
