#pragma once

#include <QStyledItemDelegate>

namespace lm::client {

/// Draws a Validate and a Reject button in the Actions cell of each pending lead and reports
/// which one was clicked (with the mouse; the keyboard has Enter and Delete on the table).
class LeadActionsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LeadActionsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /// The width the two buttons need.
    int preferredWidth() const;

    enum class Button { None, Validate, Reject };
    /// Which button is at `position` in a cell drawn in `cell` (right-to-left aware).
    Button buttonAt(const QRect &cell, const QPoint &position, Qt::LayoutDirection direction) const;

Q_SIGNALS:
    void validateClicked(const QModelIndex &index);
    void rejectClicked(const QModelIndex &index);

private:
    QRect buttonRect(const QRect &cell, Button button, Qt::LayoutDirection direction) const;
    static bool isPending(const QModelIndex &index);
    QString label(Button button) const;
};

} // namespace lm::client
