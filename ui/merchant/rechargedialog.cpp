#include "rechargedialog.h"

#include "amountinput.h"
#include "problemlabel.h"

#include <money.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QString providerName(const QString &provider)
{
    if (provider == "stripe"_L1)
        return RechargeDialog::tr("Bank card (Stripe)");
    if (provider == "cmi"_L1)
        return RechargeDialog::tr("Moroccan bank card (CMI)");
    if (provider == "sandbox"_L1)
        return RechargeDialog::tr("Test payment (sandbox)");
    return provider;
}

} // namespace

RechargeDialog::RechargeDialog(const QStringList &providers, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"rechargeDialog"_s);
    setWindowTitle(tr("Recharge the deposit"));
    const QLocale locale;

    auto *intro = new QLabel(tr("Pick an amount or type your own (at least %1).")
                                 .arg(Money(MinimumCents).formatShort(locale)),
                             this);
    intro->setWordWrap(true);

    m_suggestions = new QButtonGroup(this);
    auto *suggestions = new QHBoxLayout;
    for (const qint64 cents : SuggestedCents) {
        auto *button = new QPushButton(Money(cents).formatShort(locale), this);
        button->setObjectName(u"suggest%1Button"_s.arg(cents / 100));
        button->setCheckable(true);
        button->setAccessibleName(tr("Recharge %1").arg(Money(cents).formatShort(locale)));
        m_suggestions->addButton(button);
        connect(button, &QPushButton::clicked, this, [this, cents] { pick(cents); });
        suggestions->addWidget(button);
    }

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setPlaceholderText(Money(MinimumCents).format(locale, false));
    m_amount->setClearButtonEnabled(true);
    m_problem = newProblemLabel(u"amountProblem"_s, this);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerBox"_s);
    for (const QString &provider : providers)
        m_provider->addItem(providerName(provider), provider);

    auto *form = new QFormLayout;
    auto *amountLabel = new QLabel(tr("&Amount (%1):").arg(Money::currencyLabel(locale)), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, m_amount);
    form->addRow(QString(), m_problem);
    auto *providerLabel = new QLabel(tr("&Pay with:"), this);
    providerLabel->setBuddy(m_provider);
    form->addRow(providerLabel, m_provider);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Continue to payment…"));
    ok->setObjectName(u"confirmButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (amountCents())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(suggestions);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumCharacters(m_amount, 16);
    keepFitted(this);

    connect(m_amount, &QLineEdit::textChanged, this, &RechargeDialog::revalidate);
    pick(SuggestedCents[1]);
    m_amount->setFocus();
}

std::optional<qint64> RechargeDialog::amountCents() const
{
    return TypedAmount::check(m_amount->text(), MinimumCents, Money::MaxApiCents).cents();
}

QString RechargeDialog::provider() const
{
    return m_provider->currentData().toString();
}

void RechargeDialog::pick(qint64 cents)
{
    m_amount->setText(Money(cents).format(QLocale(), false));
}

void RechargeDialog::revalidate()
{
    const QLocale locale;
    const QString text = m_amount->text().trimmed();
    const TypedAmount typed = TypedAmount::check(text, MinimumCents, Money::MaxApiCents, locale);
    QString problem;
    switch (typed.problem) {
    case TypedAmount::Problem::None:
        break;
    case TypedAmount::Problem::Empty:
        problem = tr("Enter an amount.");
        break;
    case TypedAmount::Problem::NotAnAmount:
        problem =
            tr("“%1” is not an amount; type for example %2.").arg(text, Money(MinimumCents).format(locale, false));
        break;
    case TypedAmount::Problem::BelowMinimum:
        problem = tr("The minimum recharge is %1.").arg(Money(MinimumCents).formatShort(locale));
        break;
    case TypedAmount::Problem::AboveMaximum:
        problem = tr("The maximum recharge is %1.").arg(Money(Money::MaxApiCents).formatShort(locale));
        break;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && m_provider->count() > 0);
    // A suggestion stays highlighted only while the amount is exactly that suggestion.
    const qint64 cents = typed.money ? typed.money->cents() : -1;
    m_suggestions->setExclusive(false);
    for (QAbstractButton *button : m_suggestions->buttons())
        button->setChecked(button->objectName() == u"suggest%1Button"_s.arg(cents / 100) && cents % 100 == 0);
    m_suggestions->setExclusive(true);
}

} // namespace lm::client
