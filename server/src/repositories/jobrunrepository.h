#pragma once

#include "database.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lm::server {

/// SQL of the `job_runs` table: one row per job and slot, whose primary key lets exactly one
/// instance claim a slot.
class JobRunRepository final
{
public:
    explicit JobRunRepository(Database &db) : m_db(db) {}

    bool exists(const QString &job, const QString &slot);
    bool ranBefore(const QString &job);
    /// Throws DbError (a unique violation) when another instance claimed the slot first.
    void claim(const QString &job, const QString &slot, qint64 now);
    void finish(const QString &job, const QString &slot, const QJsonObject &result, qint64 now);
    /// A run that was not a timed slot (a manual one), recorded whole.
    void record(const QString &job, const QString &slot, qint64 startedAt, qint64 finishedAt,
                const QJsonObject &result);
    /// When `job` last finished, if ever.
    std::optional<qint64> lastFinished(const QString &job);
    /// The key of the latest timed slot of `job` claimed (finished or not), if any: manual runs are not slots.
    std::optional<QString> latestTimedSlot(const QString &job);
    struct FinishedRun
    {
        qint64 finishedAt = 0;
        QJsonObject result;
    };
    /// The last finished run of `job`, a slot's or a manual one.
    std::optional<FinishedRun> lastFinishedRun(const QString &job);

private:
    Database &m_db;
};

} // namespace lm::server
