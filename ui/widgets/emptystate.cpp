#include "emptystate.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace lm::client {

EmptyState *EmptyState::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyState(view, text);
}

EmptyState::EmptyState(QAbstractItemView *view, const QString &text)
    : QLabel(view->viewport()), m_view(view), m_emptyText(text)
{
    setObjectName(view->objectName() + u"Empty"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the view keeps its clicks and context menu
    view->viewport()->installEventFilter(this);
    if (const QAbstractItemModel *model = view->model())
        watch(model); // a proxy passes its source's changes on: watching the view's model suffices
    setGeometry(view->viewport()->rect());
    refresh();
}

void EmptyState::watch(const QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
}

void EmptyState::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refresh();
}

void EmptyState::setFilteredText(const QString &text)
{
    m_filteredText = text;
    refresh();
}

void EmptyState::setBusy(std::function<bool()> busy)
{
    m_busy = std::move(busy);
    refresh();
}

void EmptyState::refresh()
{
    const QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    if (!model || model->rowCount() > 0 || (m_busy && m_busy())) {
        hide();
        return;
    }
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    const bool filtered = proxy && proxy->sourceModel() && proxy->sourceModel()->rowCount() > 0;
    setText(filtered && !m_filteredText.isEmpty() ? m_filteredText : m_emptyText);
    show();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace lm::client
