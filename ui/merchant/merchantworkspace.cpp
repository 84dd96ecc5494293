#include "merchantworkspace.h"
#include "columnfit.h"
#include "icons.h"

#include "campaignspage.h"
#include "decisiondialogs.h"
#include "emptystate.h"
#include "depositbanner.h"
#include "depositcard.h"
#include "firstrunguide.h"
#include "leadawareness.h"
#include "leadspage.h"
#include "pendingleadspanel.h"

#include <actions.h>
#include <clientmodels.h>
#include <csvexport.h>
#include <transactionsmodel.h>

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

MerchantWorkspace::MerchantWorkspace(WorkspaceContext context, QWidget *parent)
    : Workspace(u"merchantWorkspace"_s, std::move(context), parent), m_overview(new QWidget(this))
{
    ClientModels &models = this->models();
    m_banner = new DepositBanner(m_overview);
    m_deposit = new DepositCard(models, m_overview);
    m_pending = new PendingLeadsPanel(models, m_overview);
    auto *page = new QVBoxLayout(m_overview);
    page->addWidget(m_banner);
    m_guide = new FirstRunGuide(models, m_overview);
    page->addWidget(m_guide);
    auto *layout = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_deposit);
    left->addStretch();
    layout->addLayout(left, 1);
    layout->addWidget(m_pending, 3);
    page->addLayout(layout, 1);
    connect(&models, &ClientModels::depositChanged, m_banner, [this] { m_banner->setDeposit(this->models().deposit()); });
    m_banner->setDeposit(models.deposit());

    QAction *recharge = addFileAction(u"rechargeAction"_s, tr("&Recharge the deposit…"),
                                      tr("Add money to your deposit (Ctrl+R)"));
    recharge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    recharge->setIcon(actionIcon(ActionIcon::Recharge));
    connect(recharge, &QAction::triggered, this, &MerchantWorkspace::rechargeRequested);
    addFileSeparator();

    // On a small screen (960×600 at 150 %) the overview scrolls rather than push the window's
    // footer and status bar off the screen.
    m_overviewTab = new QScrollArea(this);
    m_overviewTab->setObjectName(u"overviewScroll"_s);
    m_overviewTab->setWidgetResizable(true);
    m_overviewTab->setFrameShape(QFrame::NoFrame);
    m_overviewTab->setWidget(m_overview);
    addPage(m_overviewTab, tr("Overview"));
    addLeadsPage(tr("All leads"), Role::Merchant);
    QAction *exportTransactions = addFileAction(u"exportTransactionsAction"_s, tr("Export &transactions to CSV…"),
                                                tr("Save your deposit's transaction history as a spreadsheet file"));
    exportTransactions->setIcon(actionIcon(ActionIcon::Export));
    connect(exportTransactions, &QAction::triggered, this, &MerchantWorkspace::exportTransactions);

    QTableView *transactions = makeTableView(u"transactionsView"_s, &models.transactions(), this);
    m_transactions = transactions;
    transactions->setAccessibleName(tr("Transactions"));
    transactions->horizontalHeader()->setStretchLastSection(false);
    keepColumnWhole(transactions, TransactionsModel::Date);
    ColumnFit::of(transactions)->setFillColumn(TransactionsModel::Description);
    EmptyState::install(transactions, tr("No transactions yet. Recharges and the commissions of the leads you "
                                           "validate will appear here."));
    addPage(m_transactions, tr("Transactions"));
    m_campaigns = new CampaignsPage(models, this->context().campaigns, this);
    addPage(m_campaigns, tr("Campaigns"));
    addNotificationsPage(tr("Notifications"));
    addQueuePage(tr("Queued actions"));

    connect(m_deposit, &DepositCard::rechargeRequested, this, &MerchantWorkspace::rechargeRequested);
    connect(m_banner, &DepositBanner::rechargeRequested, this, &MerchantWorkspace::rechargeRequested);
    connect(m_campaigns, &CampaignsPage::rechargeRequested, this, &MerchantWorkspace::rechargeRequested);
    connect(m_campaigns, &CampaignsPage::statusMessage, this, &Workspace::statusMessage);
    connect(m_guide, &FirstRunGuide::rechargeRequested, this, &MerchantWorkspace::rechargeRequested);
    connect(m_guide, &FirstRunGuide::createCampaignRequested, m_campaigns, &CampaignsPage::newCampaign);
    connect(m_deposit, &DepositCard::historyRequested, this, [this] { setCurrentWidget(m_transactions); });
    connect(m_pending, &PendingLeadsPanel::validateRequested, this, &MerchantWorkspace::validate);
    connect(m_pending, &PendingLeadsPanel::rejectRequested, this, &MerchantWorkspace::reject);
    connect(m_pending, &PendingLeadsPanel::statusMessage, this, &Workspace::statusMessage);
    connect(m_pending, &PendingLeadsPanel::pendingCountChanged, this, [this](int pending) {
        setTabText(indexOf(m_overviewTab), pending > 0 ? tr("Overview (%1)").arg(pending) : tr("Overview"));
    });
    createAwareness();
}

MerchantWorkspace::~MerchantWorkspace() = default;

void MerchantWorkspace::focusSearch()
{
    if (currentWidget() != m_overviewTab) {
        Workspace::focusSearch();
        return;
    }
    m_pending->searchEdit()->setFocus();
    m_pending->searchEdit()->selectAll();
}

void MerchantWorkspace::validate(const QStringList &leadIds)
{
    auto *dialog = new ValidateLeadDialog(models().leadsWithIds(leadIds), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, leadIds] {
        const Actions::Decided decided = context().actions.validate(leadIds, dialog->qualityScore(), dialog->feedback());
        reportDecided(int(decided.done.size()), decided.refused,
                      tr("%n lead(s) validated. They will be sent to the server as soon as possible.", nullptr,
                         int(decided.done.size())));
    });
    dialog->open();
}

void MerchantWorkspace::reject(const QStringList &leadIds)
{
    auto *dialog = new RejectLeadDialog(models().leadsWithIds(leadIds), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, leadIds] {
        const Actions::Decided decided = context().actions.reject(leadIds, dialog->reason());
        reportDecided(int(decided.done.size()), decided.refused,
                      tr("%n lead(s) rejected. They will be sent to the server as soon as possible.", nullptr,
                         int(decided.done.size())));
    });
    dialog->open();
}

void MerchantWorkspace::reportDecided(int done, int refused, const QString &doneMessage)
{
    if (done > 0)
        m_pending->selectNextAfterDecision();
    QString message = done > 0 ? doneMessage : QString();
    if (refused > 0) {
        if (!message.isEmpty())
            message += u' ';
        message += tr("%n lead(s) could no longer be changed.", nullptr, refused);
    }
    Q_EMIT statusMessage(message);
}

void MerchantWorkspace::exportTransactions()
{
    const TransactionsModel &model = models().transactions();
    QList<dto::Transaction> transactions;
    transactions.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        transactions.append(model.transactionAt(row));
    exportCsv(tr("Export transactions"), tr("transactions-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
              csv::transactions(transactions), int(transactions.size()));
}

// New-lead awareness: the badge on the Overview tab, the window's badge, desktop notifications.

void MerchantWorkspace::createAwareness()
{
    m_awareness = new LeadAwareness(models(), context().settings, this);
    m_newLeadsBadge = new QLabel(this);
    m_newLeadsBadge->setObjectName(u"newLeadsBadge"_s);
    m_newLeadsBadge->setStyleSheet(u"QLabel { background: #d32f2f; color: white; font-weight: bold;"
                                   " border-radius: 8px; padding: 0px 6px; min-width: 8px; }"_s);
    m_newLeadsBadge->setAlignment(Qt::AlignCenter);
    tabBar()->setTabButton(indexOf(m_overviewTab), QTabBar::RightSide, m_newLeadsBadge);
    m_newLeadsBadge->hide();
    m_awareness->reset(true); // what the cache holds now is the baseline
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_overviewTab)
            m_awareness->markSeen();
    });
    connect(m_awareness, &LeadAwareness::newCountChanged, this, [this](int count) {
        m_newLeadsBadge->setText(count > 99 ? u"99+"_s : QString::number(count));
        const QString tip = tr("%n new lead(s) since you last looked", nullptr, count);
        m_newLeadsBadge->setToolTip(tip);
        m_newLeadsBadge->setAccessibleName(tip);
        m_newLeadsBadge->setVisible(count > 0);
        Q_EMIT attentionChanged(count);
    });
    // Once per burst of model changes (a reset, rows loaded in batches, rows updated).
    m_awarenessCheck = new QTimer(this);
    m_awarenessCheck->setSingleShot(true);
    m_awarenessCheck->setInterval(0);
    connect(m_awarenessCheck, &QTimer::timeout, this, &MerchantWorkspace::leadsChangedForAwareness);
    const auto schedule = [timer = m_awarenessCheck] { timer->start(); };
    const LeadsModel *leads = &models().leads();
    connect(leads, &QAbstractItemModel::modelReset, m_awarenessCheck, schedule);
    connect(leads, &QAbstractItemModel::rowsInserted, m_awarenessCheck, schedule);
    connect(leads, &QAbstractItemModel::dataChanged, m_awarenessCheck, schedule);
    const auto notificationsChanged = [this] {
        m_awareness->notificationsChanged(models().notifications().notifications());
    };
    connect(&models().notifications(), &QAbstractItemModel::modelReset, this, notificationsChanged);
    connect(&models(), &ClientModels::leadsLoaded, this, [this, notificationsChanged] {
        // A read that changes nothing sends no model signal (a synced merchant with no lead yet
        // reads zero leads into the empty model), yet what it read is the baseline all the same:
        // without this, the first lead to arrive would be taken for the baseline and not announced.
        m_awarenessCheck->start();
        notificationsChanged();
        if (m_syncEndedWhileLoading) {
            m_syncEndedWhileLoading = false;
            syncEnded();
        }
    });
}

void MerchantWorkspace::leadsChangedForAwareness()
{
    m_awareness->leadsChanged(models().leads(), pendingListVisible());
}

void MerchantWorkspace::syncEnded()
{
    // The leads this sync brought are still being read: they are part of it.
    if (models().isLoading()) {
        m_syncEndedWhileLoading = true;
        return;
    }
    // What the sync changed is read first (a check may still be waiting for the event loop).
    if (m_awarenessCheck->isActive()) {
        m_awarenessCheck->stop();
        leadsChangedForAwareness();
    }
    m_awareness->syncFinished();
}

bool MerchantWorkspace::pendingListVisible() const
{
    const QWidget *top = window();
    return currentWidget() == m_overviewTab && top->isVisible() && top->isActiveWindow() && !top->isMinimized();
}

bool MerchantWorkspace::event(QEvent *event)
{
    const bool handled = Workspace::event(event);
    if (event->type() == QEvent::ActivationChange && m_awareness && pendingListVisible())
        m_awareness->markSeen();
    return handled;
}

void MerchantWorkspace::setDesktopNotifier(DesktopNotifier *notifier)
{
    m_awareness->setNotifier(notifier);
}

DesktopNotifier *MerchantWorkspace::desktopNotifier() const
{
    return m_awareness->notifier();
}

int MerchantWorkspace::attentionCount() const
{
    return m_awareness->newCount();
}

} // namespace lm::client
