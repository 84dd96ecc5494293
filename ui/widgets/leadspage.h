#pragma once

#include <dto.h>

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QTableView;

namespace lm::client {

class LeadFilterProxy;
class LeadsModel;

/// A read-only table in the client's look: whole rows selected, sortable, header sized by hand.
QTableView *makeTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);

/// Every lead of the user as a table ("All leads", "My leads"), filtered as you type on client,
/// company, campaign or influencer, newest first; decisions are taken elsewhere.
class LeadsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LeadsPage(LeadsModel &leads, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    /// The leads as the table shows them (filter and order).
    QList<dto::Lead> shownLeads() const;

private:
    LeadsModel &m_leads;
    LeadFilterProxy *m_proxy;
    QLineEdit *m_search;
};

} // namespace lm::client
