// Every dialog of the client sized by its content (offscreen), in English, French and Arabic, with a
// long problem shown in each of its problem lines in turn: its size hint fits a 960×600 screen (a
// 1440×900 screen at 150 %, so 1024×700 too); once shown, every label shows its whole text, every
// button its whole caption, every field a dozen characters wide at least, every control lies inside
// the dialog, and every control has a name for assistive technology. LM_SCREENSHOT_DIR=… keeps a grab of each (uidialogs-<dialog>-<lang>-<line>.png).

#include "aboutdialog.h"
#include "admindialogs.h"
#include "alertsmodel.h"
#include "campaigndialog.h"
#include "decisiondialogs.h"
#include "logindialog.h"
#include "passworddialogs.h"
#include "payoutdialogs.h"
#include "profiledialogs.h"
#include "rechargedialog.h"
#include "signupdialog.h"
#include "translations.h"

#include <accountservice.h>
#include <adminservice.h>
#include <apiclient.h>
#include <apierror.h>
#include <cache.h>
#include <campaignservice.h>
#include <earningsservice.h>
#include <session.h>
#include <settings.h>
#include <tokenstore.h>

#include <dto.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

constexpr QSize SmallScreen(960, 600); // 1440×900 at 150 %

/// What the dialogs need to be built: real services on an address where nothing answers.
struct Services
{
    explicit Services(const QString &dir)
        : settings(QDir(dir).filePath(u"settings.ini"_s)),
          tokens(u"LeadMarketDialogFitTest"_s),
          session(settings, tokens),
          cache(QDir(dir).filePath(u"cache.sqlite"_s)),
          campaigns(session.api(), cache),
          earnings(session.api(), cache),
          admin(session),
          accounts(session, settings)
    {
        session.api().setBaseUrl(QUrl(u"http://127.0.0.1:1"_s)); // refused at once
    }
    Settings settings;
    TokenStore tokens;
    Session session;
    Cache cache;
    CampaignService campaigns;
    EarningsService earnings;
    AdminService admin;
    AccountService accounts;
};

/// The user of the account dialogs: long name and address, nothing verified yet.
dto::User accountUser()
{
    dto::User user;
    user.id = u"u-1"_s;
    user.email = u"fatima-zahra.benkirane@atlas-decor-climatisation.ma"_s;
    user.displayName = u"Atlas Décor et Climatisation SARL"_s;
    user.phone = u"+212612345678"_s;
    return user;
}

dto::Lead lead(const QString &name, qint64 commissionCents)
{
    dto::Lead lead;
    lead.id = u"lead-"_s + name;
    lead.clientName = name;
    lead.commissionCents = commissionCents;
    lead.estimatedValueCents = 1'250'000;
    return lead;
}

QList<dto::Lead> leads(int count)
{
    QList<dto::Lead> list;
    for (int i = 0; i < count; ++i)
        list.append(lead(u"Fatima-Zahra Benkirane El Idrissi %1"_s.arg(i + 1), 12'550 + i));
    return list;
}

using Factory = std::function<std::unique_ptr<QDialog>(Services &)>;

struct DialogCase
{
    QString name;
    Factory make;
    QStringList problemLines; ///< objectNames of the labels that say what went wrong
};

QList<DialogCase> dialogCases()
{
    const QStringList campaignLines{u"nameProblem"_s,      u"descriptionProblem"_s, u"rateProblem"_s,
                                    u"thresholdProblem"_s, u"fixedProblem"_s,       u"shareProblem"_s,
                                    u"statusLabel"_s};
    return {
        {u"sign in"_s,
         [](Services &s) {
             auto dialog = std::make_unique<LoginDialog>(s.session, s.accounts);
             dialog->setServer(QUrl(u"https://leadmarket.example.ma"_s));
             return std::unique_ptr<QDialog>(std::move(dialog));
         },
         {u"messageLabel"_s, u"errorLabel"_s, u"progressLabel"_s}},
        {u"sign up"_s, [](Services &s) { return std::unique_ptr<QDialog>(std::make_unique<SignUpDialog>(s.session)); },
         {u"nameProblem"_s, u"emailProblem"_s, u"phoneProblem"_s, u"passwordProblem"_s, u"confirmProblem"_s,
          u"serverProblem"_s, u"statusLabel"_s}},
        {u"forgot password"_s,
         [](Services &s) {
             return std::unique_ptr<QDialog>(std::make_unique<ForgotPasswordDialog>(
                 s.accounts, QUrl(u"https://leadmarket.example.ma"_s), accountUser().email));
         },
         {u"emailProblem"_s, u"statusLabel"_s}},
        {u"forgot password, the code"_s,
         [](Services &s) {
             auto dialog = std::make_unique<ForgotPasswordDialog>(s.accounts, QUrl(u"https://leadmarket.example.ma"_s),
                                                                  accountUser().email);
             dialog->findChild<QPushButton *>(u"haveCodeButton"_s)->click();
             return std::unique_ptr<QDialog>(std::move(dialog));
         },
         {u"tokenProblem"_s, u"newPasswordProblem"_s, u"confirmProblem"_s, u"statusLabel"_s}},
        {u"change password"_s,
         [](Services &s) { return std::unique_ptr<QDialog>(std::make_unique<ChangePasswordDialog>(s.accounts)); },
         {u"currentPasswordProblem"_s, u"newPasswordProblem"_s, u"confirmProblem"_s, u"statusLabel"_s}},
        {u"profile"_s,
         [](Services &s) {
             return std::unique_ptr<QDialog>(std::make_unique<ProfileDialog>(s.accounts, accountUser()));
         },
         {u"nameProblem"_s, u"phoneProblem"_s, u"localeProblem"_s, u"statusLabel"_s}},
        {u"verify email"_s,
         [](Services &s) {
             return std::unique_ptr<QDialog>(std::make_unique<VerifyEmailDialog>(s.accounts, accountUser()));
         },
         {u"tokenProblem"_s, u"statusLabel"_s}},
        {u"about"_s, [](Services &) { return std::unique_ptr<QDialog>(std::make_unique<AboutDialog>()); }, {}},
        {u"new campaign"_s,
         [](Services &s) {
             return std::unique_ptr<QDialog>(std::make_unique<CampaignDialog>(s.campaigns, std::nullopt));
         },
         campaignLines},
        {u"edit campaign"_s,
         [](Services &s) {
             dto::Campaign campaign;
             campaign.id = u"c-1"_s;
             campaign.name = u"Climatisation Casablanca — Ramadan"_s;
             campaign.description = u"Installation et entretien de climatiseurs pour les particuliers."_s;
             return std::unique_ptr<QDialog>(std::make_unique<CampaignDialog>(s.campaigns, campaign));
         },
         campaignLines},
        {u"validate one lead"_s,
         [](Services &) { return std::unique_ptr<QDialog>(std::make_unique<ValidateLeadDialog>(leads(1))); }, {}},
        {u"validate twelve leads"_s,
         [](Services &) { return std::unique_ptr<QDialog>(std::make_unique<ValidateLeadDialog>(leads(12))); }, {}},
        {u"reject one lead"_s,
         [](Services &) { return std::unique_ptr<QDialog>(std::make_unique<RejectLeadDialog>(leads(1))); }, {}},
        {u"reject twelve leads"_s,
         [](Services &) { return std::unique_ptr<QDialog>(std::make_unique<RejectLeadDialog>(leads(12))); }, {}},
        {u"recharge"_s,
         [](Services &) {
             return std::unique_ptr<QDialog>(
                 std::make_unique<RechargeDialog>(QStringList{u"stripe"_s, u"cmi"_s, u"sandbox"_s}));
         },
         {u"amountProblem"_s}},
        {u"new bank details"_s,
         [](Services &s) {
             return std::unique_ptr<QDialog>(std::make_unique<BankDetailsDialog>(s.earnings, std::nullopt));
         },
         {u"holderProblem"_s, u"ribProblem"_s, u"statusLabel"_s}},
        {u"changed bank details"_s,
         [](Services &s) {
             const dto::BankDetails bank{u"Yasmine Alaoui"_s, u"•••• •••• •••• 4521"_s};
             return std::unique_ptr<QDialog>(std::make_unique<BankDetailsDialog>(s.earnings, bank));
         },
         {u"holderProblem"_s, u"ribProblem"_s, u"statusLabel"_s}},
        {u"payout request"_s,
         [](Services &s) {
             dto::InfluencerStats stats;
             stats.availableCents = 1'234'567;
             stats.minPayoutCents = 20'000;
             const dto::BankDetails bank{u"Yasmine Alaoui Benjelloun"_s, u"•••• 4521"_s};
             return std::unique_ptr<QDialog>(std::make_unique<PayoutRequestDialog>(s.earnings, stats, bank));
         },
         {u"amountProblem"_s, u"statusLabel"_s}},
        {u"block a merchant"_s,
         [](Services &) {
             const char *context = "lm::client::AlertsBoard";
             auto dialog = std::make_unique<AdminActionDialog>(
                 u"blockMerchantDialog"_s, QCoreApplication::translate(context, "Block a merchant"),
                 QCoreApplication::translate(context, "Block the deposit of %1? Influencers' new leads on its "
                                                      "campaigns are refused until an administrator unblocks it; a "
                                                      "recharge does not lift this block. The reason is kept in the "
                                                      "audit log.")
                     .arg(u"Atlas Décor et Climatisation SARL"_s),
                 QCoreApplication::translate(context, "&Block"));
             dialog->setTextField(AdminActionDialog::TextNeed::Required,
                                  QCoreApplication::translate(context, "&Reason:"), 500);
             return std::unique_ptr<QDialog>(std::move(dialog));
         },
         {u"textProblem"_s, u"statusLabel"_s}},
        {u"new user"_s, [](Services &s) { return std::unique_ptr<QDialog>(std::make_unique<NewUserDialog>(s.admin)); },
         {u"emailProblem"_s, u"display_nameProblem"_s, u"roleProblem"_s, u"phoneProblem"_s, u"passwordProblem"_s,
          u"statusLabel"_s}},
        {u"merchant transactions"_s,
         [](Services &s) {
             AlertRow merchant;
             merchant.id = u"m-1"_s;
             merchant.merchantName = u"Atlas Décor et Climatisation SARL"_s;
             merchant.balanceCents = 1'234'567;
             merchant.reservedCents = 234'567;
             merchant.availableCents = 1'000'000;
             merchant.referenceCents = 500'000;
             return std::unique_ptr<QDialog>(std::make_unique<MerchantTransactionsDialog>(s.admin, merchant));
         },
         {u"statusLabel"_s}},
    };
}

QLocale localeOf(const QString &language)
{
    if (language == "fr"_L1)
        return QLocale(QLocale::French, QLocale::Morocco);
    if (language == "ar"_L1)
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

/// The longest thing the dialogs say, twice over, in the current language.
QString longProblem()
{
    const QUrl server(u"https://leadmarket.example.ma:8443"_s);
    return LoginDialog::problemText(ApiError::network(u"refused"_s), server) + u' '
        + LoginDialog::problemText(ApiError::timeout(), server);
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

/// A control's part that assistive technology reads as that control, out of the tab chain: a spin
/// box's own line edit, a line edit's clear button.
bool isPartOfAControl(const QWidget *w)
{
    return qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<const QLineEdit *>(w->parentWidget());
}

QString describe(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return name + u" “"_s + label->text().left(60) + u"”"_s;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return name + u" “"_s + button->text() + u"”"_s;
    return name;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestClientDialogFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fitsAndShowsEverything_data();
    void fitsAndShowsEverything();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services> m_services;
};

void TestClientDialogFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_services = std::make_unique<Services>(m_dir->path());
}

void TestClientDialogFit::cleanupTestCase()
{
    m_services.reset();
    installTranslations(*qApp, localeOf(u"en"_s));
}

void TestClientDialogFit::fitsAndShowsEverything_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("problemLine");
    for (const QString &language : {u"en"_s, u"fr"_s, u"ar"_s}) {
        for (const DialogCase &c : dialogCases()) {
            QTest::addRow("%s, %s, as it opens", qPrintable(language), qPrintable(c.name)) << language << c.name
                                                                                          << QString();
            for (const QString &line : c.problemLines)
                QTest::addRow("%s, %s, a long %s", qPrintable(language), qPrintable(c.name), qPrintable(line))
                    << language << c.name << line;
        }
    }
}

void TestClientDialogFit::fitsAndShowsEverything()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    QFETCH(QString, problemLine);

    installTranslations(*qApp, localeOf(language));
    QCOMPARE(QApplication::layoutDirection(), language == "ar"_L1 ? Qt::RightToLeft : Qt::LeftToRight);
    std::unique_ptr<QDialog> shown;
    for (const DialogCase &c : dialogCases()) {
        if (c.name == dialog)
            shown = c.make(*m_services);
    }
    QVERIFY(shown);

    const QSize hint = shown->sizeHint();
    QVERIFY2(hint.width() <= SmallScreen.width() && hint.height() <= SmallScreen.height(),
             qPrintable(u"size hint %1×%2"_s.arg(hint.width()).arg(hint.height())));

    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    if (!problemLine.isEmpty()) {
        auto *line = shown->findChild<QLabel *>(problemLine);
        QVERIFY2(line, qPrintable(problemLine));
        line->setText(longProblem());
        line->show();
    }
    // The layout's requests (posted) and the dialog's answer to them.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    const QSize size = shown->size();
    QVERIFY2(size.width() <= SmallScreen.width() && size.height() <= SmallScreen.height(),
             qPrintable(u"%1×%2"_s.arg(size.width()).arg(size.height())));
    const QRect screen = shown->screen()->availableGeometry();
    QVERIFY2(screen.contains(shown->frameGeometry()),
             qPrintable(u"at %1,%2 %3×%4"_s.arg(shown->x()).arg(shown->y()).arg(size.width()).arg(size.height())));

    if (const QString dir = qEnvironmentVariable("LM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const QString file = u"uidialogs-%1-%2-%3.png"_s.arg(QString(dialog).replace(u' ', u'-'), language,
                                                            problemLine.isEmpty() ? u"open"_s : problemLine);
        QVERIFY(shown->grab().save(QDir(dir).filePath(file)));
    }

    QStringList problems;
    const QRect inside = shown->rect();
    for (QLabel *label : shown->findChildren<QLabel *>()) {
        if (!label->isVisible() || (label->text().isEmpty() && label->pixmap().isNull()))
            continue;
        const QRect at(label->mapTo(shown.get(), QPoint()), label->size());
        if (!inside.contains(at))
            problems << u"outside: "_s + describe(label);
        if (label->wordWrap()) {
            if (label->height() < label->heightForWidth(label->width()))
                problems << u"lines cut (%1 < %2 high): "_s.arg(label->height())
                                .arg(label->heightForWidth(label->width()))
                            + describe(label);
        } else if (label->width() < label->sizeHint().width()) {
            problems << u"cut (%1 < %2 wide): "_s.arg(label->width()).arg(label->sizeHint().width()) + describe(label);
        }
    }
    for (QWidget *w : shown->findChildren<QWidget *>()) {
        if (!isInteractive(w) || !w->isVisible() || isPartOfAControl(w))
            continue;
        const QRect at(w->mapTo(shown.get(), QPoint()), w->size());
        if (!inside.contains(at))
            problems << u"outside: "_s + describe(w);
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->width() < button->sizeHint().width())
            problems << u"caption cut (%1 < %2 wide): "_s.arg(button->width()).arg(button->sizeHint().width())
                    + describe(button);
        // A field shows a dozen characters at least (the sign-in fields were squashed by their captions).
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            && w->width() < w->fontMetrics().averageCharWidth() * 12)
            problems << u"squashed (%1 wide): "_s.arg(w->width()) + describe(w);
        if (accessibleName(w).trimmed().isEmpty())
            problems << u"no accessible name: "_s + describe(w);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

QTEST_MAIN(TestClientDialogFit)
#include "tst_client_dialogfit.moc"
