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

} // namespace lm::server
