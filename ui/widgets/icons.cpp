#include "icons.h"

using namespace Qt::StringLiterals;

namespace lm::client {

QIcon actionIcon(ActionIcon icon)
{
    struct Names
    {
        QString theme; // freedesktop icon naming specification
        QString ours;
    };
    const Names names = [icon]() -> Names {
        switch (icon) {
        case ActionIcon::Sync: return {u"view-refresh"_s, u"sync"_s};
        case ActionIcon::SignOut: return {u"system-log-out"_s, u"sign-out"_s};
        case ActionIcon::Recharge: return {u"wallet-open"_s, u"recharge"_s};
        case ActionIcon::Export: return {u"document-save-as"_s, u"export"_s};
        }
        return {};
    }();
    return QIcon::fromTheme(names.theme, QIcon(u":/icons/actions/"_s + names.ours + u".svg"_s));
}

} // namespace lm::client
