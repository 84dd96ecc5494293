#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace lm {

/// API.md time format: ISO-8601 UTC with 'Z' and milliseconds ("2026-11-09T10:15:00.123Z").
QString formatApiTime(qint64 msSinceEpoch);
QString formatApiTime(const QDateTime &time);
/// Accepts ISO-8601 with 'Z' or an offset, with or without milliseconds; nullopt otherwise.
std::optional<qint64> parseApiTime(const QString &text);

} // namespace lm
