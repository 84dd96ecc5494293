#pragma once

#include "database.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace lm::server {

/// SQL of the `daily_reports` table: one stored report per day.
class ReportRepository final
{
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    std::optional<QJsonObject> find(const QDate &date);
    /// Stores `report` as the day's report, replacing an earlier one.
    void replace(const QDate &date, const QJsonObject &report, qint64 now);

private:
    Database &m_db;
};

} // namespace lm::server
