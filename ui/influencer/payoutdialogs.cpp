#include "payoutdialogs.h"
#include "problemlabel.h"

#include "amountinput.h"

#include <apierror.h>
#include <earningsservice.h>
#include <money.h>
#include <validation.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"statusLabel"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

BankDetailsDialog::BankDetailsDialog(EarningsService &earnings, const std::optional<dto::BankDetails> &current,
                                     QWidget *parent)
    : QDialog(parent),
      m_earnings(earnings),
      m_holder(new QLineEdit(this)),
      m_rib(new QLineEdit(this)),
      m_holderProblem(newProblemLabel(u"holderProblem"_s, this)),
      m_ribProblem(newProblemLabel(u"ribProblem"_s, this)),
      m_status(statusLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"bankDetailsDialog"_s);
    setWindowTitle(tr("Bank details"));

    auto *intro = new QLabel(current ? tr("Payouts go to the account ending %1. Enter the full RIB again to change it.")
                                           .arg(current->ribMasked.right(4))
                                     : tr("Payouts are sent by bank transfer to this account."),
                             this);
    intro->setWordWrap(true);
    auto *privacy = new QLabel(tr("The RIB is stored encrypted; only its last four digits are ever shown again."), this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false); // greyed: a note, not an instruction

    m_holder->setObjectName(u"holderEdit"_s);
    m_holder->setMaxLength(limits::Name);
    m_holder->setText(current ? current->holderName : QString());
    m_holder->setAccessibleName(tr("Account holder"));
    m_rib->setObjectName(u"ribEdit"_s);
    m_rib->setPlaceholderText(u"000 000 0000000000000000 00"_s);
    m_rib->setMaxLength(40);
    m_rib->setAccessibleName(tr("RIB, 24 digits"));
    m_rib->setLayoutDirection(Qt::LeftToRight); // digits read left to right in Arabic too

    auto *form = new QFormLayout;
    auto *holderLabel = new QLabel(tr("Account &holder:"), this);
    holderLabel->setBuddy(m_holder);
    form->addRow(holderLabel, m_holder);
    form->addRow(QString(), m_holderProblem);
    auto *ribLabel = new QLabel(tr("&RIB (24 digits):"), this);
    ribLabel->setBuddy(m_rib);
    form->addRow(ribLabel, m_rib);
    form->addRow(QString(), m_ribProblem);

    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(u"saveButton"_s);
    save->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BankDetailsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_holder, &QLineEdit::textChanged, this, &BankDetailsDialog::revalidate);
    connect(m_rib, &QLineEdit::textChanged, this, &BankDetailsDialog::revalidate);
    setMinimumCharacters(m_holder, 30);
    setMinimumCharacters(m_rib, 30);
    keepFitted(this);
    revalidate();
    (m_holder->text().isEmpty() ? m_holder : m_rib)->setFocus();
}

void BankDetailsDialog::revalidate()
{
    const QString rib = m_rib->text();
    QString ribProblem;
    switch (checkRib(rib)) {
    case RibProblem::None:
        break;
    case RibProblem::Characters:
        ribProblem = tr("A RIB has digits only (spaces are fine).");
        break;
    case RibProblem::Length: {
        const int digits = int(ribDigits(rib).size());
        // Nothing said while the first digits are typed; too many is said at once.
        if (digits > 24 || (digits > 0 && !m_rib->hasFocus()))
            ribProblem = tr("A RIB has 24 digits; this one has %n.", nullptr, digits);
        break;
    }
    case RibProblem::Key:
        ribProblem = tr("These 24 digits are not a valid RIB: the last two (the key) do not match. Check for a typo.");
        break;
    }
    showProblem(m_ribProblem, ribProblem);
    showProblem(m_holderProblem, {});
    const bool complete = !m_holder->text().trimmed().isEmpty() && checkRib(rib) == RibProblem::None;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete && !m_busy);
}

void BankDetailsDialog::save()
{
    if (m_busy || checkRib(m_rib->text()) != RibProblem::None || m_holder->text().trimmed().isEmpty())
        return;
    m_busy = true;
    revalidate();
    showProblem(m_status, {});
    m_status->setText(tr("Saving…"));
    m_status->show();
    m_earnings.saveBankDetails(m_holder->text().trimmed(), ribDigits(m_rib->text()), this,
                               [this](const Result<dto::BankDetails> &result) {
                                   m_busy = false;
                                   if (result.ok()) {
                                       m_saved = result.value();
                                       accept();
                                       return;
                                   }
                                   showServerProblems(result.error().userMessage(), result.error().fields());
                                   revalidate();
                               });
}

void BankDetailsDialog::showServerProblems(const QString &message, const QMap<QString, QString> &fields)
{
    m_status->hide();
    if (fields.contains(u"rib"_s))
        showProblem(m_ribProblem, tr("The server refused this RIB: %1").arg(message));
    else if (fields.contains(u"holder_name"_s))
        showProblem(m_holderProblem, tr("The server refused this name: %1").arg(message));
    else {
        m_status->setText(message);
        m_status->show();
    }
}

PayoutRequestDialog::PayoutRequestDialog(EarningsService &earnings, const dto::InfluencerStats &stats,
                                         const dto::BankDetails &bank, QWidget *parent)
    : QDialog(parent),
      m_earnings(earnings),
      m_minimumCents(stats.minPayoutCents),
      m_availableCents(stats.availableCents),
      m_amount(new QLineEdit(this)),
      m_problem(newProblemLabel(u"amountProblem"_s, this)),
      m_status(statusLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"payoutDialog"_s);
    setWindowTitle(tr("Request a payout"));
    const QLocale locale;

    auto *intro = new QLabel(tr("Available: %1. The minimum payout is %2. The transfer goes to %3, account ending %4.")
                                 .arg(Money(m_availableCents).format(locale), Money(m_minimumCents).formatShort(locale),
                                      QChar(0x2068) + bank.holderName + QChar(0x2069), bank.ribMasked.right(4)),
                             this);
    intro->setObjectName(u"payoutIntro"_s);
    intro->setWordWrap(true);
    setMinimumCharacters(intro, 48); // a sentence a line, not a word a line

    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setText(Money(m_availableCents).format(locale, false));
    m_amount->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    auto *amountLabel = new QLabel(tr("&Amount (%1):").arg(Money::currencyLabel(locale)), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, m_amount);
    form->addRow(QString(), m_problem);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"confirmButton"_s);
    ok->setText(tr("&Request payout"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PayoutRequestDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setMinimumCharacters(m_amount, 16);
    keepFitted(this);
    connect(m_amount, &QLineEdit::textChanged, this, &PayoutRequestDialog::revalidate);
    revalidate();
    m_amount->setFocus();
    m_amount->selectAll();
}

std::optional<qint64> PayoutRequestDialog::amountCents() const
{
    return TypedAmount::check(m_amount->text(), m_minimumCents, m_availableCents).cents();
}

void PayoutRequestDialog::revalidate()
{
    const QLocale locale;
    const QString text = m_amount->text().trimmed();
    const TypedAmount typed = TypedAmount::check(text, m_minimumCents, m_availableCents, locale);
    QString problem;
    switch (typed.problem) {
    case TypedAmount::Problem::None:
        break;
    case TypedAmount::Problem::Empty:
        problem = tr("Enter an amount.");
        break;
    case TypedAmount::Problem::NotAnAmount:
        problem = tr("“%1” is not an amount; type for example %2.").arg(text, Money(m_minimumCents).format(locale, false));
        break;
    case TypedAmount::Problem::BelowMinimum:
        problem = tr("The minimum payout is %1.").arg(Money(m_minimumCents).formatShort(locale));
        break;
    case TypedAmount::Problem::AboveMaximum:
        problem = tr("You can ask for at most %1 (what is available).").arg(Money(m_availableCents).format(locale));
        break;
    }
    showProblem(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
}

void PayoutRequestDialog::send()
{
    const auto cents = amountCents();
    if (m_busy || !cents)
        return;
    m_busy = true;
    revalidate();
    m_status->setText(tr("Sending the request…"));
    m_status->show();
    m_earnings.requestPayout(*cents, this, [this](const Result<dto::Payout> &result) {
        m_busy = false;
        if (result.ok()) {
            m_requested = result.value();
            accept();
            return;
        }
        const ApiError &error = result.error();
        if (error.fields().contains(u"amount_cents"_s)) {
            m_status->hide();
            showProblem(m_problem, tr("The server refused this amount: %1").arg(error.userMessage()));
        } else {
            m_status->setText(error.userMessage());
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    });
}

} // namespace lm::client
