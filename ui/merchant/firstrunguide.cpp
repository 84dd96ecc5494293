#include "firstrunguide.h"

#include <clientmodels.h>

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lm::client {

FirstRunGuide::FirstRunGuide(ClientModels &models, QWidget *parent) : QFrame(parent), m_models(models)
{
    setObjectName(u"firstRunGuide"_s);
    setStyleSheet(u"#firstRunGuide { background: #eef5fc; border: 1px solid #9cc3e6; border-radius: 6px; }"_s);
    auto *grid = new QGridLayout(this);
    auto *title = new QLabel(tr("Getting started"), this);
    title->setObjectName(u"guideTitle"_s);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    auto *intro = new QLabel(tr("Two steps, and influencers can start sending you leads."), this);
    intro->setWordWrap(true);
    grid->addWidget(title, 0, 0, 1, 3);
    grid->addWidget(intro, 1, 0, 1, 3);
    m_campaign = addStep(1, u"guideCampaign"_s, tr("Create your first campaign: what you sell and what you pay "
                                                   "for a lead."),
                         tr("Create a &first campaign…"));
    m_recharge = addStep(2, u"guideRecharge"_s, tr("Recharge your deposit: each lead's commission is reserved on "
                                                   "it, and paid only when you validate the lead."),
                         tr("Re&charge…"));
    grid->setColumnStretch(1, 1);
    connect(m_campaign.button, &QPushButton::clicked, this, &FirstRunGuide::createCampaignRequested);
    connect(m_recharge.button, &QPushButton::clicked, this, &FirstRunGuide::rechargeRequested);

    connect(&models.campaigns(), &QAbstractItemModel::modelReset, this, &FirstRunGuide::refresh);
    connect(&models.campaigns(), &QAbstractItemModel::rowsInserted, this, &FirstRunGuide::refresh);
    connect(&models, &ClientModels::depositChanged, this, &FirstRunGuide::refresh);
    refresh();
}

FirstRunGuide::Step FirstRunGuide::addStep(int number, const QString &objectName, const QString &text,
                                           const QString &buttonText)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    Step step;
    step.mark = new QLabel(this);
    step.mark->setObjectName(objectName + u"Mark"_s);
    step.mark->setAlignment(Qt::AlignCenter);
    step.mark->setFixedSize(24, 24);
    step.text = new QLabel(text, this);
    step.text->setObjectName(objectName + u"Text"_s);
    step.text->setWordWrap(true);
    step.button = new QPushButton(buttonText, this);
    step.button->setObjectName(objectName + u"Button"_s);
    grid->addWidget(step.mark, row, 0, Qt::AlignTop);
    grid->addWidget(step.text, row, 1);
    grid->addWidget(step.button, row, 2, Qt::AlignTop);
    showStep(step, number, false);
    return step;
}

void FirstRunGuide::showStep(const Step &step, int number, bool done)
{
    // A number in a circle until done, then a tick; the text says it in words for screen readers.
    step.mark->setText(done ? u"✓"_s : QLocale().toString(number));
    step.mark->setStyleSheet(done ? u"background: #2e7d32; color: white; border-radius: 12px; font-weight: bold;"_s
                                  : u"background: #1565c0; color: white; border-radius: 12px; font-weight: bold;"_s);
    step.mark->setAccessibleName(done ? tr("Done") : tr("Step %1").arg(number));
    QFont font = step.text->font();
    font.setStrikeOut(done);
    step.text->setFont(font);
    step.text->setEnabled(!done);
    step.button->setVisible(!done);
}

void FirstRunGuide::refresh()
{
    if (m_finished)
        return;
    const auto deposit = m_models.deposit();
    // The campaigns and the deposit arrive together from the cache: no deposit yet means nothing
    // is known about the account (before the first sync), so nothing is suggested yet.
    if (!deposit) {
        hide();
        return;
    }
    m_hasCampaign = m_models.campaigns().rowCount() > 0;
    // A recharge sets the reference amount (the gauge's 100 %), which stays > 0 from then on.
    m_hasRecharged = deposit->referenceCents > 0 || deposit->currentBalanceCents > 0;
    showStep(m_campaign, 1, m_hasCampaign);
    showStep(m_recharge, 2, m_hasRecharged);
    if (m_hasCampaign && m_hasRecharged) {
        m_finished = true;
        hide();
        return;
    }
    show();
}

} // namespace lm::client
