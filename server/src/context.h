#pragma once

#include "clock.h"
#include "config.h"
#include "database.h"

#include <QString>

namespace lm::server {

/// What every service shares: configuration, the database connection and the clock.
struct Context
{
    const Config &config;
    Database &db;
    Clock &clock;
    QString publicUrl; ///< base URL browsers reach, without a trailing slash

    qint64 now() const { return clock.nowMs(); }
};

} // namespace lm::server
