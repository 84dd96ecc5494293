#include "leadpolicy.h"

namespace lm::leadpolicy {

qint64 expiresAt(qint64 createdAtMs)
{
    return createdAtMs + ExpiryMs;
}

qint64 duplicateWindowStart(qint64 nowMs)
{
    return nowMs - DuplicateWindowMs;
}

bool isWithinDuplicateWindow(qint64 earlierCreatedAtMs, qint64 nowMs)
{
    return earlierCreatedAtMs >= duplicateWindowStart(nowMs);
}

} // namespace lm::leadpolicy
