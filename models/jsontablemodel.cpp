#include "jsontablemodel.h"

#include <leadindex.h>
#include <money.h>
#include <timeutil.h>

#include <QDate>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

std::optional<qint64> timeOf(const QJsonValue &value)
{
    return value.isString() ? parseApiTime(value.toString()) : std::nullopt;
}

QString fold(const QString &text)
{
    return LeadIndex::foldForSearch(text);
}

} // namespace

JsonColumn JsonColumn::text(std::function<QString()> title, const QString &key)
{
    JsonColumn c;
    c.title = std::move(title);
    c.display = [key](const QJsonObject &row) -> QVariant { return row.value(key).toString(); };
    return c;
}

JsonColumn JsonColumn::time(std::function<QString()> title, const QString &key)
{
    JsonColumn c;
    c.title = std::move(title);
    c.display = [key](const QJsonObject &row) -> QVariant {
        const auto ms = timeOf(row.value(key));
        return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : u"—"_s;
    };
    c.sortKey = [key](const QJsonObject &row) -> QVariant { return timeOf(row.value(key)).value_or(0); };
    return c;
}

JsonColumn JsonColumn::day(std::function<QString()> title, const QString &key)
{
    JsonColumn c;
    c.title = std::move(title);
    c.display = [key](const QJsonObject &row) -> QVariant {
        const QString text = row.value(key).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
    };
    c.sortKey = [key](const QJsonObject &row) -> QVariant { return row.value(key).toString(); };
    return c;
}

JsonColumn JsonColumn::money(std::function<QString()> title, const QString &key)
{
    JsonColumn c;
    c.title = std::move(title);
    c.display = [key](const QJsonObject &row) -> QVariant {
        const QJsonValue value = row.value(key);
        return value.isDouble() ? Money(value.toInteger()).format(QLocale()) : QString();
    };
    c.sortKey = [key](const QJsonObject &row) -> QVariant { return row.value(key).toInteger(); };
    c.alignment = Qt::AlignTrailing | Qt::AlignVCenter;
    return c;
}

JsonColumn JsonColumn::count(std::function<QString()> title, const QString &key)
{
    JsonColumn c;
    c.title = std::move(title);
    c.display = [key](const QJsonObject &row) -> QVariant {
        const QJsonValue value = row.value(key);
        return value.isDouble() ? QLocale().toString(value.toInteger()) : QString();
    };
    c.sortKey = [key](const QJsonObject &row) -> QVariant { return row.value(key).toInteger(); };
    c.alignment = Qt::AlignTrailing | Qt::AlignVCenter;
    return c;
}

JsonTableModel::JsonTableModel(QList<JsonColumn> columns, QString idKey, QObject *parent)
    : TableModelBase(parent)
    , m_columns(std::move(columns))
    , m_idKey(std::move(idKey))
{
}

JsonTableModel::Row JsonTableModel::makeRow(const QJsonObject &json, int position) const
{
    Row row;
    row.id = m_idKey.isEmpty() ? QString::number(position) : json.value(m_idKey).toVariant().toString();
    row.json = json;
    QStringList parts;
    for (const JsonColumn &column : m_columns)
        parts << column.display(json).toString();
    for (const QString &key : m_extraSearchKeys)
        parts << json.value(key).toVariant().toString();
    row.search = fold(parts.join(u' '));
    return row;
}

void JsonTableModel::setRows(const QJsonArray &rows)
{
    QList<Row> fresh;
    fresh.reserve(rows.size());
    for (const QJsonValue &value : rows)
        fresh.append(makeRow(value.toObject(), int(fresh.size())));
    replaceRows(m_rows, std::move(fresh));
}

QList<QJsonObject> JsonTableModel::rows() const
{
    QList<QJsonObject> objects;
    objects.reserve(m_rows.size());
    for (const Row &row : m_rows)
        objects.append(row.json);
    return objects;
}

int JsonTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString JsonTableModel::text(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const JsonColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.display(row.json);
    case SortRole:
        return column.sortKey ? column.sortKey(row.json) : column.display(row.json);
    case IdRole:
        return row.id;
    case SearchRole:
        return row.search;
    case Qt::TextAlignmentRole:
        return column.alignment ? QVariant::fromValue(column.alignment) : QVariant();
    case Qt::ToolTipRole: {
        if (column.toolTip)
            return column.toolTip(row.json);
        // A long text is elided in its cell: the whole of it on hover.
        const QString text = column.display(row.json).toString();
        return text.size() > 30 ? QVariant(text) : QVariant();
    }
    case Qt::ForegroundRole:
        return m_rowForeground ? m_rowForeground(row.json) : QVariant();
    default:
        return {};
    }
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return TableModelBase::headerData(section, orientation, role);
    return m_columns.at(section).title();
}

SearchFilterProxy::SearchFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModelBase::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SearchFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words.clear();
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        m_words << fold(word);
    invalidateFilter();
}

void SearchFilterProxy::setRowFilter(std::function<bool(int)> filter)
{
    m_rowFilter = std::move(filter);
    invalidateFilter();
}

void SearchFilterProxy::refilter()
{
    invalidateFilter();
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QString haystack = model->index(sourceRow, 0, sourceParent).data(TableModelBase::SearchRole).toString();
    if (haystack.isEmpty()) {
        // Another model (payouts): what its columns show.
        QStringList parts;
        for (int column = 0; column < model->columnCount(sourceParent); ++column)
            parts << model->index(sourceRow, column, sourceParent).data().toString();
        haystack = fold(parts.join(u' '));
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace lm::client
