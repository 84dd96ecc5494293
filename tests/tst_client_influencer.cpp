// The influencer's workspace against the real server (offscreen, English en_US): the home's
// performance figures are the server's stats, "My leads" shows the influencer's share and the
// merchant's decision, a lead the server refuses comes back into the form with its reason and is
// sent again corrected exactly once, a duplicate the cache knows is flagged before it is sent,
// campaigns that take no lead are greyed out with why, and a payout request follows the admin's
// decision.

#include "clientharness.h"
#include "moneyharness.h"
#include "serverfixture.h"
#include "serverharness.h"

#include "actions.h"
#include "admindialogs.h"
#include "cache.h"
#include "clientcore.h"
#include "influencerworkspace.h"
#include "leadsmodel.h"
#include "mainwindow.h"
#include "newleadform.h"
#include "payoutsmodel.h"
#include "performancepanel.h"
#include "store.h"
#include "syncservice.h"
#include "translations.h"

#include <dto.h>
#include <money.h>

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QRandomGenerator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr qint64 DepositCents = 500'000; // 5,000 MAD
constexpr qint64 MinPayoutCents = 5'000; // 50 MAD, so a few validated leads can be paid out
constexpr int ServerTimeoutMs = 20'000;
const QString ValidRib = u"011 780 0000123456789012 96"_s;

QString money(qint64 cents)
{
    return Money(cents).format(QLocale());
}

// One sync to the end, and the Store's reads it asked for delivered.
bool syncAndSettle(ClientWindow &client)
{
    QSignalSpy finished(client.sync, &SyncService::syncFinished);
    client.sync->syncNow();
    if (!finished.wait(ServerTimeoutMs) && finished.isEmpty())
        return false;
    const bool settled = QTest::qWaitFor([&client] { return !client.core->store().isLoading(); }, ServerTimeoutMs);
    QCoreApplication::processEvents();
    return settled && finished.last().at(0).toBool() && !client.core->store().isLoading();
}

QString labelText(const QWidget *root, const QString &objectName)
{
    const auto *label = root->findChild<QLabel *>(objectName);
    return label ? label->text() : u"(no %1)"_s.arg(objectName);
}

} // namespace

class TestClientInfluencer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void performanceIsTheServersStats();
    void myLeadsShowMyShareAndTheDecision();
    void refusedDuplicateIsFixedAndSentOnce();
    void knownDuplicateIsFlaggedBeforeSending();
    void campaignsNotAcceptingAreGreyedOut();
    void payoutFollowsTheAdminsDecision();
    void rejectionIsDisputedFromMyLeads();

private:
    /// A lead of `influencer` on the shop's campaign, through the API; its id.
    QString createLead(const Account &influencer, const QString &clientName, qint64 valueCents,
                       const QJsonObject &extra = {});
    void decide(const QString &leadId, const QString &decision, const QJsonObject &body);
    QJsonObject serverStats(const Account &influencer);
    QList<QJsonObject> serverLeadsWithEmail(const QString &email);

    ServerFixture m_fixture;
    QTemporaryDir m_keyDir;
    MerchantSetup m_shop;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientInfluencer::initTestCase()
{
    prepareClientTestApplication();
    QVERIFY(m_keyDir.isValid());
    // The server's data key (32 random bytes) encrypts bank details at rest.
    const QString keyFile = QDir(m_keyDir.path()).filePath(u"data.key"_s);
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    QByteArray bytes(32, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    key.write(bytes);
    key.close();
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_DATA_KEY_FILE"_s, keyFile);
    env.insert(u"LEADMARKET_MIN_PAYOUT_CENTS"_s, QString::number(MinPayoutCents));
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s}, env);
    m_shop = setUpMerchant(m_fixture.http(), DepositCents, QJsonObject{{u"name"_s, u"Service Marketing Digital"_s}},
                           u"Agence Atlas"_s);
    LM_VERIFY_OK(m_shop);
}

void TestClientInfluencer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientInfluencer::cleanup()
{
    m_dir.reset();
}

QString TestClientInfluencer::createLead(const Account &influencer, const QString &clientName, qint64 valueCents,
                                         const QJsonObject &extra)
{
    QJsonObject body = leadBody(m_shop.campaignId, valueCents, extra);
    body.insert(u"client_name"_s, clientName);
    const Response created = m_fixture.http().post(u"/api/leads/create"_s, body, influencer.token);
    if (created.status != 201) {
        qWarning("%s", qPrintable(created.describe()));
        return {};
    }
    return created.json.value("id"_L1).toString();
}

void TestClientInfluencer::decide(const QString &leadId, const QString &decision, const QJsonObject &body)
{
    const Response answer =
        m_fixture.http().put(u"/api/leads/%1/%2"_s.arg(leadId, decision), body, m_shop.merchant.token);
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
}

QJsonObject TestClientInfluencer::serverStats(const Account &influencer)
{
    const Response stats = m_fixture.http().get(u"/api/influencer/stats"_s, influencer.token);
    if (stats.status != 200)
        qWarning("%s", qPrintable(stats.describe()));
    return stats.json;
}

QList<QJsonObject> TestClientInfluencer::serverLeadsWithEmail(const QString &email)
{
    QList<QJsonObject> found;
    const auto leads = m_fixture.http().listAll(u"/api/leads"_s, m_fixture.admin().token);
    for (const QJsonValue &value : leads.value_or(QJsonArray())) {
        if (value.toObject().value("client_email"_L1).toString() == email)
            found.append(value.toObject());
    }
    return found;
}

void TestClientInfluencer::performanceIsTheServersStats()
{
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Perf"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QString a = createLead(influencer, u"Client A"_s, 150'000);  // 80 MAD, 24 MAD share
    const QString b = createLead(influencer, u"Client B"_s, 50'000);   // 50 MAD, 15 MAD share
    const QString c = createLead(influencer, u"Client C"_s, 200'000);  // rejected
    const QString d = createLead(influencer, u"Client D"_s, 70'000);   // pending: 21 MAD pending share
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());
    decide(a, u"validate"_s, {{u"quality_score"_s, 8}, {u"feedback"_s, u"Great client"_s}});
    decide(b, u"validate"_s, {{u"quality_score"_s, 5}, {u"feedback"_s, u"Slow to answer"_s}});
    decide(c, u"reject"_s, {{u"reason"_s, u"Unreachable"_s}});

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *workspace = client.window->findChild<InfluencerWorkspace *>();
    QVERIFY(workspace);
    QCOMPARE(workspace->tabText(0), u"Home"_s);
    auto *panel = client.window->findChild<PerformancePanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());

    const QJsonObject stats = serverStats(influencer);
    QCOMPARE(stats.value("leads_total"_L1).toInteger(), 4);
    QCOMPARE(stats.value("earned_cents"_L1).toInteger(), 3'900);
    QCOMPARE(stats.value("pending_earnings_cents"_L1).toInteger(), 2'100);
    const QLocale locale;
    using Figure = PerformancePanel::Figure;
    const auto shortMoney = [&stats, &locale](const char *key) {
        return Money(stats.value(QLatin1StringView(key)).toInteger()).formatShort(locale);
    };
    QCOMPARE(panel->figureText(Figure::LeadsTotal), locale.toString(stats.value("leads_total"_L1).toInteger()));
    QCOMPARE(panel->figureText(Figure::Earned), shortMoney("earned_cents"));
    QCOMPARE(panel->figureText(Figure::PendingEarnings), shortMoney("pending_earnings_cents"));
    QCOMPARE(panel->figureText(Figure::Available), shortMoney("available_cents"));
    QCOMPARE(stats.value("validation_rate"_L1).toDouble(), 0.5);
    QCOMPARE(panel->figureText(Figure::ValidationRate), u"50.0%"_s);
    QCOMPARE(stats.value("avg_quality_score"_L1).toDouble(), 6.5);
    QCOMPARE(panel->figureText(Figure::AverageScore), u"6.5 / 10"_s);

    // The week's bar holds what the server counted; the donut the statuses.
    const auto *weeks = panel->weeksChart();
    QVERIFY(weeks);
    const QJsonArray serverWeeks = stats.value("weeks"_L1).toArray();
    QCOMPARE(serverWeeks.size(), 12);
    QCOMPARE(serverWeeks.last().toObject().value("leads"_L1).toInteger(), 4);

    // Offline, from the cache: another window on the same cache shows the same figures.
    const qint64 cachedEarned = client.cache->influencerStats()->earnedCents;
    QCOMPARE(cachedEarned, 3'900);

    // A decision on the server reaches the figures at the next sync.
    decide(d, u"validate"_s, {{u"quality_score"_s, 9}, {u"feedback"_s, u"Signed"_s}});
    QVERIFY(syncAndSettle(client));
    QTRY_COMPARE(panel->figureText(Figure::Earned), Money(3'900 + 2'100).formatShort(locale));
    QCOMPARE(panel->figureText(Figure::PendingEarnings), Money(0).formatShort(locale));
    QCOMPARE(panel->figureText(Figure::AverageScore), u"7.3 / 10"_s);
}

void TestClientInfluencer::myLeadsShowMyShareAndTheDecision()
{
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Leads"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QString kept = createLead(influencer, u"Karim Validated"_s, 150'000);
    const QString refused = createLead(influencer, u"Rania Rejected"_s, 50'000);
    QVERIFY(!kept.isEmpty() && !refused.isEmpty());
    decide(kept, u"validate"_s, {{u"quality_score"_s, 8}, {u"feedback"_s, u"Great client"_s}});
    decide(refused, u"reject"_s, {{u"reason"_s, u"Wrong city"_s}});

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    auto *view = client.window->findChild<QTableView *>(u"leadsView"_s);
    QVERIFY(view);
    QVERIFY(!view->isColumnHidden(LeadsModel::Share));
    QVERIFY(view->isColumnHidden(LeadsModel::Commission)); // the merchant's total is not theirs
    QVERIFY(!view->isColumnHidden(LeadsModel::Decision));
    QCOMPARE(view->model()->rowCount(), 2);
    QString share;
    QString decision;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name = view->model()->index(row, LeadsModel::Client).data().toString();
        const QString rowDecision = view->model()->index(row, LeadsModel::Decision).data().toString();
        if (name == "Karim Validated"_L1) {
            share = view->model()->index(row, LeadsModel::Share).data().toString();
            decision = rowDecision;
        } else {
            QCOMPARE(rowDecision, u"Wrong city"_s);
        }
    }
    QCOMPARE(share, money(2'400)); // 30 % of the fixed 80 MAD
    QCOMPARE(decision, u"8/10 · Great client"_s);

    // Filtered by status.
    auto *status = client.window->findChild<QComboBox *>(u"statusFilter"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(LeadStatus::Rejected)));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, LeadsModel::Client).data().toString(), u"Rania Rejected"_s);
    status->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestClientInfluencer::rejectionIsDisputedFromMyLeads()
{
    // A rejected lead and a validated one: only the rejection can be disputed, once, with a note.
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Conteste"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QString refused = createLead(influencer, u"Rania Contested"_s, 50'000);
    const QString kept = createLead(influencer, u"Karim Kept"_s, 50'000);
    QVERIFY(!kept.isEmpty() && !refused.isEmpty());
    decide(refused, u"reject"_s, {{u"reason"_s, u"Wrong city"_s}});
    decide(kept, u"validate"_s, {{u"quality_score"_s, 6}});

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *view = client.window->findChild<QTableView *>(u"leadsView"_s);
    auto *button = client.window->findChild<QPushButton *>(u"disputeButton"_s);
    QVERIFY(view && button);
    auto *tabs = client.window->findChild<QTabWidget *>(u"influencerWorkspace"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(view->parentWidget());
    const auto rowOf = [view](const QString &name) {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, LeadsModel::Client).data().toString() == name)
                return row;
        return -1;
    };
    QVERIFY(!button->isEnabled()); // nothing selected
    view->setCurrentIndex(view->model()->index(rowOf(u"Karim Kept"_s), 0));
    QVERIFY(!button->isEnabled()); // validated: nothing to dispute
    view->setCurrentIndex(view->model()->index(rowOf(u"Rania Contested"_s), 0));
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    AdminActionDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = client.window->findChild<AdminActionDialog *>(u"disputeDialog"_s);
        return dialog && dialog->isVisible();
    }));
    auto *send = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!send->isEnabled()); // the note is required
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"textEdit"_s), u"The client signed: see the quote"_s);
    QPointer<AdminActionDialog> closing(dialog);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), ServerTimeoutMs);

    // The server holds the open dispute with the note; the table says it waits; no second dispute.
    const Response lead = m_fixture.http().get(u"/api/leads/%1"_s.arg(refused), influencer.token);
    QVERIFY2(lead.status == 200, qPrintable(lead.describe()));
    const QJsonObject dispute = lead.json.value("dispute"_L1).toObject();
    QCOMPARE(dispute.value("status"_L1).toString(), u"open"_s);
    QCOMPARE(dispute.value("note"_L1).toString(), u"The client signed: see the quote"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        view->model()->index(rowOf(u"Rania Contested"_s), LeadsModel::Decision).data().toString(),
        u"Wrong city · disputed, awaiting an administrator"_s, ServerTimeoutMs);
    view->setCurrentIndex(view->model()->index(rowOf(u"Rania Contested"_s), 0));
    QVERIFY(!button->isEnabled());
}

void TestClientInfluencer::refusedDuplicateIsFixedAndSentOnce()
{
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Refused"_s);
    LM_VERIFY_ACCOUNT(influencer);
    Account other = m_fixture.http().registerUser(u"influencer"_s, u"Another Influencer"_s);
    LM_VERIFY_ACCOUNT(other);
    // Another influencer sent this client first: this cache cannot know it, the server refuses it.
    const QString takenEmail = uniqueEmail(u"taken"_s);
    QVERIFY(!createLead(other, u"Omar Taken"_s, 90'000, {{u"client_email"_s, takenEmail}}).isEmpty());

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *form = client.window->findChild<NewLeadForm *>(u"newLeadForm"_s);
    QVERIFY(form);
    auto *refusedPanel = client.window->findChild<QWidget *>(u"refusedLeadsPanel"_s);
    QVERIFY(refusedPanel);
    QVERIFY(!refusedPanel->isVisible());

    const QString phone = uniqueMoroccanPhone();
    auto *name = form->findChild<QLineEdit *>(u"clientNameEdit"_s);
    auto *email = form->findChild<QLineEdit *>(u"clientEmailEdit"_s);
    auto *phoneEdit = form->findChild<QLineEdit *>(u"clientPhoneEdit"_s);
    auto *value = form->findChild<QLineEdit *>(u"estimatedValueEdit"_s);
    auto *submit = form->findChild<QPushButton *>(u"submitButton"_s);
    QVERIFY(name && email && phoneEdit && value && submit);
    retype(name, u"Omar Taken"_s);
    retype(email, takenEmail);
    retype(phoneEdit, phone);
    retype(value, u"900"_s);
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(name->text(), QString()); // queued: the form is ready for the next one

    // The server refuses it: the panel says why, in plain words, and the window counts it.
    QVERIFY(syncAndSettle(client));
    QTRY_VERIFY_WITH_TIMEOUT(refusedPanel->isVisible(), ServerTimeoutMs);
    const auto *row = refusedPanel->findChild<QPushButton *>(u"fixButton"_s);
    QVERIFY(row);
    const QStringList texts = [&] {
        QStringList all;
        for (const QLabel *label : refusedPanel->findChildren<QLabel *>())
            all << label->text();
        return all;
    }();
    QVERIFY2(texts.join(u'\n').contains(u"Omar Taken — This client was already sent to this campaign in the last 30 days."_s),
             qPrintable(texts.join(u'\n')));
    QCOMPARE(client.window->findChild<InfluencerWorkspace *>()->attentionCount(), 1);

    // Fix: the form is refilled with everything typed; the email is changed and the lead sent again.
    QTest::mouseClick(refusedPanel->findChild<QPushButton *>(u"fixButton"_s), Qt::LeftButton);
    QCOMPARE(name->text(), u"Omar Taken"_s);
    QCOMPARE(email->text(), takenEmail);
    QCOMPARE(value->text(), Money(90'000).format(QLocale(), false));
    const QString newEmail = uniqueEmail(u"omar"_s);
    retype(email, newEmail);
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    // The refused entry is gone with the resubmission (one cache transaction).
    QTRY_VERIFY(!refusedPanel->isVisible());
    QCOMPARE(client.cache->outbox().count(OutboxEntry::Status::Failed), 0);

    QVERIFY(syncAndSettle(client));
    QTRY_COMPARE_WITH_TIMEOUT(serverLeadsWithEmail(newEmail).size(), 1, ServerTimeoutMs);
    QVERIFY(syncAndSettle(client)); // once more: nothing is sent twice
    QCOMPARE(serverLeadsWithEmail(newEmail).size(), 1);
    QCOMPARE(serverLeadsWithEmail(takenEmail).size(), 1); // only the other influencer's
    QCOMPARE(client.cache->outbox().entries().size(), 0);
}

void TestClientInfluencer::knownDuplicateIsFlaggedBeforeSending()
{
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Duplicate"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QString known = uniqueEmail(u"known"_s);
    QVERIFY(!createLead(influencer, u"Nadia Known"_s, 90'000, {{u"client_email"_s, known}}).isEmpty());

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *form = client.window->findChild<NewLeadForm *>(u"newLeadForm"_s);
    QVERIFY(form);
    retype(form->findChild<QLineEdit *>(u"clientNameEdit"_s), u"Nadia Known"_s);
    retype(form->findChild<QLineEdit *>(u"clientEmailEdit"_s), known.toUpper());
    retype(form->findChild<QLineEdit *>(u"clientPhoneEdit"_s), uniqueMoroccanPhone());
    retype(form->findChild<QLineEdit *>(u"estimatedValueEdit"_s), u"900"_s);
    auto *problem = form->findChild<QLabel *>(u"clientEmailProblem"_s);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"Already sent to this campaign on "_s), qPrintable(problem->text()));
    QVERIFY(!form->findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
    // Another address is fine.
    retype(form->findChild<QLineEdit *>(u"clientEmailEdit"_s), uniqueEmail(u"fresh"_s));
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(form->findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
}

void TestClientInfluencer::campaignsNotAcceptingAreGreyedOut()
{
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Campaigns"_s);
    LM_VERIFY_ACCOUNT(influencer);
    MerchantSetup paused = setUpMerchant(m_fixture.http(), DepositCents, {{u"name"_s, u"Pack Mariage"_s}},
                                         u"Salle Andalous"_s);
    LM_VERIFY_OK(paused);
    Response answer = m_fixture.http().put(u"/api/campaigns/%1"_s.arg(paused.campaignId),
                                           QJsonObject{{u"status"_s, u"paused"_s}}, paused.merchant.token);
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    MerchantSetup blocked = setUpMerchant(m_fixture.http(), DepositCents, {{u"name"_s, u"Cours de code"_s}},
                                          u"Auto-école Atlas"_s);
    LM_VERIFY_OK(blocked);
    answer = m_fixture.http().put(u"/api/admin/merchants/%1"_s.arg(blocked.merchant.id),
                                  QJsonObject{{u"status"_s, u"blocked"_s}}, m_fixture.admin().token);
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));

    // The server answers both to the influencer, not accepting.
    const auto campaigns = m_fixture.http().listAll(u"/api/campaigns"_s, influencer.token);
    QVERIFY(campaigns);
    int notAccepting = 0;
    for (const QJsonValue &c : *campaigns)
        notAccepting += c.toObject().value("accepting"_L1).toBool(true) ? 0 : 1;
    QVERIFY2(notAccepting >= 2, "the paused and the blocked merchant's campaigns");

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    auto *combo = client.window->findChild<QComboBox *>(u"campaignCombo"_s);
    QVERIFY(combo);
    const auto itemOf = [combo](const QString &id) { return combo->findData(id); };
    const int pausedItem = itemOf(paused.campaignId);
    const int blockedItem = itemOf(blocked.campaignId);
    const int openItem = itemOf(m_shop.campaignId);
    QVERIFY(pausedItem >= 0 && blockedItem >= 0 && openItem >= 0);
    const auto enabled = [combo](int item) {
        return bool(combo->model()->flags(combo->model()->index(item, 0)) & Qt::ItemIsEnabled);
    };
    QVERIFY(enabled(openItem));
    QCOMPARE(combo->itemText(openItem), u"Service Marketing Digital — Agence Atlas"_s);
    QVERIFY(!enabled(pausedItem));
    QCOMPARE(combo->itemText(pausedItem), u"Pack Mariage — Salle Andalous (paused by the merchant)"_s);
    QVERIFY(!enabled(blockedItem));
    QCOMPARE(combo->itemText(blockedItem),
             u"Cours de code — Auto-école Atlas (not accepting leads: the merchant's deposit is empty or blocked)"_s);
    QVERIFY(openItem < pausedItem && openItem < blockedItem); // those taking leads first

    // Unblocked: it takes leads again after the next sync.
    answer = m_fixture.http().put(u"/api/admin/merchants/%1"_s.arg(blocked.merchant.id),
                                  QJsonObject{{u"status"_s, u"active"_s}}, m_fixture.admin().token);
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    QVERIFY(syncAndSettle(client));
    QTRY_VERIFY(enabled(itemOf(blocked.campaignId)));
}

void TestClientInfluencer::payoutFollowsTheAdminsDecision()
{
    Account influencer = m_fixture.http().registerUser(u"influencer"_s, u"Salma Payout"_s);
    LM_VERIFY_ACCOUNT(influencer);
    for (const QString &client : {u"Payout One"_s, u"Payout Two"_s, u"Payout Three"_s}) {
        const QString id = createLead(influencer, client, 150'000);
        QVERIFY(!id.isEmpty());
        decide(id, u"validate"_s, {{u"quality_score"_s, 7}, {u"feedback"_s, u"ok"_s}});
    }
    // 3 × 24 MAD earned; the minimum is 50 MAD.

    ClientWindow client = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), influencer);
    QVERIFY2(client.window, qPrintable(client.error));
    QVERIFY(showActive(*client.window));
    auto *page = client.window->findChild<QWidget *>(u"payoutsPage"_s);
    QVERIFY(page);
    auto *workspace = client.window->findChild<InfluencerWorkspace *>();
    workspace->setCurrentWidget(page);
    QCOMPARE(labelText(page, u"availableValue"_s), money(7'200));
    auto *request = page->findChild<QPushButton *>(u"requestPayoutButton"_s);
    auto *bankButton = page->findChild<QPushButton *>(u"bankButton"_s);
    QVERIFY(request && bankButton);
    QVERIFY(!request->isEnabled()); // no bank details yet
    QVERIFY(page->findChild<QWidget *>(u"payoutsEmpty"_s)->isVisible());

    // Bank details: a wrong key is refused as typed, the right one saved; only 4 digits come back.
    bool wrongKeyRefused = false;
    QTimer::singleShot(0, this, [&wrongKeyRefused] {
        QDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == "bankDetailsDialog"_L1)
                dialog = qobject_cast<QDialog *>(w);
        }
        if (!dialog)
            return;
        auto *rib = dialog->findChild<QLineEdit *>(u"ribEdit"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"holderEdit"_s), u"Salma Idrissi"_s);
        QTest::keyClicks(rib, u"011780000012345678901297"_s);
        wrongKeyRefused = !save->isEnabled() && dialog->findChild<QLabel *>(u"ribProblem"_s)->isVisible();
        rib->clear();
        QTest::keyClicks(rib, ValidRib);
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(bankButton, Qt::LeftButton);
    QVERIFY(wrongKeyRefused);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(page, u"bankSummary"_s).contains(u"1296"_s), ServerTimeoutMs);
    QCOMPARE(labelText(page, u"bankSummary"_s), u"Salma Idrissi · account ending 1296"_s);
    const Response bank = m_fixture.http().get(u"/api/me/bank"_s, influencer.token);
    QCOMPARE(bank.status, 200);
    QVERIFY2(!bank.body.contains("0000123456789012"), bank.body.constData());
    QTRY_VERIFY(request->isEnabled());

    // A payout of 60 MAD.
    QTimer::singleShot(0, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() != "payoutDialog"_L1)
                continue;
            auto *amount = w->findChild<QLineEdit *>(u"amountEdit"_s);
            amount->selectAll();
            QTest::keyClicks(amount, u"60"_s);
            QTest::mouseClick(w->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        }
    });
    QTest::mouseClick(request, Qt::LeftButton);
    auto *history = page->findChild<QTableView *>(u"payoutsView"_s);
    QVERIFY(history);
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, ServerTimeoutMs);
    QCOMPARE(history->model()->index(0, PayoutsModel::Amount).data().toString(), money(6'000));
    QCOMPARE(history->model()->index(0, PayoutsModel::Status).data().toString(), u"Requested"_s);
    QVERIFY(history->isVisible());

    // The admin pays it with a reference: the next sync shows it paid, and the figures follow.
    const auto payouts = m_fixture.http().listAll(u"/api/admin/payouts?status=requested"_s, m_fixture.admin().token);
    QVERIFY(payouts);
    QString payoutId;
    for (const QJsonValue &p : *payouts) {
        if (p.toObject().value("influencer_id"_L1).toString() == influencer.id)
            payoutId = p.toObject().value("id"_L1).toString();
    }
    QVERIFY(!payoutId.isEmpty());
    const Response paid = m_fixture.http().put(u"/api/admin/payouts/%1"_s.arg(payoutId),
                                               QJsonObject{{u"status"_s, u"paid"_s}, {u"reference"_s, u"VIR-77"_s}},
                                               m_fixture.admin().token);
    QVERIFY2(paid.status == 200, qPrintable(paid.describe()));
    QVERIFY(syncAndSettle(client));
    QTRY_COMPARE(history->model()->index(0, PayoutsModel::Status).data().toString(), u"Paid"_s);
    QCOMPARE(history->model()->index(0, PayoutsModel::Outcome).data().toString(), u"Transfer VIR-77"_s);
    QCOMPARE(labelText(page, u"availableValue"_s), money(1'200));
    QCOMPARE(client.cache->influencerStats()->paidCents, 6'000);
}

QTEST_MAIN(TestClientInfluencer)
#include "tst_client_influencer.moc"
