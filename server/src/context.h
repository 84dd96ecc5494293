#pragma once

#include "clock.h"
#include "config.h"
#include "database.h"
#include "datacipher.h"

#include <QString>

#include <functional>

namespace lm::server {

/// What every service shares: configuration, the database connection, the clock and the key of
/// personal data at rest.
struct Context
{
    const Config &config;
    Database &db;
    Clock &clock;
    QString publicUrl; ///< base URL browsers reach, without a trailing slash
    /// Encrypts bank details (LEADMARKET_DATA_KEY_FILE); null when none is configured, and then the
    /// routes that need it answer 503 not_configured.
    const DataCipher *cipher = nullptr;
    /// Called when an event row was written (EventLog), inside its transaction: the push hub looks
    /// for new rows once the current work is done. Empty without push (the CLI).
    std::function<void()> eventWritten = {};

    qint64 now() const { return clock.nowMs(); }
};

} // namespace lm::server
