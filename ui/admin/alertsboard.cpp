#include "alertsboard.h"

#include "columnfit.h"
#include "leadspage.h"
#include "admindialogs.h"
#include "adminlistpage.h"

#include <adminservice.h>
#include <alertsmodel.h>
#include <jsontablemodel.h>
#include <levellook.h>
#include <validation.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// The Level cell as a badge: the level's colour filled, outlined for the palette, the level's
/// name in black or white on it. Readable in light and dark palettes, selected or not.
class LevelBadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int widestName(const QFontMetrics &metrics)
    {
        int widest = 0;
        for (const AlertLevel level : LevelLook::levels())
            widest = std::max(widest, metrics.horizontalAdvance(LevelLook::name(level)));
        return widest;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.backgroundBrush = QBrush(); // the badge carries the colour, not the whole cell
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const auto level = static_cast<AlertLevel>(index.data(AlertsModel::LevelRole).toInt());
        const QFontMetrics metrics(opt.font);
        const int height = std::min(opt.rect.height() - 4, metrics.height() + 6);
        // Every badge as wide as the widest level's name: a column of even pills.
        const int width = std::min(opt.rect.width() - 6, widestName(metrics) + 2 * metrics.height());
        QRect badge(0, 0, width, height);
        badge.moveCenter(opt.rect.center());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(LevelLook::outline(level, opt.palette), 1));
        painter->setBrush(LevelLook::colour(level));
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setFont(opt.font);
        painter->setPen(LevelLook::textOnColour(level));
        painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QFontMetrics metrics(opt.font);
        size.setWidth(std::max(size.width(), widestName(metrics) + 2 * metrics.height() + 10));
        size.setHeight(std::max(size.height(), metrics.height() + 10));
        return size;
    }
};

} // namespace

AlertsBoard::AlertsBoard(AdminService &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_model(new AlertsModel(this))
    , m_updated(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"alertsBoard"_s);
    m_page = new AdminListPage(u"alerts"_s, m_model, this);
    QTableView *view = m_page->view();
    view->setItemDelegateForColumn(AlertsModel::Level, new LevelBadgeDelegate(view));
    view->setAccessibleName(tr("Merchants' deposits"));
    // The figures, the level and the merchants' names as wide as they need (a name is never the
    // first to shrink); the status takes the room left and elides, whole in its tooltip.
    view->horizontalHeader()->setStretchLastSection(false);
    keepColumnWhole(view, AlertsModel::Merchant);
    keepColumnWhole(view, AlertsModel::Level);
    ColumnFit::of(view)->setFillColumn(AlertsModel::Status);
    view->sortByColumn(AlertsModel::Level, Qt::DescendingOrder); // the worst first
    m_page->setSearch(tr("Search merchants by name"));
    m_page->setEmptyTexts(tr("No merchant yet: deposits appear here when merchants sign up."),
                          tr("No merchant matches this name and these levels."));

    // The count of each level, as buttons that filter the table (none pressed: every level).
    auto *counts = new QHBoxLayout;
    m_all = new QToolButton(this);
    m_all->setObjectName(u"levelButtonAll"_s);
    m_all->setCheckable(true);
    m_all->setChecked(true);
    m_all->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_all, &QToolButton::clicked, this, [this] {
        for (QToolButton *button : std::as_const(m_levelButtons))
            button->setChecked(false);
        applyLevelFilter();
    });
    counts->addWidget(m_all);
    for (const AlertLevel level : LevelLook::levels()) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"levelButton_"_s + toString(level));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(LevelLook::dot(level, palette()));
        connect(button, &QToolButton::toggled, this, &AlertsBoard::applyLevelFilter);
        m_levelButtons.insert(level, button);
        counts->addWidget(button);
    }
    counts->addStretch(1);
    m_updated->setObjectName(u"alertsUpdatedLabel"_s);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    counts->addWidget(m_updated);
    auto *refresh = new QToolButton(this);
    refresh->setObjectName(u"alertsRefreshButton"_s);
    refresh->setText(tr("Refresh"));
    refresh->setAccessibleName(tr("Refresh the board"));
    refresh->setToolTip(tr("Read every deposit again now (the board also refreshes every 30 seconds)"));
    connect(refresh, &QToolButton::clicked, this, &AlertsBoard::refresh);
    counts->addWidget(refresh);

    m_block =
        m_page->addAction(u"blockButton"_s, tr("&Block…"),
                          tr("Refuse the merchant's new leads until an administrator unblocks the deposit"), true);
    m_unblock = m_page->addAction(u"unblockButton"_s, tr("&Unblock…"), tr("Take the merchant's new leads again"), true);
    QPushButton *transactions = m_page->addAction(u"transactionsButton"_s, tr("&Transactions…"),
                                                  tr("The merchant's deposit ledger, newest first"), true);
    m_page->setActionCheck(m_block, [this](int row) { return !m_model->alertAt(row).isBlocked(); });
    m_page->setActionCheck(m_unblock, [this](int row) { return m_model->alertAt(row).isBlocked(); });
    connect(m_block, &QPushButton::clicked, this, [this] { askBlock(true); });
    connect(m_unblock, &QPushButton::clicked, this, [this] { askBlock(false); });
    connect(transactions, &QPushButton::clicked, this, &AlertsBoard::openTransactions);
    connect(m_page, &AdminListPage::rowActivated, this, &AlertsBoard::openTransactions);

    m_page->setLoader([this](AdminListPage::Finish finish) {
        m_admin.alerts(m_page, [this, finish](const Result<AdminService::Rows> &result) {
            if (!result.ok())
                return finish(result.error());
            if (!m_model->setJson(result.value().items))
                return finish(ApiError::invalidResponse(u"an alerts row that does not read"_s));
            m_updated->setText(
                tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            updateCounts();
            Q_EMIT merchantsLoaded();
            finish({});
        });
    });
    // The admin's actions that move deposits (a block from elsewhere, a job run) show at once.
    connect(&m_admin, &AdminService::depositsChanged, m_page, &AdminListPage::reload);

    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &AlertsBoard::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(counts);
    layout->addWidget(m_page, 1);
    m_page->layout()->setContentsMargins(0, 0, 0, 0);
    layout->setContentsMargins(9, 9, 9, 9);
    updateCounts();
}

void AlertsBoard::refresh()
{
    if (!m_page->isBusy())
        m_page->reload();
}

QString AlertsBoard::merchantName(const QString &merchantId) const
{
    const int row = m_model->rowOf(merchantId);
    return row < 0 ? QString() : m_model->alertAt(row).merchantName;
}

int AlertsBoard::shownCount(AlertLevel level) const
{
    return m_levelButtons.value(level)->property("count").toInt();
}

void AlertsBoard::updateCounts()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    m_all->setText(tr("All: %1").arg(locale.toString(total)));
    m_all->setAccessibleName(tr("Show every deposit (%n)", nullptr, total));
    for (auto it = m_levelButtons.cbegin(); it != m_levelButtons.cend(); ++it) {
        const int count = m_model->count(it.key());
        const QString name = LevelLook::name(it.key());
        it.value()->setProperty("count", count);
        it.value()->setText(tr("%1: %2", "level and its count").arg(name, locale.toString(count)));
        it.value()->setAccessibleName(tr("%1 deposits: %n", nullptr, count).arg(name));
        it.value()->setToolTip(tr("Show only the %1 deposits (press several levels to combine them)").arg(name));
    }
}

void AlertsBoard::applyLevelFilter()
{
    QList<int> levels;
    for (auto it = m_levelButtons.cbegin(); it != m_levelButtons.cend(); ++it) {
        if (it.value()->isChecked())
            levels.append(int(it.key()));
    }
    m_all->setChecked(levels.isEmpty());
    if (levels.isEmpty())
        m_page->proxy()->setRowFilter({});
    else
        m_page->proxy()->setRowFilter(
            [this, levels](int row) { return levels.contains(int(m_model->alertAt(row).level)); });
}

void AlertsBoard::askBlock(bool block)
{
    const int row = m_page->currentSourceRow();
    if (row < 0)
        return;
    const AlertRow merchant = m_model->alertAt(row);
    AdminActionDialog *dialog = nullptr;
    if (block) {
        dialog = new AdminActionDialog(
            u"blockMerchantDialog"_s, tr("Block a merchant"),
            tr("Block the deposit of %1? Influencers' new leads on its campaigns are refused until an administrator "
               "unblocks it; a recharge does not lift this block. The reason is kept in the audit log.")
                .arg(merchant.merchantName),
            tr("&Block"), this);
        dialog->setTextField(AdminActionDialog::TextNeed::Required, tr("&Reason:"), limits::Reason);
    } else {
        dialog = new AdminActionDialog(
            u"unblockMerchantDialog"_s, tr("Unblock a merchant"),
            tr("Unblock the deposit of %1? Its campaigns take new leads again (a deposit still depleted is blocked "
               "again by the next deposit check).")
                .arg(merchant.merchantName),
            tr("&Unblock"), this);
        dialog->setTextField(AdminActionDialog::TextNeed::Optional, tr("&Reason:"), limits::Reason,
                             tr("Optional, kept in the audit log"));
    }
    dialog->setTextFieldNames({u"reason"_s});
    const DepositStatus status = block ? DepositStatus::Blocked : DepositStatus::Active;
    dialog->setSend([this, id = merchant.id, status](const QString &text, QObject *context,
                                                     AdminActionDialog::Finished finished) {
        m_admin.setMerchantStatus(id, status, text, context, [finished](const Result<dto::Deposit> &result) {
            finished(result.ok() ? ApiError() : result.error());
        });
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, block, name = merchant.merchantName] {
        m_page->showMessage(block ? tr("%1 is blocked: its new leads are refused.").arg(name)
                                  : tr("%1 is unblocked.").arg(name),
                            true);
    });
    dialog->open();
}

void AlertsBoard::openTransactions()
{
    const int row = m_page->currentSourceRow();
    if (row < 0)
        return;
    auto *dialog = new MerchantTransactionsDialog(m_admin, m_model->alertAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AlertsBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
}

void AlertsBoard::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void AlertsBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (auto it = m_levelButtons.cbegin(); it != m_levelButtons.cend(); ++it)
            it.value()->setIcon(LevelLook::dot(it.key(), palette()));
    }
    if (event->type() == QEvent::LanguageChange)
        updateCounts();
    QWidget::changeEvent(event);
}

} // namespace lm::client
