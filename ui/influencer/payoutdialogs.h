#pragma once

#include <dto.h>

#include <QDialog>
#include <QMap>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lm::client {

class EarningsService;

/// The influencer's bank details: the holder's name and the 24-digit RIB, checked as typed with
/// core's rule (length, digits, key) and sent to the server, which keeps them encrypted and only
/// ever answers the last four digits. The dialog closes once the server has them; a refusal is
/// shown beside its field.
class BankDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    BankDetailsDialog(EarningsService &earnings, const std::optional<dto::BankDetails> &current,
                      QWidget *parent = nullptr);

    /// What the server answered (after accept()).
    std::optional<dto::BankDetails> saved() const { return m_saved; }

private:
    void revalidate();
    void save();
    void showServerProblems(const QString &message, const QMap<QString, QString> &fields);

    EarningsService &m_earnings;
    QLineEdit *m_holder;
    QLineEdit *m_rib;
    QLabel *m_holderProblem;
    QLabel *m_ribProblem;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    std::optional<dto::BankDetails> m_saved;
};

/// A payout request: an amount between the minimum and what is available (all of it by default),
/// to the account on file, sent to the server at once.
class PayoutRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    PayoutRequestDialog(EarningsService &earnings, const dto::InfluencerStats &stats, const dto::BankDetails &bank,
                        QWidget *parent = nullptr);

    std::optional<dto::Payout> requested() const { return m_requested; }

private:
    std::optional<qint64> amountCents() const;
    void revalidate();
    void send();

    EarningsService &m_earnings;
    qint64 m_minimumCents;
    qint64 m_availableCents;
    QLineEdit *m_amount;
    QLabel *m_problem;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    std::optional<dto::Payout> m_requested;
};

} // namespace lm::client
