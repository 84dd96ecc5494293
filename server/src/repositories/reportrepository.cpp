#include "reportrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<QJsonObject> ReportRepository::find(const QDate &date)
{
    if (auto stored =
            m_db.scalar(u"SELECT report FROM daily_reports WHERE report_date = ?"_s, {date.toString(Qt::ISODate)}))
        return QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    return std::nullopt;
}

void ReportRepository::replace(const QDate &date, const QJsonObject &report, qint64 now)
{
    const QString key = date.toString(Qt::ISODate);
    m_db.exec(u"DELETE FROM daily_reports WHERE report_date = ?"_s, {key});
    m_db.exec(u"INSERT INTO daily_reports (report_date, report, created_at) VALUES (?, ?, ?)"_s,
              {key, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)), now});
}

} // namespace lm::server
