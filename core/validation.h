#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace lm {

/// Field limits of API.md's conventions (characters, counted as QString length).
namespace limits {
inline constexpr int Name = 200;
inline constexpr int Email = 254;
inline constexpr int Company = 200;
inline constexpr int LongText = 2000; ///< notes, feedback, descriptions
inline constexpr int Reason = 500;
inline constexpr int IdempotencyKey = 255;
inline constexpr int PasswordMin = 10;
inline constexpr int PasswordMax = 1024;
inline constexpr qint64 BasisPointsMax = 10'000;
inline constexpr qint64 AmountMaxCents = 99'999'999;
inline constexpr qint64 RechargeMinCents = 50'000; ///< 500 MAD
} // namespace limits

/// field name → why it was refused (API.md's 422 `fields`), in English source text.
using FieldErrors = QMap<QString, QString>;

/// A pragmatic address check: one '@', a non-empty local part without spaces, a domain with a dot
/// and no empty label, ≤ 254 characters.
bool isValidEmail(const QString &email);
/// Trimmed and lower-cased (emails are stored and compared lower-case).
QString normalizeEmail(const QString &email);

/// Moroccan numbers in their usual written forms (06 12 34 56 78, 0612345678, +212 6 12 34 56 78,
/// 00212612345678, +212 (0)6…, with spaces, dots or dashes; 9 national digits starting 5–8) → "+2126…".
/// Any other country only in '+' E.164 form (+ and 8–15 digits, first digit not 0). Else nullopt.
std::optional<QString> normalizePhone(const QString &phone);

/// An identifier as the server makes them (UUIDs): 1–64 characters of [0-9A-Za-z_-]. Anything
/// else cannot name a resource, so callers answer 404 without asking the database.
bool isWellFormedId(const QString &id);

/// Why a Moroccan RIB is refused, if it is (contract v2 `PUT /api/me/bank`).
enum class RibProblem { None, Length, Characters, Key };
/// The 24 digits of a RIB as written (spaces allowed): bank 3, city 3, account 16, key 2, the key
/// being 97 − ((first 22 digits × 100) mod 97).
RibProblem checkRib(const QString &rib);
/// The digits alone ("011 780 0000123456789012 34" → "011780000012345678901234").
QString ribDigits(const QString &rib);
/// The key a RIB's first 22 digits call for (01–97).
int ribKey(QStringView first22Digits);

/// Trimmed text of at most `maxLength` characters; records an error under `field` otherwise.
/// `required` also refuses an empty (after trimming) value; a NUL character is always refused
/// (PostgreSQL text cannot hold one).
QString checkText(FieldErrors &errors, const QString &field, const QString &value, int maxLength, bool required);

} // namespace lm
