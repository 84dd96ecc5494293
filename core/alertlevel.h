#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace lm {

/// The five deposit alert levels, ordered from best to worst (comparisons mean "worse than").
enum class AlertLevel { Healthy = 0, Attention = 1, Warning = 2, Critical = 3, Depleted = 4 };

/// Level of a deposit on exact integers (DESIGN.md): balance ≤ 0 or no reference → depleted;
/// p ≤ 10 % critical; p ≤ 20 % warning; p ≤ 50 % attention; else healthy, where p ≤ t is decided
/// as `balance × 100 ≤ t × reference`. So 2,500.01 of 5,000 is healthy and 2,500.00 is attention.
AlertLevel classifyDeposit(qint64 balanceCents, qint64 referenceCents);

/// balance / reference as a percentage with one decimal, half-up, clamped to 0–100 (0 without a
/// reference). Returned in tenths of a percent: 683 means 68.3 %.
int percentTenths(qint64 balanceCents, qint64 referenceCents);

QString toString(AlertLevel level); ///< "healthy" … "depleted" (API.md)
std::optional<AlertLevel> alertLevelFromString(const QString &text);

/// Channels a level calls for (DESIGN.md's table).
struct AlertChannels
{
    bool dashboard = false;
    bool email = false;
    bool sms = false;
    bool whatsapp = false;
};
AlertChannels channelsFor(AlertLevel level);

} // namespace lm
