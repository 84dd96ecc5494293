#include "elidedtooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace lm::client {

namespace {

class ElidedToolTips final : public QObject
{
public:
    explicit ElidedToolTips(QAbstractItemView *view) : QObject(view), m_view(view) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false; // the model's own tooltip, through the view
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = m_view->visualRect(index);
        // The item delegate's text margins (as QCommonStyle lays a cell out) and the icon if any.
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        int room = cell.width() - 2 * margin;
        if (!index.data(Qt::DecorationRole).isNull())
            room -= m_view->iconSize().isValid() ? m_view->iconSize().width() + 2 * margin
                                                 : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * margin;
        if (!text.isEmpty() && m_view->fontMetrics().horizontalAdvance(text) > room) {
            QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
            return true;
        }
        QToolTip::hideText();
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void showElidedTextInToolTips(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

} // namespace lm::client
