#pragma once

#include "clock.h"
#include "config.h"
#include "database.h"
#include "eventhub.h"
#include "httpapi.h"
#include "httpserver.h"
#include "idempotencystore.h"
#include "outboxsender.h"
#include "scheduler.h"
#include "services.h"

#include <QObject>

#include <memory>

namespace lm::server {

/// One running server: database (migrated), services, routes, listening socket.
class ServerApp final : public QObject
{
    Q_OBJECT

public:
    explicit ServerApp(const Config &config, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Opens and migrates the database, registers the routes and listens. Prints the
    /// "listening on …" line. Returns false (after logging why) when it cannot.
    bool start();
    quint16 port() const { return m_port; }

private:
    const Config &m_config;
    Clock m_clock;
    std::unique_ptr<DataCipher> m_cipher;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Context> m_context;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<SqlIdempotencyStore> m_idempotency;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<HttpApi> m_api;
    Scheduler *m_scheduler = nullptr;
    EventHub *m_events = nullptr;
    quint16 m_port = 0;
    std::unique_ptr<HttpServer> m_http; ///< declared last: stopped and destroyed first
};

/// `leadmarket-server add-user …`: creates a user from the command line (password on stdin).
int runAddUser(const QStringList &arguments);

} // namespace lm::server
