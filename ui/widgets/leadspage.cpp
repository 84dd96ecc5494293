#include "leadspage.h"

#include "columnfit.h"
#include "elidedtooltips.h"
#include "emptystate.h"

#include <leadfilterproxy.h>
#include <leadsmodel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

QTableView *makeTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    showElidedTextInToolTips(view);
    ColumnFit::of(view);
    return view;
}

void keepColumnWhole(QTableView *view, int column)
{
    // As wide as its longest text: the other columns elide before a client's name turns into "Sara Al…".
    ColumnFit::of(view)->keepWhole(column);
}

LeadsPage::LeadsPage(LeadsModel &leads, Role reader, QWidget *parent)
    : QWidget(parent),
      m_leads(leads),
      m_proxy(new LeadFilterProxy(this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this))
{
    m_proxy->setSourceModel(&leads);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search by client, company, campaign or influencer"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search leads"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LeadFilterProxy::setSearchText);

    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Show leads with status"));
    m_status->addItem(tr("All statuses"), -1);
    for (const LeadStatus status : {LeadStatus::Pending, LeadStatus::Validated, LeadStatus::Rejected, LeadStatus::Expired})
        m_status->addItem(LeadsModel::statusText(status), static_cast<int>(status));
    connect(m_status, &QComboBox::currentIndexChanged, m_proxy, [this] {
        const int status = m_status->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional(static_cast<LeadStatus>(status)));
    });

    QTableView *view = makeTableView(u"leadsView"_s, m_proxy, this);
    QList<int> hidden{LeadsModel::Actions}; // decisions are taken on the Overview
    if (reader == Role::Influencer)
        hidden << LeadsModel::Influencer << LeadsModel::Commission; // the merchant's total is not theirs
    else
        hidden << LeadsModel::Share;
    for (const int column : hidden)
        view->setColumnHidden(column, true);
    view->sortByColumn(LeadsModel::Created, Qt::DescendingOrder);
    view->setAccessibleName(tr("Leads"));
    keepColumnWhole(view, LeadsModel::Client); // the rest elides first
    m_empty = EmptyState::install(view, reader == Role::Influencer
                                            ? tr("No leads yet. The leads you send from Home will appear here.")
                                            : tr("No leads yet. The leads influencers send to your campaigns "
                                                 "will appear here."));
    m_empty->setFilteredText(tr("No lead matches this search or status."));

    m_view = view;
    m_filters = new QHBoxLayout;
    m_filters->addWidget(m_search, 1);
    m_filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filters);
    layout->addWidget(view);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsPage::currentChanged);
    connect(&leads, &QAbstractItemModel::dataChanged, this, &LeadsPage::currentChanged);
    connect(&leads, &QAbstractItemModel::modelReset, this, &LeadsPage::currentChanged);
}

std::optional<dto::Lead> LeadsPage::currentLead() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_leads.leadAt(m_proxy->mapToSource(current).row());
}

void LeadsPage::addPageAction(QWidget *button)
{
    m_filters->addWidget(button);
}

QList<dto::Lead> LeadsPage::shownLeads() const
{
    QList<dto::Lead> leads;
    leads.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        leads.append(m_leads.leadAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return leads;
}

} // namespace lm::client
