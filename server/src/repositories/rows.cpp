#include "rows.h"

#include "database.h"
#include "logging.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace lm::server {

ColumnLookup::ColumnLookup(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    m_names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        m_names.append(record.fieldName(i));
}

int ColumnLookup::operator()(QLatin1StringView name) const
{
    // QSqlRecord::indexOf would convert the name to a QString and compare case-insensitively.
    if (m_next < m_names.size() && m_names.at(m_next) == name)
        return int(m_next++);
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i) == name) {
            m_next = i + 1;
            return int(i);
        }
    }
    throw DbError(u"the result has no column "_s + name, false);
}

void warnUnknownWireName(const QSqlQuery &query, int column, const QString &name)
{
    logger("server.sql")->warn("column {} holds '{}', a value this server does not know",
                               query.record().fieldName(column).toStdString(), name.toStdString());
}

QString likeContains(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

void appendPage(QString &sql, QVariantList &values, const PageKey &page, const std::optional<qint64> &updatedSince,
                const QString &cursor, int limit)
{
    const QString column = page.prefix.isEmpty() ? page.key : page.prefix + u'.' + page.key;
    if (updatedSince) {
        sql += u" AND "_s + (page.prefix.isEmpty() ? QString() : page.prefix + u'.') + u"updated_at >= ?"_s;
        values << *updatedSince;
    }
    if (!cursor.isEmpty()) {
        sql += u" AND "_s + column + (page.descending ? u" < ?"_s : u" > ?"_s);
        values << cursor;
    }
    sql += u" ORDER BY "_s + column + (page.descending ? u" DESC"_s : QString()) + u" LIMIT ?"_s;
    values << limit;
}

} // namespace lm::server
