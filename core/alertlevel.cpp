#include "alertlevel.h"

using namespace Qt::StringLiterals;

namespace lm {

namespace {

// p ≤ threshold %, decided on integers as `balance × 100 ≤ threshold × reference` (DESIGN.md), so
// that no rounding of the percentage can move a deposit across a boundary.
bool atMostPercent(qint64 balanceCents, qint64 referenceCents, qint64 thresholdPercent)
{
    return balanceCents * 100 <= thresholdPercent * referenceCents;
}

} // namespace

AlertLevel classifyDeposit(qint64 balanceCents, qint64 referenceCents)
{
    if (balanceCents <= 0 || referenceCents <= 0)
        return AlertLevel::Depleted;
    // Above the reference the deposit is healthy whatever the size; answering here also keeps the
    // products below from overflowing for balances far beyond any real amount.
    if (balanceCents > referenceCents)
        return AlertLevel::Healthy;
    if (atMostPercent(balanceCents, referenceCents, 10))
        return AlertLevel::Critical;
    if (atMostPercent(balanceCents, referenceCents, 20))
        return AlertLevel::Warning;
    if (atMostPercent(balanceCents, referenceCents, 50))
        return AlertLevel::Attention;
    return AlertLevel::Healthy;
}

int percentTenths(qint64 balanceCents, qint64 referenceCents)
{
    if (referenceCents <= 0 || balanceCents <= 0)
        return 0;
    if (balanceCents >= referenceCents)
        return 1000;
    // balance × 1000 / reference, half-up: (2 × balance × 1000 + reference) / (2 × reference).
    return static_cast<int>((balanceCents * 2000 + referenceCents) / (2 * referenceCents));
}

QString toString(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Healthy:
        return u"healthy"_s;
    case AlertLevel::Attention:
        return u"attention"_s;
    case AlertLevel::Warning:
        return u"warning"_s;
    case AlertLevel::Critical:
        return u"critical"_s;
    case AlertLevel::Depleted:
        return u"depleted"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AlertLevel> alertLevelFromString(const QString &text)
{
    for (const AlertLevel level : {AlertLevel::Healthy, AlertLevel::Attention, AlertLevel::Warning,
                                   AlertLevel::Critical, AlertLevel::Depleted}) {
        if (text == toString(level))
            return level;
    }
    return std::nullopt;
}

AlertChannels channelsFor(AlertLevel level)
{
    // Each level adds channels to the one before it (DESIGN.md, "Alert level").
    AlertChannels channels;
    channels.dashboard = level >= AlertLevel::Attention;
    channels.email = level >= AlertLevel::Warning;
    channels.sms = level >= AlertLevel::Critical;
    channels.whatsapp = level >= AlertLevel::Critical;
    return channels;
}

} // namespace lm
