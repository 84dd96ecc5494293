// Sign-up and sign-in progress through the real dialogs against the real server (offscreen, with
// a real Secret Service from run-with-keyring.sh): a merchant or an influencer signs up and is
// signed in at once (workspace open, token in the keychain, email remembered); a taken email, a
// short password or a bad email or phone is shown beside its field; an unreachable or silent
// server gives the dialog back, and Cancel stops waiting. LM_SCREENSHOT_DIR=… keeps the pictures
// of both dialogs in English and in the Arabic (right-to-left) layout.

#include "clientharness.h"
#include "serverharness.h"

#include "apiclient.h"
#include "clientcontroller.h"
#include "clientcore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "profile.h"
#include "session.h"
#include "settings.h"
#include "signupdialog.h"
#include "tokenstore.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

/// The sign-up dialog the sign-in dialog opened.
SignUpDialog *openSignUp(LoginDialog *login)
{
    auto *button = child<QPushButton>(login, u"signUpButton"_s);
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = login->findChild<SignUpDialog *>(u"signUpDialog"_s);
    // open() shows it; the keyboard reaches it once it is the active window.
    if (!dialog || !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }, 5000))
        return nullptr;
    return dialog;
}

/// Chooses the influencer account as a mouse does: on the round button.
void chooseInfluencer(SignUpDialog *dialog)
{
    auto *radio = child<QRadioButton>(dialog, u"influencerRadio"_s);
    const int x = radio->isRightToLeft() ? radio->width() - 8 : 8;
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(x, radio->height() / 2));
}

struct Typed
{
    QString name;
    QString email;
    QString phone;
    QString password;
    QString confirmation;
};

void fill(SignUpDialog *dialog, const Typed &typed)
{
    lmtest::retype(child<QLineEdit>(dialog, u"nameEdit"_s), typed.name);
    lmtest::retype(child<QLineEdit>(dialog, u"emailEdit"_s), typed.email);
    lmtest::retype(child<QLineEdit>(dialog, u"phoneEdit"_s), typed.phone);
    lmtest::retype(child<QLineEdit>(dialog, u"passwordEdit"_s), typed.password);
    lmtest::retype(child<QLineEdit>(dialog, u"confirmEdit"_s), typed.confirmation);
}

/// The names of the problem labels shown, in form order.
QStringList shownProblems(SignUpDialog *dialog)
{
    QStringList shown;
    for (const QString &name : {u"nameProblem"_s, u"emailProblem"_s, u"phoneProblem"_s, u"passwordProblem"_s,
                                u"confirmProblem"_s, u"serverProblem"_s}) {
        if (auto *label = child<QLabel>(dialog, name); label && !label->isHidden())
            shown << name;
    }
    return shown;
}

/// A TCP port on loopback where nothing listens (connections are refused).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl loopback(quint16 port)
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port));
}

} // namespace

class TestClientSignUp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signUpSignsInStraightAway_data();
    void signUpSignsInStraightAway();
    void newAccountWritesInTheClientsLanguage_data();
    void newAccountWritesInTheClientsLanguage();
    void takenEmailIsShownBesideEmail();
    void refusalsBesideTheirField_data();
    void refusalsBesideTheirField();
    void unreachableServerGivesTheDialogBack_data();
    void unreachableServerGivesTheDialogBack();
    void slowServerShowsProgressAndCancelStops_data();
    void slowServerShowsProgressAndCancelStops();
    void screenshots();

private:
    /// Waits until the keychain has answered what the sessions asked of it (a job still running
    /// when its TokenStore goes crashes QtKeychain's libsecret backend).
    void drainKeychain(TokenStore &tokens);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TokenStore> m_tokens; ///< the sessions' keychain in the suites without a controller
    lmtest::TestDatabase m_db;
    std::unique_ptr<lmtest::ServerProcess> m_server;
    lmtest::Http m_http;
};

void TestClientSignUp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"leadmarket-tests"_s);
    // The keychain is under test: run-with-keyring.sh gives this process a private session bus
    // with an unlocked Secret Service.
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this suite through run-with-keyring.sh");
    m_tokens = std::make_unique<TokenStore>(u"LeadMarketSignUpTest-"_s + lmtest::uniqueSuffix());
    QString error;
    QVERIFY2(lmtest::startSandboxServer(m_db, m_server, m_http, &error), qPrintable(error));
}

void TestClientSignUp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientSignUp::cleanup()
{
    drainKeychain(*m_tokens);
    m_dir.reset();
}

void TestClientSignUp::drainKeychain(TokenStore &tokens)
{
    // Its answers come in the order of the requests: once this one is answered, so are the others.
    bool answered = false;
    QObject context;
    tokens.read(u"drain@nowhere"_s, &context, [&answered](const Result<std::optional<QString>> &) { answered = true; });
    QVERIFY(QTest::qWaitFor([&answered] { return answered; }, 10000));
}

void TestClientSignUp::signUpSignsInStraightAway_data()
{
    QTest::addColumn<bool>("merchant");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("storedPhone");
    QTest::addColumn<QString>("workspace");
    QTest::newRow("a merchant with a phone: the merchant's workspace, an empty deposit")
        << true << u"06 12 34 56 78"_s << u"+212612345678"_s << u"merchantWorkspace"_s;
    QTest::newRow("an influencer without a phone: the influencer's workspace")
        << false << QString() << QString() << u"influencerWorkspace"_s;
}

void TestClientSignUp::signUpSignsInStraightAway()
{
    QFETCH(bool, merchant);
    QFETCH(QString, phone);
    QFETCH(QString, storedPhone);
    QFETCH(QString, workspace);
    const QUrl serverUrl = m_server->baseUrl();

    const Profile profile(u"signup"_s, m_dir->path());
    QVERIFY(profile.ensureDirectories().ok());
    Settings settings(profile.settingsFile());
    const QString keychainService = u"LeadMarketSignUpTest-"_s + lmtest::uniqueSuffix();
    settings.setValue(Settings::Key::KeychainService, keychainService);
    ClientController controller(profile, settings);
    controller.start(serverUrl, QString(), QString()); // no account yet: the sign-in dialog
    QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog() && controller.loginDialog()->isVisible(), 20000);
    LoginDialog *login = controller.loginDialog();
    QVERIFY(lmtest::showActive(*login));

    QPointer<SignUpDialog> dialog = openSignUp(login);
    QVERIFY(dialog);
    // The server comes from the sign-in form; the name takes the keyboard first.
    QCOMPARE(child<QLineEdit>(dialog, u"serverEdit"_s)->text(), serverUrl.toString());
    QCOMPARE(lmtest::focusName(), u"nameEdit"_s);
    QVERIFY(child<QRadioButton>(dialog, u"merchantRadio"_s)->isChecked());

    if (!merchant) {
        // Shift+Tab back to the account types, Space to choose, Tab to the name.
        lmtest::press(Qt::Key_Backtab);
        QCOMPARE(lmtest::focusName(), u"influencerRadio"_s);
        lmtest::press(Qt::Key_Space);
        QVERIFY(child<QRadioButton>(dialog, u"influencerRadio"_s)->isChecked());
        QCOMPARE(child<QLabel>(dialog, u"nameLabel"_s)->text(), u"Your &name:"_s);
        lmtest::press(Qt::Key_Tab);
        QCOMPARE(lmtest::focusName(), u"nameEdit"_s);
    } else {
        QCOMPARE(child<QLabel>(dialog, u"nameLabel"_s)->text(), u"Business &name:"_s);
    }
    // The keyboard as a person uses it: type, Tab to the next field, Enter to send.
    const QString email = lmtest::uniqueEmail(merchant ? u"new-merchant"_s : u"new-influencer"_s);
    const QString password = u"a-long-enough-secret"_s;
    const QString name = merchant ? u"Agence Atlas"_s : u"Yasmine El Idrissi"_s;
    lmtest::type(name);
    lmtest::press(Qt::Key_Tab);
    QCOMPARE(lmtest::focusName(), u"emailEdit"_s);
    lmtest::type(email.toUpper()); // stored lower-case by the server
    lmtest::press(Qt::Key_Tab);
    QCOMPARE(lmtest::focusName(), u"phoneEdit"_s);
    lmtest::type(phone);
    lmtest::press(Qt::Key_Tab);
    QCOMPARE(lmtest::focusName(), u"passwordEdit"_s);
    lmtest::type(password);
    lmtest::press(Qt::Key_Tab);
    QCOMPARE(lmtest::focusName(), u"confirmEdit"_s);
    lmtest::type(password);
    lmtest::press(Qt::Key_Tab);
    QCOMPARE(lmtest::focusName(), u"serverEdit"_s);
    lmtest::press(Qt::Key_Return);

    Session &session = controller.core().session();
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 20000);
    QCOMPARE(toString(session.user()->role), merchant ? u"merchant"_s : u"influencer"_s);
    QCOMPARE(session.user()->email, email);
    QCOMPARE(session.user()->displayName, name);
    // The workspace opens as after a normal sign-in; both dialogs are gone.
    MainWindow *window = controller.mainWindow();
    QTRY_VERIFY(window->isVisible());
    QVERIFY(window->findChild<QWidget *>(workspace));
    QTRY_VERIFY(!controller.loginDialog() || !controller.loginDialog()->isVisible());
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // The email is remembered, the token is in the keychain, and it is the server's.
    QCOMPARE(settings.lastEmail(), email);
    QVERIFY(settings.rememberMe());
    TokenStore tokens(keychainService);
    std::optional<Result<std::optional<QString>>> stored;
    QObject context;
    tokens.read(TokenStore::accountKey(serverUrl, email), &context,
                [&](const Result<std::optional<QString>> &read) { stored = read; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QVERIFY2(stored->ok(), qPrintable(stored->errorMessage()));
    QVERIFY(stored->value().has_value());
    QCOMPARE(*stored->value(), session.token());
    const lmtest::Response me = m_http.get(u"/api/me"_s, session.token());
    LM_VERIFY_STATUS(me, 200);
    QCOMPARE(me.json.value(u"role"_s).toString(), merchant ? u"merchant"_s : u"influencer"_s);
    QCOMPARE(me.json.value(u"display_name"_s).toString(), name);
    QCOMPARE(me.json.value(u"phone"_s).toString(), storedPhone);
    // A new merchant has its (empty) deposit; an influencer has none.
    LM_VERIFY_STATUS(m_http.get(u"/api/leads/deposits/me"_s, session.token()), merchant ? 200 : 403);
}

void TestClientSignUp::newAccountWritesInTheClientsLanguage_data()
{
    QTest::addColumn<QLocale>("shown");
    QTest::addColumn<QString>("locale");
    QTest::newRow("Arabic") << QLocale(QLocale::Arabic, QLocale::Morocco) << u"ar"_s;
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"en"_s;
    QTest::newRow("French (the server's default)") << QLocale(QLocale::French, QLocale::Morocco) << u"fr"_s;
}

void TestClientSignUp::newAccountWritesInTheClientsLanguage()
{
    // Whoever signs up in Arabic gets their emails, SMS and notifications in Arabic from the first
    // one (the profile's language is the client's at sign-up; the profile dialog changes it).
    QFETCH(QLocale, shown);
    QFETCH(QString, locale);
    installTranslations(*qApp, shown);
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    Session session(settings, *m_tokens);
    LoginDialog login(session);
    login.setServer(m_server->baseUrl());
    QVERIFY(lmtest::showActive(login));
    QPointer<SignUpDialog> dialog = openSignUp(&login);
    QVERIFY(dialog);
    const QString password = u"a-long-enough-secret"_s;
    fill(dialog, {u"Atlas Plomberie"_s, lmtest::uniqueEmail(u"language"_s), QString(), password, password});
    QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(session.user()->locale, locale, 10000);
    const lmtest::Response me = m_http.get(u"/api/me"_s, session.token());
    LM_VERIFY_STATUS(me, 200);
    QCOMPARE(me.json.value(u"locale"_s).toString(), locale);
    session.signOut();
}

void TestClientSignUp::takenEmailIsShownBesideEmail()
{
    const lmtest::Account existing = m_http.registerUser(u"merchant"_s, u"Riad Dar Zitoun"_s);
    LM_VERIFY_ACCOUNT(existing);
    const lmtest::Account admin = m_http.createAdmin(m_db.url());
    LM_VERIFY_ACCOUNT(admin);

    Settings settings(m_dir->filePath(u"settings.ini"_s));
    Session session(settings, *m_tokens);
    LoginDialog login(session);
    login.setServer(m_server->baseUrl());
    QVERIFY(lmtest::showActive(login));
    QPointer<SignUpDialog> dialog = openSignUp(&login);
    QVERIFY(dialog);
    chooseInfluencer(dialog);
    QVERIFY(child<QRadioButton>(dialog, u"influencerRadio"_s)->isChecked());
    const QString otherPassword = u"another-password-42"_s;
    fill(dialog, {u"Someone Else"_s, existing.email.toUpper(), QString(), otherPassword, otherPassword});
    QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);

    QCOMPARE(shownProblems(dialog), QStringList{u"emailProblem"_s});
    QCOMPARE(child<QLabel>(dialog, u"emailProblem"_s)->text(), u"An account already exists with this email address."_s);
    QCOMPARE(lmtest::focusName(), u"emailEdit"_s);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QPushButton>(dialog, u"createButton"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, u"emailEdit"_s)->isEnabled());
    QVERIFY(!session.isSignedIn());
    // Typing in the field clears what was said about it.
    QTest::keyClick(child<QLineEdit>(dialog, u"emailEdit"_s), Qt::Key_End);
    QTest::keyClicks(child<QLineEdit>(dialog, u"emailEdit"_s), u"x"_s);
    QVERIFY(shownProblems(dialog).isEmpty());

    // Nothing was made twice: one account with that email, still the merchant with its password.
    QUrlQuery query;
    query.addQueryItem(u"q"_s, existing.email);
    const lmtest::Response users = m_http.get(u"/api/admin/users?"_s + query.toString(QUrl::FullyEncoded), admin.token);
    LM_VERIFY_STATUS(users, 200);
    const QJsonArray items = users.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"role"_s).toString(), u"merchant"_s);
    QCOMPARE(items.first().toObject().value(u"display_name"_s).toString(), u"Riad Dar Zitoun"_s);
    LM_VERIFY_STATUS(m_http.post(u"/api/auth/login"_s, QJsonObject{{u"email"_s, existing.email},
                                                                   {u"password"_s, otherPassword}}),
                     401);
    LM_VERIFY_STATUS(m_http.post(u"/api/auth/login"_s, QJsonObject{{u"email"_s, existing.email},
                                                                   {u"password"_s, existing.password}}),
                     200);

    // Cancel gives the sign-in form back, with the address typed there.
    QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(child<QLineEdit>(&login, u"emailEdit"_s)->text(), existing.email.toUpper() + u"x"_s);
    QVERIFY(login.isVisible());
}

void TestClientSignUp::refusalsBesideTheirField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("text");        ///< of the first problem
    QTest::addColumn<QString>("serverReason"); ///< its tooltip; empty when checked here
    QTest::addColumn<QString>("focus");

    const QString pw = u"long-enough-pw"_s;
    const QString email = u"fresh@demo.ma"_s;
    QTest::newRow("9 characters: too short, said here")
        << u"Agence Atlas"_s << email << QString() << u"123456789"_s << u"123456789"_s
        << QStringList{u"passwordProblem"_s} << u"Use at least 10 characters."_s << QString() << u"passwordEdit"_s;
    QTest::newRow("confirmation differs: said here")
        << u"Agence Atlas"_s << email << QString() << pw << pw + u'!'
        << QStringList{u"confirmProblem"_s} << u"The two passwords are different. Type the same password again."_s
        << QString() << u"confirmEdit"_s;
    QTest::newRow("nothing typed: every required field, the first focused")
        << QString() << QString() << QString() << QString() << QString()
        << QStringList{u"nameProblem"_s, u"emailProblem"_s, u"passwordProblem"_s}
        << u"Enter the name of your business."_s << QString() << u"nameEdit"_s;
    QTest::newRow("no @ in the email: the server's 422")
        << u"Agence Atlas"_s << u"agence.atlas.ma"_s << QString() << pw << pw << QStringList{u"emailProblem"_s}
        << u"Enter a valid email address, such as name@company.ma."_s << u"is not a valid email address"_s
        << u"emailEdit"_s;
    QTest::newRow("not a phone number: the server's 422")
        << u"Agence Atlas"_s << email << u"12 34"_s << pw << pw << QStringList{u"phoneProblem"_s}
        << u"Enter a Moroccan number such as 06 12 34 56 78, or another country's starting with +."_s
        << u"is not a phone number (Moroccan forms, or + and the country code)"_s << u"phoneEdit"_s;
    QTest::newRow("bad email and phone: both from the server, the email focused")
        << u"Agence Atlas"_s << u"atlas@"_s << u"abc"_s << pw << pw
        << QStringList{u"emailProblem"_s, u"phoneProblem"_s}
        << u"Enter a valid email address, such as name@company.ma."_s << u"is not a valid email address"_s
        << u"emailEdit"_s;
}

void TestClientSignUp::refusalsBesideTheirField()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(QStringList, problems);
    QFETCH(QString, text);
    QFETCH(QString, serverReason);
    QFETCH(QString, focus);

    Settings settings(m_dir->filePath(u"settings.ini"_s));
    Session session(settings, *m_tokens);
    LoginDialog login(session);
    login.setServer(m_server->baseUrl());
    QVERIFY(lmtest::showActive(login));
    QPointer<SignUpDialog> dialog = openSignUp(&login);
    QVERIFY(dialog);
    fill(dialog, {name, email, phone, password, confirmation});
    child<QLineEdit>(dialog, u"confirmEdit"_s)->setFocus();
    lmtest::press(Qt::Key_Return);
    // What is checked here needs no server: said at once.
    QCOMPARE(dialog->isBusy(), !serverReason.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);

    QCOMPARE(shownProblems(dialog), problems);
    auto *first = child<QLabel>(dialog, problems.first());
    QCOMPARE(first->text(), text);
    QCOMPARE(first->toolTip(), serverReason);
    QCOMPARE(lmtest::focusName(), focus);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QPushButton>(dialog, u"createButton"_s)->isEnabled());
    QVERIFY(!session.isSignedIn());
    if (!email.isEmpty()) { // nothing was created
        const lmtest::Response attempt =
            m_http.post(u"/api/auth/login"_s, QJsonObject{{u"email"_s, email}, {u"password"_s, password}});
        LM_VERIFY_ERROR(attempt, 401, u"invalid_credentials"_s);
    }
}

void TestClientSignUp::unreachableServerGivesTheDialogBack_data()
{
    QTest::addColumn<bool>("signUp");
    QTest::newRow("sign-in") << false;
    QTest::newRow("sign-up") << true;
}

void TestClientSignUp::unreachableServerGivesTheDialogBack()
{
    QFETCH(bool, signUp);
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    Session session(settings, *m_tokens);
    session.api().setRetryDelaysMs({50}); // one retry, soon: the refusal is the same each time
    LoginDialog login(session);
    login.setServer(loopback(port));
    QVERIFY(lmtest::showActive(login));
    const QString expected = u"\u2066127.0.0.1:"_s + QString::number(port)
        + u"\u2069 does not answer. Check the server address and your Internet connection, then try again."_s;

    if (!signUp) {
        login.setEmail(u"merchant@demo.ma"_s);
        QTest::keyClicks(child<QLineEdit>(&login, u"passwordEdit"_s), u"whatever-password"_s);
        lmtest::press(Qt::Key_Return);
        QVERIFY(login.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!login.isBusy(), 20000);
        QCOMPARE(login.errorText(), expected);
        QVERIFY(child<QLineEdit>(&login, u"serverEdit"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&login, u"signInButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&login, u"signUpButton"_s)->isEnabled());
        QVERIFY(!child<QProgressBar>(&login, u"busyIndicator"_s)->isVisible());
        QCOMPARE(lmtest::focusName(), u"passwordEdit"_s);
        QVERIFY(login.isVisible());
        return;
    }
    QPointer<SignUpDialog> dialog = openSignUp(&login);
    QVERIFY(dialog);
    fill(dialog, {u"Agence Atlas"_s, lmtest::uniqueEmail(u"offline"_s), QString(), u"long-enough-pw"_s,
                  u"long-enough-pw"_s});
    QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
    auto *status = child<QLabel>(dialog, u"statusLabel"_s);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), expected);
    QVERIFY(shownProblems(dialog).isEmpty());
    QVERIFY(child<QLineEdit>(dialog, u"nameEdit"_s)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"createButton"_s)->isEnabled());
    QVERIFY(!child<QProgressBar>(dialog, u"busyIndicator"_s)->isVisible());
    QVERIFY(dialog->isVisible());
}

void TestClientSignUp::slowServerShowsProgressAndCancelStops_data()
{
    QTest::addColumn<bool>("signUp");
    QTest::addColumn<bool>("escape"); ///< cancel with the Escape key rather than the button
    QTest::newRow("sign-in, Cancel button") << false << false;
    QTest::newRow("sign-in, Escape") << false << true;
    QTest::newRow("sign-up, Cancel button") << true << false;
    QTest::newRow("sign-up, Escape") << true << true;
}

void TestClientSignUp::slowServerShowsProgressAndCancelStops()
{
    QFETCH(bool, signUp);
    QFETCH(bool, escape);
    // A server that takes the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QUrl silentUrl = loopback(silent.serverPort());
    const QString host = u"\u2066127.0.0.1:"_s + QString::number(silent.serverPort()) + u"\u2069"_s;

    Settings settings(m_dir->filePath(u"settings.ini"_s));
    Session session(settings, *m_tokens);
    LoginDialog login(session);
    login.setServer(silentUrl);
    login.setEmail(u"merchant@demo.ma"_s);
    QVERIFY(lmtest::showActive(login));

    QDialog *dialog = &login;
    QPointer<SignUpDialog> signUpDialog;
    QStringList fields{u"serverEdit"_s, u"emailEdit"_s, u"passwordEdit"_s};
    QString submit = u"signInButton"_s;
    QString progressLabel = u"progressLabel"_s;
    QString progressText = u"Connecting to "_s + host + u"…"_s;
    if (signUp) {
        signUpDialog = openSignUp(&login);
        QVERIFY(signUpDialog);
        fill(signUpDialog, {u"Agence Atlas"_s, lmtest::uniqueEmail(u"slow"_s), QString(), u"long-enough-pw"_s,
                            u"long-enough-pw"_s});
        dialog = signUpDialog;
        fields = QStringList{u"nameEdit"_s, u"emailEdit"_s, u"phoneEdit"_s, u"passwordEdit"_s, u"confirmEdit"_s,
                             u"serverEdit"_s};
        submit = u"createButton"_s;
        progressLabel = u"statusLabel"_s;
        progressText = u"Creating your account on "_s + host + u"…"_s;
    } else {
        QTest::keyClicks(child<QLineEdit>(&login, u"passwordEdit"_s), u"whatever-password"_s);
    }
    QTest::mouseClick(child<QPushButton>(dialog, submit), Qt::LeftButton);

    // Connecting: it says to where, a bar moves, the form waits, Cancel is what is left.
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
    QTest::qWait(300);
    auto *bar = child<QProgressBar>(dialog, u"busyIndicator"_s);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 0); // busy, not a percentage
    QVERIFY(child<QLabel>(dialog, progressLabel)->isVisible());
    QCOMPARE(child<QLabel>(dialog, progressLabel)->text(), progressText);
    for (const QString &field : fields)
        QVERIFY2(!child<QLineEdit>(dialog, field)->isEnabled(), qPrintable(field));
    QVERIFY(!child<QPushButton>(dialog, submit)->isEnabled());
    auto *cancel = child<QPushButton>(dialog, u"cancelButton"_s);
    QVERIFY(cancel->isEnabled());
    QCOMPARE(lmtest::focusName(), u"cancelButton"_s);
    if (!signUp)
        QVERIFY(!child<QPushButton>(&login, u"signUpButton"_s)->isEnabled());
    // A second Enter (meant for the button that was there) does not cancel.
    lmtest::press(Qt::Key_Return);
    QVERIFY(bar->isVisible());

    if (escape)
        lmtest::press(Qt::Key_Escape);
    else
        QTest::mouseClick(cancel, Qt::LeftButton);

    // The form is back, still open, nothing said; the request's answer, when it comes, is ignored.
    QVERIFY(dialog->isVisible());
    QVERIFY(!bar->isVisible());
    QVERIFY(!child<QLabel>(dialog, progressLabel)->isVisible());
    for (const QString &field : fields)
        QVERIFY2(child<QLineEdit>(dialog, field)->isEnabled(), qPrintable(field));
    QVERIFY(child<QPushButton>(dialog, submit)->isEnabled());
    QTcpSocket *socket = silent.nextPendingConnection();
    QVERIFY(socket);
    const QByteArray refusal = R"({"error":{"code":"invalid_credentials","message":"Wrong."}})";
    socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(refusal.size()) + "\r\nConnection: close\r\n\r\n" + refusal);
    socket->flush();
    QTest::qWait(500);
    QVERIFY(login.errorText().isEmpty());
    if (signUp)
        QVERIFY(!child<QLabel>(dialog, u"statusLabel"_s)->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(!session.isSignedIn());

    // And the form works: the same dialog signs up or in on the real server.
    if (signUp) {
        lmtest::retype(child<QLineEdit>(dialog, u"serverEdit"_s), m_server->baseUrl().toString());
        lmtest::press(Qt::Key_Return);
    } else {
        const lmtest::Account account = m_http.registerUser(u"influencer"_s, u"Yasmine"_s);
        LM_VERIFY_ACCOUNT(account);
        lmtest::retype(child<QLineEdit>(&login, u"serverEdit"_s), m_server->baseUrl().toString());
        lmtest::retype(child<QLineEdit>(&login, u"emailEdit"_s), account.email);
        lmtest::retype(child<QLineEdit>(&login, u"passwordEdit"_s), account.password);
        lmtest::press(Qt::Key_Return);
    }
    QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 20000);
    QTRY_VERIFY(!login.isVisible());
    QCOMPARE(login.result(), int(QDialog::Accepted));
}

void TestClientSignUp::screenshots()
{
    // Every run renders them; LM_SCREENSHOT_DIR keeps them to look at.
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("LM_SCREENSHOT_DIR", scratch.path());
    QVERIFY(QDir().mkpath(dir));
    QTcpServer silent; // for the sign-in dialog caught while connecting
    QVERIFY(silent.listen(QHostAddress::LocalHost));

    for (const auto &[locale, tag] : {std::pair{QLocale(QLocale::English, QLocale::UnitedStates), u"en"_s},
                                      std::pair{QLocale(QLocale::Arabic, QLocale::Morocco), u"ar"_s}}) {
        installTranslations(*qApp, locale);
        const bool rtl = tag == "ar"_L1;
        QCOMPARE(QApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        Settings settings(m_dir->filePath(tag + u"-settings.ini"_s));
        Session session(settings, *m_tokens);
        LoginDialog login(session);
        login.setServer(loopback(silent.serverPort()));
        QVERIFY(lmtest::showActive(login));

        // The sign-up dialog with what the server said beside two fields.
        QPointer<SignUpDialog> dialog = openSignUp(&login);
        QVERIFY(dialog);
        lmtest::retype(child<QLineEdit>(dialog, u"serverEdit"_s), m_server->baseUrl().toString());
        fill(dialog, {u"Agence Atlas"_s, u"atlas@"_s, u"12"_s, u"long-enough-pw"_s, u"long-enough-pw"_s});
        QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QCOMPARE(shownProblems(dialog), (QStringList{u"emailProblem"_s, u"phoneProblem"_s}));
        // It fits a 1024×700 screen, and its fields sit on the reading side's end.
        const QSize size = dialog->size();
        QVERIFY2(size.width() <= 1024 && size.height() <= 700,
                 qPrintable(u"%1×%2"_s.arg(size.width()).arg(size.height())));
        QVERIFY2(dialog->minimumSizeHint().height() <= 700, qPrintable(QString::number(dialog->minimumSizeHint().height())));
        auto *name = child<QLineEdit>(dialog, u"nameEdit"_s);
        QLabel *nameLabel = nullptr;
        for (auto *label : dialog->findChildren<QLabel *>()) {
            if (label->buddy() == name)
                nameLabel = label;
        }
        QVERIFY(nameLabel);
        const int labelX = nameLabel->mapTo(dialog, QPoint()).x();
        const int editX = name->mapTo(dialog, QPoint()).x();
        QVERIFY2(rtl ? editX < labelX : labelX < editX, qPrintable(u"label %1, edit %2"_s.arg(labelX).arg(editX)));
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"signup-"_s + tag + u".png"_s)));
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // The sign-in dialog while it connects.
        login.setEmail(u"merchant@demo.ma"_s);
        QTest::keyClicks(child<QLineEdit>(&login, u"passwordEdit"_s), u"whatever-password"_s);
        QTest::mouseClick(child<QPushButton>(&login, u"signInButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QProgressBar>(&login, u"busyIndicator"_s)->isVisible());
        QVERIFY(login.size().width() <= 1024 && login.size().height() <= 700);
        QVERIFY(login.grab().save(QDir(dir).filePath(u"signin-connecting-"_s + tag + u".png"_s)));
        login.reject(); // cancels the attempt
        QVERIFY(!login.isBusy());
        QVERIFY(login.isVisible());
    }
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestClientSignUp)
#include "tst_client_signup.moc"
