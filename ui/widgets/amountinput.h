#pragma once

#include <money.h>

#include <QLocale>
#include <QString>

#include <optional>

namespace lm::client {

/// An amount typed in a line edit, checked as typed in the locale (Money::parse) against a range.
/// Each form words the problem itself, so only its kind is told here.
struct TypedAmount
{
    enum class Problem { None, Empty, NotAnAmount, BelowMinimum, AboveMaximum };

    std::optional<Money> money; ///< what the text says, even out of range (nullopt: not an amount)
    Problem problem = Problem::None;

    bool ok() const { return problem == Problem::None; }
    /// The amount when it is acceptable.
    std::optional<qint64> cents() const { return ok() ? std::optional<qint64>(money->cents()) : std::nullopt; }

    /// `text` trimmed and parsed in `locale`; a negative amount is below the minimum (not "not an
    /// amount": the person typed a number, just the wrong one).
    static TypedAmount check(const QString &text, qint64 minimumCents, qint64 maximumCents,
                             const QLocale &locale = QLocale());
};

} // namespace lm::client
