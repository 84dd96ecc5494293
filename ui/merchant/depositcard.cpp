#include "depositcard.h"

#include "depositgauge.h"

#include <clientmodels.h>
#include <money.h>

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

DepositCard::DepositCard(ClientModels &models, QWidget *parent)
    : QGroupBox(tr("Deposit"), parent),
      m_models(models),
      m_balance(new QLabel(this)),
      m_reserved(new QLabel(this)),
      m_available(new QLabel(this)),
      m_gauge(new DepositGauge(this)),
      m_bar(new DepositBar(this)),
      m_recent(new QLabel(this))
{
    setObjectName(u"depositCard"_s);
    m_balance->setObjectName(u"balanceLabel"_s);
    m_reserved->setObjectName(u"reservedLabel"_s);
    m_available->setObjectName(u"availableLabel"_s);
    connect(m_gauge, &DepositGauge::displayedChanged, m_bar, &DepositBar::setDisplayed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gauge, 0, Qt::AlignHCenter);
    layout->addWidget(m_bar);
    auto *form = new QFormLayout;
    form->addRow(tr("Current balance:"), m_balance);
    form->addRow(tr("Reserved for pending leads:"), m_reserved);
    form->addRow(tr("Available:"), m_available);
    layout->addLayout(form);
    auto *recharge = new QPushButton(tr("Re&charge…"), this);
    recharge->setObjectName(u"rechargeButton"_s);
    recharge->setToolTip(tr("Add money to your deposit (Ctrl+R)"));
    connect(recharge, &QPushButton::clicked, this, &DepositCard::rechargeRequested);
    layout->addWidget(recharge, 0, Qt::AlignRight);

    layout->addWidget(new QLabel(tr("<b>Latest transactions</b>"), this));
    m_recent->setObjectName(u"recentTransactions"_s);
    m_recent->setTextFormat(Qt::RichText);
    m_recent->setWordWrap(true);
    layout->addWidget(m_recent);
    auto *history = new QLabel(u"<a href=\"#history\">%1</a>"_s.arg(tr("See the full history").toHtmlEscaped()), this);
    history->setObjectName(u"historyLink"_s);
    history->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(history, &QLabel::linkActivated, this, &DepositCard::historyRequested);
    layout->addWidget(history, 0, Qt::AlignRight);

    connect(&models, &ClientModels::depositChanged, this, &DepositCard::updateDeposit);
    // The rows name the leads' clients: the names arrive with the leads (dataChanged).
    connect(&models.transactions(), &QAbstractItemModel::modelReset, this, &DepositCard::updateRecentTransactions);
    connect(&models.transactions(), &QAbstractItemModel::dataChanged, this, &DepositCard::updateRecentTransactions);
    updateDeposit();
    updateRecentTransactions();
}

void DepositCard::updateDeposit()
{
    const auto deposit = m_models.deposit();
    if (!deposit) {
        for (QLabel *label : {m_balance, m_reserved, m_available})
            label->setText(tr("not known yet"));
        m_gauge->clear();
        return;
    }
    const QLocale locale;
    m_balance->setText(Money(deposit->currentBalanceCents).format(locale));
    m_reserved->setText(Money(deposit->reservedCents).format(locale));
    m_available->setText(Money(deposit->availableCents()).format(locale));
    m_gauge->setDeposit(deposit->currentBalanceCents, deposit->referenceCents);
}

void DepositCard::updateRecentTransactions()
{
    const TransactionsModel &transactions = m_models.transactions();
    const QLocale locale;
    QString rows;
    for (int row = 0; row < transactions.rowCount() && row < RecentCount; ++row) {
        const dto::Transaction &transaction = transactions.transactionAt(row);
        const QString date = locale.toString(QDateTime::fromMSecsSinceEpoch(transaction.createdAt).date(),
                                             QLocale::ShortFormat);
        // In the merchant's language: the kind, and the client for a lead's movement (the
        // server's description is the record's, in English).
        QString text = TransactionsModel::kindText(transaction.kind);
        if (const QString client = transactions.leadName(transaction.leadId); !client.isEmpty())
            text = tr("%1 — %2").arg(text, client);
        else if (transaction.leadId.isEmpty() && transaction.kind != TransactionKind::Recharge)
            text = transaction.description;
        const QModelIndex amountIndex = transactions.index(row, TransactionsModel::Amount);
        const QString amount = amountIndex.data().toString();
        const qint64 signedAmount = amountIndex.data(TableModelBase::SortRole).toLongLong();
        // Debits red, credits green; a reservation (set aside, not spent) in the text's own grey.
        const QString colour = TransactionsModel::isReservation(transaction) ? u"#616161"_s
            : signedAmount < 0                                             ? u"#b71c1c"_s
                                                                           : u"#1b5e20"_s;
        // The date and the amount never break across lines (Arabic dates broke at their slashes).
        rows += u"<tr><td style=\"white-space:nowrap\">%1</td><td>&nbsp;%2&nbsp;</td>"
                "<td align=\"right\" style=\"color:%3; white-space:nowrap\">%4</td></tr>"_s.arg(
            date.toHtmlEscaped(), text.toHtmlEscaped(), colour, amount.toHtmlEscaped());
    }
    m_recent->setText(rows.isEmpty() ? tr("No transactions yet.") : u"<table width=\"100%\">"_s + rows + u"</table>"_s);
}

} // namespace lm::client
