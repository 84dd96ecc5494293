#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lm {

enum class LeadStatus { Pending, Validated, Rejected, Expired };

QString toString(LeadStatus status); ///< "pending" | "validated" | "rejected" | "expired"
std::optional<LeadStatus> leadStatusFromString(const QString &text);

/// A lead leaves `pending` exactly once: pending → validated | rejected | expired; nothing else.
bool canTransition(LeadStatus from, LeadStatus to);
bool isFinal(LeadStatus status);

enum class LeadSource { Instagram, TikTok, WhatsApp, Facebook, YouTube, Other };

QString toString(LeadSource source); ///< "instagram" "tiktok" "whatsapp" "facebook" "youtube" "other"
std::optional<LeadSource> leadSourceFromString(const QString &text);
/// Every lead source, in API.md's order.
QList<LeadSource> allLeadSources();

} // namespace lm
