// The user's own account through the real dialogs against the real server (offscreen, English),
// with the server's emails caught by a real SMTP server on loopback (tests/smtpsink.py): a
// forgotten password reset with the emailed code (the same answer for any address; a wrong or
// used code shown under its field) and a sign-in with the new password; the password changed
// from the Account menu (a wrong current one refused under its field; this session stays signed
// in, the new password signs in); the profile saved (GET /api/me has it, the window shows it,
// refusals under their field); the email verified with the pasted link, after which the menu no
// longer offers it.

#include "clientharness.h"
#include "mailsink.h"
#include "serverfixture.h"
#include "serverharness.h"

#include "accountmenu.h"
#include "accountservice.h"
#include "cache.h"
#include "clientcore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "passworddialogs.h"
#include "profiledialogs.h"
#include "session.h"
#include "settings.h"
#include "translations.h"

#include <dto.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr int WaitMs = 20'000;
const QString NewPassword = u"a-brand-new-password"_s;

template <typename T>
T *child(QObject *parent, const QString &name = {})
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

bool shown(QWidget *parent, const QString &name)
{
    auto *widget = child<QWidget>(parent, name);
    return widget && !widget->isHidden();
}

/// The dialog of type T a click or an action opened, once it is the active window.
template <typename T>
T *waitForDialog(QWidget *parent)
{
    T *dialog = nullptr;
    const bool active = QTest::qWaitFor([&] {
        dialog = parent->findChild<T *>();
        return dialog && dialog->isVisible() && QApplication::activeWindow() == dialog;
    }, 5000);
    return active ? dialog : nullptr;
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
}

/// Whether every visible problem and status label of `dialog` shows all its lines.
QString clippedText(QDialog *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->height() < label->heightForWidth(label->width()))
            return label->objectName() + u": "_s + label->text();
    }
    return {};
}

} // namespace

class TestClientAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void forgotPasswordAnswersAlike_data();
    void forgotPasswordAnswersAlike();
    void forgotPasswordEndToEnd();
    void changePasswordKeepsTheSession();
    void profileRefusalsUnderTheirField_data();
    void profileRefusalsUnderTheirField();
    void profileIsSavedAndShown();
    void verifyEmailWithThePastedLink();
    void escapeCancels();

private:
    /// The window of `account`, shown and active.
    ClientWindow openWindow(const Account &account);
    QJsonObject serverMe(const QString &token);

    MailSink m_smtp;
    ServerFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientAccounts::initTestCase()
{
    prepareClientTestApplication();
    QVERIFY2(m_smtp.start(), qPrintable(m_smtp.error()));
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_SMTP_URL"_s, u"smtp://127.0.0.1:"_s + QString::number(m_smtp.port()));
    env.insert(u"LEADMARKET_MAIL_FROM"_s, u"comptes@leadmarket.test"_s);
    env.insert(u"LEADMARKET_OUTBOX_POLL_MS"_s, u"100"_s);
    env.insert(u"LEADMARKET_PUBLIC_URL"_s, u"http://127.0.0.1:9"_s);
    LM_START_SERVER(m_fixture, {u"--sandbox-payments"_s}, env);
}

void TestClientAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientAccounts::cleanup()
{
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
            dialog->reject();
    }
    m_dir.reset();
}

ClientWindow TestClientAccounts::openWindow(const Account &account)
{
    ClientWindow c = makeClientWindow(m_dir->path(), m_fixture.server().baseUrl(), account);
    if (!c.window)
        return c;
    // The sync with the session's token, as ClientController starts it (the harness gives it the
    // account's, which a password change revokes).
    c.core->startFor(*c.core->session().user(), m_fixture.server().baseUrl().toString(), c.core->session().token(),
                     false);
    if (!showActive(*c.window))
        c.error = u"the window did not become active"_s;
    return c;
}

QJsonObject TestClientAccounts::serverMe(const QString &token)
{
    const Response me = m_fixture.http().get(u"/api/me"_s, token);
    return me.status == 200 ? me.json : QJsonObject{{u"problem"_s, me.describe()}};
}

void TestClientAccounts::forgotPasswordAnswersAlike_data()
{
    QTest::addColumn<bool>("exists");
    QTest::newRow("an address with an account") << true;
    QTest::newRow("an address without one") << false;
}

void TestClientAccounts::forgotPasswordAnswersAlike()
{
    QFETCH(bool, exists);
    QString email = uniqueEmail(u"nobody"_s);
    if (exists) {
        const Account account = m_fixture.http().registerUser(u"merchant"_s);
        LM_VERIFY_ACCOUNT(account);
        email = account.email;
    }
    Settings settings(QDir(m_dir->path()).filePath(u"settings.ini"_s));
    ClientCore core(QDir(m_dir->path()).filePath(u"cache.sqlite"_s), settings);
    LoginDialog login(core.session(), core.accounts());
    login.setServer(m_fixture.server().baseUrl());
    login.setEmail(email);
    login.setRemember(false);
    QVERIFY(showActive(login));
    auto *forgot = child<QPushButton>(&login, u"forgotPasswordButton"_s);
    QVERIFY(forgot && forgot->isVisible() && forgot->isEnabled());
    QTest::mouseClick(forgot, Qt::LeftButton);
    QPointer<ForgotPasswordDialog> dialog = waitForDialog<ForgotPasswordDialog>(&login);
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, u"emailEdit"_s)->text(), email);
    press(Qt::Key_Return); // the default button: send the link
    QTRY_VERIFY_WITH_TIMEOUT(dialog->step() == ForgotPasswordDialog::Step::NewPassword, WaitMs);
    // Never a word on whether the account exists.
    QCOMPARE(child<QLabel>(dialog, u"sentLabel"_s)->text(),
             ForgotPasswordDialog::tr("If an account exists for %1, we sent it a link. Open it to choose a new "
                                      "password in your browser, or paste the code from the email here.")
                 .arg(QChar(0x2068) + email + QChar(0x2069)));
    QVERIFY(!shown(dialog, u"statusLabel"_s));
    QCOMPARE(focusName(), u"tokenEdit"_s);
    if (exists)
        QVERIFY(!m_smtp.waitForLinkToken(email, u"reset"_s).isEmpty());
    else
        QVERIFY(m_smtp.linkTokens(email, u"reset"_s).isEmpty());
}

void TestClientAccounts::forgotPasswordEndToEnd()
{
    const Account account = m_fixture.http().registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(account);
    Settings settings(QDir(m_dir->path()).filePath(u"settings.ini"_s));
    ClientCore core(QDir(m_dir->path()).filePath(u"cache.sqlite"_s), settings);
    LoginDialog login(core.session(), core.accounts());
    login.setServer(m_fixture.server().baseUrl());
    login.setEmail(account.email);
    login.setRemember(false);
    QVERIFY(showActive(login));
    QTest::mouseClick(child<QPushButton>(&login, u"forgotPasswordButton"_s), Qt::LeftButton);
    QPointer<ForgotPasswordDialog> dialog = waitForDialog<ForgotPasswordDialog>(&login);
    QVERIFY(dialog);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->step() == ForgotPasswordDialog::Step::NewPassword, WaitMs);
    const QString token = m_smtp.waitForLinkToken(account.email, u"reset"_s);
    QVERIFY2(!token.isEmpty(), "no reset link was emailed");

    // A wrong code: the server's refusal under the code.
    retype(child<QLineEdit>(dialog, u"tokenEdit"_s), u"not-the-code"_s);
    retype(child<QLineEdit>(dialog, u"newPasswordEdit"_s), NewPassword);
    retype(child<QLineEdit>(dialog, u"confirmEdit"_s), NewPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown(dialog, u"tokenProblem"_s), WaitMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(focusName(), u"tokenEdit"_s);
    QVERIFY2(clippedText(dialog).isEmpty(), qPrintable(clippedText(dialog)));

    // The emailed link pasted whole: the password is set, and the sign-in form is back with the
    // email and the news.
    retype(child<QLineEdit>(dialog, u"tokenEdit"_s), u"http://127.0.0.1:9/account/reset?token="_s + token);
    QVERIFY(!shown(dialog, u"tokenProblem"_s));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), WaitMs);
    login.activateWindow(); // a window manager gives it back; the offscreen platform does not
    QTRY_VERIFY(QApplication::activeWindow() == &login);
    QCOMPARE(child<QLineEdit>(&login, u"emailEdit"_s)->text(), account.email);
    QCOMPARE(child<QLabel>(&login, u"messageLabel"_s)->text(), ForgotPasswordDialog::doneMessage());
    QVERIFY(shown(&login, u"messageLabel"_s));
    QCOMPARE(focusName(), u"passwordEdit"_s);

    // The old password no longer signs in; the new one does, through the form.
    QCOMPARE(m_fixture.http().login(account.email, defaultPassword()).ok(), false);
    type(NewPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(core.session().isSignedIn(), WaitMs);
    QCOMPARE(core.session().user()->email, account.email);

    // The same code a second time: used, refused under the code.
    ForgotPasswordDialog again(core.accounts(), m_fixture.server().baseUrl(), account.email);
    QVERIFY(showActive(again));
    QTest::mouseClick(child<QPushButton>(&again, u"haveCodeButton"_s), Qt::LeftButton);
    QCOMPARE(again.step(), ForgotPasswordDialog::Step::NewPassword);
    retype(child<QLineEdit>(&again, u"tokenEdit"_s), token);
    retype(child<QLineEdit>(&again, u"newPasswordEdit"_s), u"yet-another-password"_s);
    retype(child<QLineEdit>(&again, u"confirmEdit"_s), u"yet-another-password"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown(&again, u"tokenProblem"_s), WaitMs);
    QVERIFY(again.isVisible());
    QVERIFY(m_fixture.http().login(account.email, NewPassword).ok());
}

void TestClientAccounts::changePasswordKeepsTheSession()
{
    const Account account = m_fixture.http().registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(account);
    Account elsewhere = m_fixture.http().login(account.email, account.password); // another computer
    LM_VERIFY_ACCOUNT(elsewhere);
    ClientWindow c = openWindow(account);
    QVERIFY2(c.window, qPrintable(c.error));
    auto *action = child<QAction>(c.window.get(), u"changePasswordAction"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QPointer<ChangePasswordDialog> dialog = waitForDialog<ChangePasswordDialog>(c.window.get());
    QVERIFY(dialog);
    QCOMPARE(focusName(), u"currentPasswordEdit"_s);

    // A wrong current password: refused under it.
    type(u"not-my-password"_s);
    retype(child<QLineEdit>(dialog, u"newPasswordEdit"_s), NewPassword);
    retype(child<QLineEdit>(dialog, u"confirmEdit"_s), NewPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown(dialog, u"currentPasswordProblem"_s), WaitMs);
    QCOMPARE(child<QLabel>(dialog, u"currentPasswordProblem"_s)->text(),
             ChangePasswordDialog::tr("This is not your current password."));
    QCOMPARE(focusName(), u"currentPasswordEdit"_s);
    QVERIFY2(clippedText(dialog).isEmpty(), qPrintable(clippedText(dialog)));

    // Two different new passwords: said here, nothing sent.
    retype(child<QLineEdit>(dialog, u"currentPasswordEdit"_s), account.password);
    retype(child<QLineEdit>(dialog, u"confirmEdit"_s), NewPassword + u"x"_s);
    press(Qt::Key_Return);
    QVERIFY(shown(dialog, u"confirmProblem"_s));
    QCOMPARE(focusName(), u"confirmEdit"_s);

    // The right one: changed; this window stays signed in, the other computer is signed out.
    retype(child<QLineEdit>(dialog, u"confirmEdit"_s), NewPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), WaitMs);
    QCOMPARE(c.window->statusBar()->currentMessage(), AccountMenu::tr("Your password has been changed."));
    QVERIFY(c.core->session().isSignedIn());
    QCOMPARE(serverMe(c.core->session().token()).value("email"_L1).toString(), account.email);
    QCOMPARE(m_fixture.http().get(u"/api/me"_s, elsewhere.token).status, 401);
    QVERIFY(m_fixture.http().login(account.email, NewPassword).ok());
    QCOMPARE(m_fixture.http().login(account.email, account.password).ok(), false);
}

void TestClientAccounts::profileRefusalsUnderTheirField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name: said here") << QString() << QString() << u"nameProblem"_s;
    QTest::newRow("not a phone number: the server's refusal") << u"Agence Atlas"_s << u"12345"_s
                                                               << u"phoneProblem"_s;
}

void TestClientAccounts::profileRefusalsUnderTheirField()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, problem);
    const Account account = m_fixture.http().registerUser(u"merchant"_s, u"Agence Atlas"_s);
    LM_VERIFY_ACCOUNT(account);
    ClientWindow c = openWindow(account);
    QVERIFY2(c.window, qPrintable(c.error));
    child<QAction>(c.window.get(), u"profileAction"_s)->trigger();
    QPointer<ProfileDialog> dialog = waitForDialog<ProfileDialog>(c.window.get());
    QVERIFY(dialog);
    retype(child<QLineEdit>(dialog, u"nameEdit"_s), name);
    retype(child<QLineEdit>(dialog, u"phoneEdit"_s), phone);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown(dialog, problem), WaitMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(focusName(), problem.chopped(7) + u"Edit"_s);
    QVERIFY2(clippedText(dialog).isEmpty(), qPrintable(clippedText(dialog)));
    // Nothing changed on the server.
    const QJsonObject me = serverMe(account.token);
    QCOMPARE(me.value("display_name"_L1).toString(), u"Agence Atlas"_s);
    QVERIFY(me.value("phone"_L1).isNull());
}

void TestClientAccounts::profileIsSavedAndShown()
{
    const Account account = m_fixture.http().registerUser(u"influencer"_s, u"Salma"_s);
    LM_VERIFY_ACCOUNT(account);
    ClientWindow c = openWindow(account);
    QVERIFY2(c.window, qPrintable(c.error));
    child<QAction>(c.window.get(), u"profileAction"_s)->trigger();
    QPointer<ProfileDialog> dialog = waitForDialog<ProfileDialog>(c.window.get());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, u"emailLabel"_s)->text().contains(account.email));
    QCOMPARE(child<QLabel>(dialog, u"verifiedLabel"_s)->text(), ProfileDialog::tr("Not verified yet"));
    auto *locale = child<QComboBox>(dialog, u"localeCombo"_s);
    QCOMPARE(locale->currentData().toString(), u"fr"_s); // the server's default
    QVERIFY(!locale->accessibleName().isEmpty());

    retype(child<QLineEdit>(dialog, u"nameEdit"_s), u"Salma Benali"_s);
    retype(child<QLineEdit>(dialog, u"phoneEdit"_s), u"06 12 34 56 78"_s);
    locale->setCurrentIndex(locale->findData(u"ar"_s));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), WaitMs);
    QCOMPARE(c.window->statusBar()->currentMessage(), AccountMenu::tr("Your profile has been saved."));

    const QJsonObject me = serverMe(account.token);
    QCOMPARE(me.value("display_name"_L1).toString(), u"Salma Benali"_s);
    QCOMPARE(me.value("phone"_L1).toString(), u"+212612345678"_s);
    QCOMPARE(me.value("locale"_L1).toString(), u"ar"_s);
    // The session, the window and the cache follow.
    QCOMPARE(c.core->session().user()->displayName, u"Salma Benali"_s);
    QCOMPARE(c.core->session().user()->locale, u"ar"_s);
    QCOMPARE(c.window->windowTitle(), u"Salma Benali"_s);
    QVERIFY(c.window->findChild<QLabel *>(u"userLabel"_s)->toolTip().startsWith(u"Salma Benali"_s));
    QCOMPARE(c.cache->user()->displayName, u"Salma Benali"_s);

    // Opened again, it shows what the server has.
    child<QAction>(c.window.get(), u"profileAction"_s)->trigger();
    dialog = waitForDialog<ProfileDialog>(c.window.get());
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, u"phoneEdit"_s)->text(), u"+212612345678"_s);
    QCOMPARE(child<QComboBox>(dialog, u"localeCombo"_s)->currentData().toString(), u"ar"_s);
}

void TestClientAccounts::verifyEmailWithThePastedLink()
{
    const Account account = m_fixture.http().registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(account);
    QCOMPARE(account.user.value("email_verified"_L1).toBool(), false);
    ClientWindow c = openWindow(account);
    QVERIFY2(c.window, qPrintable(c.error));
    auto *action = child<QAction>(c.window.get(), u"verifyEmailAction"_s);
    QVERIFY(action && action->isVisible() && action->isEnabled());
    action->trigger();
    QPointer<VerifyEmailDialog> dialog = waitForDialog<VerifyEmailDialog>(c.window.get());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, u"introLabel"_s)->text().contains(account.email));

    // A wrong code: refused under it.
    type(u"not-the-code"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown(dialog, u"tokenProblem"_s), WaitMs);
    QVERIFY(dialog->isVisible());

    // Sent again: a second email with a link, the newest pasted whole.
    QVERIFY2(!m_smtp.waitForLinkToken(account.email, u"verify"_s).isEmpty(), "the sign-up sent no verification link");
    const int before = int(m_smtp.linkTokens(account.email, u"verify"_s).size());
    QTest::mouseClick(child<QPushButton>(dialog, u"resendButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown(dialog, u"statusLabel"_s)
                                 && child<QLabel>(dialog, u"statusLabel"_s)->text().contains(account.email),
                             WaitMs);
    const QString token = m_smtp.waitForLinkToken(account.email, u"verify"_s, before);
    QVERIFY2(!token.isEmpty(), "no second verification link was emailed");
    retype(child<QLineEdit>(dialog, u"tokenEdit"_s), u"http://127.0.0.1:9/account/verify?token="_s + token);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), WaitMs);
    QCOMPARE(c.window->statusBar()->currentMessage(), AccountMenu::tr("Your email address is verified."));

    QCOMPARE(serverMe(account.token).value("email_verified"_L1).toBool(), true);
    QVERIFY(c.core->session().user()->emailVerified);
    QVERIFY(!action->isVisible()); // no longer offered
    QVERIFY(c.cache->user()->emailVerified);
    child<QAction>(c.window.get(), u"profileAction"_s)->trigger();
    QPointer<ProfileDialog> profile = waitForDialog<ProfileDialog>(c.window.get());
    QVERIFY(profile);
    QCOMPARE(child<QLabel>(profile, u"verifiedLabel"_s)->text(), ProfileDialog::tr("Verified"));
}

void TestClientAccounts::escapeCancels()
{
    const Account account = m_fixture.http().registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(account);
    ClientWindow c = openWindow(account);
    QVERIFY2(c.window, qPrintable(c.error));
    for (const QString &name : {u"changePasswordAction"_s, u"profileAction"_s, u"verifyEmailAction"_s}) {
        child<QAction>(c.window.get(), name)->trigger();
        QPointer<QDialog> dialog;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = qobject_cast<QDialog *>(QApplication::activeWindow());
            return dialog && dialog->isVisible();
        }, 5000));
        // Every control is named for a screen reader; the default button is the form's.
        for (QWidget *control : dialog->findChildren<QWidget *>()) {
            if (control->isVisible() && control->focusPolicy() != Qt::NoFocus && !qobject_cast<QDialogButtonBox *>(control)
                && !qobject_cast<QPushButton *>(control))
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(name + u": "_s + control->objectName()));
        }
        QVERIFY(child<QPushButton>(dialog, u"okButton"_s)->isDefault());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }
    // Nothing was changed.
    QCOMPARE(serverMe(account.token).value("display_name"_L1).toString(), account.user.value("display_name"_L1).toString());
}

QTEST_MAIN(TestClientAccounts)
#include "tst_client_accounts.moc"
