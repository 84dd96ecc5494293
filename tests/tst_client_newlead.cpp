// The influencer's "New lead" form (offscreen, English en_US): the commission preview follows the
// campaign's rule as the value is typed, every field is checked as typed with the server's rules,
// and a lead submitted from the keyboard shows at once in "My leads", reaches the real server once
// (online, or queued while the server is down) and reserves exactly its commission on the merchant's
// deposit.

#include "serverharness.h"
#include "moneyharness.h"
#include "clientharness.h"

#include "cache.h"
#include "leadsmodel.h"
#include "actions.h"
#include "clientcore.h"
#include "mainwindow.h"
#include "newleadform.h"
#include "syncservice.h"
#include "tablemodelbase.h"
#include "translations.h"

#include <dto.h>
#include <leadstatus.h>
#include <money.h>

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr qint64 DepositCents = 500'000; // 5,000 MAD
constexpr int ServerTimeoutMs = 20'000;

QString money(qint64 cents)
{
    return Money(cents).format(QLocale());
}

struct FormWidgets
{
    QComboBox *campaign = nullptr;
    QLineEdit *name = nullptr;
    QLineEdit *email = nullptr;
    QLineEdit *phone = nullptr;
    QLineEdit *company = nullptr;
    QLineEdit *value = nullptr;
    QComboBox *source = nullptr;
    QPlainTextEdit *notes = nullptr;
    QPushButton *submit = nullptr;
    QFrame *commissionBox = nullptr;
    QLabel *total = nullptr;
    QLabel *yours = nullptr;
    QLabel *type = nullptr;

    explicit FormWidgets(QWidget *form)
        : campaign(form->findChild<QComboBox *>(u"campaignCombo"_s)),
          name(form->findChild<QLineEdit *>(u"clientNameEdit"_s)),
          email(form->findChild<QLineEdit *>(u"clientEmailEdit"_s)),
          phone(form->findChild<QLineEdit *>(u"clientPhoneEdit"_s)),
          company(form->findChild<QLineEdit *>(u"companyEdit"_s)),
          value(form->findChild<QLineEdit *>(u"estimatedValueEdit"_s)),
          source(form->findChild<QComboBox *>(u"sourceCombo"_s)),
          notes(form->findChild<QPlainTextEdit *>(u"notesEdit"_s)),
          submit(form->findChild<QPushButton *>(u"submitButton"_s)),
          commissionBox(form->findChild<QFrame *>(u"commissionBox"_s)),
          total(form->findChild<QLabel *>(u"totalCommissionLabel"_s)),
          yours(form->findChild<QLabel *>(u"yourCommissionLabel"_s)),
          type(form->findChild<QLabel *>(u"commissionTypeLabel"_s))
    {
    }
    bool complete() const
    {
        return campaign && name && email && phone && company && value && source && notes && submit && commissionBox
            && total && yours && type;
    }
};

// The visible problem labels of a form, by object name.
QStringList visibleProblems(const QWidget *form)
{
    QStringList names;
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        if (label->objectName().endsWith("Problem"_L1) && label->isVisible())
            names.append(label->objectName());
    }
    names.sort();
    return names;
}

} // namespace

class TestClientNewLead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void commissionPreview_data();
    void commissionPreview();
    void invalidFieldsKeepSubmitDisabled_data();
    void invalidFieldsKeepSubmitDisabled();
    void pausedCampaignsCannotBePicked();
    void submitReachesTheServer();
    void submitOfflineIsQueued();

private:
    /// The merchant's campaign as the server answers it (the default commission rule).
    dto::Campaign campaign() const;
    /// The influencer's leads on the server with this client email.
    QList<QJsonObject> serverLeadsOf(const QString &clientEmail, const Account &as);
    qint64 reservedCents();

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_influencer;
    MerchantSetup m_shop;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientNewLead::initTestCase()
{
    lmtest::prepareClientTestApplication();
    QString problem;
    QVERIFY2(lmtest::startSandboxServer(m_db, m_server, m_http, &problem), qPrintable(problem));
    m_influencer = m_http.registerUser(u"influencer"_s, u"Yasmine Influence"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    // The brief's campaign: 10 % below 800 MAD, 80 MAD from there, 30 % for the influencer.
    m_shop = setUpMerchant(m_http, DepositCents, QJsonObject{{u"name"_s, u"Service Marketing Digital"_s}},
                           u"Agence Atlas"_s);
    LM_VERIFY_OK(m_shop);
    QCOMPARE(campaign().policy, CommissionPolicy{});
}

void TestClientNewLead::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientNewLead::cleanup()
{
    m_dir.reset();
    // A failed offline test must not leave the next ones without a server.
    if (m_server && !m_server->isRunning()) {
        const QString port = QString::number(m_server->baseUrl().port());
        QVERIFY2(m_server->restart({u"--sandbox-payments"_s, u"--port"_s, port}), qPrintable(m_server->errorString()));
    }
}

dto::Campaign TestClientNewLead::campaign() const
{
    return dto::Campaign::fromJson(m_shop.campaign).value_or(dto::Campaign{});
}

QList<QJsonObject> TestClientNewLead::serverLeadsOf(const QString &clientEmail, const Account &as)
{
    QList<QJsonObject> found;
    QString problem;
    const auto leads = m_http.listAll(u"/api/leads"_s, as.token, &problem);
    if (!leads) {
        qWarning("GET /api/leads: %s", qPrintable(problem));
        return found;
    }
    for (const QJsonValue &value : *leads) {
        if (value.toObject().value("client_email"_L1).toString() == clientEmail)
            found.append(value.toObject());
    }
    return found;
}

qint64 TestClientNewLead::reservedCents()
{
    return depositOf(m_http, m_shop.merchant).value("reserved_cents"_L1).toInteger(-1);
}

void TestClientNewLead::commissionPreview_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<qint64>("shareCents");
    QTest::addColumn<bool>("fixed");

    // 10 % of 799.99 is 79.999: half-up to the centime, 80.00, yet still the percentage.
    QTest::newRow("799.99 MAD is 10 %") << u"799.99"_s << qint64(8000) << qint64(2400) << false;
    QTest::newRow("799.94 MAD is 10 %, rounded down") << u"799.94"_s << qint64(7999) << qint64(2400) << false;
    QTest::newRow("800.00 MAD is fixed") << u"800.00"_s << qint64(8000) << qint64(2400) << true;
    QTest::newRow("1,500 MAD is fixed") << u"1,500"_s << qint64(8000) << qint64(2400) << true;
    QTest::newRow("100 MAD is 10 %") << u"100"_s << qint64(1000) << qint64(300) << false;
    QTest::newRow("0.05 MAD rounds half-up to a centime") << u"0.05"_s << qint64(1) << qint64(0) << false;
}

void TestClientNewLead::commissionPreview()
{
    QFETCH(QString, typed);
    QFETCH(qint64, totalCents);
    QFETCH(qint64, shareCents);
    QFETCH(bool, fixed);

    NewLeadForm form;
    form.setCampaigns({campaign()});
    QVERIFY(showActive(form));
    const FormWidgets w(&form);
    QVERIFY(w.complete());
    QVERIFY(w.commissionBox->isVisible());
    QCOMPARE(w.campaign->currentText(), u"Service Marketing Digital — Agence Atlas"_s); // with its merchant
    // Before any value: the campaign's rule.
    QCOMPARE(w.total->text(), u"Total commission: —"_s);
    QCOMPARE(w.type->text(), u"Type: 10 % below 800 MAD, a fixed 80 MAD from 800 MAD up"_s);

    QTest::keyClicks(w.value, typed);
    QCOMPARE(w.total->text(), u"Total commission: %1"_s.arg(money(totalCents)));
    QCOMPARE(w.yours->text(), u"Your commission: %1 (30 %)"_s.arg(money(shareCents)));
    QCOMPARE(w.type->text(), fixed ? u"Type: Fixed (≥ 800 MAD)"_s : u"Type: Percentage (10 %)"_s);
    QCOMPARE(visibleProblems(&form), QStringList());
    QVERIFY(!w.submit->isEnabled()); // the client is still missing

    // A value that is no amount: no commission to show.
    QTest::keyClicks(w.value, u"x"_s);
    QCOMPARE(w.total->text(), u"Total commission: —"_s);
    QCOMPARE(visibleProblems(&form), QStringList{u"estimatedValueProblem"_s});
}

void TestClientNewLead::invalidFieldsKeepSubmitDisabled_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");

    const QString name = u"clientNameEdit"_s;
    const QString email = u"clientEmailEdit"_s;
    const QString phone = u"clientPhoneEdit"_s;
    const QString value = u"estimatedValueEdit"_s;
    QTest::newRow("empty name") << name << QString() << u"Enter the client's full name."_s;
    QTest::newRow("name of spaces") << name << u"   "_s << u"Enter the client's full name."_s;
    QTest::newRow("name of 201 characters") << name << QString(201, u'a') << u"Too long: at most 200 characters."_s;
    const QString notAnEmail = u"This is not an email address (for example name@example.ma)."_s;
    QTest::newRow("empty email") << email << QString() << u"Enter the client's email address."_s;
    QTest::newRow("email without @") << email << u"ahmed.email.com"_s << notAnEmail;
    QTest::newRow("email without a dot in the domain") << email << u"ahmed@email"_s << notAnEmail;
    QTest::newRow("email with a space") << email << u"ahmed bennani@email.com"_s << notAnEmail;
    const QString badPhone =
        u"Not a phone number: write a Moroccan number (06 12 34 56 78) or + and the country code."_s;
    QTest::newRow("empty phone") << phone << QString() << u"Enter the client's phone number."_s;
    QTest::newRow("phone 12345") << phone << u"12345"_s << badPhone;
    QTest::newRow("Moroccan number starting with 9") << phone << u"09 12 34 56 78"_s << badPhone;
    QTest::newRow("Moroccan number one digit short") << phone << u"06 12 34 56 7"_s << badPhone;
    QTest::newRow("French number with 0033, not +33") << phone << u"0033 6 12 34 56 78"_s << badPhone;
    QTest::newRow("phone with letters") << phone << u"06 12 AB 56 78"_s << badPhone;
    QTest::newRow("empty value") << value << QString() << u"Enter the estimated value of the service."_s;
    QTest::newRow("value 0") << value << u"0"_s << u"The estimated value must be more than zero."_s;
    QTest::newRow("negative value") << value << u"-150"_s << u"The estimated value must be more than zero."_s;
    QTest::newRow("value abc") << value << u"abc"_s << u"“abc” is not an amount; type for example 1,500.00."_s;
    QTest::newRow("value with three decimals") << value << u"1500.125"_s
                                               << u"“1500.125” is not an amount; type for example 1,500.00."_s;
    QTest::newRow("value over the API's maximum") << value << u"1,000,000"_s
                                                  << u"The estimated value can be at most 999,999.99 MAD."_s;
    QTest::newRow("company of 201 characters") << u"companyEdit"_s << QString(201, u'c')
                                               << u"Too long: at most 200 characters."_s;
}

void TestClientNewLead::invalidFieldsKeepSubmitDisabled()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, problem);

    NewLeadForm form;
    int submitted = 0;
    form.setSubmitter([&submitted](const QJsonObject &) -> Result<> {
        ++submitted;
        return Done{};
    });
    form.setCampaigns({campaign()});
    QVERIFY(showActive(form));
    const FormWidgets w(&form);
    QVERIFY(w.complete());

    // A valid form first: nothing to say, the button is on.
    QTest::keyClicks(w.name, u"Ahmed Bennani"_s);
    QTest::keyClicks(w.email, u"Ahmed@Email.com"_s);
    QTest::keyClicks(w.phone, u"+212 6 12 34 56 78"_s);
    QTest::keyClicks(w.value, u"1,500"_s);
    QCOMPARE(visibleProblems(&form), QStringList());
    QVERIFY(w.submit->isEnabled());
    QVERIFY(form.isComplete());

    auto *edit = form.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    retype(edit, typed);
    const QString problemName = field.chopped(4) + u"Problem"_s; // clientNameEdit → clientNameProblem
    auto *label = form.findChild<QLabel *>(problemName);
    QVERIFY(label);
    QCOMPARE(visibleProblems(&form), QStringList{problemName});
    QCOMPARE(label->text(), problem);
    QVERIFY(!w.submit->isEnabled());
    QVERIFY(!form.body());

    // Enter does not submit it, and the problem stays once the field is left.
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(submitted, 0);
    QVERIFY(label->isVisible());
    QVERIFY(!w.submit->isEnabled());
}

void TestClientNewLead::pausedCampaignsCannotBePicked()
{
    dto::Campaign paused = campaign();
    paused.id = u"paused-campaign"_s;
    paused.name = u"Immobilier Casablanca"_s;
    paused.status = CampaignStatus::Paused;
    paused.pausedReason = u"depleted"_s;
    NewLeadForm form;
    form.setCampaigns({paused, campaign()});
    QVERIFY(showActive(form));
    const FormWidgets w(&form);
    QVERIFY(w.complete());
    auto *hint = form.findChild<QLabel *>(u"campaignHint"_s);
    QVERIFY(hint);

    // Listed after those taking leads, with their merchant, greyed out, with why; the active one is picked.
    QCOMPARE(w.campaign->count(), 2);
    QCOMPARE(w.campaign->itemText(0), u"%1 — Agence Atlas"_s.arg(campaign().name));
    QCOMPARE(w.campaign->itemText(1),
             u"Immobilier Casablanca — Agence Atlas (paused: the merchant's deposit is empty)"_s);
    QVERIFY(w.campaign->model()->flags(w.campaign->model()->index(0, 0)) & Qt::ItemIsEnabled);
    QVERIFY(!(w.campaign->model()->flags(w.campaign->model()->index(1, 0)) & Qt::ItemIsEnabled));
    QCOMPARE(w.campaign->currentData().toString(), m_shop.campaignId);
    QVERIFY(hint->isVisible());
    QTest::keyClicks(w.name, u"Ahmed Bennani"_s);
    QTest::keyClicks(w.email, u"ahmed@email.com"_s);
    QTest::keyClicks(w.phone, u"0612345678"_s);
    QTest::keyClicks(w.value, u"1500"_s);
    QVERIFY(w.submit->isEnabled());
    // The arrow keys skip it.
    w.campaign->setFocus();
    QTest::keyClick(w.campaign, Qt::Key_Down);
    QCOMPARE(w.campaign->currentData().toString(), m_shop.campaignId);

    // The sync brings the active one paused too: nothing left to submit to.
    dto::Campaign nowPaused = campaign();
    nowPaused.status = CampaignStatus::Paused;
    nowPaused.pausedReason = u"manual"_s;
    form.setCampaigns({paused, nowPaused});
    QVERIFY(!w.submit->isEnabled());
    QCOMPARE(visibleProblems(&form), QStringList{u"campaignProblem"_s});
    QCOMPARE(w.total->text(), u"Total commission: —"_s);
    QVERIFY(!form.body());
}

void TestClientNewLead::submitReachesTheServer()
{
    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), m_influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    MainWindow &window = *client.window;
    auto *workspace = window.findChild<QTabWidget *>(u"influencerWorkspace"_s);
    QVERIFY(workspace);
    QCOMPARE(workspace->tabText(0), u"Home"_s);
    QCOMPARE(workspace->currentWidget()->objectName(), u"homeScroll"_s);
    auto *form = window.findChild<NewLeadForm *>(u"newLeadForm"_s);
    QVERIFY(form);
    const FormWidgets w(form);
    QVERIFY(w.complete());
    auto *myLeads = window.findChild<QTableView *>(u"leadsView"_s);
    QVERIFY(myLeads);
    const int leadsBefore = myLeads->model()->rowCount();
    const qint64 reservedBefore = reservedCents();
    QVERIFY(reservedBefore >= 0);

    // Keyboard only: Alt+C to the campaign, then top to bottom with Tab.
    press(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(focusName(), u"campaignCombo"_s);
    for (int i = 0; i < w.campaign->count() && w.campaign->currentData().toString() != m_shop.campaignId; ++i)
        press(Qt::Key_Down);
    QCOMPARE(w.campaign->currentData().toString(), m_shop.campaignId);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"clientNameEdit"_s);
    type(u"Ahmed Bennani"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"clientEmailEdit"_s);
    const QString email = uniqueEmail(u"ahmed"_s);
    type(email.toUpper()); // compared and sent lower-case
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"clientPhoneEdit"_s);
    QString e164;
    type(uniqueMoroccanPhone(&e164)); // "06 12 34 56 78"
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"companyEdit"_s);
    type(u"TechCorp"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"estimatedValueEdit"_s);
    type(u"1,500"_s);
    QCOMPARE(w.total->text(), u"Total commission: 80.00 MAD"_s);
    QCOMPARE(w.yours->text(), u"Your commission: 24.00 MAD (30 %)"_s);
    QCOMPARE(w.type->text(), u"Type: Fixed (≥ 800 MAD)"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"sourceCombo"_s);
    QCOMPARE(w.source->currentData().toString(), u"instagram"_s);
    press(Qt::Key_Down);
    QCOMPARE(w.source->currentData().toString(), u"tiktok"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"notesEdit"_s);
    type(u"Interested in the premium pack"_s);
    press(Qt::Key_Tab); // leaves the notes: Tab changes the focus there
    QCOMPARE(focusName(), u"submitButton"_s);
    QCOMPARE(w.notes->toPlainText(), u"Interested in the premium pack"_s);
    QCOMPARE(visibleProblems(form), QStringList());
    QVERIFY(w.submit->isEnabled());

    // Back to the value with its mnemonic, and Enter submits.
    QSignalSpy queued(&client.core->actions(), &Actions::queued);
    QSignalSpy submitted(form, &NewLeadForm::submitted);
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    press(Qt::Key_V, Qt::AltModifier);
    QCOMPARE(focusName(), u"estimatedValueEdit"_s);
    // Straight to the focused field (no event processing, unlike press()), so what follows sees
    // the window before the sync thread can bring the server's answer.
    QTest::keyClick(w.value, Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(queued.count(), 1);
    const QJsonObject body = submitted.first().first().toJsonObject();
    const QJsonObject expectedBody{{u"campaign_id"_s, m_shop.campaignId},
                                   {u"client_name"_s, u"Ahmed Bennani"_s},
                                   {u"client_email"_s, email},
                                   {u"client_phone"_s, e164},
                                   {u"company"_s, u"TechCorp"_s},
                                   {u"estimated_value_cents"_s, 150'000},
                                   {u"source"_s, u"tiktok"_s},
                                   {u"notes"_s, u"Interested in the premium pack"_s}};
    QCOMPARE(body, expectedBody);
    // (the sync's progress may already be talking too)
    // (a message longer than the status bar's room is shown shortened with "…", whole in its tooltip)
    const auto said = [&messages](const QString &message) {
        return std::any_of(messages.cbegin(), messages.cend(), [&message](const QList<QVariant> &args) {
            const QString shown = args.first().toString();
            return shown == message || (shown.endsWith(u'…') && message.startsWith(shown.chopped(1)));
        });
    };
    QVERIFY(said(u"The lead for Ahmed Bennani is submitted. It will be sent to the server as soon as possible."_s));

    // The client's fields are cleared for the next one; the campaign and source stay.
    QCOMPARE(focusName(), u"clientNameEdit"_s);
    for (const QLineEdit *edit : {w.name, w.email, w.phone, w.company, w.value})
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));
    QVERIFY(w.notes->toPlainText().isEmpty());
    QCOMPARE(w.campaign->currentData().toString(), m_shop.campaignId);
    QCOMPARE(w.source->currentData().toString(), u"tiktok"_s);
    QCOMPARE(visibleProblems(form), QStringList());
    QVERIFY(!w.submit->isEnabled());

    // At once, the cache holds the local preview with core's commission…
    bool sawLocal = false;
    for (const dto::Lead &lead : client.cache->leads()) {
        if (lead.clientEmail == email && lead.id.startsWith("local-"_L1)) {
            sawLocal = true;
            QCOMPARE(toString(lead.status), toString(LeadStatus::Pending));
            QCOMPARE(lead.commissionCents, 8000);
            QCOMPARE(lead.influencerShareCents, 2400);
        }
    }
    QVERIFY(sawLocal);
    // …and "My leads" shows it as pending (the preview, or already the server's lead).
    QTRY_COMPARE(myLeads->model()->rowCount(), leadsBefore + 1);
    int row = -1;
    for (int r = 0; r < myLeads->model()->rowCount(); ++r) {
        if (myLeads->model()->index(r, 0).data().toString() == u"Ahmed Bennani"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    const QString pendingText = myLeads->model()->index(row, LeadsModel::Status).data().toString();
    QCOMPARE(pendingText, LeadsModel::statusText(LeadStatus::Pending));

    // The server has it once, with the campaign's commission, reserved on the merchant's deposit.
    QTRY_COMPARE_WITH_TIMEOUT(serverLeadsOf(email, m_influencer).size(), 1, ServerTimeoutMs);
    const QJsonObject lead = serverLeadsOf(email, m_influencer).first();
    LM_VERIFY_SHAPE(leadProblem, lead);
    QCOMPARE(lead.value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(lead.value("campaign_id"_L1).toString(), m_shop.campaignId);
    QCOMPARE(lead.value("client_phone"_L1).toString(), e164);
    QCOMPARE(lead.value("estimated_value_cents"_L1).toInteger(), 150'000);
    QCOMPARE(lead.value("commission_cents"_L1).toInteger(), 8000);
    QCOMPARE(lead.value("commission_type"_L1).toString(), u"fixed"_s);
    QCOMPARE(lead.value("influencer_share_cents"_L1).toInteger(), 2400);
    QCOMPARE(lead.value("source"_L1).toString(), u"tiktok"_s);
    QCOMPARE(lead.value("company"_L1).toString(), u"TechCorp"_s);
    QCOMPARE(lead.value("notes"_L1).toString(), u"Interested in the premium pack"_s);
    QCOMPARE(serverLeadsOf(email, m_shop.merchant).size(), 1);
    QCOMPARE(reservedCents(), reservedBefore + 8000);

    // The window ends with the server's lead in place of the preview, nothing left waiting.
    QTRY_COMPARE_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued), 0, ServerTimeoutMs);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
    QTRY_VERIFY_WITH_TIMEOUT(client.cache->lead(lead.value("id"_L1).toString()).has_value(), ServerTimeoutMs);
    for (const dto::Lead &cached : client.cache->leads())
        QVERIFY2(!cached.id.startsWith("local-"_L1), qPrintable(cached.id));
}

void TestClientNewLead::submitOfflineIsQueued()
{
    ClientWindow client = makeClientWindow(m_dir->path(), m_server->baseUrl(), m_influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *form = client.window->findChild<NewLeadForm *>(u"newLeadForm"_s);
    QVERIFY(form);
    const FormWidgets w(form);
    QVERIFY(w.complete());
    QCOMPARE(w.campaign->currentData().toString(), m_shop.campaignId);
    const qint64 reservedBefore = reservedCents();
    QVERIFY(reservedBefore >= 0);

    m_server->stop();
    QSignalSpy synced(client.sync, &SyncService::syncFinished);
    const QString email = uniqueEmail(u"salma"_s);
    QString e164;
    QTest::keyClicks(w.name, u"Salma Tazi"_s);
    QTest::keyClicks(w.email, email);
    QTest::keyClicks(w.phone, uniqueMoroccanPhone(&e164));
    QTest::keyClicks(w.value, u"600"_s);
    QCOMPARE(w.total->text(), u"Total commission: 60.00 MAD"_s);
    QVERIFY(w.submit->isEnabled());
    QTest::mouseClick(w.submit, Qt::LeftButton);

    // In the outbox, with a local preview, whatever the network says.
    const QList<OutboxEntry> outbox = client.cache->outbox().entries();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().kind, OutboxEntry::Kind::CreateLead);
    QCOMPARE(outbox.first().status, OutboxEntry::Status::Queued);
    QCOMPARE(outbox.first().body.value("client_email"_L1).toString(), email);
    QCOMPARE(outbox.first().body.value("client_phone"_L1).toString(), e164);
    bool local = false;
    for (const dto::Lead &lead : client.cache->leads())
        local = local || (lead.clientEmail == email && lead.id.startsWith("local-"_L1));
    QVERIFY(local);
    // "My leads" shows the preview as pending.
    auto *myLeads = client.window->findChild<QTableView *>(u"leadsView"_s);
    QVERIFY(myLeads);
    const auto previewRow = [myLeads] {
        for (int r = 0; r < myLeads->model()->rowCount(); ++r) {
            const QModelIndex index = myLeads->model()->index(r, LeadsModel::Client);
            if (index.data().toString() == u"Salma Tazi"_s)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(previewRow() >= 0);
    QVERIFY(myLeads->model()->index(previewRow(), 0).data(TableModelBase::IdRole).toString().startsWith("local-"_L1));
    QCOMPARE(myLeads->model()->index(previewRow(), LeadsModel::Status).data().toString(),
             LeadsModel::statusText(LeadStatus::Pending));

    // The sync it started fails (nobody listens); the lead stays queued, not refused.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
    QCOMPARE(synced.first().first().toBool(), false);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Queued), 1);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);

    // The server is back on the same port: the next sync sends it, once.
    const QString port = QString::number(m_server->baseUrl().port());
    QVERIFY2(m_server->restart({u"--sandbox-payments"_s, u"--port"_s, port}), qPrintable(m_server->errorString()));
    QCOMPARE(QString::number(m_server->baseUrl().port()), port);
    // (the engine's own offline retry may be the one that sends it)
    client.sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(serverLeadsOf(email, m_influencer).size(), 1, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(client.cache->outbox().count(OutboxEntry::Status::Queued), 0, ServerTimeoutMs);
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);
    const QJsonObject created = serverLeadsOf(email, m_influencer).value(0);
    QCOMPARE(created.value("client_phone"_L1).toString(), e164);
    QCOMPARE(created.value("commission_cents"_L1).toInteger(), 6000);
    QCOMPARE(created.value("commission_type"_L1).toString(), u"percentage"_s);
    QCOMPARE(reservedCents(), reservedBefore + 6000);

    // Another sync sends nothing more.
    QTRY_VERIFY_WITH_TIMEOUT(!client.sync->isSyncing(), ServerTimeoutMs);
    synced.clear();
    client.sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30'000);
    QVERIFY2(synced.last().first().toBool(), qPrintable(synced.last().at(1).toString()));
    QCOMPARE(serverLeadsOf(email, m_influencer).size(), 1);
    QCOMPARE(reservedCents(), reservedBefore + 6000);
    QTRY_VERIFY(client.cache->lead(created.value("id"_L1).toString()).has_value());
}

QTEST_MAIN(TestClientNewLead)
#include "tst_client_newlead.moc"
