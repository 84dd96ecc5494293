#pragma once

#include "accountservice.h"
#include "adminservice.h"
#include "alertservice.h"
#include "authservice.h"
#include "campaignservice.h"
#include "context.h"
#include "disputeservice.h"
#include "leadservice.h"
#include "notificationservice.h"
#include "paymentservice.h"
#include "payoutservice.h"

namespace lm::server {

class HttpApi;

/// Every service of one server instance, built on one Context.
struct Services
{
    explicit Services(Context &context)
        : ctx(context), auth(context), campaigns(context), leads(context), payments(context), admin(context),
          notifications(context), alerts(context), payouts(context), accounts(context, auth),
          disputes(context)
    {
    }

    Context &ctx;
    AuthService auth;
    CampaignService campaigns;
    LeadService leads;
    PaymentService payments;
    AdminService admin;
    NotificationService notifications;
    AlertService alerts;
    PayoutService payouts;
    AccountService accounts;
    DisputeService disputes;
    class Scheduler *scheduler = nullptr; ///< owned by ServerApp
    class EventHub *events = nullptr;     ///< push (GET /api/events), owned by ServerApp
    class HttpServer *http = nullptr;     ///< the HTTP edge, owned by ServerApp
};

// One function per resource registers its routes (server/routes/*.cpp).
void registerAuthRoutes(HttpApi &api, Services &services);
void registerCampaignRoutes(HttpApi &api, Services &services);
void registerLeadRoutes(HttpApi &api, Services &services);
void registerPaymentRoutes(HttpApi &api, Services &services);
void registerAdminRoutes(HttpApi &api, Services &services);
void registerNotificationRoutes(HttpApi &api, Services &services);
void registerPayoutRoutes(HttpApi &api, Services &services);
void registerOperationsRoutes(HttpApi &api, Services &services);
void registerAccountRoutes(HttpApi &api, Services &services);

} // namespace lm::server
