#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace lm::client {

/// Shared roles and the row replacement of the cache-backed table models.
class TableModelBase : public QAbstractTableModel
{
public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value (centimes, milliseconds, status order)
        IdRole,                      ///< the row's id
        ObjectRole,                  ///< reserved for subclasses' own extra role
        SearchRole                   ///< the row's pre-folded search text (models that have one)
    };

    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// Same ids in the same order → one dataChanged per changed row; otherwise a reset.
    template <typename T>
    void replaceRows(QList<T> &rows, QList<T> fresh)
    {
        bool sameIds = rows.size() == fresh.size();
        for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
            sameIds = rows.at(i).id == fresh.at(i).id;
        if (!sameIds) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == fresh.at(i))
                continue;
            rows[i] = fresh.at(i);
            const int row = static_cast<int>(i);
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
};

} // namespace lm::client
