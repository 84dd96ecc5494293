#pragma once

#include <checkoutsession.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QMessageBox;
class QWidget;

namespace lm::client {

class RechargeDialog;

/// The merchant's recharge, on screen: the amount dialog, the checkout helper while the payment
/// is open (CheckoutSession), then the outcome — "Deposit recharged by 5.000 dhs", a sync, and
/// the PDF receipt on request (saved in the documents folder, opened with the desktop's viewer).
class RechargeFlow final : public QObject
{
    Q_OBJECT

public:
    /// `session` (not owned) opens the payments; `window` parents the dialogs.
    RechargeFlow(CheckoutSession &session, QWidget *window, QObject *parent = nullptr);
    ~RechargeFlow() override;
    Q_DISABLE_COPY_MOVE(RechargeFlow)

    /// The providers offered in the dialog (API names), the first being the default. Unset (the
    /// default), the flow asks the server which it offers each time the dialog opens.
    void setProviders(const QStringList &providers) { m_providers = providers; }
    /// Opens a saved receipt (tests replace QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    /// Where receipts are saved (default: the user's documents folder).
    void setReceiptFolder(const QString &folder) { m_receiptFolder = folder; }

    CheckoutSession &session() { return m_session; }
    bool isBusy() const;

public Q_SLOTS:
    /// Ctrl+R: the amount dialog, unless a payment is already open.
    void start();
    /// Fetches the receipt of `paymentId`, saves it and opens it.
    void openReceipt(const QString &paymentId);

Q_SIGNALS:
    /// A line for the status bar.
    void status(const QString &message);
    /// The deposit changed on the server: time to sync.
    void syncRequested();
    void receiptSaved(const QString &filePath);
    void receiptFailed(const QString &message);

private:
    void onFinished(CheckoutSession::Outcome outcome, const QString &message);
    void showResult(const QString &text, bool success, const QString &paymentId);
    void openDialog(const QStringList &providers);

    QPointer<QWidget> m_window;
    CheckoutSession &m_session;
    QStringList m_providers; ///< fixed list; empty: asked from the server
    bool m_askingProviders = false;
    std::function<bool(const QUrl &)> m_openUrl;
    QString m_receiptFolder;
    QPointer<RechargeDialog> m_dialog;
    QPointer<QMessageBox> m_result;
};

} // namespace lm::client
