#pragma once

#include <dto.h>

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace lm::client {

/// The merchant's warning above the Overview when the deposit is critical, depleted or blocked:
/// what it means for the leads and the way out (Recharge…). Hidden otherwise.
class DepositBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit DepositBanner(QWidget *parent = nullptr);

    void setDeposit(const std::optional<dto::Deposit> &deposit);
    QString text() const;
    /// Whether it offers Recharge… (not for an admin's block, which a recharge does not lift).
    bool offersRecharge() const;

Q_SIGNALS:
    void rechargeRequested();

private:
    QLabel *m_text;
    QPushButton *m_recharge;
};

} // namespace lm::client
