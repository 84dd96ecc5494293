#include "payoutspage.h"

#include "leadspage.h"
#include "payoutdialogs.h"

#include <clientmodels.h>
#include <money.h>

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

PayoutsPage::PayoutsPage(ClientModels &models, EarningsService &earnings, QWidget *parent)
    : QWidget(parent),
      m_models(models),
      m_earnings(earnings),
      m_available(new QLabel(this)),
      m_availableHint(new QLabel(this)),
      m_bank(new QLabel(this)),
      m_bankButton(new QPushButton(this)),
      m_requestButton(new QPushButton(tr("&Request a payout…"), this)),
      m_history(new QStackedWidget(this)),
      m_table(makeTableView(u"payoutsView"_s, &models.payouts(), this))
{
    setObjectName(u"payoutsPage"_s);
    m_available->setObjectName(u"availableValue"_s);
    QFont big = m_available->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_available->setFont(big);
    m_availableHint->setObjectName(u"availableHint"_s);
    m_availableHint->setWordWrap(true);
    m_bank->setObjectName(u"bankSummary"_s);
    m_bank->setWordWrap(true);
    m_bankButton->setObjectName(u"bankButton"_s);
    m_requestButton->setObjectName(u"requestPayoutButton"_s);
    connect(m_bankButton, &QPushButton::clicked, this, &PayoutsPage::editBankDetails);
    connect(m_requestButton, &QPushButton::clicked, this, &PayoutsPage::requestPayout);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    auto *availableTitle = new QLabel(tr("Available for payout"), card);
    grid->addWidget(availableTitle, 0, 0);
    grid->addWidget(m_available, 1, 0);
    grid->addWidget(m_availableHint, 2, 0);
    grid->addWidget(m_requestButton, 1, 1, Qt::AlignTrailing);
    grid->addWidget(new QLabel(tr("Bank account"), card), 3, 0);
    grid->addWidget(m_bank, 4, 0);
    grid->addWidget(m_bankButton, 4, 1, Qt::AlignTrailing);
    grid->setColumnStretch(0, 1);

    m_table->setColumnHidden(PayoutsModel::Influencer, true); // they are all the influencer's
    m_table->sortByColumn(PayoutsModel::Requested, Qt::DescendingOrder);
    m_table->setSortingEnabled(false); // newest first, as the cache keeps them
    keepColumnWhole(m_table, PayoutsModel::Requested);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Payout history"));
    auto *empty = new QLabel(tr("No payout requested yet. When your validated leads have earned at least the "
                                "minimum, request a payout here: it is sent by bank transfer."),
                             this);
    empty->setObjectName(u"payoutsEmpty"_s);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_history->addWidget(empty);
    m_history->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(card);
    layout->addWidget(new QLabel(tr("Payout history"), this));
    layout->addWidget(m_history, 1);

    connect(&models, &ClientModels::earningsChanged, this, &PayoutsPage::refresh);
    refresh();
}

void PayoutsPage::refresh()
{
    const QLocale locale;
    const Earnings &earnings = m_models.earnings();
    if (earnings.stats) {
        const dto::InfluencerStats &stats = *earnings.stats;
        m_available->setText(Money(stats.availableCents).format(locale));
        QString hint;
        if (stats.availableCents < stats.minPayoutCents)
            hint = tr("The minimum payout is %1: %2 more to earn.")
                       .arg(Money(stats.minPayoutCents).formatShort(locale),
                            Money(stats.minPayoutCents - stats.availableCents).format(locale));
        else
            hint = tr("Minimum payout: %1.").arg(Money(stats.minPayoutCents).formatShort(locale));
        if (stats.requestedCents > 0)
            hint += u' ' + tr("%1 requested, waiting for the transfer.").arg(Money(stats.requestedCents).format(locale));
        m_availableHint->setText(hint);
    } else {
        m_available->setText(tr("—"));
        m_availableHint->setText(tr("Your earnings appear after the first sync."));
    }
    if (earnings.bank) {
        m_bank->setText(tr("%1 · account ending %2").arg(earnings.bank->holderName, earnings.bank->ribMasked.right(4)));
        m_bankButton->setText(tr("Change &bank details…"));
    } else {
        m_bank->setText(earnings.bankKnown ? tr("No bank details yet: add them to be paid.")
                                           : tr("Not known yet (appears after the next sync)."));
        m_bankButton->setText(tr("Add &bank details…"));
    }
    const bool canRequest = earnings.stats && earnings.bank && earnings.stats->availableCents >= earnings.stats->minPayoutCents
        && earnings.stats->availableCents > 0;
    m_requestButton->setEnabled(canRequest);
    m_requestButton->setToolTip(canRequest ? QString()
                                : !earnings.bank ? tr("Add your bank details first.")
                                                 : tr("Available earnings are below the minimum payout."));
    m_history->setCurrentIndex(m_models.payouts().rowCount() > 0 ? 1 : 0);
}

void PayoutsPage::editBankDetails()
{
    BankDetailsDialog dialog(m_earnings, m_models.earnings().bank, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        Q_EMIT statusMessage(tr("Bank details saved (account ending %1).").arg(dialog.saved()->ribMasked.right(4)));
}

void PayoutsPage::requestPayout()
{
    const Earnings &earnings = m_models.earnings();
    if (!earnings.stats || !earnings.bank)
        return;
    PayoutRequestDialog dialog(m_earnings, *earnings.stats, *earnings.bank, this);
    if (dialog.exec() == QDialog::Accepted && dialog.requested())
        Q_EMIT statusMessage(tr("Payout of %1 requested. You will be notified when the transfer is made.")
                                 .arg(Money(dialog.requested()->amountCents).format(QLocale())));
}

} // namespace lm::client
