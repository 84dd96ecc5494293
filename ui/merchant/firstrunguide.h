#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lm::client {

class ClientModels;

/// "Getting started" on a new merchant's Overview: 1. create a first campaign, 2. recharge the
/// deposit, each ticked once done (the campaigns and the deposit the cache holds say so). Hidden
/// until the first sync has told what the account has, and for good once both are done: a
/// campaign is never deleted and a deposit once recharged keeps its reference amount, so it does
/// not come back.
class FirstRunGuide final : public QFrame
{
    Q_OBJECT

public:
    explicit FirstRunGuide(ClientModels &models, QWidget *parent = nullptr);

    bool hasCampaign() const { return m_hasCampaign; }
    bool hasRecharged() const { return m_hasRecharged; }
    /// Both steps done: the guide is gone.
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void createCampaignRequested();
    void rechargeRequested();

private:
    struct Step
    {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };
    Step addStep(int number, const QString &objectName, const QString &text, const QString &buttonText);
    void refresh();
    void showStep(const Step &step, int number, bool done);

    ClientModels &m_models;
    Step m_campaign;
    Step m_recharge;
    bool m_hasCampaign = false;
    bool m_hasRecharged = false;
    bool m_finished = false;
};

} // namespace lm::client
