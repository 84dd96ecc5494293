#pragma once

#include "database.h"

#include <QList>
#include <QStringList>

namespace lm::server {

/// The counts /metrics shows, each read from the table it counts.
class MetricsRepository final
{
public:
    explicit MetricsRepository(Database &db) : m_db(db) {}

    /// One value of a gauge family, with its label values in the family's label order.
    struct Sample
    {
        QStringList labels;
        qint64 value = 0;
    };
    QList<Sample> usersByRole();
    QList<Sample> leadsByStatus();
    QList<Sample> reservedCents();
    QList<Sample> outboxByChannelAndStatus();

private:
    /// Runs a GROUP BY whose columns are `labels` and `value`.
    QList<Sample> samples(const QString &sql, const QList<QLatin1StringView> &labels);

    Database &m_db;
};

} // namespace lm::server
