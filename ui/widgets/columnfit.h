#pragma once

#include <QObject>
#include <QSet>

class QTableView;

namespace lm::client {

/// Keeps a table's columns inside its width, so it never scrolls sideways while its columns can
/// still give way: the columns kept whole (names, and figures: the columns aligned to the right)
/// are as wide as their text; the others share what
/// is left, each between a readable floor and its own text's width, and elide (whole in their
/// tooltip). Only when even the floors do not fit does the table scroll. The spare width goes to
/// the fill column (the last one unless set). Refits when the table's width or its rows change.
class ColumnFit final : public QObject
{
    Q_OBJECT

public:
    /// The view's fitter, made on first use (owned by the view).
    static ColumnFit *of(QTableView *view);

    /// `column` is as wide as its text whatever the window: the last to give way.
    void keepWhole(int column);
    /// `column` takes the width the others leave.
    void setFillColumn(int column);
    /// Fits again soon (after a column was hidden or shown).
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnFit(QTableView *view);
    void fit();
    bool isFigure(int column) const;

    QTableView *m_view;
    QSet<int> m_whole;
    int m_fill = -1;
    bool m_scheduled = false;
};

} // namespace lm::client
