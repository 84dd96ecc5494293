#include "adminpages.h"

#include "admindialogs.h"
#include "adminlistpage.h"

#include <adminservice.h>
#include <jsontablemodel.h>
#include <levellook.h>
#include <money.h>
#include <payoutsmodel.h>
#include <validation.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

/// A page's rows from a list answer, with a word when the cap cut them short.
void takeRows(AdminListPage *page, JsonTableModel *model, const AdminService::Rows &rows, const QString &capped)
{
    model->setRows(rows.items);
    if (rows.more)
        page->showMessage(capped, true);
}

/// Tells a dialog how its send went.
template <typename T>
void doneOf(const AdminActionDialog::Finished &finished, const Result<T> &result)
{
    finished(result.ok() ? ApiError() : result.error());
}

QColor criticalText()
{
    return LevelLook::textColour(AlertLevel::Critical, QGuiApplication::palette());
}

QString channelText(const QString &channel)
{
    if (channel == "email"_L1)
        return AdminPages::tr("Email");
    if (channel == "sms"_L1)
        return AdminPages::tr("SMS");
    if (channel == "whatsapp"_L1)
        return AdminPages::tr("WhatsApp");
    return channel;
}

QString outboxStatusText(const QString &status)
{
    if (status == "queued"_L1)
        return AdminPages::tr("Queued");
    if (status == "sent"_L1)
        return AdminPages::tr("Sent");
    if (status == "failed"_L1)
        return AdminPages::tr("Failed");
    if (status == "skipped"_L1)
        return AdminPages::tr("Skipped");
    return status;
}

QString roleText(const QString &role)
{
    switch (roleFromString(role).value_or(Role::Merchant)) {
    case Role::Merchant: return AdminPages::tr("Merchant");
    case Role::Influencer: return AdminPages::tr("Influencer");
    case Role::Admin: return AdminPages::tr("Administrator");
    }
    return role;
}

QString accountStatusText(const QString &status)
{
    return status == "disabled"_L1 ? AdminPages::tr("Disabled") : AdminPages::tr("Active");
}

QString auditActionText(const QString &action)
{
    if (action == "merchant.block"_L1)
        return AdminPages::tr("Blocked a merchant's deposit");
    if (action == "merchant.unblock"_L1)
        return AdminPages::tr("Unblocked a merchant's deposit");
    if (action == "user.create"_L1)
        return AdminPages::tr("Created an account");
    if (action == "user.disable"_L1)
        return AdminPages::tr("Disabled an account");
    if (action == "user.enable"_L1)
        return AdminPages::tr("Enabled an account");
    if (action == "payout.paid"_L1)
        return AdminPages::tr("Marked a payout paid");
    if (action == "payout.reject"_L1)
        return AdminPages::tr("Rejected a payout");
    if (action == "lead.erase"_L1)
        return AdminPages::tr("Erased a lead's contact details");
    if (action == "job.run"_L1)
        return AdminPages::tr("Ran a scheduled job by hand");
    return action;
}

JsonColumn mapped(std::function<QString()> title, const QString &key, QString (*text)(const QString &))
{
    JsonColumn c;
    c.title = std::move(title);
    c.display = [key, text](const QJsonObject &row) -> QVariant { return text(row.value(key).toString()); };
    c.sortKey = [key](const QJsonObject &row) -> QVariant { return row.value(key).toString(); };
    return c;
}

} // namespace

QString jobTitle(const QString &job)
{
    if (job == "deposit-check"_L1)
        return AdminPages::tr("Deposit check and alerts (every hour)");
    if (job == "daily-report"_L1)
        return AdminPages::tr("Daily report for the admins (09:00)");
    if (job == "expire-leads"_L1)
        return AdminPages::tr("Expiry of leads pending over 72 h (23:00)");
    if (job == "pii-retention"_L1)
        return AdminPages::tr("Erasure of old clients' contact details (daily)");
    return job;
}

QString jobResultText(const QString &job, const QJsonValue &value)
{
    if (!value.isObject())
        return value.isNull() || value.isUndefined() ? u"—"_s : value.toVariant().toString();
    const QJsonObject result = value.toObject();
    const QLocale locale;
    const auto n = [&result](const char *key) { return int(result.value(QLatin1StringView(key)).toInteger()); };
    if (job == "deposit-check"_L1 && result.contains("deposits_checked"_L1))
        return AdminPages::tr("%n deposit(s) checked", nullptr, n("deposits_checked")) + u", "_s
            + AdminPages::tr("%n alert(s) sent", nullptr, n("alerts_sent")) + u", "_s
            + AdminPages::tr("%n blocked", nullptr, n("blocked"));
    if (result.contains("expired"_L1))
        return AdminPages::tr("%n lead(s) expired", nullptr, n("expired"));
    if (result.contains("erased"_L1))
        return AdminPages::tr("%n lead(s) erased", nullptr, n("erased"));
    if (job == "daily-report"_L1 && result.contains("date"_L1)) {
        const QDate day = QDate::fromString(result.value("date"_L1).toString(), Qt::ISODate);
        return AdminPages::tr("Report of %1: %n lead(s) created", nullptr, n("leads_created"))
            .arg(day.isValid() ? locale.toString(day, QLocale::ShortFormat) : result.value("date"_L1).toString());
    }
    QStringList parts;
    for (auto it = result.begin(); it != result.end(); ++it)
        parts << it.key() + u": "_s + it.value().toVariant().toString();
    return parts.join(u", "_s);
}

AdminListPage *makeOutboxPage(AdminService &admin, QWidget *parent)
{
    auto *model = new JsonTableModel(
        {
            JsonColumn::time([] { return AdminPages::tr("Created"); }, u"created_at"_s),
            mapped([] { return AdminPages::tr("Channel"); }, u"channel"_s, channelText),
            JsonColumn::text([] { return AdminPages::tr("Recipient"); }, u"recipient"_s),
            JsonColumn::text([] { return AdminPages::tr("Subject"); }, u"subject"_s),
            mapped([] { return AdminPages::tr("Status"); }, u"status"_s, outboxStatusText),
            JsonColumn::count([] { return AdminPages::tr("Attempts"); }, u"attempts"_s),
            JsonColumn::text([] { return AdminPages::tr("Last error"); }, u"last_error"_s),
            JsonColumn::time([] { return AdminPages::tr("Sent"); }, u"sent_at"_s),
        },
        u"id"_s);
    auto *page = new AdminListPage(u"outbox"_s, model, parent);
    page->view()->setAccessibleName(AdminPages::tr("Outgoing messages"));
    model->setParent(page);
    // Failed messages stand out: nothing more will be tried for them.
    model->setRowForeground([](const QJsonObject &row) -> QVariant {
        return row.value("status"_L1).toString() == "failed"_L1 ? QVariant(criticalText()) : QVariant();
    });
    page->view()->sortByColumn(0, Qt::DescendingOrder);
    auto *status = filterCombo(u"outboxStatusFilter"_s, AdminPages::tr("Show messages with status"), page);
    status->addItem(AdminPages::tr("All statuses"), QString());
    for (const QString &s : {u"queued"_s, u"sent"_s, u"failed"_s, u"skipped"_s})
        status->addItem(outboxStatusText(s), s);
    page->addFilter(status);
    page->setSearch(AdminPages::tr("Search by recipient, subject or error"));
    page->setEmptyTexts(AdminPages::tr("No message with this status."), {});
    QObject::connect(status, &QComboBox::currentIndexChanged, page, &AdminListPage::reload);
    page->setLoader([&admin, page, model, status](AdminListPage::Finish finish) {
        admin.outbox(status->currentData().toString(), page,
                     [page, model, finish](const Result<AdminService::Rows> &result) {
                         if (!result.ok())
                             return finish(result.error());
                         takeRows(page, model, result.value(),
                                  AdminPages::tr("Showing the %1 most recent messages.")
                                      .arg(QLocale().toString(AdminService::ListCap)));
                         finish({});
                     });
    });
    return page;
}

AdminListPage *makeJobsPage(AdminService &admin, QWidget *parent)
{
    JsonColumn title;
    title.title = [] { return AdminPages::tr("Job"); };
    title.display = [](const QJsonObject &row) -> QVariant { return jobTitle(row.value("name"_L1).toString()); };
    JsonColumn lastResult;
    lastResult.title = [] { return AdminPages::tr("Last result"); };
    lastResult.display = [](const QJsonObject &row) -> QVariant {
        return jobResultText(row.value("name"_L1).toString(), row.value("last_result"_L1));
    };
    lastResult.toolTip = lastResult.display;
    auto *model = new JsonTableModel(
        {
            title,
            JsonColumn::time([] { return AdminPages::tr("Last run"); }, u"last_run_at"_s),
            lastResult,
            JsonColumn::time([] { return AdminPages::tr("Next run"); }, u"next_run_at"_s),
        },
        u"name"_s);
    auto *page = new AdminListPage(u"jobs"_s, model, parent);
    page->view()->setAccessibleName(AdminPages::tr("Scheduled jobs"));
    model->setParent(page);
    page->setEmptyTexts(AdminPages::tr("The server has no scheduled job."), {});
    QPushButton *run = page->addAction(u"runJobButton"_s, AdminPages::tr("&Run now…"),
                                       AdminPages::tr("Run the selected job now, as its schedule would"), true);
    QObject::connect(run, &QPushButton::clicked, page, [&admin, page, model] {
        const int row = page->currentSourceRow();
        if (row < 0)
            return;
        const QString name = model->rowAt(row).value("name"_L1).toString();
        auto *dialog = new AdminActionDialog(
            u"runJobDialog"_s, AdminPages::tr("Run a job"),
            AdminPages::tr("Run “%1” now? It does what its scheduled run does (alerts, emails, expiries) and "
                           "does not change its schedule.")
                .arg(jobTitle(name)),
            AdminPages::tr("&Run now"), page);
        auto outcome = std::make_shared<QString>();
        dialog->setSend([&admin, name, outcome](const QString &, QObject *context,
                                                AdminActionDialog::Finished finished) {
            admin.runJob(name, context, [name, outcome, finished](const Result<QJsonObject> &answer) {
                if (answer.ok())
                    *outcome = jobResultText(name, answer.value().value("result"_L1));
                finished(answer.ok() ? ApiError() : answer.error());
            });
        });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, page, [page, name, outcome] {
            page->showMessage(AdminPages::tr("“%1” ran: %2.").arg(jobTitle(name), *outcome), true);
            page->reload();
        });
        dialog->open();
    });
    page->setLoader([&admin, page, model](AdminListPage::Finish finish) {
        admin.jobs(page, [model, finish](const Result<QJsonArray> &result) {
            if (!result.ok())
                return finish(result.error());
            model->setRows(result.value());
            finish({});
        });
    });
    return page;
}

AdminListPage *makeUsersPage(AdminService &admin, QWidget *parent)
{
    auto *model = new JsonTableModel(
        {
            JsonColumn::text([] { return AdminPages::tr("Name"); }, u"display_name"_s),
            JsonColumn::text([] { return AdminPages::tr("Email"); }, u"email"_s),
            mapped([] { return AdminPages::tr("Role"); }, u"role"_s, roleText),
            mapped([] { return AdminPages::tr("Status"); }, u"status"_s, accountStatusText),
            JsonColumn::text([] { return AdminPages::tr("Phone"); }, u"phone"_s),
            JsonColumn::time([] { return AdminPages::tr("Created"); }, u"created_at"_s),
        },
        u"id"_s);
    auto *page = new AdminListPage(u"users"_s, model, parent);
    page->view()->setAccessibleName(AdminPages::tr("Accounts"));
    model->setParent(page);
    model->setRowForeground([](const QJsonObject &row) -> QVariant {
        return row.value("status"_L1).toString() == "disabled"_L1 ? QVariant(criticalText()) : QVariant();
    });
    auto *role = filterCombo(u"usersRoleFilter"_s, AdminPages::tr("Show accounts with role"), page);
    role->addItem(AdminPages::tr("All roles"), -1);
    role->addItem(AdminPages::tr("Merchants"), int(Role::Merchant));
    role->addItem(AdminPages::tr("Influencers"), int(Role::Influencer));
    role->addItem(AdminPages::tr("Administrators"), int(Role::Admin));
    page->addFilter(role);
    page->setSearch(AdminPages::tr("Search by email or name"), /*server=*/true);
    page->setEmptyTexts(AdminPages::tr("No account matches this role and search."), {});
    QObject::connect(role, &QComboBox::currentIndexChanged, page, &AdminListPage::reload);

    QPushButton *create = page->addAction(u"newUserButton"_s, AdminPages::tr("&New user…"),
                                          AdminPages::tr("Create an account of any role"), false);
    QPushButton *disable = page->addAction(u"disableUserButton"_s, AdminPages::tr("&Disable…"),
                                           AdminPages::tr("Sign the account out everywhere and refuse its sign-ins"),
                                           true);
    QPushButton *enable = page->addAction(u"enableUserButton"_s, AdminPages::tr("Ena&ble…"),
                                          AdminPages::tr("Let the account sign in again"), true);
    const auto isSelf = [&admin, model](int row) {
        return model->rowAt(row).value("id"_L1).toString() == admin.signedInUserId();
    };
    const auto isDisabled = [model](int row) {
        return model->rowAt(row).value("status"_L1).toString() == "disabled"_L1;
    };
    page->setActionCheck(disable, [isSelf, isDisabled](int row) { return !isDisabled(row) && !isSelf(row); });
    page->setActionCheck(enable, isDisabled);
    QObject::connect(page, &AdminListPage::currentChanged, disable, [page, disable, isSelf] {
        const int row = page->currentSourceRow();
        disable->setToolTip(row >= 0 && isSelf(row)
                                ? AdminPages::tr("You cannot disable your own account")
                                : AdminPages::tr("Sign the account out everywhere and refuse its sign-ins"));
    });

    QObject::connect(create, &QPushButton::clicked, page, [&admin, page] {
        auto *dialog = new NewUserDialog(admin, page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, page, [page, dialog] {
            const dto::User &user = dialog->created();
            page->showMessage(AdminPages::tr("The account of %1 (%2) was created.").arg(user.displayName, user.email),
                              true);
            page->reload();
        });
        dialog->open();
    });
    const auto askStatus = [&admin, page, model](AccountStatus status) {
        const int row = page->currentSourceRow();
        if (row < 0)
            return;
        const QJsonObject user = model->rowAt(row);
        const QString name = user.value("display_name"_L1).toString();
        const QString email = user.value("email"_L1).toString();
        const bool disabling = status == AccountStatus::Disabled;
        auto *dialog = new AdminActionDialog(
            disabling ? u"disableUserDialog"_s : u"enableUserDialog"_s,
            disabling ? AdminPages::tr("Disable an account") : AdminPages::tr("Enable an account"),
            disabling ? AdminPages::tr("Disable the account of %1 (%2)? They are signed out everywhere at once and "
                                       "cannot sign in until an administrator enables the account again.")
                            .arg(name, email)
                      : AdminPages::tr("Enable the account of %1 (%2)? They can sign in again.").arg(name, email),
            disabling ? AdminPages::tr("&Disable") : AdminPages::tr("&Enable"), page);
        dialog->setSend([&admin, id = user.value("id"_L1).toString(), status](const QString &, QObject *context,
                                                                              AdminActionDialog::Finished finished) {
            admin.setUserStatus(id, status, context,
                                [finished](const Result<dto::User> &result) { doneOf(finished, result); });
        });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, page, [page, disabling, name] {
            page->showMessage(disabling ? AdminPages::tr("%1 is disabled and signed out.").arg(name)
                                        : AdminPages::tr("%1 can sign in again.").arg(name),
                              true);
            page->reload();
        });
        dialog->open();
    };
    QObject::connect(disable, &QPushButton::clicked, page, [askStatus] { askStatus(AccountStatus::Disabled); });
    QObject::connect(enable, &QPushButton::clicked, page, [askStatus] { askStatus(AccountStatus::Active); });

    page->setLoader([&admin, page, model, role](AdminListPage::Finish finish) {
        const int roleValue = role->currentData().toInt();
        const std::optional<Role> only = roleValue < 0 ? std::nullopt : std::optional(static_cast<Role>(roleValue));
        admin.users(only, page->searchEdit()->text(), page,
                    [page, model, finish](const Result<AdminService::Rows> &result) {
                        if (!result.ok())
                            return finish(result.error());
                        takeRows(page, model, result.value(),
                                 AdminPages::tr("Showing the first %1 accounts: search to narrow them.")
                                     .arg(QLocale().toString(AdminService::ListCap)));
                        finish({});
                    });
    });
    return page;
}

AdminListPage *makePayoutsPage(AdminService &admin, QWidget *parent)
{
    auto *model = new PayoutsModel;
    auto *page = new AdminListPage(u"payouts"_s, model, parent);
    page->view()->setAccessibleName(AdminPages::tr("Payout requests"));
    model->setParent(page);
    page->view()->sortByColumn(PayoutsModel::Requested, Qt::DescendingOrder);
    auto *status = filterCombo(u"payoutsStatusFilter"_s, AdminPages::tr("Show payouts with status"), page);
    for (const PayoutStatus s : allPayoutStatuses())
        status->addItem(PayoutsModel::statusText(toString(s)), int(s));
    status->addItem(AdminPages::tr("All statuses"), -1);
    status->setCurrentIndex(0); // requested: what waits for an admin
    page->addFilter(status);
    page->setSearch(AdminPages::tr("Search by influencer, account or reference"));
    page->setEmptyTexts(AdminPages::tr("No payout with this status."), {});
    QObject::connect(status, &QComboBox::currentIndexChanged, page, &AdminListPage::reload);

    QPushButton *paid = page->addAction(u"markPaidButton"_s, AdminPages::tr("Mark &paid…"),
                                        AdminPages::tr("Record the bank transfer of the selected payout"), true);
    QPushButton *reject = page->addAction(u"rejectPayoutButton"_s, AdminPages::tr("&Reject…"),
                                          AdminPages::tr("Refuse the payout: the amount goes back to the influencer"),
                                          true);
    const auto requested = [model](int row) { return model->payoutAt(row).status == "requested"_L1; };
    page->setActionCheck(paid, requested);
    page->setActionCheck(reject, requested);

    const auto decide = [&admin, page, model](PayoutStatus decision) {
        const int row = page->currentSourceRow();
        if (row < 0)
            return;
        const dto::Payout payout = model->payoutAt(row);
        const QLocale locale;
        const QString amount = Money(payout.amountCents).format(locale);
        const bool paying = decision == PayoutStatus::Paid;
        auto *dialog = new AdminActionDialog(
            paying ? u"markPaidDialog"_s : u"rejectPayoutDialog"_s,
            paying ? AdminPages::tr("Mark a payout paid") : AdminPages::tr("Reject a payout"),
            paying ? AdminPages::tr("Mark the payout of %1 to %2 (account %3) as paid? Enter the bank transfer's "
                                    "reference; the influencer is told.")
                         .arg(amount, payout.influencerName, payout.ribMasked)
                   : AdminPages::tr("Reject the payout of %1 to %2? The amount goes back to the influencer's "
                                    "available earnings; the reason is sent to them.")
                         .arg(amount, payout.influencerName),
            paying ? AdminPages::tr("Mark &paid") : AdminPages::tr("&Reject payout"), page);
        if (paying)
            dialog->setTextField(AdminActionDialog::TextNeed::Required, AdminPages::tr("Transfer &reference:"),
                                 limits::Name);
        else
            dialog->setTextField(AdminActionDialog::TextNeed::Required, AdminPages::tr("&Reason:"), limits::Reason);
        dialog->setTextFieldNames({paying ? u"reference"_s : u"reason"_s});
        dialog->setSend([&admin, page, id = payout.id, decision](const QString &text, QObject *context,
                                                                 AdminActionDialog::Finished finished) {
            admin.decidePayout(id, decision, text, context,
                               [page, context, finished](const Result<dto::Payout> &result) {
                                   if (!result.ok() && result.error().code() == "already_decided"_L1) {
                                       // Nothing left to do here: say so plainly and show the list as it is now.
                                       page->showMessage(adminErrorText(result.error()), false);
                                       page->reload();
                                       if (auto *open = qobject_cast<QDialog *>(context))
                                           open->reject();
                                       return;
                                   }
                                   doneOf(finished, result);
                               });
        });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, page, [page, paying, amount, name = payout.influencerName] {
            page->showMessage(paying ? AdminPages::tr("The payout of %1 to %2 is marked paid.").arg(amount, name)
                                     : AdminPages::tr("The payout of %1 to %2 is rejected.").arg(amount, name),
                              true);
            page->reload();
        });
        dialog->open();
    };
    QObject::connect(paid, &QPushButton::clicked, page, [decide] { decide(PayoutStatus::Paid); });
    QObject::connect(reject, &QPushButton::clicked, page, [decide] { decide(PayoutStatus::Rejected); });

    page->setLoader([&admin, page, model, status](AdminListPage::Finish finish) {
        const int value = status->currentData().toInt();
        const std::optional<PayoutStatus> only =
            value < 0 ? std::nullopt : std::optional(static_cast<PayoutStatus>(value));
        admin.payouts(only, page, [model, finish](const Result<QList<dto::Payout>> &result) {
            if (!result.ok())
                return finish(result.error());
            model->setPayouts(result.value());
            finish({});
        });
    });
    return page;
}

AdminListPage *makeAuditPage(AdminService &admin, MerchantNames merchantNames, QWidget *parent)
{
    JsonColumn target;
    target.title = [] { return AdminPages::tr("Target"); };
    target.display = [merchantNames](const QJsonObject &row) -> QVariant {
        const QString type = row.value("target_type"_L1).toString();
        const QString id = row.value("target_id"_L1).toString();
        if (type == "merchant"_L1) {
            const QString name = merchantNames ? merchantNames(id) : QString();
            return name.isEmpty() ? AdminPages::tr("merchant %1").arg(id) : name;
        }
        if (type == "user"_L1)
            return AdminPages::tr("account %1").arg(id);
        if (type == "payout"_L1)
            return AdminPages::tr("payout %1").arg(id);
        if (type == "lead"_L1)
            return AdminPages::tr("lead %1").arg(id);
        if (type == "job"_L1)
            return AdminPages::tr("job %1").arg(id);
        return QString(type + u' ' + id);
    };
    JsonColumn details = JsonColumn::text([] { return AdminPages::tr("Details"); }, u"details"_s);
    details.toolTip = details.display;
    auto *model = new JsonTableModel(
        {
            JsonColumn::time([] { return AdminPages::tr("When"); }, u"created_at"_s),
            JsonColumn::text([] { return AdminPages::tr("Who"); }, u"actor_email"_s),
            mapped([] { return AdminPages::tr("Action"); }, u"action"_s, auditActionText),
            target,
            details,
        },
        u"id"_s);
    model->setExtraSearchKeys({u"target_id"_s, u"action"_s});
    auto *page = new AdminListPage(u"audit"_s, model, parent);
    page->view()->setAccessibleName(AdminPages::tr("Audit log"));
    model->setParent(page);
    page->view()->sortByColumn(0, Qt::DescendingOrder);
    page->setSearch(AdminPages::tr("Search by who, action, target or details"));
    page->setEmptyTexts(AdminPages::tr("No administrator action recorded yet."), {});
    page->setLoader([&admin, page, model](AdminListPage::Finish finish) {
        admin.auditLog(page, [page, model, finish](const Result<AdminService::Rows> &result) {
            if (!result.ok())
                return finish(result.error());
            takeRows(
                page, model, result.value(),
                AdminPages::tr("Showing the %1 most recent entries.").arg(QLocale().toString(AdminService::ListCap)));
            finish({});
        });
    });
    return page;
}

} // namespace lm::client
