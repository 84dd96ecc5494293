#include "rechargeflow.h"

#include "rechargedialog.h"

#include <money.h>

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lm::client {

RechargeFlow::RechargeFlow(CheckoutSession &session, QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_session(session),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(&m_session, &CheckoutSession::finished, this, &RechargeFlow::onFinished);
    connect(&m_session, &CheckoutSession::checkoutOpened, this, [this](const QString &) {
        Q_EMIT status(tr("Payment window open: complete the payment there (or in your browser)."));
    });
}

RechargeFlow::~RechargeFlow() = default;

bool RechargeFlow::isBusy() const
{
    return m_dialog || m_session.isRunning();
}

void RechargeFlow::start()
{
    if (m_session.isRunning()) {
        Q_EMIT status(tr("A payment is already open."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_providers.isEmpty()) {
        openDialog(m_providers);
        return;
    }
    if (m_askingProviders)
        return;
    // Only what this server takes payments with is offered.
    m_askingProviders = true;
    Q_EMIT status(tr("Preparing the recharge…"));
    m_session.providers(this, [this](const Result<QStringList> &result) {
        m_askingProviders = false;
        if (!result.ok()) {
            showResult(tr("Recharging needs the server, which cannot be reached now: %1")
                           .arg(result.error().userMessage()),
                       false, {});
            return;
        }
        if (result.value().isEmpty()) {
            showResult(tr("This server takes no payments at the moment. Please contact LeadMarket."), false, {});
            return;
        }
        openDialog(result.value());
    });
}

void RechargeFlow::openDialog(const QStringList &providers)
{
    // Ready: "Preparing the recharge…" has said what it had to, whether the dialog goes on or not.
    Q_EMIT status(QString());
    auto *dialog = new RechargeDialog(providers, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto cents = dialog->amountCents();
        if (!cents)
            return;
        Q_EMIT status(tr("Opening the payment of %1…").arg(Money(*cents).formatShort(QLocale())));
        m_session.start(*cents, dialog->provider());
    });
    dialog->open();
}

void RechargeFlow::onFinished(CheckoutSession::Outcome outcome, const QString &message)
{
    const QString paymentId = m_session.paymentId();
    switch (outcome) {
    case CheckoutSession::Outcome::Paid: {
        const QString text = tr("Deposit recharged by %1").arg(Money(m_session.amountCents()).formatShort(QLocale()));
        Q_EMIT status(text);
        Q_EMIT syncRequested();
        showResult(text, true, paymentId);
        return;
    }
    case CheckoutSession::Outcome::Cancelled:
        showResult(tr("You cancelled the payment. Your deposit has not changed."), false, {});
        return;
    case CheckoutSession::Outcome::Failed:
        showResult(tr("The payment was refused or cancelled. Your deposit has not changed."), false, {});
        return;
    case CheckoutSession::Outcome::Expired:
        showResult(tr("The payment expired before it was completed. Your deposit has not changed."), false, {});
        return;
    case CheckoutSession::Outcome::Closed:
        showResult(tr("The payment window was closed before the payment was completed. If you paid in your "
                      "browser, your balance will update at the next synchronisation."),
                   false, {});
        Q_EMIT syncRequested();
        return;
    case CheckoutSession::Outcome::Error:
        showResult(tr("The payment could not be started: %1").arg(message), false, {});
        return;
    }
}

void RechargeFlow::showResult(const QString &text, bool success, const QString &paymentId)
{
    if (m_result)
        m_result->close();
    auto *box = new QMessageBox(success ? QMessageBox::Information : QMessageBox::Warning, tr("Recharge"), text,
                                QMessageBox::Close, m_window);
    box->setObjectName(u"rechargeResultBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (success && !paymentId.isEmpty()) {
        QPushButton *receipt = box->addButton(tr("Open the &receipt"), QMessageBox::ActionRole);
        receipt->setObjectName(u"openReceiptButton"_s);
        // ActionRole buttons close the box too; the download carries on without it.
        connect(receipt, &QPushButton::clicked, this, [this, paymentId] { openReceipt(paymentId); });
    }
    m_result = box;
    box->open();
}

void RechargeFlow::openReceipt(const QString &paymentId)
{
    Q_EMIT status(tr("Downloading the receipt…"));
    m_session.receipt(paymentId, this, [this, paymentId](const Result<QByteArray> &result) {
        if (!result.ok()) {
            const QString problem = result.error().status() == 404
                ? tr("The receipt is not ready yet. Try again in a moment.")
                : tr("The receipt could not be downloaded: %1").arg(result.error().userMessage());
            Q_EMIT status(problem);
            Q_EMIT receiptFailed(problem);
            return;
        }
        const QString folder = m_receiptFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : m_receiptFolder;
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(tr("LeadMarket receipt %1.pdf").arg(paymentId));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size() || !file.commit()) {
            const QString problem = tr("The receipt could not be saved in %1.").arg(QDir::toNativeSeparators(folder));
            Q_EMIT status(problem);
            Q_EMIT receiptFailed(problem);
            return;
        }
        Q_EMIT status(tr("Receipt saved: %1").arg(QDir::toNativeSeparators(path)));
        Q_EMIT receiptSaved(path);
        if (m_openUrl)
            m_openUrl(QUrl::fromLocalFile(path));
    });
}

} // namespace lm::client
