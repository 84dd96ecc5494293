#pragma once

#include "tablemodelbase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace lm::client {

/// One column of a JsonTableModel: its header and how a row's JSON object is shown and sorted in it.
struct JsonColumn
{
    using Value = std::function<QVariant(const QJsonObject &)>;

    std::function<QString()> title; ///< asked each time, so it follows the UI language
    Value display;
    Value sortKey;                  ///< the raw value (centimes, milliseconds); empty: the display text
    Qt::Alignment alignment = {};   ///< empty: the view's default
    Value toolTip;                  ///< empty: none

    /// A text field (null or absent: empty).
    static JsonColumn text(std::function<QString()> title, const QString &key);
    /// An API time, shown in the UI locale's short format, sorted by time; null: "—".
    static JsonColumn time(std::function<QString()> title, const QString &key);
    /// A day "YYYY-MM-DD", shown in the UI locale's short date format.
    static JsonColumn day(std::function<QString()> title, const QString &key);
    /// Integer centimes, shown with lm::Money, sorted by centimes, aligned at the end.
    static JsonColumn money(std::function<QString()> title, const QString &key);
    /// A whole number in the UI locale, aligned at the end.
    static JsonColumn count(std::function<QString()> title, const QString &key);
};

/// Rows of JSON objects as the admin routes answer them, shown through column specs: one model
/// for every list of the admin console (outbox, jobs, users, audit, reports, ledger mismatches).
/// It answers TableModelBase::SearchRole with the row's pre-folded text.
class JsonTableModel final : public TableModelBase
{
    Q_OBJECT

public:
    /// `idKey`: the field that identifies a row (IdRole); empty: its position.
    JsonTableModel(QList<JsonColumn> columns, QString idKey, QObject *parent = nullptr);

    void setRows(const QJsonArray &rows);
    int size() const { return int(m_rows.size()); }
    QJsonObject rowAt(int row) const { return m_rows.at(row).json; }
    QList<QJsonObject> rows() const;
    /// The row whose id is `id`, or -1.
    int rowOf(const QString &id) const;
    /// A colour for a whole row's text (ForegroundRole), e.g. failed messages in red; invalid: none.
    void setRowForeground(JsonColumn::Value foreground) { m_rowForeground = std::move(foreground); }
    /// Fields searched besides the columns' text (e.g. an id or an email not shown).
    void setExtraSearchKeys(QStringList keys) { m_extraSearchKeys = std::move(keys); }
    /// The text of `row`, `column` as shown.
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QJsonObject json;
        QString search;
        friend bool operator==(const Row &, const Row &) = default;
    };
    Row makeRow(const QJsonObject &json, int position) const;

    QList<JsonColumn> m_columns;
    QString m_idKey;
    QList<Row> m_rows;
    JsonColumn::Value m_rowForeground;
    QStringList m_extraSearchKeys;
};

/// Sorts on TableModelBase::SortRole and keeps the rows whose folded text holds every word of the
/// search (TableModelBase::SearchRole, else the row's shown text), and that an optional row filter
/// accepts: the admin console's lists are small (thousands of rows at most), so QVariant is fine.
class SearchFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    /// Also required of a row (source row number); empty: every row.
    void setRowFilter(std::function<bool(int sourceRow)> filter);
    /// The row filter's answers changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    std::function<bool(int)> m_rowFilter;
};

} // namespace lm::client
