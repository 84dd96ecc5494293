#include "checkoutwindow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QToolBar>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::checkout {

namespace {

bool isWeb(const QString &scheme)
{
    return scheme == "https"_L1 || scheme == "http"_L1;
}

int defaultPort(const QString &scheme)
{
    return scheme == "https"_L1 ? 443 : 80;
}

/// "checkout.stripe.com@evil.example": whatever the user info says, a URL that carries one is not
/// shown (it only ever serves to make an address look like another).
bool hasUserInfo(const QUrl &url)
{
    return url.authority(QUrl::FullyEncoded).contains(u'@');
}

/// The path as it goes on the wire, dot segments resolved, without a trailing '/' ("" for the root).
QString pathOf(const QUrl &url)
{
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

std::optional<UrlRule> UrlRule::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !isWeb(scheme) || url.host().isEmpty() || hasUserInfo(url))
        return std::nullopt;
    UrlRule rule;
    rule.m_scheme = scheme;
    rule.m_host = url.host(QUrl::FullyEncoded).toLower();
    rule.m_port = url.port(defaultPort(scheme));
    rule.m_path = pathOf(url);
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        rule.m_query.append({key, value});
    return rule;
}

QList<UrlRule> UrlRule::parseAll(const QStringList &texts, QStringList *rejected)
{
    QList<UrlRule> rules;
    for (const QString &text : texts) {
        if (auto rule = parse(text))
            rules.append(std::move(*rule));
        else if (rejected)
            rejected->append(text);
    }
    return rules;
}

bool UrlRule::anyMatches(const QList<UrlRule> &rules, const QUrl &url)
{
    return std::any_of(rules.cbegin(), rules.cend(), [&url](const UrlRule &rule) { return rule.matches(url); });
}

bool UrlRule::matches(const QUrl &url) const
{
    if (!url.isValid() || url.scheme().toLower() != m_scheme || hasUserInfo(url)
        || url.host(QUrl::FullyEncoded).compare(m_host, Qt::CaseInsensitive) != 0
        || url.port(defaultPort(m_scheme)) != m_port)
        return false;
    // Under the rule's path on a segment boundary: "/c/pay" covers "/c/pay/x", not "/c/payx".
    const QString path = pathOf(url);
    if (path != m_path && !path.startsWith(m_path + u'/'))
        return false;
    const QUrlQuery query(url);
    return std::all_of(m_query.cbegin(), m_query.cend(), [&query](const auto &item) {
        return query.allQueryItemValues(item.first, QUrl::FullyDecoded).contains(item.second);
    });
}

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

CheckoutWindow::CheckoutWindow(const QUrl &checkoutUrl, const QStringList &allowed, const QStringList &returns,
                               QWidget *parent)
    : QMainWindow(parent), m_allowed(allowList(checkoutUrl, allowed)), m_returns(UrlRule::parseAll(returns)),
      m_openExternally([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"checkoutWindow"_s);
    setWindowTitle(tr("LeadMarket — Secure payment"));

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
    // The provider's page in the client's language (--lang), whatever the system's is.
    const QLocale locale;
    profile->setHttpAcceptLanguage(u"%1, %2;q=0.9"_s.arg(locale.name().replace(u'_', u'-'),
                                                          QLocale::languageToCode(locale.language())));
    m_page = new CheckoutPage(profile, this);
    m_view->setPage(m_page);
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
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                if (status != QWebEnginePage::NormalTerminationStatus)
                    Q_EMIT rendererCrashed();
            });
    // A page's width and height, but never more than the screen has room for (a 1440×900 screen at
    // 150 % gives 960×600; the title bar takes some of it).
    QSize size(720, 760);
    if (const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(0, 40));
    resize(size);
    m_view->setUrl(checkoutUrl);
}

CheckoutWindow::~CheckoutWindow()
{
    // Qt WebEngine requires a page to go before the profile it uses.
    delete m_page;
}

QList<UrlRule> CheckoutWindow::allowList(const QUrl &checkoutUrl, const QStringList &allowed)
{
    QList<UrlRule> rules;
    // The provider's whole origin: its checkout moves between its own pages during a payment.
    if (auto origin = UrlRule::parse(
            checkoutUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString()))
        rules.append(std::move(*origin));
    rules += UrlRule::parseAll(allowed);
    return rules;
}

bool CheckoutWindow::isAllowed(const QUrl &url) const
{
    // about:blank is where a view starts; a data: page in the main frame would be anybody's page
    // under our title (frames are not asked: the provider's 3-D Secure runs in them).
    if (url.scheme() == "about"_L1)
        return url.path() == "blank"_L1;
    return UrlRule::anyMatches(m_allowed, url);
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
    // The host between isolates (LRI … PDI): it keeps its order inside an Arabic sentence.
    m_address->setText((url.scheme() == "https"_L1 ? tr("Secure connection") : tr("Connection")) + u" — "_s
                       + QChar(0x2066) + url.host() + QChar(0x2069));
    Q_EMIT navigated(url);
    if (UrlRule::anyMatches(m_returns, url))
        Q_EMIT returned(url);
}

void CheckoutWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    QMainWindow::closeEvent(event);
}

} // namespace lm::checkout
