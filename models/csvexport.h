#pragma once

#include "result.h"

#include <dto.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lm::client::csv {

/// CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break (quotes doubled), UTF-8 with a byte-order mark so that Excel reads
/// accents and Arabic correctly. Money is a plain decimal ("1500.00", "-80.00") under a header that
/// names the currency, so a spreadsheet sums it whatever its locale; times are ISO 8601 UTC.

/// One field, quoted if needed. Text starting with '=' or '@' gets a leading apostrophe so a
/// spreadsheet does not run it as a formula ('+' and '-' are left alone: phones and amounts).
QString field(const QString &text);
/// "1500.00" from 150000 centimes (no grouping, '.' as the decimal point, whatever the locale).
QString plainDecimal(qint64 cents);
/// A whole document: BOM, the header row, then one row per entry.
QByteArray document(const QStringList &header, const QList<QStringList> &rows);

QByteArray leads(const QList<dto::Lead> &leads);
QByteArray transactions(const QList<dto::Transaction> &transactions);

/// Reads an RFC 4180 document back (BOM skipped); nullopt when a quoted field is not closed.
std::optional<QList<QStringList>> parse(const QByteArray &bytes);
/// Writes atomically.
Result<> writeFile(const QString &path, const QByteArray &bytes);

} // namespace lm::client::csv
