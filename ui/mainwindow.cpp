#include "mainwindow.h"

#include "aboutdialog.h"
#include "cache.h"
#include "decisiondialogs.h"
#include "depositgauge.h"
#include "leadactionsdelegate.h"
#include "leadawareness.h"
#include "leaddetailpane.h"
#include "newleadform.h"
#include "settings.h"

#include "campaignsmodel.h"
#include "csvexport.h"
#include "leadfilterproxy.h"
#include "leadsloader.h"
#include "leadsmodel.h"
#include "notificationsmodel.h"
#include "outboxmodel.h"
#include "transactionsmodel.h"

#include <alertlevel.h>
#include <money.h>

#include <algorithm>
#include <array>
#include <iterator>

#include <QAction>
#include <QItemSelectionModel>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSet>
#include <QSplitter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// The leads panel's status tabs, in tab order.
constexpr LeadStatus StatusTabs[] = {LeadStatus::Pending, LeadStatus::Validated, LeadStatus::Rejected,
                                     LeadStatus::Expired};

} // namespace

MainWindow::MainWindow(Cache &cache, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_cache(cache), m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"LeadMarket"_s);
    m_leads = new LeadsModel(this);
    m_leadsLoader = new LeadsLoader(m_leads, this);
    const auto loadEnded = [this] {
        if (m_leadsLoader->isLoading())
            return;
        updateTransactionLeadNames(); // the transactions name the leads' clients
        updateRecentTransactions();
        if (m_syncEndedWhileLoading) {
            m_syncEndedWhileLoading = false;
            syncEndedForAwareness();
        }
        Q_EMIT leadsLoaded();
    };
    connect(m_leadsLoader, &LeadsLoader::loaded, this, loadEnded);
    connect(m_leadsLoader, &LeadsLoader::failed, this, [this, loadEnded](const QString &problem) {
        showMessage(tr("The cached leads could not be read: %1").arg(problem));
        loadEnded();
    });
    m_pendingProxy = new LeadFilterProxy(this);
    m_pendingProxy->setSourceModel(m_leads);
    m_pendingProxy->setStatusFilter(LeadStatus::Pending);
    m_allLeadsProxy = new LeadFilterProxy(this);
    m_allLeadsProxy->setSourceModel(m_leads);
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateLeadsSummary);
    // The counts follow the leads, the footer the pending list (not the All leads page's filter,
    // whose keystrokes must stay cheap).
    for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{m_leads, m_pendingProxy}) {
        const auto schedule = [timer = m_summaryTimer] { timer->start(); };
        connect(model, &QAbstractItemModel::modelReset, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::rowsInserted, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::layoutChanged, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::dataChanged, m_summaryTimer, schedule);
    }
    m_campaigns = new CampaignsModel(this);
    m_transactions = new TransactionsModel(this);
    m_notifications = new NotificationsModel(this);
    m_outbox = new OutboxModel(this);

    createActions();
    createAwareness();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_queuedLabel = new QLabel(this);
    m_queuedLabel->setObjectName(u"queuedLabel"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_queuedLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    setConnection(SyncEngine::Connection::Unknown);
    setOutboxCounts(0, 0);

    auto *empty = new QLabel(tr("Not signed in."), this);
    empty->setAlignment(Qt::AlignCenter);
    setCentralWidget(empty);

    if (!restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_syncAction = new QAction(tr("&Synchronise now"), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setStatusTip(tr("Send queued actions and fetch the latest data (F5)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);

    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About LeadMarket"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_searchAction = new QAction(tr("&Find a lead"), this);
    m_searchAction->setObjectName(u"searchAction"_s);
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        QLineEdit *search = m_pendingSearch && m_workspace && m_workspace->currentIndex() == 0 ? m_pendingSearch
                                                                                              : m_search;
        if (search) {
            search->setFocus();
            search->selectAll();
        }
    });

    m_rechargeAction = new QAction(tr("&Recharge the deposit…"), this);
    m_rechargeAction->setObjectName(u"rechargeAction"_s);
    m_rechargeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rechargeAction->setStatusTip(tr("Add money to your deposit (Ctrl+R)"));
    m_rechargeAction->setVisible(false); // merchants only
    connect(m_rechargeAction, &QAction::triggered, this, &MainWindow::rechargeRequested);

    m_exportLeadsAction = new QAction(tr("Export &leads to CSV…"), this);
    m_exportLeadsAction->setObjectName(u"exportLeadsAction"_s);
    m_exportLeadsAction->setStatusTip(tr("Save the leads shown in the leads table as a spreadsheet file"));
    m_exportLeadsAction->setEnabled(false);
    connect(m_exportLeadsAction, &QAction::triggered, this, &MainWindow::exportLeads);

    m_exportTransactionsAction = new QAction(tr("Export &transactions to CSV…"), this);
    m_exportTransactionsAction->setObjectName(u"exportTransactionsAction"_s);
    m_exportTransactionsAction->setStatusTip(tr("Save your deposit's transaction history as a spreadsheet file"));
    m_exportTransactionsAction->setVisible(false); // merchants only
    connect(m_exportTransactionsAction, &QAction::triggered, this, &MainWindow::exportTransactions);

    m_chooseSaveFile = [this](const QString &title, const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggestedName),
                                            tr("CSV files (*.csv)"));
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_syncAction);
    file->addAction(m_rechargeAction);
    file->addSeparator();
    file->addAction(m_exportLeadsAction);
    file->addAction(m_exportTransactionsAction);
    file->addSeparator();
    file->addAction(m_signOutAction);
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_searchAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_signOutAction);
}

QTableView *MainWindow::tableView(const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QWidget *MainWindow::depositCard()
{
    auto *box = new QGroupBox(tr("Deposit"));
    box->setObjectName(u"depositCard"_s);
    m_balance = new QLabel;
    m_balance->setObjectName(u"balanceLabel"_s);
    m_reserved = new QLabel;
    m_reserved->setObjectName(u"reservedLabel"_s);
    m_available = new QLabel;
    m_available->setObjectName(u"availableLabel"_s);
    m_gauge = new DepositGauge;
    m_bar = new DepositBar;
    connect(m_gauge, &DepositGauge::displayedChanged, m_bar, &DepositBar::setDisplayed);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_gauge, 0, Qt::AlignHCenter);
    layout->addWidget(m_bar);
    auto *form = new QFormLayout;
    form->addRow(tr("Current balance:"), m_balance);
    form->addRow(tr("Reserved for pending leads:"), m_reserved);
    form->addRow(tr("Available:"), m_available);
    layout->addLayout(form);
    auto *recharge = new QPushButton(tr("Re&charge…"));
    recharge->setObjectName(u"rechargeButton"_s);
    recharge->setToolTip(m_rechargeAction->statusTip());
    connect(recharge, &QPushButton::clicked, m_rechargeAction, &QAction::trigger);
    layout->addWidget(recharge, 0, Qt::AlignRight);

    layout->addWidget(new QLabel(tr("<b>Latest transactions</b>")));
    m_recentTransactions = new QLabel;
    m_recentTransactions->setObjectName(u"recentTransactions"_s);
    m_recentTransactions->setTextFormat(Qt::RichText);
    m_recentTransactions->setWordWrap(true);
    layout->addWidget(m_recentTransactions);
    auto *history = new QLabel(u"<a href=\"#history\">%1</a>"_s.arg(tr("See the full history").toHtmlEscaped()));
    history->setObjectName(u"historyLink"_s);
    history->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(history, &QLabel::linkActivated, this, [this] {
        if (m_workspace)
            m_workspace->setCurrentIndex(2);
    });
    layout->addWidget(history, 0, Qt::AlignRight);
    return box;
}

void MainWindow::updateTransactionLeadNames()
{
    // Only the leads the transactions name: one pass over the leads, a lookup each.
    QSet<QString> wanted;
    for (int row = 0; row < m_transactions->rowCount(); ++row) {
        const QString &leadId = m_transactions->transactionAt(row).leadId;
        if (!leadId.isEmpty())
            wanted.insert(leadId);
    }
    QHash<QString, QString> names;
    for (int row = 0; row < m_leads->rowCount() && names.size() < wanted.size(); ++row) {
        const dto::Lead &lead = m_leads->leadAt(row);
        if (wanted.contains(lead.id))
            names.insert(lead.id, lead.clientName);
    }
    m_transactions->setLeadNames(std::move(names));
}

void MainWindow::updateRecentTransactions()
{
    if (!m_recentTransactions)
        return;
    constexpr int Shown = 5;
    const QLocale locale;
    QString rows;
    for (int row = 0; row < m_transactions->rowCount() && row < Shown; ++row) {
        const dto::Transaction &transaction = m_transactions->transactionAt(row);
        const QString date = locale.toString(QDateTime::fromMSecsSinceEpoch(transaction.createdAt).date(),
                                             QLocale::ShortFormat);
        // In the merchant's language: the kind, and the client for a lead's movement (the
        // server's description is the record's, in English).
        QString text = TransactionsModel::kindText(transaction.kind);
        if (const QString client = m_transactions->leadName(transaction.leadId); !client.isEmpty())
            text = tr("%1 — %2").arg(text, client);
        else if (transaction.leadId.isEmpty() && transaction.kind != TransactionKind::Recharge)
            text = transaction.description;
        const QString amount = m_transactions->index(row, TransactionsModel::Amount).data().toString();
        const qint64 signedAmount = m_transactions->index(row, TransactionsModel::Amount).data(TableModelBase::SortRole).toLongLong();
        const QString colour = signedAmount < 0 ? u"#b71c1c"_s : u"#1b5e20"_s;
        rows += u"<tr><td>%1</td><td>&nbsp;%2&nbsp;</td><td align=\"right\" style=\"color:%3\">%4</td></tr>"_s.arg(
            date.toHtmlEscaped(), text.toHtmlEscaped(), colour, amount.toHtmlEscaped());
    }
    m_recentTransactions->setText(rows.isEmpty() ? tr("No transactions yet.")
                                                 : u"<table width=\"100%\">"_s + rows + u"</table>"_s);
}

void MainWindow::updateDeposit()
{
    if (!m_balance)
        return;
    const auto deposit = m_cache.deposit();
    if (!deposit) {
        for (QLabel *label : {m_balance, m_reserved, m_available})
            label->setText(tr("not known yet"));
        m_gauge->clear();
        return;
    }
    const QLocale locale;
    m_balance->setText(Money(deposit->currentBalanceCents).format(locale));
    m_reserved->setText(Money(deposit->reservedCents).format(locale));
    m_available->setText(Money(deposit->availableCents()).format(locale));
    m_gauge->setDeposit(deposit->currentBalanceCents, deposit->referenceCents);
}

QWidget *MainWindow::leadsPage(const QString &name, bool withSearch)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    if (withSearch) {
        m_search = new QLineEdit(page);
        m_search->setObjectName(u"searchEdit"_s);
        m_search->setPlaceholderText(tr("Search by client, company, campaign or influencer"));
        m_search->setClearButtonEnabled(true);
        connect(m_search, &QLineEdit::textChanged, m_allLeadsProxy, &LeadFilterProxy::setSearchText);
        layout->addWidget(m_search);
    }
    QTableView *view = tableView(name, m_allLeadsProxy);
    view->setColumnHidden(LeadsModel::Actions, true); // decisions are taken on the Overview
    view->sortByColumn(LeadsModel::Created, Qt::DescendingOrder);
    layout->addWidget(view);
    return page;
}

QWidget *MainWindow::buildMerchantWorkspace()
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"merchantWorkspace"_s);

    auto *overview = new QWidget;
    auto *layout = new QHBoxLayout(overview);
    auto *left = new QVBoxLayout;
    left->addWidget(depositCard());
    left->addStretch();
    layout->addLayout(left, 1);
    layout->addWidget(leadsPanel(), 3);

    tabs->addTab(overview, tr("Overview"));
    tabs->addTab(leadsPage(u"leadsView"_s, true), tr("All leads"));
    QTableView *transactions = tableView(u"transactionsView"_s, m_transactions);
    tabs->addTab(transactions, tr("Transactions"));
    tabs->addTab(tableView(u"campaignsView"_s, m_campaigns), tr("Campaigns"));
    tabs->addTab(tableView(u"notificationsView"_s, m_notifications), tr("Notifications"));
    tabs->addTab(tableView(u"outboxView"_s, m_outbox), tr("Queued actions"));
    installNewLeadsBadge(tabs);
    return tabs;
}

QWidget *MainWindow::leadsPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_leadsTitle = new QLabel(tr("<b>Leads waiting for your decision</b>"));
    m_leadsTitle->setObjectName(u"leadsTitle"_s);
    layout->addWidget(m_leadsTitle);

    m_statusTabs = new QTabBar;
    m_statusTabs->setObjectName(u"statusTabs"_s);
    m_statusTabs->setExpanding(false);
    m_statusTabs->setDrawBase(false);
    for (const LeadStatus status : StatusTabs)
        m_statusTabs->addTab(LeadsModel::statusText(status));
    connect(m_statusTabs, &QTabBar::currentChanged, this, &MainWindow::setStatusTab);
    m_pendingSearch = new QLineEdit;
    m_pendingSearch->setObjectName(u"pendingSearchEdit"_s);
    m_pendingSearch->setPlaceholderText(tr("Filter by client name, email, phone or company (Ctrl+F)"));
    m_pendingSearch->setClearButtonEnabled(true);
    connect(m_pendingSearch, &QLineEdit::textChanged, m_pendingProxy, &LeadFilterProxy::setSearchText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_statusTabs);
    bar->addStretch();
    bar->addWidget(m_pendingSearch, 1);
    layout->addLayout(bar);

    m_pendingView = tableView(u"pendingLeadsView"_s, m_pendingProxy);
    m_pendingView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pendingView->sortByColumn(LeadsModel::Expires, Qt::AscendingOrder);
    // The brief's columns, in its order: date, client, value, commission, source, actions.
    QHeaderView *header = m_pendingView->horizontalHeader();
    // The rest (company, campaign, influencer…) is in the detail pane.
    // Still sorted by expiry (soonest first): the pane shows when the selected lead expires.
    const int order[] = {LeadsModel::Created, LeadsModel::Client, LeadsModel::EstimatedValue, LeadsModel::Commission,
                         LeadsModel::Source, LeadsModel::Actions, LeadsModel::Expires};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    for (const int hidden : {LeadsModel::Company, LeadsModel::Campaign, LeadsModel::Influencer, LeadsModel::Status,
                             LeadsModel::Expires})
        m_pendingView->setColumnHidden(hidden, true);
    m_pendingView->setWordWrap(false);
    m_pendingView->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LeadsModel::Client, QHeaderView::Stretch);
    auto *actions = new LeadActionsDelegate(m_pendingView);
    m_pendingView->setItemDelegateForColumn(LeadsModel::Actions, actions);
    // Widths from the font (not from 100,000 rows' contents).
    const QFontMetrics metrics(m_pendingView->font());
    const QLocale locale;
    const int padding = 24;
    const QString sampleTime = locale.toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(LeadsModel::Created, metrics.horizontalAdvance(sampleTime) + padding);
    header->resizeSection(LeadsModel::Expires, metrics.horizontalAdvance(sampleTime) + padding);
    for (const int money : {LeadsModel::EstimatedValue, LeadsModel::Commission})
        header->resizeSection(money, metrics.horizontalAdvance(Money(9'999'999).format(locale)) + padding);
    header->resizeSection(LeadsModel::Source, metrics.horizontalAdvance(LeadsModel::sourceText(LeadSource::Instagram)) + 16 + padding);
    header->resizeSection(LeadsModel::Actions, actions->preferredWidth());
    connect(actions, &LeadActionsDelegate::validateClicked, this, [this](const QModelIndex &index) {
        selectOnly(index);
        validateSelected();
    });
    connect(actions, &LeadActionsDelegate::rejectClicked, this, [this](const QModelIndex &index) {
        selectOnly(index);
        rejectSelected();
    });
    connect(m_pendingView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != LeadsModel::Actions)
            validateSelected();
    });
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    // The day's work from the keyboard: Enter validates, Delete rejects what is selected.
    auto *validateKey = new QAction(m_pendingView);
    validateKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    validateKey->setShortcutContext(Qt::WidgetShortcut);
    connect(validateKey, &QAction::triggered, this, &MainWindow::validateSelected);
    m_pendingView->addAction(validateKey);
    auto *rejectKey = new QAction(m_pendingView);
    rejectKey->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    rejectKey->setShortcutContext(Qt::WidgetShortcut);
    connect(rejectKey, &QAction::triggered, this, &MainWindow::rejectSelected);
    m_pendingView->addAction(rejectKey);
    // Ctrl+1 … Ctrl+4: the status tabs.
    for (int i = 0; i < m_statusTabs->count(); ++i) {
        auto *shortcut = new QAction(panel);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        shortcut->setShortcutContext(Qt::WindowShortcut); // wherever the focus is, while the panel is shown
        connect(shortcut, &QAction::triggered, m_statusTabs, [tabs = m_statusTabs, i] { tabs->setCurrentIndex(i); });
        panel->addAction(shortcut);
    }

    m_detail = new LeadDetailPane;
    connect(m_detail, &LeadDetailPane::linkOpenFailed, this, [this](const QUrl &url) {
        showMessage(tr("No application here can open %1.").arg(url.toDisplayString()));
    });
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"leadsSplitter"_s);
    splitter->addWidget(m_pendingView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 240});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_leadsFooter = new QLabel;
    m_leadsFooter->setObjectName(u"leadsFooter"_s);
    bottom->addWidget(m_leadsFooter);
    bottom->addStretch();
    m_rejectButton = new QPushButton(tr("&Reject…"));
    m_rejectButton->setObjectName(u"rejectButton"_s);
    m_rejectButton->setToolTip(tr("Reject the selected leads (Delete)"));
    m_validateButton = new QPushButton(tr("&Validate…"));
    m_validateButton->setObjectName(u"validateButton"_s);
    m_validateButton->setToolTip(tr("Validate the selected leads (Enter)"));
    connect(m_validateButton, &QPushButton::clicked, this, &MainWindow::validateSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &MainWindow::rejectSelected);
    bottom->addWidget(m_rejectButton);
    bottom->addWidget(m_validateButton);
    layout->addLayout(bottom);

    setTabOrder(m_statusTabs, m_pendingSearch);
    setTabOrder(m_pendingSearch, m_pendingView);
    setTabOrder(m_pendingView, m_rejectButton);
    setTabOrder(m_rejectButton, m_validateButton);
    selectionChanged();
    return panel;
}

void MainWindow::setStatusTab(int index)
{
    if (index < 0 || index >= int(std::size(StatusTabs)))
        return;
    m_pendingProxy->setStatusFilter(StatusTabs[index]);
    if (m_pendingView) {
        // Pending leads: the soonest to expire first; decided ones: the latest first.
        if (index == 0)
            m_pendingView->sortByColumn(LeadsModel::Expires, Qt::AscendingOrder);
        else
            m_pendingView->sortByColumn(LeadsModel::Created, Qt::DescendingOrder);
        m_pendingView->setColumnHidden(LeadsModel::Actions, index != 0);
    }
    if (m_leadsTitle) {
        const QString texts[] = {tr("<b>Leads waiting for your decision</b>"), tr("<b>Validated leads</b>"),
                                 tr("<b>Rejected leads</b>"), tr("<b>Expired leads</b>")};
        m_leadsTitle->setText(texts[index]);
    }
    m_summaryTimer->start();
    selectionChanged();
}

void MainWindow::updateLeadsSummary()
{
    if (!m_user)
        return;
    // Per status: how many, and their commissions.
    std::array<int, 4> counts{};
    for (int row = 0; row < m_leads->rowCount(); ++row)
        ++counts[size_t(m_leads->keysAt(row).status)];
    if (m_workspace && m_user->role == Role::Merchant) {
        const int pending = counts[size_t(LeadStatus::Pending)];
        m_workspace->setTabText(0, pending > 0 ? tr("Overview (%1)").arg(pending) : tr("Overview"));
    }
    if (m_statusTabs) {
        for (int i = 0; i < m_statusTabs->count(); ++i) {
            const QString name = LeadsModel::statusText(StatusTabs[i]);
            const int count = counts[size_t(StatusTabs[i])];
            m_statusTabs->setTabText(i, count > 0 ? tr("%1 (%2)").arg(name).arg(count) : name);
        }
    }
    if (m_leadsFooter) {
        qint64 commissions = 0;
        const int shown = m_pendingProxy->rowCount();
        for (int row = 0; row < shown; ++row)
            commissions += m_leads->keysAt(m_pendingProxy->mapToSource(m_pendingProxy->index(row, 0)).row()).commissionCents;
        const QString amount = Money(commissions).format(QLocale());
        const int tab = m_statusTabs ? m_statusTabs->currentIndex() : 0;
        QString text;
        switch (tab) {
        case 0: text = tr("Total: %n lead(s) • %1 to validate", nullptr, shown).arg(amount); break;
        case 1: text = tr("Total: %n lead(s) • %1 paid in commissions", nullptr, shown).arg(amount); break;
        default: text = tr("Total: %n lead(s) • %1 released", nullptr, shown).arg(amount); break;
        }
        m_leadsFooter->setText(text);
    }
    selectionChanged();
}

void MainWindow::selectionChanged()
{
    if (!m_pendingView)
        return;
    const QList<dto::Lead> selected = selectedLeads(false);
    if (m_detail)
        m_detail->setLeads(selected);
    const bool anyPending = std::any_of(selected.cbegin(), selected.cend(),
                                        [](const dto::Lead &lead) { return lead.status == LeadStatus::Pending; });
    if (m_validateButton)
        m_validateButton->setEnabled(anyPending);
    if (m_rejectButton)
        m_rejectButton->setEnabled(anyPending);
}

QWidget *MainWindow::buildInfluencerWorkspace()
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"influencerWorkspace"_s);
    m_newLeadForm = new NewLeadForm;
    m_newLeadForm->setSubmitter([this](const QJsonObject &body) -> std::optional<QString> {
        const auto queued = m_cache.enqueueCreateLead(body);
        if (!queued.ok())
            return tr("This lead could not be kept for sending. Synchronise, then try again.");
        reloadFromCache();
        Q_EMIT actionQueued();
        showMessage(tr("The lead for %1 is submitted. It will be sent to the server as soon as possible.")
                        .arg(body.value("client_name"_L1).toString()));
        return std::nullopt;
    });
    tabs->addTab(m_newLeadForm, tr("New lead"));
    tabs->addTab(leadsPage(u"leadsView"_s, true), tr("My leads"));
    tabs->addTab(tableView(u"campaignsView"_s, m_campaigns), tr("Campaigns"));
    tabs->addTab(tableView(u"notificationsView"_s, m_notifications), tr("Notifications"));
    tabs->addTab(tableView(u"outboxView"_s, m_outbox), tr("Queued actions"));
    return tabs;
}

QWidget *MainWindow::buildAdminWorkspace()
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"adminWorkspace"_s);
    tabs->addTab(leadsPage(u"leadsView"_s, true), tr("Leads"));
    tabs->addTab(tableView(u"campaignsView"_s, m_campaigns), tr("Campaigns"));
    tabs->addTab(tableView(u"notificationsView"_s, m_notifications), tr("Notifications"));
    return tabs;
}

void MainWindow::forgetWorkspaceWidgets()
{
    // They go with the central widget they belong to.
    m_pendingView = nullptr;
    m_leadsTitle = nullptr;
    m_statusTabs = nullptr;
    m_pendingSearch = nullptr;
    m_leadsFooter = nullptr;
    m_detail = nullptr;
    m_validateButton = m_rejectButton = nullptr;
    m_recentTransactions = nullptr;
    m_search = nullptr;
    m_balance = m_reserved = m_available = nullptr;
    m_gauge = nullptr;
    m_bar = nullptr;
}

void MainWindow::setUser(const dto::User &user)
{
    m_user = user;
    forgetWorkspaceWidgets();
    m_pendingProxy->setStatusFilter(LeadStatus::Pending);
    m_pendingProxy->setSearchText(QString());
    m_allLeadsProxy->setSearchText(QString());
    QWidget *workspace = nullptr;
    if (user.role == Role::Merchant)
        workspace = buildMerchantWorkspace();
    else if (user.role == Role::Influencer)
        workspace = buildInfluencerWorkspace();
    else
        workspace = buildAdminWorkspace();
    m_workspace = qobject_cast<QTabWidget *>(workspace);
    setCentralWidget(workspace);
    // Alt+1 … Alt+9 switch pages.
    for (int i = 0; i < m_workspace->count() && i < 9; ++i) {
        auto *shortcut = new QAction(m_workspace);
        shortcut->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, m_workspace, [tabs = m_workspace, i] { tabs->setCurrentIndex(i); });
        m_workspace->addAction(shortcut);
    }
    const QString roleName = user.role == Role::Merchant ? tr("merchant")
        : user.role == Role::Influencer                 ? tr("influencer")
                                                       : tr("administrator");
    m_userLabel->setText(tr("%1 (%2)").arg(user.displayName, roleName));
    setWindowTitle(tr("LeadMarket — %1").arg(user.displayName));
    m_syncAction->setEnabled(true);
    m_signOutAction->setEnabled(true);
    m_rechargeAction->setVisible(user.role == Role::Merchant);
    m_exportLeadsAction->setEnabled(true);
    m_exportTransactionsAction->setVisible(user.role == Role::Merchant);
    reloadFromCache();
}

void MainWindow::clearUser()
{
    m_user.reset();
    m_leadsLoader->cancel();
    m_workspace = nullptr;
    forgetWorkspaceWidgets();
    auto *empty = new QLabel(tr("Not signed in."), this);
    empty->setAlignment(Qt::AlignCenter);
    setCentralWidget(empty);
    m_leads->setLeads({});
    m_campaigns->setCampaigns({});
    m_transactions->setTransactions({});
    m_notifications->setNotifications({});
    m_outbox->setEntries({});
    m_userLabel->clear();
    m_rechargeAction->setVisible(false);
    m_exportLeadsAction->setEnabled(false);
    m_exportTransactionsAction->setVisible(false);
    setWindowTitle(u"LeadMarket"_s);
}

void MainWindow::reloadFromCache()
{
    if (!m_user || !m_cache.isOpen())
        return;
    m_leadsLoader->load(m_cache.filePath());
    const QList<dto::Campaign> campaigns = m_cache.campaigns();
    m_campaigns->setCampaigns(campaigns);
    if (m_newLeadForm)
        m_newLeadForm->setCampaigns(campaigns);
    m_transactions->setTransactions(m_cache.transactions());
    m_notifications->setNotifications(m_cache.notifications());
    reloadOutbox();
    updateDeposit();
    updateTransactionLeadNames();
    updateRecentTransactions();
}

void MainWindow::reloadOutbox()
{
    if (!m_user || !m_cache.isOpen())
        return;
    m_outbox->setEntries(m_cache.outbox());
    setOutboxCounts(m_cache.queuedCount(), m_cache.failedCount());
}

void MainWindow::setConnection(SyncEngine::Connection connection)
{
    switch (connection) {
    case SyncEngine::Connection::Online:
        m_connectionLabel->setText(tr("Online"));
        m_connectionLabel->setProperty("state", u"online"_s);
        break;
    case SyncEngine::Connection::Offline:
        m_connectionLabel->setText(tr("Offline"));
        m_connectionLabel->setProperty("state", u"offline"_s);
        break;
    case SyncEngine::Connection::Unknown:
        m_connectionLabel->setText(tr("Connecting…"));
        m_connectionLabel->setProperty("state", u"unknown"_s);
        break;
    }
}

void MainWindow::setSyncing(bool syncing)
{
    if (!syncing)
        syncEndedForAwareness();
    m_progress->setVisible(syncing);
    if (syncing)
        m_connectionLabel->setText(tr("Synchronising…"));
    else if (m_connectionLabel->property("state").toString() == "online"_L1)
        m_connectionLabel->setText(tr("Online"));
    else if (m_connectionLabel->property("state").toString() == "offline"_L1)
        m_connectionLabel->setText(tr("Offline"));
}

void MainWindow::setProgress(int done, int total, const QString &step)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    if (!step.isEmpty())
        statusBar()->showMessage(tr("Synchronising: %1").arg(step), 3000);
}

void MainWindow::setOutboxCounts(int queued, int failed)
{
    QString text = queued > 0 ? tr("%n action(s) waiting", nullptr, queued) : tr("Nothing waiting");
    if (failed > 0)
        text += u" · "_s + tr("%n refused", nullptr, failed);
    m_queuedLabel->setText(text);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

QList<dto::Lead> MainWindow::selectedLeads(bool pendingOnly) const
{
    QList<dto::Lead> leads;
    if (!m_pendingView || !m_pendingView->selectionModel())
        return leads;
    QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_pendingProxy->mapToSource(index);
        if (!source.isValid())
            continue;
        const dto::Lead &lead = m_leads->leadAt(source.row());
        if (!pendingOnly || lead.status == LeadStatus::Pending)
            leads.append(lead);
    }
    return leads;
}

std::optional<QString> MainWindow::queueValidate(const QString &leadId, int score, const QString &feedback)
{
    const auto queued = m_cache.enqueueValidate(leadId, score, feedback);
    if (!queued.ok())
        return tr("This lead can no longer be validated.");
    afterLocalChange({leadId});
    showMessage(tr("Lead validated. It will be sent to the server as soon as possible."));
    Q_EMIT actionQueued();
    return std::nullopt;
}

std::optional<QString> MainWindow::queueReject(const QString &leadId, const QString &reason)
{
    const auto queued = m_cache.enqueueReject(leadId, reason);
    if (!queued.ok())
        return tr("This lead can no longer be rejected.");
    afterLocalChange({leadId});
    showMessage(tr("Lead rejected. It will be sent to the server as soon as possible."));
    Q_EMIT actionQueued();
    return std::nullopt;
}

void MainWindow::afterLocalChange(const QStringList &leadIds)
{
    // The rows change in place at once (no reload of every lead); the rest is small.
    bool missing = false;
    for (const QString &id : leadIds) {
        const auto lead = m_cache.lead(id);
        if (!lead || !m_leads->updateLead(*lead))
            missing = true;
    }
    if (missing) {
        reloadFromCache();
        return;
    }
    reloadOutbox();
    updateDeposit();
}

void MainWindow::decide(const QList<dto::Lead> &leads, const std::function<bool(const QString &id)> &queue,
                        const std::function<QString(int done)> &doneMessage)
{
    // Where the selection was: the next lead takes its place, so the keyboard goes on from there.
    int firstRow = -1;
    if (m_pendingView && m_pendingView->selectionModel()) {
        for (const QModelIndex &index : m_pendingView->selectionModel()->selectedRows())
            firstRow = firstRow < 0 ? index.row() : std::min(firstRow, index.row());
    }
    QStringList done;
    int refused = 0;
    for (const dto::Lead &lead : leads) {
        if (queue(lead.id))
            done.append(lead.id);
        else
            ++refused;
    }
    if (!done.isEmpty()) {
        afterLocalChange(done);
        Q_EMIT actionQueued();
        if (m_pendingView && firstRow >= 0 && m_pendingProxy->rowCount() > 0) {
            selectOnly(m_pendingProxy->index(std::min(firstRow, m_pendingProxy->rowCount() - 1), 0));
            m_pendingView->setFocus();
        }
    }
    QString message = done.isEmpty() ? QString() : doneMessage(int(done.size()));
    if (refused > 0) {
        if (!message.isEmpty())
            message += u' ';
        message += tr("%n lead(s) could no longer be changed.", nullptr, refused);
    }
    showMessage(message);
}

void MainWindow::validateSelected()
{
    const QList<dto::Lead> leads = selectedLeads(true);
    if (leads.isEmpty()) {
        showMessage(tr("Select one or more pending leads first."));
        return;
    }
    auto *dialog = new ValidateLeadDialog(leads, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, leads] {
        const int score = dialog->qualityScore();
        const QString feedback = dialog->feedback();
        decide(
            leads, [this, score, &feedback](const QString &id) { return m_cache.enqueueValidate(id, score, feedback).ok(); },
            [](int done) {
                return tr("%n lead(s) validated. They will be sent to the server as soon as possible.", nullptr, done);
            });
    });
    dialog->open();
}

void MainWindow::rejectSelected()
{
    const QList<dto::Lead> leads = selectedLeads(true);
    if (leads.isEmpty()) {
        showMessage(tr("Select one or more pending leads first."));
        return;
    }
    auto *dialog = new RejectLeadDialog(leads, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, leads] {
        const QString reason = dialog->reason();
        decide(
            leads, [this, &reason](const QString &id) { return m_cache.enqueueReject(id, reason).ok(); },
            [](int done) {
                return tr("%n lead(s) rejected. They will be sent to the server as soon as possible.", nullptr, done);
            });
    });
    dialog->open();
}

void MainWindow::selectOnly(const QModelIndex &proxyIndex)
{
    m_pendingView->selectionModel()->setCurrentIndex(proxyIndex,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportLeads()
{
    QList<dto::Lead> leads;
    leads.reserve(m_allLeadsProxy->rowCount());
    for (int row = 0; row < m_allLeadsProxy->rowCount(); ++row)
        leads.append(m_leads->leadAt(m_allLeadsProxy->mapToSource(m_allLeadsProxy->index(row, 0)).row()));
    exportCsv(tr("Export leads"), tr("leads-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
              csv::leads(leads), int(leads.size()));
}

void MainWindow::exportTransactions()
{
    QList<dto::Transaction> transactions;
    transactions.reserve(m_transactions->rowCount());
    for (int row = 0; row < m_transactions->rowCount(); ++row)
        transactions.append(m_transactions->transactionAt(row));
    exportCsv(tr("Export transactions"),
              tr("transactions-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
              csv::transactions(transactions), int(transactions.size()));
}

void MainWindow::exportCsv(const QString &title, const QString &suggestedName, const QByteArray &bytes, int rows)
{
    const QString path = m_chooseSaveFile ? m_chooseSaveFile(title, suggestedName) : QString();
    if (path.isEmpty())
        return;
    if (const auto problem = csv::writeFile(path, bytes)) {
        showMessage(*problem);
        return;
    }
    showMessage(tr("%n row(s) saved to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)));
}

void MainWindow::saveGeometry()
{
    m_settings.setValue(Settings::Key::WindowGeometry, QMainWindow::saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometry();
    QMainWindow::closeEvent(event);
}

void MainWindow::createAwareness()
{
    m_baseIcon = windowIcon();
    m_awareness = new LeadAwareness(m_cache, m_settings, this);
    m_awareness->setNotifier(createPlatformNotifier(this));
    connect(m_awareness, &LeadAwareness::newCountChanged, this, &MainWindow::updateNewLeadsBadge);
    // Once per burst of model changes (a reset, rows loaded in batches, rows updated).
    m_awarenessCheck = new QTimer(this);
    m_awarenessCheck->setSingleShot(true);
    m_awarenessCheck->setInterval(0);
    connect(m_awarenessCheck, &QTimer::timeout, this, &MainWindow::leadsChangedForAwareness);
    const auto schedule = [timer = m_awarenessCheck] { timer->start(); };
    connect(m_leads, &QAbstractItemModel::modelReset, m_awarenessCheck, schedule);
    connect(m_leads, &QAbstractItemModel::rowsInserted, m_awarenessCheck, schedule);
    connect(m_leads, &QAbstractItemModel::dataChanged, m_awarenessCheck, schedule);
    connect(m_notifications, &QAbstractItemModel::modelReset, this, [this] {
        if (m_user && m_user->role == Role::Merchant)
            m_awareness->notificationsChanged(m_notifications->notifications());
    });

    m_desktopNotificationsAction = new QAction(tr("&Desktop notifications"), this);
    m_desktopNotificationsAction->setObjectName(u"desktopNotificationsAction"_s);
    m_desktopNotificationsAction->setCheckable(true);
    m_desktopNotificationsAction->setChecked(m_awareness->notificationsEnabled());
    m_desktopNotificationsAction->setStatusTip(tr("Announce new leads and deposit alerts on the desktop"));
    connect(m_desktopNotificationsAction, &QAction::toggled, m_awareness, &LeadAwareness::setNotificationsEnabled);

    QMenu *settingsMenu = new QMenu(tr("&Settings"), menuBar());
    settingsMenu->setObjectName(u"settingsMenu"_s);
    settingsMenu->addAction(m_desktopNotificationsAction);
    const QList<QAction *> menus = menuBar()->actions();
    // Before Help, which stays last.
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), settingsMenu);
}

void MainWindow::installNewLeadsBadge(QTabWidget *tabs)
{
    m_awareness->reset(true);
    m_newLeadsBadge = new QLabel(tabs);
    m_newLeadsBadge->setObjectName(u"newLeadsBadge"_s);
    m_newLeadsBadge->setStyleSheet(u"QLabel { background: #d32f2f; color: white; font-weight: bold;"
                                   " border-radius: 8px; padding: 0px 6px; min-width: 8px; }"_s);
    m_newLeadsBadge->setAlignment(Qt::AlignCenter);
    m_newLeadsBadge->hide();
    tabs->tabBar()->setTabButton(0, QTabBar::RightSide, m_newLeadsBadge);
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_awareness->markSeen();
    });
    updateNewLeadsBadge(0);
}

void MainWindow::updateNewLeadsBadge(int count)
{
    if (m_newLeadsBadge) {
        m_newLeadsBadge->setText(count > 99 ? u"99+"_s : QString::number(count));
        const QString tip = tr("%n new lead(s) since you last looked", nullptr, count);
        m_newLeadsBadge->setToolTip(tip);
        m_newLeadsBadge->setAccessibleName(tip);
        m_newLeadsBadge->setVisible(count > 0);
    }
    setWindowIcon(count > 0 ? iconWithBadge(m_baseIcon, count) : m_baseIcon);
}

void MainWindow::leadsChangedForAwareness()
{
    if (!m_user || m_user->role != Role::Merchant) {
        m_awareness->reset(false);
        return;
    }
    m_awareness->leadsChanged(*m_leads, pendingListVisible());
}

void MainWindow::syncEndedForAwareness()
{
    // The leads this sync brought are still being read: they are part of it.
    if (m_leadsLoader->isLoading()) {
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

bool MainWindow::pendingListVisible() const
{
    return m_workspace && m_workspace->currentIndex() == 0 && isVisible() && isActiveWindow()
        && !isMinimized();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if ((event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        && m_awareness && pendingListVisible())
        m_awareness->markSeen();
}

bool MainWindow::isLoadingLeads() const
{
    return m_leadsLoader->isLoading();
}

int MainWindow::newLeadCount() const
{
    return m_awareness->newCount();
}

void MainWindow::setDesktopNotifier(DesktopNotifier *notifier)
{
    m_awareness->setNotifier(notifier);
}

DesktopNotifier *MainWindow::desktopNotifier() const
{
    return m_awareness->notifier();
}

} // namespace lm::client
