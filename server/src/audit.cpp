#include "audit.h"

#include "context.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void audit(Context &ctx, const QString &actorId, const QString &action, const QString &targetType,
           const QString &targetId, const QString &details)
{
    ctx.db.exec(u"INSERT INTO audit_log (id, actor_id, action, target_type, target_id, details, created_at) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {newId(), actorId, action, targetType, targetId, details, ctx.now()});
}

} // namespace lm::server
