#pragma once

#include <QString>

namespace lm::server {

struct Context;

/// Writes an admin action (who, what, on what, when) to the audit log, inside the caller's
/// transaction so the action and its record commit together.
void audit(Context &ctx, const QString &actorId, const QString &action, const QString &targetType,
           const QString &targetId, const QString &details);

} // namespace lm::server
