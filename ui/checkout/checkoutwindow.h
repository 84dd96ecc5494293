#pragma once

#include <QMainWindow>
#include <QStringList>
#include <QUrl>

#include <functional>

class QLabel;
class QProgressBar;
class QWebEngineView;

namespace lm::checkout {

/// The payment window of `leadmarket-checkout`: a web view that shows only the payment provider's
/// and our server's pages (anything else opens in the system browser) and offers to continue in
/// the merchant's own browser. It reports what happens through signals; the client learns the
/// payment's outcome from the server, not from these URLs.
class CheckoutWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `allowedPrefixes`: URL prefixes the view may show (the checkout page's origin is always
    /// allowed); `returnPrefixes`: the success and cancel URLs, reported when reached.
    CheckoutWindow(const QUrl &checkoutUrl, QStringList allowedPrefixes, QStringList returnPrefixes,
                   QWidget *parent = nullptr);

    /// Seam for tests: how a URL is handed to the system browser (QDesktopServices by default).
    void setExternalOpener(std::function<bool(const QUrl &)> opener) { m_openExternally = std::move(opener); }

    bool isAllowed(const QUrl &url) const;
    QWebEngineView *view() const { return m_view; }
    QUrl currentUrl() const;

public Q_SLOTS:
    /// Opens the current page in the system browser (the "Ouvrir dans mon navigateur" button).
    void openInBrowser();

Q_SIGNALS:
    void navigated(const QUrl &url);
    void returned(const QUrl &url);            ///< a success or cancel URL was reached
    void openedExternally(const QUrl &url);    ///< a page outside the allowed ones went to the browser
    void loadFailed(const QUrl &url);
    void rendererCrashed();
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class CheckoutPage;
    bool handOver(const QUrl &url);
    void onUrlChanged(const QUrl &url);

    QStringList m_allowed;
    QStringList m_returns;
    QWebEngineView *m_view = nullptr;
    QLabel *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    std::function<bool(const QUrl &)> m_openExternally;
};

} // namespace lm::checkout
