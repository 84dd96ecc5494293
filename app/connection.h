#pragma once

#include <QMetaType>

namespace lm::client {

/// Whether the server answers: what the status bar says and when the SyncEngine retries.
enum class Connection { Unknown, Online, Offline };

} // namespace lm::client

Q_DECLARE_METATYPE(lm::client::Connection)
