#include "outboxsender.h"

#include "context.h"
#include "curlclient.h"
#include "database.h"
#include "logging.h"
#include "notificationservice.h"
#include "repositories/outboxrepository.h"
#include "repositories/receiptrepository.h"
#include "texts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

constexpr qint64 LeaseMs = 120'000;       // a claimed message another instance may retake after this
constexpr qint64 MaxBackoffMs = 3'600'000; // retries slow down to once an hour, never stop
constexpr qint64 StuckAfterMs = 3'600'000; // admins hear of a message failing for longer than this

int providerTimeoutMs()
{
    return 15'000;
}

// A provider's error text without the recipient's address or number: providers echo the `To`
// (an email address, "+212612345678", "whatsapp:+212…", "0612345678", URL-encoded forms), and the
// text goes to the log and to the outbox row that admins read.
QString withoutRecipient(QString text, const QString &recipient)
{
    static const QString placeholder = u"<recipient>"_s;
    if (recipient.isEmpty())
        return text;
    if (recipient.contains(u'@')) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(recipient));
        text.replace(recipient, placeholder, Qt::CaseInsensitive);
        return text.replace(encoded, placeholder, Qt::CaseInsensitive);
    }
    QString digits = recipient;
    digits.remove(QRegularExpression(u"[^0-9]"_s));
    if (digits.size() < 6)
        return text.replace(recipient, placeholder);
    // The subscriber number (its last 9 digits), whatever comes before it (country code, "+", "%2B",
    // a trunk "0") and whatever separates its digits.
    const QString national = digits.right(9);
    QString pattern = u"(?:%2B|\\+)?[0-9]*"_s;
    for (qsizetype i = 0; i < national.size(); ++i)
        pattern += (i == 0 ? QString() : u"[ .()-]?"_s) + national.at(i);
    return text.replace(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption), placeholder);
}

} // namespace

OutboxSender::OutboxSender(const Config &config, Clock &clock, QString publicUrl)
    : m_config(config), m_clock(clock), m_publicUrl(std::move(publicUrl)),
      m_zone(config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8())
{
    m_thread.setObjectName(u"outbox"_s);
}

OutboxSender::~OutboxSender()
{
    stop();
}

void OutboxSender::start()
{
    curl::globalInit();
    moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, this, [this] {
        try {
            m_db = std::make_unique<Database>(m_config.db(), u"outbox"_s);
        } catch (const DbError &e) {
            logger("server.outbox")->error("the outbox sender cannot open the database: {}", e.what());
            return;
        }
        m_ctx = std::make_unique<Context>(Context{m_config, *m_db, m_clock, m_publicUrl});
        m_timer = new QTimer(this);
        m_timer->setInterval(m_config.value(u"LEADMARKET_OUTBOX_POLL_MS"_s).toInt());
        connect(m_timer, &QTimer::timeout, this, [this] { processDue(); });
        m_timer->start();
        processDue();
    });
    m_thread.start();
}

void OutboxSender::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            delete m_timer;
            m_timer = nullptr;
            m_ctx.reset();
            m_db.reset(); // the connection closes on the thread that opened it
            moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool OutboxSender::inQuietHours(qint64 nowMs, const QTimeZone &zone)
{
    const int hour = QDateTime::fromMSecsSinceEpoch(nowMs, zone).time().hour();
    return hour >= 21 || hour < 8;
}

qint64 OutboxSender::quietHoursEnd(qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    QDate day = local.date();
    if (local.time().hour() >= 8)
        day = day.addDays(1);
    return QDateTime(day, QTime(8, 0), zone).toMSecsSinceEpoch();
}

int OutboxSender::processDue()
{
    if (!m_ctx)
        return 0;
    Database &db = *m_db;
    OutboxRepository outbox(db);
    int attempted = 0;
    try {
        // A sender that died mid-send left its claim: after the lease, the message is due again.
        {
            WriteTransaction tx(db);
            outbox.requeueExpiredClaims(m_clock.nowMs());
            tx.commit();
        }
        for (;;) {
            const qint64 now = m_clock.nowMs();
            OutboxMessage message;
            {
                WriteTransaction tx(db);
                auto due = outbox.nextDue(now);
                if (!due)
                    break;
                message = std::move(*due);
                outbox.markSending(message.id, now + LeaseMs, now);
                tx.commit();
            }
            const QString &id = message.id;
            const QString &channel = message.channel;
            const int attempts = message.attempts;

            Outcome outcome;
            if (channel != "email"_L1 && inQuietHours(now, m_zone))
                outcome = {Outcome::Postpone, u"quiet hours (21:00–08:00): waiting for the morning"_s,
                           quietHoursEnd(now, m_zone)};
            else if (channel == "email"_L1)
                outcome = sendEmail(message.recipient, message.subject, message.body, message.attachmentRef);
            else
                outcome = sendMessage(channel, message.recipient, message.body, message.templateVariables);
            if (outcome.kind != Outcome::Postpone)
                ++attempted;
            outcome.error = withoutRecipient(outcome.error, message.recipient);

            const qint64 done = m_clock.nowMs();
            WriteTransaction tx(db);
            switch (outcome.kind) {
            case Outcome::Sent:
                outbox.markSent(id, done);
                logger("server.outbox")->info("{} message {} sent", channel.toStdString(), id.toStdString());
                break;
            case Outcome::Failed:
                outbox.markFailed(id, outcome.error, done);
                logger("server.outbox")->warn("{} message {} failed for good: {}", channel.toStdString(),
                                              id.toStdString(), outcome.error.toStdString());
                break;
            case Outcome::Retry: {
                const qint64 base = m_config.value(u"LEADMARKET_OUTBOX_RETRY_BASE_MS"_s).toLongLong();
                const qint64 backoff = qMin(MaxBackoffMs, base << qMin(attempts, 20));
                outbox.scheduleRetry(id, outcome.error, done + backoff, done);
                logger("server.outbox")->warn("{} message {} not sent (attempt {}), retry in {} s: {}",
                                              channel.toStdString(), id.toStdString(), attempts + 1, backoff / 1000,
                                              outcome.error.toStdString());
                break;
            }
            case Outcome::Postpone:
                outbox.postpone(id, outcome.postponeUntil, outcome.error, done);
                break;
            }
            tx.commit();
        }
        alertAdminsOfStuckMessages();
    } catch (const std::exception &e) {
        logger("server.outbox")->error("outbox pass failed: {}", e.what());
    }
    return attempted;
}

void OutboxSender::alertAdminsOfStuckMessages()
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(*m_db);
    OutboxRepository outbox(*m_db);
    const QList<OutboxMessage> stuck = outbox.stuck(now - StuckAfterMs);
    if (stuck.isEmpty())
        return;
    NotificationService notifications(*m_ctx);
    for (const OutboxMessage &row : stuck) {
        notifications.notifyAdmins(u"outbox_failing"_s, u"warning"_s, [&row](texts::Language language) {
            return texts::outboxFailingNotice(row.channel, row.id, row.lastError, language);
        });
        outbox.markAdminsAlerted(row.id);
    }
    tx.commit();
}

OutboxSender::Outcome OutboxSender::sendEmail(const QString &recipient, const QString &subject, const QString &body,
                                              const QString &attachmentRef)
{
    curl::Mail mail{m_config.value(u"LEADMARKET_MAIL_FROM"_s), recipient, subject, body, {}};
    if (attachmentRef.startsWith(u"receipt:"_s)) {
        const QString paymentId = attachmentRef.mid(8);
        const auto receipt = ReceiptRepository(*m_db).find(paymentId);
        if (!receipt) // the receipt is written just after the payment commits: wait for it
            return {Outcome::Postpone, u"waiting for the receipt"_s, m_clock.nowMs() + 2000};
        mail.attachments.append({u"recu-"_s + receipt->number + u".pdf"_s, "application/pdf", receipt->pdf});
    }
    const curl::SmtpResult r = curl::sendMail(m_config.value(u"LEADMARKET_SMTP_URL"_s),
                                              m_config.value(u"LEADMARKET_SMTP_USER"_s),
                                              m_config.value(u"LEADMARKET_SMTP_PASSWORD"_s), mail, providerTimeoutMs());
    if (r.ok)
        return {Outcome::Sent, {}, 0};
    return {r.permanent ? Outcome::Failed : Outcome::Retry, r.error, 0};
}

OutboxSender::Outcome OutboxSender::sendMessage(const QString &channel, const QString &recipient, const QString &body,
                                                const QString &templateVariables)
{
    QString base = m_config.value(u"LEADMARKET_SMS_API_BASE"_s);
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString sid = m_config.value(u"LEADMARKET_SMS_ACCOUNT_SID"_s);
    const QString url = base + u"/2010-04-01/Accounts/"_s + sid + u"/Messages.json"_s;
    curl::FormFields fields;
    if (channel == "whatsapp"_L1) {
        QString from = m_config.value(u"LEADMARKET_WHATSAPP_FROM"_s);
        if (!from.startsWith(u"whatsapp:"_s))
            from.prepend(u"whatsapp:"_s);
        fields << qMakePair(u"To"_s, QString(u"whatsapp:"_s + recipient)) << qMakePair(u"From"_s, from);
        const QString templateSid = m_config.value(u"LEADMARKET_WHATSAPP_TEMPLATE_SID"_s);
        if (!templateSid.isEmpty()) {
            // Business-initiated WhatsApp messages must use an approved template.
            fields << qMakePair(u"ContentSid"_s, templateSid)
                   << qMakePair(u"ContentVariables"_s, templateVariables.isEmpty() ? u"{}"_s : templateVariables);
        } else {
            fields << qMakePair(u"Body"_s, body);
        }
    } else {
        fields << qMakePair(u"To"_s, recipient) << qMakePair(u"From"_s, m_config.value(u"LEADMARKET_SMS_FROM"_s))
               << qMakePair(u"Body"_s, body);
    }
    const curl::HttpResult r = curl::postForm(url, fields, sid, m_config.value(u"LEADMARKET_SMS_AUTH_TOKEN"_s), {},
                                              providerTimeoutMs());
    if (r.status >= 200 && r.status < 300)
        return {Outcome::Sent, {}, 0};
    if (r.status == 0)
        return {Outcome::Retry, u"network: "_s + r.error, 0};
    QString message = QString::fromUtf8(r.body.left(300));
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    if (json.contains(u"message"_s))
        message = json.value(u"message"_s).toString();
    if (json.value(u"code"_s).isDouble())
        message = u"code "_s + QString::number(json.value(u"code"_s).toInteger()) + u": "_s + message;
    const QString error = u"HTTP "_s + QString::number(r.status) + u": "_s + message;
    // A refusal (4xx) will not change by retrying, except being told to slow down.
    if (r.status >= 400 && r.status < 500 && r.status != 429 && r.status != 408)
        return {Outcome::Failed, error, 0};
    return {Outcome::Retry, error, 0};
}

} // namespace lm::server
