#include "pendingleadspanel.h"

#include "columnfit.h"
#include "emptystate.h"
#include "leadactionsdelegate.h"
#include "leaddetailpane.h"
#include "leadspage.h"

#include <clientmodels.h>
#include <leadfilterproxy.h>
#include <money.h>

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// The status tabs, in tab order.
constexpr LeadStatus StatusTabs[] = {LeadStatus::Pending, LeadStatus::Validated, LeadStatus::Rejected,
                                     LeadStatus::Expired};

} // namespace

PendingLeadsPanel::PendingLeadsPanel(ClientModels &models, QWidget *parent)
    : QWidget(parent),
      m_models(models),
      m_proxy(new LeadFilterProxy(this)),
      m_statusTabs(new QTabBar(this)),
      m_search(new QLineEdit(this)),
      m_view(makeTableView(u"pendingLeadsView"_s, m_proxy, this)),
      m_detail(new LeadDetailPane(this)),
      m_title(new QLabel(this)),
      m_footer(new QLabel(this)),
      m_validate(new QPushButton(tr("&Validate…"), this)),
      m_reject(new QPushButton(tr("&Reject…"), this)),
      m_summaryTimer(new QTimer(this))
{
    m_proxy->setSourceModel(&models.leads());
    m_proxy->setStatusFilter(LeadStatus::Pending);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(u"leadsTitle"_s);
    layout->addWidget(m_title);

    m_statusTabs->setObjectName(u"statusTabs"_s);
    m_statusTabs->setExpanding(false);
    m_statusTabs->setDrawBase(false);
    for (const LeadStatus status : StatusTabs)
        m_statusTabs->addTab(LeadsModel::statusText(status));
    connect(m_statusTabs, &QTabBar::currentChanged, this, &PendingLeadsPanel::setStatusTab);
    m_search->setObjectName(u"pendingSearchEdit"_s);
    m_search->setPlaceholderText(tr("Filter by client name, email, phone or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter leads"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LeadFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &PendingLeadsPanel::updateEmptyText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_statusTabs);
    bar->addStretch();
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    buildTable();
    m_view->setAccessibleName(tr("Leads"));
    m_empty = EmptyState::install(m_view, QString());
    m_empty->setBusy([&models] { return models.isLoading(); });
    connect(&models, &ClientModels::leadsLoaded, m_empty, &EmptyState::refresh);
    connect(m_detail, &LeadDetailPane::linkOpenFailed, this, [this](const QUrl &url) {
        Q_EMIT statusMessage(tr("No application here can open %1.").arg(url.toDisplayString()));
    });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"leadsSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 240});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_footer->setObjectName(u"leadsFooter"_s);
    bottom->addWidget(m_footer);
    bottom->addStretch();
    m_reject->setObjectName(u"rejectButton"_s);
    m_reject->setToolTip(tr("Reject the selected leads (Delete)"));
    m_validate->setObjectName(u"validateButton"_s);
    m_validate->setToolTip(tr("Validate the selected leads (Enter)"));
    connect(m_validate, &QPushButton::clicked, this, [this] { request(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { request(false); });
    bottom->addWidget(m_reject);
    bottom->addWidget(m_validate);
    layout->addLayout(bottom);

    // Ctrl+1 … Ctrl+4: the status tabs, wherever the focus is while the panel is shown.
    for (int i = 0; i < m_statusTabs->count(); ++i) {
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        shortcut->setShortcutContext(Qt::WindowShortcut);
        connect(shortcut, &QAction::triggered, m_statusTabs, [tabs = m_statusTabs, i] { tabs->setCurrentIndex(i); });
        addAction(shortcut);
    }
    setTabOrder(m_statusTabs, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_reject);
    setTabOrder(m_reject, m_validate);

    // The counts follow the leads, the footer the filtered list: once per burst of changes.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &PendingLeadsPanel::updateSummary);
    for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{&models.leads(), m_proxy}) {
        const auto schedule = [timer = m_summaryTimer] { timer->start(); };
        connect(model, &QAbstractItemModel::modelReset, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::rowsInserted, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::layoutChanged, m_summaryTimer, schedule);
        connect(model, &QAbstractItemModel::dataChanged, m_summaryTimer, schedule);
    }
    setStatusTab(0);
}

void PendingLeadsPanel::buildTable()
{
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(LeadsModel::Expires, Qt::AscendingOrder);
    // The brief's columns, in its order: date, client, value, commission, source, actions. The
    // rest (company, campaign, influencer…) is in the detail pane. Still sorted by expiry (soonest
    // first): the pane shows when the selected lead expires.
    QHeaderView *header = m_view->horizontalHeader();
    const int order[] = {LeadsModel::Created, LeadsModel::Client, LeadsModel::EstimatedValue, LeadsModel::Commission,
                         LeadsModel::Source, LeadsModel::Actions, LeadsModel::Expires};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    for (const int hidden : {LeadsModel::Company, LeadsModel::Campaign, LeadsModel::Influencer, LeadsModel::Status,
                             LeadsModel::Expires, LeadsModel::Share, LeadsModel::Decision})
        m_view->setColumnHidden(hidden, true);
    header->setStretchLastSection(false);
    auto *actions = new LeadActionsDelegate(m_view);
    m_view->setItemDelegateForColumn(LeadsModel::Actions, actions);
    // The client's name, the amounts and the buttons stay whole, and the name takes the room left;
    // the date and the source give way first (whole in their tooltips).
    ColumnFit *columns = ColumnFit::of(m_view);
    columns->keepWhole(LeadsModel::Client);
    columns->keepWhole(LeadsModel::Actions);
    columns->setFillColumn(LeadsModel::Client);
    connect(actions, &LeadActionsDelegate::validateClicked, this, [this](const QModelIndex &index) {
        selectOnly(index);
        request(true);
    });
    connect(actions, &LeadActionsDelegate::rejectClicked, this, [this](const QModelIndex &index) {
        selectOnly(index);
        request(false);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != LeadsModel::Actions)
            request(true);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingLeadsPanel::selectionChanged);
    // The day's work from the keyboard: Enter validates, Delete rejects what is selected.
    auto *validateKey = new QAction(m_view);
    validateKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    validateKey->setShortcutContext(Qt::WidgetShortcut);
    connect(validateKey, &QAction::triggered, this, [this] { request(true); });
    m_view->addAction(validateKey);
    auto *rejectKey = new QAction(m_view);
    rejectKey->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    rejectKey->setShortcutContext(Qt::WidgetShortcut);
    connect(rejectKey, &QAction::triggered, this, [this] { request(false); });
    m_view->addAction(rejectKey);
}

QStringList PendingLeadsPanel::selectedLeadIds(bool pendingOnly) const
{
    QStringList ids;
    for (const dto::Lead &lead : selectedLeads(pendingOnly))
        ids.append(lead.id);
    return ids;
}

QList<dto::Lead> PendingLeadsPanel::selectedLeads(bool pendingOnly) const
{
    QList<dto::Lead> leads;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            continue;
        const dto::Lead &lead = m_models.leads().leadAt(source.row());
        if (!pendingOnly || lead.status == LeadStatus::Pending)
            leads.append(lead);
    }
    return leads;
}

void PendingLeadsPanel::request(bool validate)
{
    const QStringList ids = selectedLeadIds(true);
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select one or more pending leads first."));
        return;
    }
    m_rowAtRequest = -1;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_rowAtRequest = m_rowAtRequest < 0 ? index.row() : std::min(m_rowAtRequest, index.row());
    if (validate)
        Q_EMIT validateRequested(ids);
    else
        Q_EMIT rejectRequested(ids);
}

void PendingLeadsPanel::selectNextAfterDecision()
{
    if (m_rowAtRequest < 0 || m_proxy->rowCount() == 0)
        return;
    selectOnly(m_proxy->index(std::min(m_rowAtRequest, m_proxy->rowCount() - 1), 0));
    m_view->setFocus();
}

void PendingLeadsPanel::selectOnly(const QModelIndex &proxyIndex)
{
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PendingLeadsPanel::setStatusTab(int index)
{
    if (index < 0 || index >= int(std::size(StatusTabs)))
        return;
    m_proxy->setStatusFilter(StatusTabs[index]);
    // Pending leads: the soonest to expire first; decided ones: the latest first.
    if (index == 0)
        m_view->sortByColumn(LeadsModel::Expires, Qt::AscendingOrder);
    else
        m_view->sortByColumn(LeadsModel::Created, Qt::DescendingOrder);
    m_view->setColumnHidden(LeadsModel::Actions, index != 0);
    ColumnFit::of(m_view)->refit();
    const QString titles[] = {tr("<b>Leads waiting for your decision</b>"), tr("<b>Validated leads</b>"),
                              tr("<b>Rejected leads</b>"), tr("<b>Expired leads</b>")};
    m_title->setText(titles[index]);
    updateEmptyText();
    m_summaryTimer->start();
    selectionChanged();
}

void PendingLeadsPanel::updateEmptyText()
{
    const QString texts[] = {
        tr("No lead waiting for your decision. New leads from your campaigns will appear here."),
        tr("No validated lead yet. The leads you validate will appear here."),
        tr("No rejected lead. The leads you reject will appear here."),
        tr("No expired lead. A lead not decided on in time expires and appears here."),
    };
    const int index = std::clamp(m_statusTabs->currentIndex(), 0, int(std::size(texts)) - 1);
    m_empty->setEmptyText(m_search->text().trimmed().isEmpty() ? texts[index]
                                                               : tr("No lead matches this filter."));
}

void PendingLeadsPanel::updateSummary()
{
    // Per status: how many, and their commissions.
    const LeadsModel &leads = m_models.leads();
    std::array<int, std::size(StatusTabs)> counts{};
    for (int row = 0; row < leads.rowCount(); ++row)
        ++counts[size_t(leads.keysAt(row).status)];
    Q_EMIT pendingCountChanged(counts[size_t(LeadStatus::Pending)]);
    for (int i = 0; i < m_statusTabs->count(); ++i) {
        const QString name = LeadsModel::statusText(StatusTabs[i]);
        const int count = counts[size_t(StatusTabs[i])];
        m_statusTabs->setTabText(i, count > 0 ? tr("%1 (%2)").arg(name).arg(count) : name);
    }
    qint64 commissions = 0;
    const int shown = m_proxy->rowCount();
    for (int row = 0; row < shown; ++row)
        commissions += leads.keysAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).commissionCents;
    const QString amount = Money(commissions).format(QLocale());
    switch (StatusTabs[std::max(0, m_statusTabs->currentIndex())]) {
    case LeadStatus::Pending: m_footer->setText(tr("Total: %n lead(s) • %1 to validate", nullptr, shown).arg(amount)); break;
    case LeadStatus::Validated:
        m_footer->setText(tr("Total: %n lead(s) • %1 paid in commissions", nullptr, shown).arg(amount));
        break;
    case LeadStatus::Rejected:
    case LeadStatus::Expired: m_footer->setText(tr("Total: %n lead(s) • %1 released", nullptr, shown).arg(amount)); break;
    }
    selectionChanged();
}

void PendingLeadsPanel::selectionChanged()
{
    const QList<dto::Lead> selected = selectedLeads(false);
    m_detail->setLeads(selected);
    const bool anyPending = std::any_of(selected.cbegin(), selected.cend(),
                                        [](const dto::Lead &lead) { return lead.status == LeadStatus::Pending; });
    m_validate->setEnabled(anyPending);
    m_reject->setEnabled(anyPending);
}

} // namespace lm::client
