#pragma once

namespace lm::server {

class Database;

/// Brings the schema to the newest version, one numbered step at a time, each step in its own
/// write transaction. Safe when several processes start at once. Throws DbError on failure.
void migrate(Database &db);
/// The newest schema version this build knows.
int latestSchemaVersion();

} // namespace lm::server
