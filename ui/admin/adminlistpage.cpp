#include "adminlistpage.h"

#include "leadspage.h"

#include <jsontablemodel.h>
#include <levellook.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

QString adminErrorText(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return AdminListPage::tr("This needs a connection to the LeadMarket server, which cannot be reached right "
                                 "now. Check the connection, then try again.");
    default:
        return error.userMessage();
    }
}

AdminListPage::AdminListPage(const QString &name, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SearchFilterProxy(this))
    , m_toolbar(new QHBoxLayout)
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(name + u"Page"_s);
    m_proxy->setSourceModel(model);
    m_view = makeTableView(name + u"View"_s, m_proxy, this);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a page or the admin sorts

    m_search->setObjectName(name + u"Search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->hide();
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);

    m_empty->setObjectName(name + u"Empty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_busyBar->setObjectName(name + u"Busy"_s);
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setAccessibleName(tr("Loading"));
    m_busyBar->hide();
    m_status->setObjectName(name + u"Status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_retry->setObjectName(name + u"Retry"_s);
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &AdminListPage::reload);

    m_toolbar->addWidget(m_search, 1);
    m_toolbar->addStretch(0); // the room when there is no search field
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busyBar);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(statusRow);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AdminListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AdminListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AdminListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AdminListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AdminListPage::updateActions);
    // The current row moves before the click selects it: follow the selection.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT currentChanged();
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(m_proxy->mapToSource(index).row()); });
    updateState();
}

QHBoxLayout *AdminListPage::takeToolbar()
{
    layout()->removeItem(m_toolbar);
    m_toolbar->setParent(nullptr);
    return m_toolbar;
}

void AdminListPage::addFilter(QWidget *widget)
{
    m_toolbar->insertWidget(m_filterCount++, widget);
}

QPushButton *AdminListPage::addAction(const QString &objectName, const QString &text, const QString &toolTip,
                                      bool needsRow)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
    button->setAccessibleDescription(toolTip);
    m_toolbar->addWidget(button);
    if (needsRow) {
        m_rowActions.append(qMakePair(button, std::function<bool(int)>()));
        updateActions();
    }
    return button;
}

void AdminListPage::setActionCheck(QPushButton *action, std::function<bool(int)> applies)
{
    for (auto &entry : m_rowActions) {
        if (entry.first == action)
            entry.second = std::move(applies);
    }
    updateActions();
}

void AdminListPage::setSearch(const QString &placeholder, bool server)
{
    m_search->setPlaceholderText(placeholder);
    m_search->setAccessibleName(placeholder);
    m_search->show();
    if (server) {
        disconnect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
        connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
        connect(m_searchDebounce, &QTimer::timeout, this, &AdminListPage::reload);
    }
}

void AdminListPage::setEmptyTexts(const QString &noRows, const QString &noMatch)
{
    m_noRows = noRows;
    m_noMatch = noMatch;
    updateState();
}

void AdminListPage::setLoader(Loader loader)
{
    m_loader = std::move(loader);
}

void AdminListPage::reload()
{
    if (!m_loader)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    updateState();
    QPointer<AdminListPage> self(this);
    m_loader([self](const ApiError &error) {
        if (self)
            self->finishLoad(error);
    });
}

void AdminListPage::finishLoad(const ApiError &error)
{
    m_busy = false;
    m_loaded = true;
    m_lastError = error;
    if (error.isError())
        m_message.clear();
    updateState();
    if (!m_fitted && m_model->rowCount() > 0) {
        // Once, with the first rows: each column as wide as its text, long texts capped (their
        // cells elide and tell the whole in a tooltip); the admin's own widths are kept after.
        m_fitted = true;
        const int cap = m_view->fontMetrics().averageCharWidth() * 40;
        QHeaderView *header = m_view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->sectionResizeMode(column) != QHeaderView::Interactive)
                continue; // a page that stretches or fits a column keeps its choice
            m_view->resizeColumnToContents(column);
            if (header->sectionSize(column) > cap)
                header->resizeSection(column, cap);
        }
    }
    updateActions();
    Q_EMIT loadFinished();
    if (m_again)
        reload();
}

int AdminListPage::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void AdminListPage::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AdminListPage::showMessage(const QString &text, bool ok)
{
    m_message = text;
    m_messageOk = ok;
    updateState();
}

QString AdminListPage::messageText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

QString AdminListPage::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void AdminListPage::updateActions()
{
    const int row = currentSourceRow();
    for (const auto &[button, applies] : std::as_const(m_rowActions))
        button->setEnabled(row >= 0 && !m_busy && (!applies || applies(row)));
}

void AdminListPage::updateState()
{
    const bool failed = m_lastError.isError();
    // The empty state says why: never a silent empty table.
    QString empty;
    if (failed && m_model->rowCount() == 0)
        empty = adminErrorText(m_lastError);
    else if (!m_loaded && m_busy)
        empty = tr("Loading…");
    else if (!m_loaded)
        empty = tr("Not loaded yet.");
    else if (m_model->rowCount() == 0)
        empty = m_noRows;
    else if (m_proxy->rowCount() == 0)
        empty = m_noMatch.isEmpty() ? tr("Nothing matches this search or filter.") : m_noMatch;
    m_empty->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);

    m_busyBar->setVisible(m_busy);
    QString status;
    bool ok = true;
    if (m_busy) {
        status = tr("Loading…");
    } else if (failed) {
        status = adminErrorText(m_lastError);
        ok = false;
    } else if (!m_message.isEmpty()) {
        status = m_message;
        ok = m_messageOk;
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    QPalette pal = palette();
    if (!m_busy && !status.isEmpty())
        pal.setColor(QPalette::WindowText, LevelLook::textColour(ok ? AlertLevel::Healthy : AlertLevel::Critical, pal));
    m_status->setPalette(pal);
    m_retry->setVisible(failed && !m_busy);
    m_view->setAccessibleDescription(status);
}

void AdminListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadOnShow && !m_loaded && !m_busy)
        reload();
}

void AdminListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateState();
    QWidget::changeEvent(event);
}

} // namespace lm::client
