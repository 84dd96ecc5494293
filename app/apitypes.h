#pragma once

#include "result.h"

#include <dto.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

// The values ApiClient's calls answer with, for code that handles them without making calls.
namespace lm::client {

struct LoginResult
{
    QString token;
    qint64 expiresAt = 0;
    dto::User user;
};

/// One page of a list route (API.md "Lists").
template <typename T>
struct Page
{
    QList<T> items;
    QString nextCursor; ///< empty: last page
    qint64 serverTime = 0;
};

struct ListQuery
{
    QString cursor;
    std::optional<qint64> updatedSince;
    int limit = 200;
    QString status;
};

/// POST /api/leads/deposits/recharge's answer: the checkout to open and the URLs it returns to.
struct RechargeStart
{
    QString paymentId;
    QString provider;
    QUrl checkoutUrl;
    QString successUrl;
    QString cancelUrl;
    /// Origins the checkout goes through besides the checkout URL's (CMI: its gateway).
    QStringList checkoutOrigins;
};

} // namespace lm::client
