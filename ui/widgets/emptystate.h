#pragma once

#include <QLabel>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QAbstractItemModel;

namespace lm::client {

/// A short centred text over an item view while its model has no rows: what will appear there and
/// what to do. It follows the model (rows inserted or removed, reset, layout) and the viewport's
/// size, lets clicks through, and stays hidden while `busy` says the rows are still loading.
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    /// Puts one on `view`'s viewport (named "<view>Empty"); `text` says what appears there.
    static EmptyState *install(QAbstractItemView *view, const QString &text);

    /// The text while the model has no rows.
    void setEmptyText(const QString &text);
    /// The text when rows exist but a filter hides them all (a sort/filter proxy over them).
    void setFilteredText(const QString &text);
    /// Whether the rows are still loading (the overlay waits); call refresh() when it changes.
    void setBusy(std::function<bool()> busy);
    /// Shows or hides the overlay after a change the model does not signal.
    void refresh();
    /// The text that applies now (empty while hidden).
    QString shownText() const { return isVisible() ? text() : QString(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, const QString &text);
    void watch(const QAbstractItemModel *model);

    QPointer<QAbstractItemView> m_view;
    QString m_emptyText;
    QString m_filteredText;
    std::function<bool()> m_busy;
};

} // namespace lm::client
