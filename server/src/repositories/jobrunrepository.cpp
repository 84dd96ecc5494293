#include "jobrunrepository.h"

#include "rows.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

bool JobRunRepository::exists(const QString &job, const QString &slot)
{
    return m_db.scalar(u"SELECT 1 FROM job_runs WHERE job = ? AND slot = ?"_s, {job, slot}).has_value();
}

bool JobRunRepository::ranBefore(const QString &job)
{
    return m_db.scalar(u"SELECT 1 FROM job_runs WHERE job = ?"_s, {job}).has_value();
}

void JobRunRepository::claim(const QString &job, const QString &slot, qint64 now)
{
    m_db.exec(u"INSERT INTO job_runs (job, slot, started_at) VALUES (?, ?, ?)"_s, {job, slot, now});
}

void JobRunRepository::finish(const QString &job, const QString &slot, const QJsonObject &result, qint64 now)
{
    m_db.exec(u"UPDATE job_runs SET finished_at = ?, result = ? WHERE job = ? AND slot = ?"_s,
              {now, compact(result), job, slot});
}

void JobRunRepository::record(const QString &job, const QString &slot, qint64 startedAt, qint64 finishedAt,
                              const QJsonObject &result)
{
    m_db.exec(u"INSERT INTO job_runs (job, slot, started_at, finished_at, result) VALUES (?, ?, ?, ?, ?)"_s,
              {job, slot, startedAt, finishedAt, compact(result)});
}

std::optional<qint64> JobRunRepository::lastFinished(const QString &job)
{
    const auto last = m_db.scalar(u"SELECT MAX(finished_at) FROM job_runs WHERE job = ?"_s, {job});
    if (!last || last->isNull())
        return std::nullopt;
    return last->toLongLong();
}

std::optional<QString> JobRunRepository::latestTimedSlot(const QString &job)
{
    // Manual runs are recorded under "manual-<id>" keys (Scheduler::runNow).
    const auto slot = m_db.scalar(u"SELECT slot FROM job_runs WHERE job = ? AND slot NOT LIKE 'manual-%' "
                                  u"ORDER BY started_at DESC, slot DESC LIMIT 1"_s,
                                  {job});
    if (!slot)
        return std::nullopt;
    return slot->toString();
}

std::optional<JobRunRepository::FinishedRun> JobRunRepository::lastFinishedRun(const QString &job)
{
    QSqlQuery q = m_db.exec(u"SELECT finished_at, result FROM job_runs WHERE job = ? AND finished_at IS NOT NULL "
                            u"ORDER BY finished_at DESC LIMIT 1"_s,
                            {job});
    if (!q.next())
        return std::nullopt;
    const ColumnLookup column(q);
    const int finishedAt = column("finished_at"_L1);
    const int result = column("result"_L1);
    FinishedRun run{q.value(finishedAt).toLongLong(),
                    QJsonDocument::fromJson(q.value(result).toString().toUtf8()).object()};
    q.finish();
    return run;
}

} // namespace lm::server
