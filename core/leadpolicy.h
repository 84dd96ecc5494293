#pragma once

#include <QString>
#include <QtGlobal>

// The lead's time rules (DESIGN.md): the server enforces them, the client previews them.
namespace lm::leadpolicy {

/// A pending lead expires this long after its creation (the 23:00 job releases it afterwards).
inline constexpr int ExpiryHours = 72;
inline constexpr qint64 ExpiryMs = qint64(ExpiryHours) * 3600 * 1000;

/// The same client (email or phone) on the same campaign within this window is a duplicate.
inline constexpr int DuplicateWindowDays = 30;
inline constexpr qint64 DuplicateWindowMs = qint64(DuplicateWindowDays) * 24 * 3600 * 1000;

/// When a lead created at `createdAtMs` expires: exactly 72 h later.
qint64 expiresAt(qint64 createdAtMs);

/// The earliest creation time that still counts as a duplicate at `nowMs` (the window includes it).
qint64 duplicateWindowStart(qint64 nowMs);

/// Whether a lead created at `earlierCreatedAtMs` makes a new one at `nowMs` a duplicate.
bool isWithinDuplicateWindow(qint64 earlierCreatedAtMs, qint64 nowMs);

/// An influencer may dispute a rejection until this long after it (contract v2 "Disputes").
inline constexpr int DisputeWindowDays = 7;
inline constexpr qint64 DisputeWindowMs = qint64(DisputeWindowDays) * 24 * 3600 * 1000;

/// Whether a rejection decided at `rejectedAtMs` may still be disputed at `nowMs`: up to exactly 7
/// days after it, not a millisecond more.
inline constexpr bool isWithinDisputeWindow(qint64 rejectedAtMs, qint64 nowMs)
{
    return nowMs - rejectedAtMs <= DisputeWindowMs;
}

/// What erasing a lead's contact details keeps of the client's name (law 09-08 retention): the
/// initials, each word's first letter followed by a dot ("Youssef El Amrani" → "Y. E. A."); empty
/// when the name has no word starting with a letter.
QString clientInitials(const QString &clientName);

} // namespace lm::leadpolicy
