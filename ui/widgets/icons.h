#pragma once

#include <QIcon>

namespace lm::client {

/// The toolbar's icons (resources/icons/actions), built into the client. (The lead sources'
/// icons belong to LeadsModel.)
enum class ActionIcon { Sync, SignOut, Recharge, Export };

/// An action's icon: the desktop theme's own when it has one (so the toolbar matches the
/// desktop), LeadMarket's otherwise.
QIcon actionIcon(ActionIcon icon);

} // namespace lm::client
