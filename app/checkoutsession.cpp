#include "checkoutsession.h"

#include "apiclient.h"

#include "logging.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

constexpr int DefaultPollMs = 2000;
/// After "close" the helper gets this long to quit before it is killed.
constexpr int CloseGraceMs = 3000;

} // namespace

CheckoutSession::CheckoutSession(ApiClient &api, QObject *parent)
    : QObject(parent), m_api(api), m_helperPath(helperPath()), m_lang(languageCode(QLocale()))
{
    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &CheckoutSession::pollNow);
}

CheckoutSession::~CheckoutSession()
{
    abort();
    // A window told to close gets its grace period, then goes: never leave a helper behind.
    for (QProcess *helper : findChildren<QProcess *>()) {
        if (helper->state() != QProcess::NotRunning && !helper->waitForFinished(CloseGraceMs)) {
            helper->kill();
            helper->waitForFinished(1000);
        }
    }
}

bool CheckoutSession::isHelperRunning() const
{
    const QList<QProcess *> helpers = findChildren<QProcess *>();
    return std::any_of(helpers.cbegin(), helpers.cend(),
                       [](const QProcess *helper) { return helper->state() != QProcess::NotRunning; });
}

QString CheckoutSession::helperPath()
{
    const QString name = u"leadmarket-checkout"_s;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
#ifdef LEADMARKET_CHECKOUT_BUILD_PATH
    const QString built = QStringLiteral(LEADMARKET_CHECKOUT_BUILD_PATH);
    if (QFileInfo(built).isExecutable())
        return built;
#endif
    return beside;
}

QStringList CheckoutSession::helperArguments(const RechargeStart &start, const QUrl &server, const QString &lang)
{
    // Only our server's pages (the sandbox, the return pages), the provider's checkout page and
    // the origins the server names for it (CMI's gateway, where its page posts the payment form)
    // may show in the window: each --allow is an origin (the helper compares scheme, host and port
    // exactly) and "/", the whole of it.
    const auto origin = [](const QUrl &url) -> QString {
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                   .toString()
            + u"/"_s;
    };
    QStringList allowed{origin(server)};
    const auto allow = [&allowed](const QString &text) {
        if (!allowed.contains(text))
            allowed.append(text);
    };
    allow(origin(start.checkoutUrl));
    for (const QString &text : start.checkoutOrigins) {
        const QUrl url(text, QUrl::StrictMode);
        // Card details go there: https, or http only to this machine (a local test gateway).
        if (url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty()
            && !ApiClient::checkUrl(url, false).isError())
            allow(origin(url));
        else
            logger("app.checkout")->warn("checkout origin not allowed in the payment window: {}", text.toStdString());
    }
    QStringList args{u"--url"_s, start.checkoutUrl.toString()};
    for (const QString &text : std::as_const(allowed))
        args << u"--allow"_s << text;
    for (const QString &back : {start.successUrl, start.cancelUrl}) {
        if (!back.isEmpty())
            args << u"--return"_s << back;
    }
    args << u"--lang"_s << lang;
    return args;
}

void CheckoutSession::providers(QObject *context, Callback<QStringList> done)
{
    m_api.paymentProviders(context, std::move(done));
}

void CheckoutSession::receipt(const QString &paymentId, QObject *context, Callback<QByteArray> done)
{
    m_api.paymentReceipt(paymentId, context, std::move(done));
}

void CheckoutSession::start(qint64 amountCents, const QString &provider)
{
    if (m_running)
        return;
    m_running = true;
    m_amountCents = amountCents;
    m_start = {};
    m_helperClosed = false;
    m_cancelReturn = false;
    m_api.startRecharge(amountCents, provider, ApiClient::newIdempotencyKey(), this,
                        [this](const Result<RechargeStart> &result) {
                            if (!m_running)
                                return;
                            if (!result.ok()) {
                                finish(Outcome::Error, result.error().userMessage());
                                return;
                            }
                            m_start = result.value();
                            logger("app.checkout")->info("payment {} opened", m_start.paymentId.toStdString());
                            Q_EMIT checkoutOpened(m_start.paymentId);
                            launchHelper();
                        });
}

void CheckoutSession::launchHelper()
{
    auto *helper = new QProcess(this);
    m_helper = helper;
    helper->setProgram(m_helperPath);
    helper->setArguments(helperArguments(m_start, m_api.baseUrl(), m_lang));
    helper->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(helper, &QProcess::readyReadStandardOutput, this, &CheckoutSession::readHelper);
    connect(helper, &QProcess::errorOccurred, this, [this, helper](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || helper != m_helper)
            return;
        logger("app.checkout")->error("cannot start {}: {}", m_helperPath.toStdString(),
                                      helper->errorString().toStdString());
        finish(Outcome::Error, tr("The payment window could not be opened (%1).").arg(helper->errorString()));
    });
    connect(helper, &QProcess::finished, this, [this, helper](int code, QProcess::ExitStatus status) {
        if (helper != m_helper)
            return;
        logger("app.checkout")->info("checkout window ended (exit {}, {})", code,
                                     status == QProcess::CrashExit ? "crashed" : "normal");
        // Closed or crashed while the payment is open: ask the server one last time.
        m_helperClosed = true;
        if (m_running)
            pollNow();
    });
    helper->start();
    m_poll.start();
}

void CheckoutSession::readHelper()
{
    if (!m_helper)
        return;
    while (m_helper->canReadLine()) {
        const QJsonObject line = QJsonDocument::fromJson(m_helper->readLine()).object();
        const QString event = line.value(u"event"_s).toString();
        if (event == "returned"_L1) {
            // The URL only hints; the server's status decides.
            const QString url = line.value(u"url"_s).toString();
            m_cancelReturn = !m_start.cancelUrl.isEmpty() && url.startsWith(m_start.cancelUrl);
            pollNow();
        } else if (event == "closed"_L1 || event == "crashed"_L1) {
            m_helperClosed = true;
            pollNow();
        }
    }
}

void CheckoutSession::pollNow()
{
    if (!m_running || m_start.paymentId.isEmpty() || m_polling)
        return;
    m_polling = true;
    m_api.payment(m_start.paymentId, this, [this](const Result<dto::Payment> &result) {
        m_polling = false;
        if (!m_running)
            return;
        if (!result.ok()) {
            // A network hiccup: the next tick asks again; a closed window with no answer ends here.
            logger("app.checkout")->warn("payment status: {}", result.error().logText().toStdString());
            if (m_helperClosed)
                finish(Outcome::Closed);
            return;
        }
        onStatus(result.value().status);
    });
}

void CheckoutSession::onStatus(const QString &status)
{
    if (status == "paid"_L1)
        finish(Outcome::Paid);
    else if (status == "failed"_L1)
        finish(m_cancelReturn ? Outcome::Cancelled : Outcome::Failed);
    else if (status == "expired"_L1)
        finish(Outcome::Expired);
    else if (m_helperClosed)
        finish(Outcome::Closed);
}

void CheckoutSession::finish(Outcome outcome, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_poll.stop();
    closeHelper();
    logger("app.checkout")->info("payment {} ended: {}", m_start.paymentId.toStdString(), int(outcome));
    Q_EMIT finished(outcome, message);
}

void CheckoutSession::abort()
{
    m_running = false;
    m_poll.stop();
    closeHelper();
}

void CheckoutSession::closeHelper()
{
    QProcess *helper = m_helper;
    if (!helper)
        return;
    m_helper = nullptr;
    if (helper->state() == QProcess::NotRunning) {
        helper->deleteLater();
        return;
    }
    helper->write("close\n");
    helper->closeWriteChannel();
    connect(helper, &QProcess::finished, helper, &QObject::deleteLater);
    QTimer::singleShot(CloseGraceMs, helper, [helper] {
        if (helper->state() != QProcess::NotRunning)
            helper->kill();
    });
}

} // namespace lm::client
