#include "disputespage.h"

#include "admindialogs.h"
#include "adminlistpage.h"

#include <adminservice.h>
#include <jsontablemodel.h>
#include <money.h>
#include <validation.h>

#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

using Tr = DisputesPage;

QString disputeStatusText(const QString &status)
{
    if (status == "open"_L1)
        return Tr::tr("Open");
    if (status == "upheld"_L1)
        return Tr::tr("Rejection upheld");
    if (status == "overturned"_L1)
        return Tr::tr("Overturned: lead validated");
    return status;
}

/// `column` read from the lead's dispute ({status, note, created_at, …}) rather than the lead.
JsonColumn ofDispute(JsonColumn column)
{
    const auto fromDispute = [](const JsonColumn::Value &value) -> JsonColumn::Value {
        if (!value)
            return {};
        return [value](const QJsonObject &lead) { return value(lead.value("dispute"_L1).toObject()); };
    };
    column.display = fromDispute(column.display);
    column.sortKey = fromDispute(column.sortKey);
    column.toolTip = fromDispute(column.toolTip);
    return column;
}

/// A long text, whole in its tooltip.
JsonColumn longText(std::function<QString()> title, const QString &key)
{
    JsonColumn column = JsonColumn::text(std::move(title), key);
    column.toolTip = column.display;
    return column;
}

} // namespace

AdminListPage *makeDisputesPage(AdminService &admin, QWidget *parent)
{
    JsonColumn status;
    status.title = [] { return Tr::tr("Status"); };
    status.display = [](const QJsonObject &dispute) -> QVariant {
        return disputeStatusText(dispute.value("status"_L1).toString());
    };
    auto *model = new JsonTableModel(
        {
            ofDispute(JsonColumn::time([] { return Tr::tr("Disputed"); }, u"created_at"_s)),
            JsonColumn::text([] { return Tr::tr("Client"); }, u"client_name"_s),
            JsonColumn::text([] { return Tr::tr("Campaign"); }, u"campaign_name"_s),
            JsonColumn::text([] { return Tr::tr("Influencer"); }, u"influencer_name"_s),
            JsonColumn::money([] { return Tr::tr("Commission"); }, u"commission_cents"_s),
            longText([] { return Tr::tr("Merchant's reason"); }, u"rejection_reason"_s),
            ofDispute(longText([] { return Tr::tr("Influencer's note"); }, u"note"_s)),
            ofDispute(status),
            ofDispute(longText([] { return Tr::tr("Decision note"); }, u"decision_note"_s)),
        },
        u"id"_s);
    auto *page = new AdminListPage(u"disputes"_s, model, parent);
    page->view()->setAccessibleName(Tr::tr("Disputed rejections"));
    model->setParent(page);
    page->view()->sortByColumn(0, Qt::DescendingOrder);

    auto *filter = new QComboBox(page);
    filter->setObjectName(u"disputesStatusFilter"_s);
    filter->setAccessibleName(Tr::tr("Show disputes with status"));
    for (const char *value : {"open", "upheld", "overturned"})
        filter->addItem(disputeStatusText(QString::fromLatin1(value)), QString::fromLatin1(value));
    filter->addItem(Tr::tr("All statuses"), QString());
    page->addFilter(filter);
    page->setSearch(Tr::tr("Search by client, campaign, influencer or note"));
    page->setEmptyTexts(Tr::tr("No dispute with this status. Influencers can dispute a rejection within 7 days."), {});
    QObject::connect(filter, &QComboBox::currentIndexChanged, page, &AdminListPage::reload);

    QPushButton *overturn = page->addAction(u"overturnDisputeButton"_s, Tr::tr("O&verturn…"),
                                            Tr::tr("Validate the lead: the merchant is charged its commission"), true);
    QPushButton *uphold = page->addAction(u"upholdDisputeButton"_s, Tr::tr("&Uphold the rejection…"),
                                          Tr::tr("Keep the rejection: the influencer is told"), true);
    const auto open = [model](int row) {
        return model->rowAt(row).value("dispute"_L1).toObject().value("status"_L1).toString() == "open"_L1;
    };
    page->setActionCheck(overturn, open);
    page->setActionCheck(uphold, open);

    const auto decide = [&admin, page, model](bool overturning) {
        const int row = page->currentSourceRow();
        if (row < 0)
            return;
        const QJsonObject lead = model->rowAt(row);
        const QString client = lead.value("client_name"_L1).toString();
        const QString commission = Money(lead.value("commission_cents"_L1).toInteger()).format(QLocale());
        auto *dialog = new AdminActionDialog(
            overturning ? u"overturnDisputeDialog"_s : u"upholdDisputeDialog"_s,
            overturning ? Tr::tr("Overturn a rejection") : Tr::tr("Uphold a rejection"),
            overturning ? Tr::tr("Validate the lead of %1? The merchant's deposit is charged %2, as if the merchant had "
                             "validated it, and both sides are told.")
                              .arg(client, commission)
                        : Tr::tr("Keep the rejection of %1's lead? The influencer is told.").arg(client),
            overturning ? Tr::tr("&Overturn") : Tr::tr("&Uphold"), page);
        dialog->setTextField(AdminActionDialog::TextNeed::Optional, Tr::tr("&Note for both sides:"), limits::Reason);
        dialog->setTextFieldNames({u"note"_s});
        dialog->setSend([&admin, id = lead.value("id"_L1).toString(), overturning](
                            const QString &note, QObject *context, AdminActionDialog::Finished finished) {
            admin.decideDispute(id, overturning, note, context, [finished](const Result<dto::Lead> &result) {
                finished(result.ok() ? ApiError() : result.error());
            });
        });
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, page, [page, overturning, client] {
            page->showMessage(overturning ? Tr::tr("%1's lead is validated and charged.").arg(client)
                                          : Tr::tr("The rejection of %1's lead is upheld.").arg(client),
                              true);
            page->reload();
        });
        dialog->open();
    };
    QObject::connect(overturn, &QPushButton::clicked, page, [decide] { decide(true); });
    QObject::connect(uphold, &QPushButton::clicked, page, [decide] { decide(false); });

    page->setLoader([&admin, page, model, filter](AdminListPage::Finish finish) {
        admin.disputes(filter->currentData().toString(), page, [model, finish](const Result<AdminService::Rows> &result) {
            if (!result.ok())
                return finish(result.error());
            model->setRows(result.value().items);
            finish({});
        });
    });
    return page;
}

} // namespace lm::client
