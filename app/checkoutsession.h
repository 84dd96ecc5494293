#pragma once

#include "apitypes.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace lm::client {

class ApiClient;

/// One recharge from start to outcome: opens the payment on the server, shows its checkout page in
/// the leadmarket-checkout helper (a separate process: the client never loads Qt WebEngine), and
/// learns the outcome from the server (GET /api/payments/{id}, polled while the helper is open),
/// so a payment completed in another browser is noticed too. No widgets here.
class CheckoutSession final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Paid,
        Cancelled, ///< the merchant cancelled on the provider's page
        Failed,
        Expired,
        Closed,    ///< the window was closed while the payment was still pending
        Error,     ///< the payment could not be opened or the helper could not run
    };
    Q_ENUM(Outcome)

    CheckoutSession(ApiClient &api, QObject *parent = nullptr);
    ~CheckoutSession() override;
    Q_DISABLE_COPY_MOVE(CheckoutSession)

    /// The helper next to the client binary, else the one of the build tree.
    static QString helperPath();
    /// The helper's command line for a payment opened on `server`: the checkout page, our server's
    /// origin, the checkout page's and each of the server's checkout_origins (an https origin, or
    /// http on loopback; others are left out, so their pages go to the system browser), the
    /// success and cancel URLs, the language.
    static QStringList helperArguments(const RechargeStart &start, const QUrl &server, const QString &lang);

    void setHelperPath(const QString &path) { m_helperPath = path; }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    int pollIntervalMs() const { return m_poll.interval(); }
    /// Language of the checkout window ("fr", "ar", "en").
    void setLanguage(const QString &lang) { m_lang = lang; }

    /// The providers the server takes payments with now, its default first.
    void providers(QObject *context, Callback<QStringList> done);
    /// The PDF receipt of a paid payment (404 until the server has it).
    void receipt(const QString &paymentId, QObject *context, Callback<QByteArray> done);

    void start(qint64 amountCents, const QString &provider);
    /// Closes the helper and stops polling; no outcome is reported.
    void abort();

    bool isRunning() const { return m_running; }
    /// The checkout window (including one told to close that has not quit yet) is running.
    bool isHelperRunning() const;
    QString paymentId() const { return m_start.paymentId; }
    qint64 amountCents() const { return m_amountCents; }

Q_SIGNALS:
    /// The server opened the payment and the checkout window is starting.
    void checkoutOpened(const QString &paymentId);
    /// Reported once. `message` is set for Error (what went wrong, for the merchant).
    void finished(lm::client::CheckoutSession::Outcome outcome, const QString &message);

private:
    void launchHelper();
    void readHelper();
    void pollNow();
    void onStatus(const QString &status);
    void finish(Outcome outcome, const QString &message = {});
    void closeHelper();

    ApiClient &m_api;
    QString m_helperPath;
    QString m_lang;
    QTimer m_poll;
    QPointer<QProcess> m_helper;
    RechargeStart m_start;
    qint64 m_amountCents = 0;
    bool m_running = false;
    bool m_polling = false;      ///< a GET is in flight
    bool m_helperClosed = false; ///< the merchant closed the window (or it crashed)
    bool m_cancelReturn = false; ///< the page returned to the cancel URL
};

} // namespace lm::client
