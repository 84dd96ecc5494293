#include "checkoutwindow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace lm::checkout {

/// Refuses every navigation outside the allowed pages and hands it to the system browser.
class CheckoutPage final : public QWebEnginePage
{
public:
    CheckoutPage(QWebEngineProfile *profile, CheckoutWindow *window) : QWebEnginePage(profile, window), m_window(window)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        Q_UNUSED(type);
        if (!isMainFrame || m_window->isAllowed(url))
            return true;
        m_window->handOver(url);
        return false;
    }

    QWebEnginePage *createWindow(WebWindowType type) override
    {
        Q_UNUSED(type);
        // target="_blank" and window.open(): no second web view; the link goes to the browser once
        // its URL is known.
        auto *popup = new QWebEnginePage(profile(), this);
        connect(popup, &QWebEnginePage::urlChanged, this, [this, popup](const QUrl &url) {
            if (url.isEmpty())
                return;
            m_window->handOver(url);
            popup->deleteLater();
        });
        return popup;
    }

private:
    CheckoutWindow *m_window;
};

CheckoutWindow::CheckoutWindow(const QUrl &checkoutUrl, QStringList allowedPrefixes, QStringList returnPrefixes,
                               QWidget *parent)
    : QMainWindow(parent), m_allowed(std::move(allowedPrefixes)), m_returns(std::move(returnPrefixes)),
      m_openExternally([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"checkoutWindow"_s);
    setWindowTitle(tr("LeadMarket — Secure payment"));
    m_allowed.prepend(checkoutUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());

    auto *toolbar = addToolBar(tr("Payment"));
    toolbar->setObjectName(u"checkoutToolbar"_s);
    toolbar->setMovable(false);
    m_address = new QLabel(this);
    m_address->setObjectName(u"addressLabel"_s);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(m_address);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *browserButton = new QPushButton(tr("Open in my browser"), this);
    browserButton->setObjectName(u"openInBrowserButton"_s);
    browserButton->setToolTip(tr("Continue this payment in your usual web browser"));
    connect(browserButton, &QPushButton::clicked, this, &CheckoutWindow::openInBrowser);
    toolbar->addWidget(browserButton);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_progress = new QProgressBar(central);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setMaximumHeight(3);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 100);
    m_view = new QWebEngineView(central);
    m_view->setObjectName(u"checkoutView"_s);
    // A private, in-memory profile: no cookies or card data stay on disk after the payment.
    auto *profile = new QWebEngineProfile(m_view);
    m_view->setPage(new CheckoutPage(profile, this));
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    connect(m_view, &QWebEngineView::urlChanged, this, &CheckoutWindow::onUrlChanged);
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_progress->setVisible(false);
        if (!ok)
            Q_EMIT loadFailed(m_view->url());
    });
    connect(m_view, &QWebEngineView::loadStarted, m_progress, [this] { m_progress->setVisible(true); });
    connect(m_view->page(), &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                if (status != QWebEnginePage::NormalTerminationStatus)
                    Q_EMIT rendererCrashed();
            });
    resize(720, 760);
    m_view->setUrl(checkoutUrl);
}

bool CheckoutWindow::isAllowed(const QUrl &url) const
{
    if (url.scheme() == "about"_L1 || url.scheme() == "data"_L1)
        return true;
    const QString text = url.toString();
    for (const QString &prefix : m_allowed) {
        if (!prefix.isEmpty() && text.startsWith(prefix))
            return true;
    }
    return false;
}

QUrl CheckoutWindow::currentUrl() const
{
    return m_view->url();
}

void CheckoutWindow::openInBrowser()
{
    handOver(m_view->url());
}

bool CheckoutWindow::handOver(const QUrl &url)
{
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1 && url.scheme() != "mailto"_L1 && url.scheme() != "tel"_L1)
        return false; // never hand file:, javascript: or other schemes to the desktop
    const bool opened = m_openExternally(url);
    Q_EMIT openedExternally(url);
    return opened;
}

void CheckoutWindow::onUrlChanged(const QUrl &url)
{
    m_address->setText((url.scheme() == "https"_L1 ? tr("Secure connection") : tr("Connection")) + u" — "_s
                       + url.host());
    Q_EMIT navigated(url);
    const QString text = url.toString();
    for (const QString &prefix : m_returns) {
        if (!prefix.isEmpty() && text.startsWith(prefix)) {
            Q_EMIT returned(url);
            break;
        }
    }
}

void CheckoutWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QMainWindow::closeEvent(event);
}

} // namespace lm::checkout
