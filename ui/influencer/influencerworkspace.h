#pragma once

#include "workspace.h"

namespace lm::client {

class NewLeadForm;

/// The influencer's work: the new-lead form (queued through the outbox, checked as typed), their
/// leads, the campaigns, notifications and queued actions.
class InfluencerWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit InfluencerWorkspace(WorkspaceContext context, QWidget *parent = nullptr);

private:
    NewLeadForm *m_form;
};

} // namespace lm::client
