#include "metricsrepository.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace lm::server {

QList<MetricsRepository::Sample> MetricsRepository::samples(const QString &sql,
                                                            const QList<QLatin1StringView> &labels)
{
    // Each family reads through its own query (a re-assigned forward-only QPSQL query keeps only
    // its first row).
    QSqlQuery q = m_db.exec(sql);
    const ColumnLookup column(q);
    QList<int> labelColumns;
    for (QLatin1StringView label : labels)
        labelColumns << column(label);
    const int value = column("value"_L1);
    QList<Sample> all;
    while (q.next()) {
        Sample s;
        for (int c : std::as_const(labelColumns))
            s.labels << q.value(c).toString();
        s.value = q.value(value).toLongLong();
        all.append(s);
    }
    return all;
}

QList<MetricsRepository::Sample> MetricsRepository::usersByRole()
{
    return samples(u"SELECT role, COUNT(*) AS value FROM users GROUP BY role ORDER BY role"_s, {"role"_L1});
}

QList<MetricsRepository::Sample> MetricsRepository::leadsByStatus()
{
    return samples(u"SELECT status, COUNT(*) AS value FROM leads GROUP BY status ORDER BY status"_s, {"status"_L1});
}

QList<MetricsRepository::Sample> MetricsRepository::reservedCents()
{
    return samples(u"SELECT COALESCE(SUM(reserved_amount), 0) AS value FROM deposits"_s, {});
}

QList<MetricsRepository::Sample> MetricsRepository::outboxByChannelAndStatus()
{
    return samples(u"SELECT channel, status, COUNT(*) AS value FROM outbox GROUP BY channel, status "
                   u"ORDER BY channel, status"_s,
                   {"channel"_L1, "status"_L1});
}

} // namespace lm::server
