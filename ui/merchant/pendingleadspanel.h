#pragma once

#include <dto.h>

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;

namespace lm::client {

class ClientModels;
class EmptyState;
class LeadDetailPane;
class LeadFilterProxy;

/// The merchant's leads by status (pending, validated, rejected, expired: Ctrl+1…4), filtered as
/// typed (Ctrl+F), with the brief's columns, a detail pane for the selection, a footer with the
/// totals and the Validate / Reject buttons. Enter validates and Delete rejects the selection.
/// It decides nothing: it emits what the merchant asked for, with the leads' ids.
class PendingLeadsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PendingLeadsPanel(ClientModels &models, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    /// The selected leads' ids in table order; only pending ones when asked.
    QStringList selectedLeadIds(bool pendingOnly) const;
    /// After a decision: the lead now where the selection was is selected, and the table has the
    /// focus, so the keyboard goes on from there.
    void selectNextAfterDecision();

Q_SIGNALS:
    void validateRequested(const QStringList &leadIds);
    void rejectRequested(const QStringList &leadIds);
    void pendingCountChanged(int count);
    void statusMessage(const QString &text);

private:
    QList<dto::Lead> selectedLeads(bool pendingOnly) const;
    void buildTable();
    void setStatusTab(int index);
    void updateSummary();
    void updateEmptyText();
    void selectionChanged();
    void selectOnly(const QModelIndex &proxyIndex);
    void request(bool validate);

    ClientModels &m_models;
    LeadFilterProxy *m_proxy;
    QTabBar *m_statusTabs;
    QLineEdit *m_search;
    QTableView *m_view;
    LeadDetailPane *m_detail;
    QLabel *m_title;
    QLabel *m_footer;
    QPushButton *m_validate;
    QPushButton *m_reject;
    QTimer *m_summaryTimer;
    EmptyState *m_empty = nullptr;
    int m_rowAtRequest = -1; ///< the first selected row when a decision was asked for
};

} // namespace lm::client
