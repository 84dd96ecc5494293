#pragma once

#include "clock.h"
#include "config.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimeZone>

#include <memory>

class QTimer;

namespace lm::server {

class Database;
struct Context;

/// Delivers the outbox: email over SMTP, SMS and WhatsApp through a Twilio-style Messages API.
/// Runs on its own thread with its own database connection, so a slow provider never holds up an
/// HTTP request. At-least-once: a message is claimed with a lease, sent, then recorded; transient
/// failures are retried with exponential back-off, permanent ones (4xx, SMTP 5xx) marked failed.
class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    OutboxSender(const Config &config, Clock &clock, QString publicUrl);
    ~OutboxSender() override;

    /// Starts the worker thread, polling every LEADMARKET_OUTBOX_POLL_MS.
    void start();
    void stop();

    /// Sends every message due now on the calling thread's own connection (used by the worker,
    /// and by tests). Returns how many were attempted.
    int processDue();

    /// SMS and WhatsApp wait for the morning: true between 21:00 and 08:00 in the scheduler's zone.
    static bool inQuietHours(qint64 nowMs, const QTimeZone &zone);
    /// The next 08:00 in `zone` after `nowMs`.
    static qint64 quietHoursEnd(qint64 nowMs, const QTimeZone &zone);

private:
    struct Outcome
    {
        enum Kind { Sent, Retry, Failed, Postpone } kind = Sent;
        QString error;
        qint64 postponeUntil = 0; ///< Postpone: not an attempt (quiet hours, receipt not ready yet)
    };
    Outcome sendEmail(const QString &recipient, const QString &subject, const QString &body,
                      const QString &attachmentRef);
    Outcome sendMessage(const QString &channel, const QString &recipient, const QString &body,
                        const QString &templateVariables);
    void alertAdminsOfStuckMessages();

    const Config &m_config;
    Clock &m_clock;
    QString m_publicUrl;
    QTimeZone m_zone;
    QThread m_thread;
    std::unique_ptr<Database> m_db; ///< created and used on the worker thread only
    std::unique_ptr<Context> m_ctx;
    QTimer *m_timer = nullptr;
};

} // namespace lm::server
