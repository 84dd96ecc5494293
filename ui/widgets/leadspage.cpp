#include "leadspage.h"

#include <leadfilterproxy.h>
#include <leadsmodel.h>

#include <QHeaderView>
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
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

LeadsPage::LeadsPage(LeadsModel &leads, QWidget *parent)
    : QWidget(parent), m_leads(leads), m_proxy(new LeadFilterProxy(this)), m_search(new QLineEdit(this))
{
    m_proxy->setSourceModel(&leads);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search by client, company, campaign or influencer"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LeadFilterProxy::setSearchText);
    QTableView *view = makeTableView(u"leadsView"_s, m_proxy, this);
    view->setColumnHidden(LeadsModel::Actions, true); // decisions are taken on the Overview
    view->sortByColumn(LeadsModel::Created, Qt::DescendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(view);
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
