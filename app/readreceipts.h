#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace lm::client {

class ApiClient;
class Cache;

/// Tells the server which notifications were read here: each read waits in the cache (Cache::
/// pendingReads, with the idempotency key made when it was read) and goes out as
/// `PUT /api/notifications/{id}/read` when asked (after a read, after each sync). A read with no
/// answer stays for the next time; one the server took, or refused (the notification is not
/// there any more), is done. Not the lead outbox: a read moves no money, has no refusal to show
/// and needs nothing of the replay's order; the server's read state wins once it has it.
class ReadReceipts final : public QObject
{
    Q_OBJECT

public:
    ReadReceipts(ApiClient &api, Cache &cache, QObject *parent = nullptr);

    /// Sends every pending read not already on its way.
    void send();
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    /// The server has this read now (or refused it); the cache holds it no more.
    void delivered(const QString &notificationId);

private:
    ApiClient &m_api;
    Cache &m_cache;
    QSet<QString> m_inFlight;
};

} // namespace lm::client
