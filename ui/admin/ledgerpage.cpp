// The admin's ledger check page (declared in adminpages.h with the other admin pages).

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

LedgerPage::LedgerPage(AdminService &admin, MerchantNames merchantNames, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_merchantNames(std::move(merchantNames))
    , m_run(new QPushButton(AdminPages::tr("&Run the ledger check"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"ledgerPage"_s);
    JsonColumn who;
    who.title = [] { return AdminPages::tr("Merchant or influencer"); };
    who.display = [this](const QJsonObject &row) -> QVariant {
        const QString merchant = row.value("merchant_id"_L1).toString();
        if (!merchant.isEmpty()) {
            const QString name = m_merchantNames ? m_merchantNames(merchant) : QString();
            return name.isEmpty() ? AdminPages::tr("merchant %1").arg(merchant) : name;
        }
        const QString influencer = row.value("influencer_id"_L1).toString();
        return influencer.isEmpty() ? AdminPages::tr("the whole ledger")
                                    : AdminPages::tr("influencer %1").arg(influencer);
    };
    JsonColumn difference;
    difference.title = [] { return AdminPages::tr("Difference"); };
    difference.display = [](const QJsonObject &row) -> QVariant {
        return Money(row.value("actual_cents"_L1).toInteger() - row.value("expected_cents"_L1).toInteger())
            .formatSigned(QLocale());
    };
    difference.sortKey = [](const QJsonObject &row) -> QVariant {
        return row.value("actual_cents"_L1).toInteger() - row.value("expected_cents"_L1).toInteger();
    };
    difference.alignment = Qt::AlignTrailing | Qt::AlignVCenter;
    m_model = new JsonTableModel(
        {
            who,
            JsonColumn::text([] { return AdminPages::tr("Check"); }, u"check"_s),
            JsonColumn::money([] { return AdminPages::tr("Expected"); }, u"expected_cents"_s),
            JsonColumn::money([] { return AdminPages::tr("Found"); }, u"actual_cents"_s),
            difference,
        },
        QString(), this);
    m_page = new AdminListPage(u"ledger"_s, m_model, this);
    m_page->view()->setAccessibleName(AdminPages::tr("Ledger mismatches"));
    m_page->setLoadOnShow(false);
    m_page->setEmptyTexts(AdminPages::tr("No mismatch: every deposit equals its ledger."), {});

    m_run->setObjectName(u"ledgerCheckButton"_s);
    m_run->setAccessibleName(AdminPages::tr("Run the ledger check"));
    m_run->setToolTip(AdminPages::tr("Compare every deposit and every influencer's earnings with their ledgers"));
    connect(m_run, &QPushButton::clicked, this, &LedgerPage::run);
    m_result->setObjectName(u"ledgerResult"_s);
    m_result->setWordWrap(true);
    m_result->setText(AdminPages::tr("Run the check to compare every deposit with its ledger rows and every "
                                     "influencer's earnings with their payouts."));
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_result->setFont(big);

    m_page->setLoader([this](AdminListPage::Finish finish) {
        m_run->setEnabled(false);
        m_admin.ledgerCheck(m_page, [this, finish](const Result<QJsonObject> &result) {
            m_run->setEnabled(true);
            if (!result.ok()) {
                m_result->setText(adminErrorText(result.error()));
                m_result->setPalette(palette());
                return finish(result.error());
            }
            const QJsonObject check = result.value();
            const QJsonArray mismatches = check.value("mismatches"_L1).toArray();
            const int deposits = int(check.value("deposits_checked"_L1).toInteger());
            const QLocale locale;
            const bool ok = check.value("ok"_L1).toBool() && mismatches.isEmpty();
            m_model->setRows(mismatches);
            QString text = ok ? AdminPages::tr("OK — %n deposit(s) checked", nullptr, deposits)
                              : AdminPages::tr("%n mismatch(es) found", nullptr, int(mismatches.size())) + u" — "_s
                    + AdminPages::tr("%n deposit(s) checked", nullptr, deposits);
            if (check.contains("influencers_checked"_L1))
                text += u", "_s + AdminPages::tr("%n influencer(s)", nullptr,
                                                 int(check.value("influencers_checked"_L1).toInteger()));
            text += u" · "_s + locale.toString(QTime::currentTime(), QLocale::ShortFormat);
            m_result->setText(text);
            QPalette pal = palette();
            pal.setColor(QPalette::WindowText,
                         LevelLook::textColour(ok ? AlertLevel::Healthy : AlertLevel::Critical, pal));
            m_result->setPalette(pal);
            finish({});
        });
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_page, 1);
    m_page->layout()->setContentsMargins(0, 0, 0, 0);
}

QString LedgerPage::resultText() const
{
    return m_result->text();
}

void LedgerPage::run()
{
    m_page->reload();
}

} // namespace lm::client
