#include "outboxsender.h"

#include "context.h"
#include "curlclient.h"
#include "database.h"
#include "logging.h"
#include "notificationservice.h"
#include "texts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

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
    int attempted = 0;
    try {
        // A sender that died mid-send left its claim: after the lease, the message is due again.
        {
            WriteTransaction tx(db);
            db.exec(u"UPDATE outbox SET status = 'queued' WHERE status = 'sending' AND next_attempt_at <= ?"_s,
                    {m_clock.nowMs()});
            tx.commit();
        }
        for (;;) {
            const qint64 now = m_clock.nowMs();
            QString id, channel, recipient, subject, body, variables, attachment;
            int attempts = 0;
            {
                WriteTransaction tx(db);
                QSqlQuery q = db.exec(u"SELECT id, channel, recipient, subject, body, template_variables, "
                                      u"attachment_ref, attempts FROM outbox WHERE status = 'queued' AND "
                                      u"next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"_s
                                          + db.forUpdate(),
                                      {now});
                if (!q.next())
                    break;
                id = q.value(0).toString();
                channel = q.value(1).toString();
                recipient = q.value(2).toString();
                subject = q.value(3).toString();
                body = q.value(4).toString();
                variables = q.value(5).toString();
                attachment = q.value(6).toString();
                attempts = q.value(7).toInt();
                q.finish();
                db.exec(u"UPDATE outbox SET status = 'sending', next_attempt_at = ?, updated_at = ? WHERE id = ?"_s,
                        {now + LeaseMs, now, id});
                tx.commit();
            }

            Outcome outcome;
            if (channel != "email"_L1 && inQuietHours(now, m_zone))
                outcome = {Outcome::Postpone, u"quiet hours (21:00–08:00): waiting for the morning"_s,
                           quietHoursEnd(now, m_zone)};
            else if (channel == "email"_L1)
                outcome = sendEmail(recipient, subject, body, attachment);
            else
                outcome = sendMessage(channel, recipient, body, variables);
            if (outcome.kind != Outcome::Postpone)
                ++attempted;

            const qint64 done = m_clock.nowMs();
            WriteTransaction tx(db);
            switch (outcome.kind) {
            case Outcome::Sent:
                db.exec(u"UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = '', "
                        u"updated_at = ? WHERE id = ?"_s,
                        {done, done, id});
                logger("server.outbox")->info("{} message {} sent", channel.toStdString(), id.toStdString());
                break;
            case Outcome::Failed:
                db.exec(u"UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, "
                        u"first_failure_at = COALESCE(first_failure_at, ?), updated_at = ? WHERE id = ?"_s,
                        {outcome.error, done, done, id});
                logger("server.outbox")->warn("{} message {} failed for good: {}", channel.toStdString(),
                                              id.toStdString(), outcome.error.toStdString());
                break;
            case Outcome::Retry: {
                const qint64 base = m_config.value(u"LEADMARKET_OUTBOX_RETRY_BASE_MS"_s).toLongLong();
                const qint64 backoff = qMin(MaxBackoffMs, base << qMin(attempts, 20));
                db.exec(u"UPDATE outbox SET status = 'queued', attempts = attempts + 1, last_error = ?, "
                        u"next_attempt_at = ?, first_failure_at = COALESCE(first_failure_at, ?), updated_at = ? "
                        u"WHERE id = ?"_s,
                        {outcome.error, done + backoff, done, done, id});
                logger("server.outbox")->warn("{} message {} not sent (attempt {}), retry in {} s: {}",
                                              channel.toStdString(), id.toStdString(), attempts + 1, backoff / 1000,
                                              outcome.error.toStdString());
                break;
            }
            case Outcome::Postpone:
                db.exec(u"UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ?, updated_at = ? "
                        u"WHERE id = ?"_s,
                        {outcome.postponeUntil, outcome.error, done, id});
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
    QSqlQuery q = m_db->exec(u"SELECT id, channel, last_error FROM outbox WHERE status IN ('queued', 'failed') AND "
                             u"first_failure_at IS NOT NULL AND first_failure_at < ? AND admins_alerted = 0"_s,
                             {now - StuckAfterMs});
    QList<QStringList> stuck;
    while (q.next())
        stuck.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    if (stuck.isEmpty())
        return;
    NotificationService notifications(*m_ctx);
    for (const QStringList &row : stuck) {
        const texts::Notice notice = texts::outboxFailingNotice(row[1], row[0], row[2]);
        notifications.notifyAdmins(u"outbox_failing"_s, u"warning"_s, notice.title, notice.body);
        m_db->exec(u"UPDATE outbox SET admins_alerted = 1 WHERE id = ?"_s, {row[0]});
    }
    tx.commit();
}

OutboxSender::Outcome OutboxSender::sendEmail(const QString &recipient, const QString &subject, const QString &body,
                                              const QString &attachmentRef)
{
    curl::Mail mail{m_config.value(u"LEADMARKET_MAIL_FROM"_s), recipient, subject, body, {}};
    if (attachmentRef.startsWith(u"receipt:"_s)) {
        const QString paymentId = attachmentRef.mid(8);
        QSqlQuery q = m_db->exec(u"SELECT receipt_number, pdf_base64 FROM receipts WHERE payment_id = ?"_s, {paymentId});
        if (!q.next()) // the receipt is written just after the payment commits: wait for it
            return {Outcome::Postpone, u"waiting for the receipt"_s, m_clock.nowMs() + 2000};
        mail.attachments.append({u"recu-"_s + q.value(0).toString() + u".pdf"_s, "application/pdf",
                                 QByteArray::fromBase64(q.value(1).toString().toLatin1())});
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
    const QString error = u"HTTP "_s + QString::number(r.status) + u": "_s + message;
    // A refusal (4xx) will not change by retrying, except being told to slow down.
    if (r.status >= 400 && r.status < 500 && r.status != 429 && r.status != 408)
        return {Outcome::Failed, error, 0};
    return {Outcome::Retry, error, 0};
}

} // namespace lm::server
