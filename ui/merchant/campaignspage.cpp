#include "campaignspage.h"

#include "columnfit.h"
#include "campaigndialog.h"
#include "leadspage.h"

#include <campaignservice.h>
#include <clientmodels.h>
#include <money.h>

#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CampaignsPage::CampaignsPage(ClientModels &models, CampaignService &campaigns, QWidget *parent)
    : QWidget(parent),
      m_models(models),
      m_campaigns(campaigns),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(nullptr),
      m_list(new QStackedWidget(this)),
      m_new(new QPushButton(tr("&New campaign…"), this)),
      m_edit(new QPushButton(tr("E&dit…"), this)),
      m_toggle(new QPushButton(tr("&Pause"), this)),
      m_title(wrapped(u"campaignTitle"_s, this)),
      m_status(wrapped(u"campaignStatus"_s, this)),
      m_terms(wrapped(u"campaignTerms"_s, this)),
      m_leads(wrapped(u"campaignLeads"_s, this)),
      m_description(wrapped(u"campaignDescription"_s, this)),
      m_message(wrapped(u"campaignsMessage"_s, this)),
      m_recharge(new QPushButton(tr("Re&charge…"), this))
{
    setObjectName(u"campaignsPage"_s);
    m_new->setObjectName(u"newCampaignButton"_s);
    m_edit->setObjectName(u"editCampaignButton"_s);
    m_toggle->setObjectName(u"pauseResumeButton"_s);
    m_recharge->setObjectName(u"campaignsRechargeButton"_s);
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editCampaign);
    connect(m_toggle, &QPushButton::clicked, this, &CampaignsPage::toggleCampaign);
    connect(m_recharge, &QPushButton::clicked, this, &CampaignsPage::rechargeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch();

    // A refusal to explain (a resume the deposit cannot pay for), with what lifts it.
    auto *messageBar = new QFrame(this);
    messageBar->setObjectName(u"campaignsMessageBar"_s);
    messageBar->setStyleSheet(u"#campaignsMessageBar { background: #fff4d6; border: 1px solid #e0b44a; "
                              "border-radius: 4px; }"_s);
    auto *messageLayout = new QHBoxLayout(messageBar);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(m_recharge);
    messageBar->hide();

    m_proxy->setSourceModel(&models.campaigns());
    m_proxy->setSortRole(CampaignsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = makeTableView(u"campaignsView"_s, m_proxy, this);
    m_table->setColumnHidden(CampaignsModel::Merchant, true); // they are all the merchant's
    m_table->sortByColumn(CampaignsModel::Name, Qt::AscendingOrder);
    // The name stays whole; the status (the longest words) takes the room left and elides first.
    m_table->horizontalHeader()->setStretchLastSection(false);
    keepColumnWhole(m_table, CampaignsModel::Name);
    ColumnFit::of(m_table)->setFillColumn(CampaignsModel::Status);
    m_table->setAccessibleName(tr("Campaigns"));
    auto *empty = new QLabel(tr("You have no campaign yet. Create one: influencers then send you leads for it, "
                                "and you pay only for the leads you validate."),
                             this);
    empty->setObjectName(u"campaignsEmpty"_s);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_list->addWidget(empty);
    m_list->addWidget(m_table);

    auto *details = new QGroupBox(tr("Selected campaign"), this);
    details->setObjectName(u"campaignDetails"_s);
    auto *detailsLayout = new QVBoxLayout(details);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_title, m_status, m_terms, m_leads, m_description})
        detailsLayout->addWidget(label);
    m_description->setEnabled(false); // greyed: the merchant's own note

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(messageBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(details);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selectedId = rows.first().data(CampaignsModel::IdRole).toString();
        refresh();
    });
    // A change moves the campaign (the cache lists the latest first): keep it selected.
    const auto reselect = [this] {
        if (!selectCampaign(m_selectedId) && m_proxy->rowCount() > 0)
            selectCampaign(m_proxy->index(0, 0).data(CampaignsModel::IdRole).toString());
        refresh();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, reselect);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, reselect);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { refresh(); });
    connect(&models, &ClientModels::depositChanged, this, [this] { refresh(); });
    connect(&models, &ClientModels::leadsLoaded, this, [this] { refresh(); });
    connect(this, &CampaignsPage::rechargeRequested, messageBar, &QWidget::hide);
    reselect();
}

std::optional<dto::Campaign> CampaignsPage::selectedCampaign() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_models.campaigns().campaignAt(m_proxy->mapToSource(rows.first()).row());
}

bool CampaignsPage::selectCampaign(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, CampaignsModel::Name);
        if (index.data(CampaignsModel::IdRole).toString() == id) {
            // Not QTableView::selectRow: right to left, it picks the column at the viewport's far
            // edge, which may be none.
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void CampaignsPage::newCampaign()
{
    openDialog(std::nullopt);
}

void CampaignsPage::editCampaign()
{
    if (const auto campaign = selectedCampaign())
        openDialog(campaign);
}

void CampaignsPage::openDialog(const std::optional<dto::Campaign> &current)
{
    auto *dialog = new CampaignDialog(m_campaigns, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew = !current.has_value()] {
        const auto saved = dialog->saved();
        if (!saved) {
            Q_EMIT statusMessage(tr("Nothing changed."));
            return;
        }
        m_selectedId = saved->id;
        selectCampaign(saved->id);
        showMessage({}, false);
        Q_EMIT statusMessage(isNew ? tr("Campaign “%1” created.").arg(saved->name)
                                   : tr("Campaign “%1” saved.").arg(saved->name));
    });
    dialog->open();
}

void CampaignsPage::toggleCampaign()
{
    const auto campaign = selectedCampaign();
    if (!campaign || m_busy)
        return;
    const bool resume = campaign->status != CampaignStatus::Active;
    m_busy = true;
    refresh();
    const auto done = [this, resume, name = campaign->name](const Result<dto::Campaign> &result) {
        m_busy = false;
        refresh();
        if (result.ok()) {
            showMessage({}, false);
            Q_EMIT statusMessage(resume ? tr("“%1” resumed: influencers can send leads to it again.").arg(name)
                                        : tr("“%1” paused: influencers can no longer send leads to it.").arg(name));
            return;
        }
        const ApiError &error = result.error();
        if (!CampaignService::needsRecharge(error)) {
            showMessage(error.userMessage(), false);
            return;
        }
        const auto deposit = m_models.deposit();
        if (deposit && blockedReasonFromString(deposit->blockedReason) == BlockedReason::Admin)
            showMessage(tr("“%1” cannot be resumed: your deposit is blocked by LeadMarket. Contact LeadMarket to "
                           "lift the block.")
                            .arg(name),
                        false);
        else
            showMessage(tr("“%1” cannot be resumed: your deposit is empty. Recharge it and your campaigns paused "
                           "for an empty deposit resume by themselves.")
                            .arg(name),
                        true);
    };
    if (resume)
        m_campaigns.resume(campaign->id, this, done);
    else
        m_campaigns.pause(campaign->id, this, done);
}

void CampaignsPage::showMessage(const QString &text, bool offerRecharge)
{
    m_message->setText(text);
    m_recharge->setVisible(offerRecharge);
    m_message->parentWidget()->setVisible(!text.isEmpty());
}

void CampaignsPage::refresh()
{
    m_list->setCurrentIndex(m_proxy->rowCount() > 0 ? 1 : 0);
    const auto campaign = selectedCampaign();
    m_edit->setEnabled(campaign.has_value() && !m_busy);
    m_toggle->setEnabled(campaign.has_value() && !m_busy);
    const bool paused = campaign && campaign->status != CampaignStatus::Active;
    m_toggle->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_toggle->setToolTip(paused ? tr("Let influencers send leads to this campaign again")
                                : tr("Stop new leads for this campaign; the leads already sent stay"));
    if (!campaign) {
        m_title->setText(tr("No campaign selected."));
        for (QLabel *label : {m_status, m_terms, m_leads, m_description})
            label->clear();
        return;
    }
    m_title->setText(campaign->name);
    m_status->setText(statusInWords(*campaign));
    const QLocale locale;
    m_terms->setText(tr("Commission: %1. The influencer gets %2 % of it.")
                         .arg(CampaignsModel::commissionText(campaign->policy),
                              Money(campaign->policy.influencerShareBp).formatShort(locale, false)));
    m_leads->setText(leadsInWords(campaign->id));
    m_description->setText(campaign->description);
    m_description->setVisible(!campaign->description.isEmpty());
}

QString CampaignsPage::statusInWords(const dto::Campaign &campaign) const
{
    if (campaign.status != CampaignStatus::Active) {
        switch (pausedReasonFromString(campaign.pausedReason).value_or(PausedReason::Manual)) {
        case PausedReason::Depleted:
            return tr("Paused because your deposit is empty: it resumes by itself when you recharge.");
        case PausedReason::Manual:
            break;
        }
        return tr("Paused by you: influencers see it but cannot send leads to it.");
    }
    // What influencers see: a campaign takes leads while the deposit can pay for one.
    const auto deposit = m_models.deposit();
    if (deposit && deposit->status == DepositStatus::Blocked)
        return blockedReasonFromString(deposit->blockedReason) == BlockedReason::Admin
            ? tr("Active, but your deposit is blocked by LeadMarket: influencers cannot send leads.")
            : tr("Active, but your deposit is empty: influencers cannot send leads until you recharge.");
    if (deposit && deposit->availableCents() <= 0)
        return tr("Active, but influencers cannot send leads until your deposit is recharged.");
    return tr("Active: influencers can send leads to it.");
}

QString CampaignsPage::leadsInWords(const QString &campaignId) const
{
    int total = 0;
    int pending = 0;
    for (const dto::Lead &lead : m_models.leads().leads()) {
        if (lead.campaignId != campaignId)
            continue;
        ++total;
        if (lead.status == LeadStatus::Pending)
            ++pending;
    }
    if (total == 0)
        return tr("No lead yet.");
    return tr("%n lead(s) received, %1 waiting for your decision.", nullptr, total).arg(pending);
}

} // namespace lm::client
