#include "amountinput.h"

namespace lm::client {

TypedAmount TypedAmount::check(const QString &text, qint64 minimumCents, qint64 maximumCents, const QLocale &locale)
{
    TypedAmount result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.problem = Problem::Empty;
        return result;
    }
    result.money = Money::parse(trimmed, locale, /*allowNegative=*/true);
    if (!result.money)
        result.problem = Problem::NotAnAmount;
    else if (result.money->cents() < minimumCents)
        result.problem = Problem::BelowMinimum;
    else if (result.money->cents() > maximumCents)
        result.problem = Problem::AboveMaximum;
    return result;
}

} // namespace lm::client
