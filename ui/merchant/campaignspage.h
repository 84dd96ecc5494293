#pragma once

#include <dto.h>

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace lm::client {

class CampaignService;
class ClientModels;

/// The merchant's campaigns: the list (name, status, commission terms), the selected one in words
/// (why it is paused, what influencers can do with it now, its leads), and New campaign…, Edit…,
/// Pause / Resume, all sent to the server at once. A resume the deposit cannot pay for is refused
/// by the server: its reason is shown with an offer to recharge.
class CampaignsPage final : public QWidget
{
    Q_OBJECT

public:
    CampaignsPage(ClientModels &models, CampaignService &campaigns, QWidget *parent = nullptr);

    /// The selected campaign, if any.
    std::optional<dto::Campaign> selectedCampaign() const;
    /// Selects the campaign with this id (false: not listed).
    bool selectCampaign(const QString &id);

public Q_SLOTS:
    void newCampaign();
    void editCampaign();
    /// Pauses the selected campaign when it is active, resumes it when it is paused.
    void toggleCampaign();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void rechargeRequested();

private:
    void openDialog(const std::optional<dto::Campaign> &current);
    void refresh();
    void showMessage(const QString &text, bool offerRecharge);
    QString statusInWords(const dto::Campaign &campaign) const;
    QString leadsInWords(const QString &campaignId) const;

    ClientModels &m_models;
    CampaignService &m_campaigns;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QStackedWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_terms;
    QLabel *m_leads;
    QLabel *m_description;
    QLabel *m_message;
    QPushButton *m_recharge;
    QString m_selectedId; ///< kept across model resets (a change moves the row)
    bool m_busy = false;
};

} // namespace lm::client
