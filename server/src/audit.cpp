#include "audit.h"

#include "context.h"
#include "repositories/auditrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void audit(Context &ctx, const QString &actorId, const QString &action, const QString &targetType,
           const QString &targetId, const QString &details)
{
    AuditRepository(ctx.db).insert(actorId, action, targetType, targetId, details, ctx.now());
}

} // namespace lm::server
