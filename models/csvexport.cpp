#include "csvexport.h"

#include "leadsmodel.h"
#include "transactionsmodel.h"

#include <leadstatus.h>
#include <timeutil.h>

#include <QCoreApplication>
#include <QSaveFile>

#include <cstddef>

using namespace Qt::StringLiterals;

namespace lm::client::csv {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";

// Column headers, translated when the file is written (Excel users read them in their language).
constexpr const char *LeadHeader[] = {
    QT_TRANSLATE_NOOP("CsvExport", "Received"),   QT_TRANSLATE_NOOP("CsvExport", "Client"),
    QT_TRANSLATE_NOOP("CsvExport", "Email"),      QT_TRANSLATE_NOOP("CsvExport", "Phone"),
    QT_TRANSLATE_NOOP("CsvExport", "Company"),    QT_TRANSLATE_NOOP("CsvExport", "Campaign"),
    QT_TRANSLATE_NOOP("CsvExport", "Influencer"), QT_TRANSLATE_NOOP("CsvExport", "Source"),
    QT_TRANSLATE_NOOP("CsvExport", "Status"),     QT_TRANSLATE_NOOP("CsvExport", "Estimated value (MAD)"),
    QT_TRANSLATE_NOOP("CsvExport", "Commission (MAD)"), QT_TRANSLATE_NOOP("CsvExport", "Expires"),
};
constexpr const char *TransactionHeader[] = {
    QT_TRANSLATE_NOOP("CsvExport", "Date"),
    QT_TRANSLATE_NOOP("CsvExport", "Operation"),
    QT_TRANSLATE_NOOP("CsvExport", "Amount (MAD)"),
    QT_TRANSLATE_NOOP("CsvExport", "Balance change (MAD)"),
    QT_TRANSLATE_NOOP("CsvExport", "Balance after (MAD)"),
    QT_TRANSLATE_NOOP("CsvExport", "Reserved after (MAD)"),
    QT_TRANSLATE_NOOP("CsvExport", "Description"),
};

template <std::size_t N>
QStringList headerRow(const char *const (&names)[N])
{
    QStringList result;
    for (const char *name : names)
        result.append(QCoreApplication::translate("CsvExport", name));
    return result;
}

QString time(qint64 ms)
{
    return ms > 0 ? formatApiTime(ms) : QString();
}

} // namespace

QString field(const QString &text)
{
    QString value = text;
    if (value.startsWith(u'=') || value.startsWith(u'@'))
        value.prepend(u'\'');
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

QString plainDecimal(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = QString::number(magnitude / 100) + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
    if (cents < 0)
        text.prepend(u'-');
    return text;
}

QByteArray document(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    const auto appendRow = [&text](const QStringList &row) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += u',';
            text += field(row.at(i));
        }
        text += u"\r\n"_s;
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    return QByteArray(Bom) + text.toUtf8();
}

QByteArray leads(const QList<dto::Lead> &leads)
{
    QList<QStringList> rows;
    rows.reserve(leads.size());
    for (const dto::Lead &lead : leads) {
        rows.append({time(lead.createdAt), lead.clientName, lead.clientEmail, lead.clientPhone, lead.company,
                     lead.campaignName, lead.influencerName, LeadsModel::sourceText(lead.source),
                     LeadsModel::statusText(lead.status), plainDecimal(lead.estimatedValueCents),
                     plainDecimal(lead.commissionCents), time(lead.expiresAt)});
    }
    return document(headerRow(LeadHeader), rows);
}

QByteArray transactions(const QList<dto::Transaction> &transactions)
{
    QList<QStringList> rows;
    rows.reserve(transactions.size());
    for (const dto::Transaction &t : transactions) {
        rows.append({time(t.createdAt), TransactionsModel::kindText(t.kind), plainDecimal(t.amountCents),
                     plainDecimal(t.balanceDeltaCents), plainDecimal(t.balanceAfterCents),
                     plainDecimal(t.reservedAfterCents), t.description});
    }
    return document(headerRow(TransactionHeader), rows);
}

std::optional<QList<QStringList>> parse(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes.startsWith(Bom) ? bytes.mid(3) : bytes);
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"' && current.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(current);
            current.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(current);
            rows.append(row);
            row.clear();
            current.clear();
            fieldStarted = false;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (fieldStarted || !current.isEmpty()) {
        row.append(current);
        rows.append(row);
    }
    return rows;
}

Result<> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<>::failure(
            QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace lm::client::csv
