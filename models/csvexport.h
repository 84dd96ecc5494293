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

/// Text a spreadsheet shows rather than runs (OWASP's CSV injection advice): a leading apostrophe
/// when it starts with '=', '+', '-', '@', a tab or a carriage return. A phone "+212…" gets one too:
/// any of these may open a formula, and the text columns hold what clients and influencers typed.
QString defused(const QString &text);
/// One text field: defused, then quoted if needed.
QString field(const QString &text);
/// "1500.00" from 150000 centimes (no grouping, '.' as the decimal point, whatever the locale).
QString plainDecimal(qint64 cents);

/// One cell of a row. Only an amount this code formats is written as it is (so "-80.00" stays a
/// number a spreadsheet sums); everything else is text and is defused.
struct Cell
{
    enum class Kind { Text, Money };
    static Cell text(const QString &value) { return {value, Kind::Text}; }
    static Cell money(qint64 cents) { return {plainDecimal(cents), Kind::Money}; }

    QString value;
    Kind kind = Kind::Text;
};
using Row = QList<Cell>;

/// A whole document: BOM, the header row, then one row per entry.
QByteArray document(const QStringList &header, const QList<Row> &rows);

QByteArray leads(const QList<dto::Lead> &leads);
QByteArray transactions(const QList<dto::Transaction> &transactions);

/// Reads an RFC 4180 document back (BOM skipped); nullopt when a quoted field is not closed.
std::optional<QList<QStringList>> parse(const QByteArray &bytes);
/// Writes atomically.
Result<> writeFile(const QString &path, const QByteArray &bytes);

} // namespace lm::client::csv
