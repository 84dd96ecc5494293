#pragma once

#include <QString>
#include <QStringView>

// The Moroccan RIB (relevé d'identité bancaire) an influencer is paid to: 24 digits, bank 3, city 3,
// account 16, key 2. Shared by the server (which decides) and the client (which can say so before
// sending).
namespace lm {

inline constexpr int RibDigits = 24;
/// Longest text accepted for a RIB before it is even read (24 digits and generous spacing).
inline constexpr int RibTextMax = 64;

enum class RibProblem {
    None,
    NotDigits,   ///< something other than digits and spaces
    WrongLength, ///< not 24 digits
    WrongKey,    ///< the last two digits are not the key of the first 22
    // The names the client's form used before the server's rule landed (validation.h, merged).
    Characters = NotDigits,
    Length = WrongLength,
    Key = WrongKey,
};

struct RibCheck
{
    QString digits; ///< the 24 digits, spaces dropped (empty unless ok())
    RibProblem problem = RibProblem::None;
    bool ok() const { return problem == RibProblem::None; }
    // The client's form switches on checkRib()'s problem, and its test compares it as an int.
    operator RibProblem() const { return problem; } // NOLINT(google-explicit-constructor)
    explicit operator int() const { return int(problem); }
};

/// Checks a RIB as people write it: spaces anywhere ("007 780 0001234567890123 45") are dropped;
/// every other character is refused. The key is 97 − ((first 22 digits × 100) mod 97), always
/// 01–97: the whole number is then divisible by 97, and 00, 98 and 99 are never valid keys.
RibCheck checkRib(const QString &text);

/// The key the first 22 digits of a RIB call for (1–97); `first22` holds ASCII digits only.
int ribKey(QStringView first22);

/// How a RIB is shown everywhere: its last 4 digits only, "•••• •••• 1234".
QString maskRib(QStringView last4);

} // namespace lm
