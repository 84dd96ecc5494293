#pragma once

#include <dto.h>
#include <kinds.h>

#include <QList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTableView;

namespace lm::client {

class EmptyState;
class LeadFilterProxy;
class LeadsModel;

/// A read-only table in the client's look: whole rows selected, sortable, header sized by hand.
/// Cells too narrow for their text end in "…" and say it whole in a tooltip.
QTableView *makeTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);
/// A name column that keeps its text whole: the last to give way when the window narrows.
void keepColumnWhole(QTableView *view, int column);

/// Every lead of the user as a table ("All leads", "My leads"), filtered by status and as you type
/// on client, company, campaign or influencer, newest first; decisions are taken elsewhere. The
/// columns are the reader's: an influencer sees their share and the merchant's decision, not the
/// merchant's whole commission.
class LeadsPage final : public QWidget
{
    Q_OBJECT

public:
    LeadsPage(LeadsModel &leads, Role reader, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    /// The leads as the table shows them (filter and order).
    QList<dto::Lead> shownLeads() const;
    /// The lead of the table's current row, if any.
    std::optional<dto::Lead> currentLead() const;
    /// Puts `button` beside the filters; it acts on the current lead (see currentChanged).
    void addPageAction(QWidget *button);
    /// What the table says while it has no row.
    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    /// The current row moved, or the leads changed under it.
    void currentChanged();

private:
    LeadsModel &m_leads;
    LeadFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    EmptyState *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QHBoxLayout *m_filters = nullptr;
};

} // namespace lm::client
