#pragma once

#include <QCoreApplication>

class QWidget;

namespace lm::client {

class AdminListPage;
class AdminService;

/// The translation context of the disputes page.
class DisputesPage final
{
    Q_DECLARE_TR_FUNCTIONS(DisputesPage)
};

/// The rejections influencers dispute, newest first (open ones by default): the merchant's reason
/// beside the influencer's note; an admin upholds the rejection or overturns it, which validates
/// and charges the lead as the merchant's validation would.
AdminListPage *makeDisputesPage(AdminService &admin, QWidget *parent);

} // namespace lm::client
