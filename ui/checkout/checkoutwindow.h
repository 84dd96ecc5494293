#pragma once

#include <QMainWindow>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QWebEnginePage;
class QWebEngineView;

namespace lm::checkout {

/// One place the payment window may show (or report as a return): compared on parsed URLs, never
/// as text. The scheme (http or https), the host (case-insensitively) and the port (443 and 80 when
/// omitted) must be equal; the path must be the rule's path or lie under it ("/c/pay" covers
/// "/c/pay" and "/c/pay/x", not "/c/payx"; "/" or none covers the whole origin); the query items
/// the rule names must be present with the same values. A URL with user info never matches.
class UrlRule final
{
public:
    /// Nullopt unless `text` is an absolute http(s) URL with a host and no user info.
    static std::optional<UrlRule> parse(const QString &text);
    /// The rules of `texts`; `rejected` (if given) receives the texts that are not rules.
    static QList<UrlRule> parseAll(const QStringList &texts, QStringList *rejected = nullptr);
    static bool anyMatches(const QList<UrlRule> &rules, const QUrl &url);

    bool matches(const QUrl &url) const;

private:
    UrlRule() = default;

    QString m_scheme;
    QString m_host; ///< ASCII-compatible, lower case
    int m_port = -1;
    QString m_path; ///< normalised, fully encoded, ends without '/' ("" for the whole origin)
    QList<std::pair<QString, QString>> m_query;
};

/// The payment window of `leadmarket-checkout`: a web view that shows only the payment provider's
/// and our server's pages (anything else opens in the system browser) and offers to continue in
/// the merchant's own browser. It reports what happens through signals; the client learns the
/// payment's outcome from the server, not from these URLs.
class CheckoutWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `allowed`: the places the view may show, as UrlRule texts (the checkout page's origin is
    /// always allowed); `returns`: the success and cancel URLs, reported when reached. Texts that
    /// are not rules allow nothing.
    CheckoutWindow(const QUrl &checkoutUrl, const QStringList &allowed, const QStringList &returns,
                   QWidget *parent = nullptr);
    ~CheckoutWindow() override;

    /// Seam for tests: how a URL is handed to the system browser (QDesktopServices by default).
    void setExternalOpener(std::function<bool(const QUrl &)> opener) { m_openExternally = std::move(opener); }

    /// The rules a window for `checkoutUrl` shows pages by: the checkout page's origin, then `allowed`.
    static QList<UrlRule> allowList(const QUrl &checkoutUrl, const QStringList &allowed);

    /// A main-frame navigation to `url` stays in the window (about:blank, or an allowed page).
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

    QList<UrlRule> m_allowed;
    QList<UrlRule> m_returns;
    QWebEngineView *m_view = nullptr;
    QWebEnginePage *m_page = nullptr; ///< destroyed before its profile (see the destructor)
    QLabel *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    std::function<bool(const QUrl &)> m_openExternally;
};

} // namespace lm::checkout
