#pragma once

#include <QLatin1StringView>
#include <QSqlQuery>
#include <QStringList>

#include <optional>
#include <utility>

namespace lm::server {

/// Finds a result's columns by name. Made once per query, before the row loop: finding a name
/// compares strings, which a row loop must not do per row and per column.
class ColumnLookup final
{
public:
    explicit ColumnLookup(const QSqlQuery &query);

    /// The column's position; throws DbError when the SELECT has no such column (a renamed or
    /// missing column fails loudly instead of reading NULLs). Names are compared exactly: both
    /// engines report them as the SELECT spells them (lowercase here).
    int operator()(QLatin1StringView name) const;

private:
    QStringList m_names;
    mutable qsizetype m_next = 0; ///< readers ask in SELECT order: try the column after the last found first
};

/// Logs a stored wire name this server does not know (see wireValue).
void warnUnknownWireName(const QSqlQuery &query, int column, const QString &name);

/// The current row's wire name at `column` as its enum (core/kinds.h). An unknown name (a hand edit, a
/// newer server's value) is logged and reads as `fallback`: the caller's value that grants or spends nothing.
template <typename Enum>
Enum wireValue(const QSqlQuery &query, int column, std::optional<Enum> (*fromString)(const QString &), Enum fallback)
{
    const QString name = query.value(column).toString();
    if (const std::optional<Enum> value = fromString(name))
        return *value;
    warnUnknownWireName(query, column, name);
    return fallback;
}

/// The end of a list query (API.md "Lists"): the rows changed since `updatedSince`, then keyset
/// paging on `key` (after `cursor`, ascending or descending) with at most `limit` rows. `prefix` is
/// the table's alias in the query ("c"), or empty.
struct PageKey
{
    QString prefix;
    QString key;
    bool descending = true;
};
void appendPage(QString &sql, QVariantList &values, const PageKey &page, const std::optional<qint64> &updatedSince,
                const QString &cursor, int limit);

/// A LIKE pattern that matches `text` anywhere, its own % and _ escaped with a backslash: use it
/// as `column LIKE ? ESCAPE '\'` (the same on SQLite and PostgreSQL).
QString likeContains(const QString &text);

/// An executed SELECT and the reader that maps its rows: `Reader(query)` finds its columns once,
/// `reader.read(query)` maps the current row. Used as `while (rows.next()) use(rows.read());`.
template <typename Reader>
class Rows final
{
public:
    explicit Rows(QSqlQuery query) : m_query(std::move(query)), m_reader(m_query) {}

    bool next() { return m_query.next(); }
    auto read() const { return m_reader.read(m_query); }
    /// Releases the statement (SQLite: an unfinished statement keeps the transaction's read open).
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    Reader m_reader;
};

} // namespace lm::server
