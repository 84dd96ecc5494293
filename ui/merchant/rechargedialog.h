#pragma once

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lm::client {

/// How much to add to the deposit (a suggested 2,000 / 5,000 / 10,000 MAD or a custom amount of
/// at least 500 MAD, checked as typed) and with which payment provider.
class RechargeDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr qint64 MinimumCents = 50'000;
    static constexpr qint64 SuggestedCents[] = {200'000, 500'000, 1'000'000};

    /// `providers`: the API names the server offers ("sandbox", "stripe", "cmi"), first is the default.
    explicit RechargeDialog(const QStringList &providers, QWidget *parent = nullptr);

    /// The amount typed or picked, when it is acceptable.
    std::optional<qint64> amountCents() const;
    QString provider() const;

private:
    void pick(qint64 cents);
    void revalidate();

    QButtonGroup *m_suggestions = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_provider = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
