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

/// RFC 4180: quoted when the text holds a comma, a quote or a line break; quotes doubled.
QString quoted(QString value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

} // namespace

QString defused(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

QString field(const QString &text)
{
    return quoted(defused(text));
}

QString plainDecimal(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = QString::number(magnitude / 100) + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
    if (cents < 0)
        text.prepend(u'-');
    return text;
}

QByteArray document(const QStringList &header, const QList<Row> &rows)
{
    QString text;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            text += u',';
        text += field(header.at(i));
    }
    text += u"\r\n"_s;
    for (const Row &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += u',';
            const Cell &cell = row.at(i);
            text += cell.kind == Cell::Kind::Money ? quoted(cell.value) : field(cell.value);
        }
        text += u"\r\n"_s;
    }
    return QByteArray(Bom) + text.toUtf8();
}

QByteArray leads(const QList<dto::Lead> &leads)
{
    QList<Row> rows;
    rows.reserve(leads.size());
    for (const dto::Lead &lead : leads) {
        rows.append({Cell::text(time(lead.createdAt)), Cell::text(lead.clientName), Cell::text(lead.clientEmail),
                     Cell::text(lead.clientPhone), Cell::text(lead.company), Cell::text(lead.campaignName),
                     Cell::text(lead.influencerName), Cell::text(LeadsModel::sourceText(lead.source)),
                     Cell::text(LeadsModel::statusText(lead.status)), Cell::money(lead.estimatedValueCents),
                     Cell::money(lead.commissionCents), Cell::text(time(lead.expiresAt))});
    }
    return document(headerRow(LeadHeader), rows);
}

QByteArray transactions(const QList<dto::Transaction> &transactions)
{
    QList<Row> rows;
    rows.reserve(transactions.size());
    for (const dto::Transaction &t : transactions) {
        rows.append({Cell::text(time(t.createdAt)), Cell::text(TransactionsModel::kindText(t.kind)),
                     Cell::money(t.amountCents), Cell::money(t.balanceDeltaCents), Cell::money(t.balanceAfterCents),
                     Cell::money(t.reservedAfterCents), Cell::text(t.description)});
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
