#include "leadactionsdelegate.h"

#include "leadsmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {
constexpr int Margin = 2;
constexpr int Gap = 4;
} // namespace

LeadActionsDelegate::LeadActionsDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

bool LeadActionsDelegate::isPending(const QModelIndex &index)
{
    return index.data(LeadsModel::StatusRole).toInt() == int(LeadStatus::Pending);
}

QString LeadActionsDelegate::label(Button button) const
{
    return button == Button::Validate ? tr("✓ Validate") : tr("✗ Reject");
}

QRect LeadActionsDelegate::buttonRect(const QRect &cell, Button button, Qt::LayoutDirection direction) const
{
    const QFontMetrics metrics(QApplication::font());
    const int validateWidth = metrics.horizontalAdvance(label(Button::Validate)) + 16;
    const int rejectWidth = metrics.horizontalAdvance(label(Button::Reject)) + 16;
    const int height = cell.height() - 2 * Margin;
    // Validate first in reading order.
    QRect validate(cell.left() + Margin, cell.top() + Margin, validateWidth, height);
    QRect reject(validate.right() + 1 + Gap, validate.top(), rejectWidth, height);
    if (direction == Qt::RightToLeft) {
        validate.moveRight(cell.right() - Margin);
        reject.moveRight(validate.left() - 1 - Gap);
    }
    return button == Button::Validate ? validate : reject;
}

LeadActionsDelegate::Button LeadActionsDelegate::buttonAt(const QRect &cell, const QPoint &position,
                                                          Qt::LayoutDirection direction) const
{
    for (const Button button : {Button::Validate, Button::Reject}) {
        if (buttonRect(cell, button, direction).contains(position))
            return button;
    }
    return Button::None;
}

void LeadActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!isPending(index))
        return;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    for (const Button button : {Button::Validate, Button::Reject}) {
        QStyleOptionButton opt;
        opt.rect = buttonRect(option.rect, button, option.direction);
        opt.text = label(button);
        opt.state = QStyle::State_Enabled | QStyle::State_Raised;
        opt.direction = option.direction;
        opt.fontMetrics = option.fontMetrics;
        opt.palette = option.palette;
        opt.palette.setColor(QPalette::ButtonText, button == Button::Validate ? QColor(0x1b, 0x5e, 0x20)
                                                                              : QColor(0xb7, 0x1c, 0x1c));
        style->drawControl(QStyle::CE_PushButton, &opt, painter, widget);
    }
}

int LeadActionsDelegate::preferredWidth() const
{
    const QRect cell(0, 0, 1000, 24);
    return buttonRect(cell, Button::Reject, Qt::LeftToRight).right() + 1 + Margin;
}

QSize LeadActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), preferredWidth()));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6 + 2 * Margin));
    return size;
}

bool LeadActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && isPending(index)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            switch (buttonAt(option.rect, mouse->position().toPoint(), option.direction)) {
            case Button::Validate: Q_EMIT validateClicked(index); return true;
            case Button::Reject: Q_EMIT rejectClicked(index); return true;
            case Button::None: break;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace lm::client
