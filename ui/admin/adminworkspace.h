#pragma once

#include "workspace.h"

namespace lm::client {

/// The administrator's view: every lead, the campaigns and the notifications.
class AdminWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit AdminWorkspace(WorkspaceContext context, QWidget *parent = nullptr);
};

} // namespace lm::client
