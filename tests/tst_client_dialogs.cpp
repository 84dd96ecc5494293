// The lead decision dialogs and the lead detail pane (offscreen): a score and a reason are required
// and can be given from the keyboard, one- and several-lead texts with the commission to be
// deducted, phone numbers turned into click-to-call and WhatsApp links, and what the pane shows for
// none, one or several selected leads.

#include "decisiondialogs.h"
#include "leaddetailpane.h"
#include "translations.h"

#include <dto.h>
#include <money.h>
#include <validation.h>

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

dto::Lead makeLead(const QString &name, qint64 commissionCents, qint64 valueCents = 100000)
{
    dto::Lead lead;
    lead.id = u"lead-"_s + name;
    lead.clientName = name;
    lead.commissionCents = commissionCents;
    lead.estimatedValueCents = valueCents;
    lead.campaignName = u"Ramadan 2025"_s;
    lead.influencerName = u"Yasmine"_s;
    lead.company = u"Atlas Décor"_s;
    lead.clientEmail = u"amina@example.ma"_s;
    lead.clientPhone = u"06 12 34 56 78"_s;
    lead.source = LeadSource::Instagram;
    lead.createdAt = QDateTime(QDate(2025, 3, 1), QTime(10, 30)).toMSecsSinceEpoch();
    lead.expiresAt = QDateTime(QDate(2025, 3, 8), QTime(10, 30)).toMSecsSinceEpoch();
    return lead;
}

template <typename T> T *child(const QObject &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

/// The href of the only link in a rich-text label, as QLabel will hand it to linkActivated.
QString hrefOf(const QLabel *label)
{
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    const auto match = href.match(label->text());
    if (!match.hasMatch())
        return {};
    QString link = match.captured(1);
    link.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return link;
}

} // namespace

class TestClientDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void phoneUrls_data();
    void phoneUrls();

    void shortcutsStayOutOfArabicWords_data();
    void shortcutsStayOutOfArabicWords();
    void qtsOwnArabicCancelIsWhole();

    void validateNeedsAScoreFromTheKeyboard();
    void validateOneLeadTexts();
    void validateThreeLeadsShowsTotalCommission();
    void validateManyLeadsListsEightNames();
    void validateFeedbackTabsOutAndIsCut();

    void rejectPickCommonReasonWithDownArrow();
    void rejectFreeText_data();
    void rejectFreeText();
    void rejectSeveralLeadsTexts();

    void paneShowsHintWhenNothingSelected();
    void paneOneLeadLinksOpenTheRightUrls();
    void paneUnusablePhoneHidesLinks();
    void paneEscapesUserText();
    void paneDecidedLeads();
    void paneSeveralLeadsShowsCountAndTotals();
    void paneRightToLeft();
};

void TestClientDialogs::init()
{
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientDialogs::phoneUrls_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("tel");
    QTest::addColumn<QString>("whatsApp");

    const QString tel = u"tel:+212612345678"_s;
    const QString wa = u"https://wa.me/212612345678"_s;
    QTest::newRow("national with spaces") << u"06 12 34 56 78"_s << tel << wa;
    QTest::newRow("national compact") << u"0612345678"_s << tel << wa;
    QTest::newRow("international with spaces") << u"+212 6 12 34 56 78"_s << tel << wa;
    QTest::newRow("international compact") << u"+212612345678"_s << tel << wa;
    QTest::newRow("00 prefix") << u"00212612345678"_s << tel << wa;
    QTest::newRow("dashes") << u"06-12-34-56-78"_s << tel << wa;
    QTest::newRow("dots and outer spaces") << u"  06.12.34.56.78 "_s << tel << wa;
    QTest::newRow("+212 (0)6…") << u"+212 (0)6 12 34 56 78"_s << tel << wa;
    QTest::newRow("landline 05") << u"0522 12 34 56"_s << u"tel:+212522123456"_s << u"https://wa.me/212522123456"_s;
    QTest::newRow("French mobile in E.164")
        << u"+33 6 12 34 56 78"_s << u"tel:+33612345678"_s << u"https://wa.me/33612345678"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("words") << u"call me maybe"_s << QString() << QString();
    QTest::newRow("too short") << u"06 12 34"_s << QString() << QString();
    QTest::newRow("too long") << u"06 12 34 56 78 9"_s << QString() << QString();
    QTest::newRow("national starting 9") << u"0912345678"_s << QString() << QString();
    QTest::newRow("letter inside") << u"06 12 34 56 7a"_s << QString() << QString();
    QTest::newRow("plus in the middle") << u"06+12345678"_s << QString() << QString();
}

void TestClientDialogs::phoneUrls()
{
    QFETCH(QString, phone);
    QFETCH(QString, tel);
    QFETCH(QString, whatsApp);

    const QUrl telUrl = LeadDetailPane::telUrl(phone);
    const QUrl whatsAppUrl = LeadDetailPane::whatsAppUrl(phone);
    if (tel.isEmpty()) {
        QVERIFY2(!telUrl.isValid(), qPrintable(telUrl.toString()));
        QVERIFY2(!whatsAppUrl.isValid(), qPrintable(whatsAppUrl.toString()));
        return;
    }
    QVERIFY(telUrl.isValid());
    QVERIFY(whatsAppUrl.isValid());
    QCOMPARE(telUrl.toString(QUrl::FullyEncoded), tel);
    QCOMPARE(telUrl.scheme(), u"tel"_s);
    QCOMPARE(whatsAppUrl.toString(QUrl::FullyEncoded), whatsApp);
    QCOMPARE(whatsAppUrl.host(), u"wa.me"_s);
    static const QRegularExpression digitsOnly(u"^/[0-9]+$"_s);
    QVERIFY(digitsOnly.match(whatsAppUrl.path()).hasMatch());
}

void TestClientDialogs::validateNeedsAScoreFromTheKeyboard()
{
    ValidateLeadDialog dialog({makeLead(u"Amina"_s, 8000)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *confirm = child<QPushButton>(dialog, u"confirmButton"_s);
    auto *score = child<QSpinBox>(dialog, u"scoreSpin"_s);
    QVERIFY(confirm && score);

    QCOMPARE(score->minimum(), 0);
    QCOMPARE(score->maximum(), 10);
    QCOMPARE(score->value(), 0);
    QCOMPARE(score->text(), u"Choose…"_s);
    QVERIFY(!confirm->isEnabled()); // no score, no validation
    QCOMPARE(dialog.qualityScore(), 0);

    QTest::keyClick(score, Qt::Key_Up);
    QCOMPARE(score->value(), 1);
    QVERIFY(confirm->isEnabled());
    QTest::keyClick(score, Qt::Key_Down);
    QCOMPARE(score->value(), 0);
    QVERIFY(!confirm->isEnabled());

    // Typing a digit over the selected "Choose…".
    QTest::keyClick(score, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(score, u"8"_s);
    QCOMPARE(score->value(), 8);
    QVERIFY(confirm->isEnabled());
    QCOMPARE(dialog.qualityScore(), 8);

    QTest::keyClick(score, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(score, u"10"_s);
    QCOMPARE(dialog.qualityScore(), 10);

    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestClientDialogs::validateOneLeadTexts()
{
    ValidateLeadDialog dialog({makeLead(u"Amina El Idrissi"_s, 8000)});
    QCOMPARE(dialog.leadCount(), 1);
    auto *intro = child<QLabel>(dialog, u"introLabel"_s);
    QVERIFY(intro);
    QCOMPARE(intro->text(),
             u"Validate the lead of \u2068Amina El Idrissi\u2069? The commission of 80.00 MAD will be paid from your "
             "deposit."_s); // the name isolated: one piece in a sentence of either direction
    QCOMPARE(child<QLabel>(dialog, u"commissionLabel"_s)->text(), u"80.00 MAD"_s);
    QCOMPARE(child<QPushButton>(dialog, u"confirmButton"_s)->text(), u"&Validate"_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"namesLabel"_s)); // one name is already in the sentence
}

void TestClientDialogs::validateThreeLeadsShowsTotalCommission()
{
    const QList<dto::Lead> leads{makeLead(u"Amina"_s, 8000), makeLead(u"Karim"_s, 1250), makeLead(u"Salma"_s, 1)};
    {
        ValidateLeadDialog dialog(leads);
        QCOMPARE(dialog.leadCount(), 3);
        const QString total = Money(9251).format(QLocale());
        QCOMPARE(total, u"92.51 MAD"_s);
        QCOMPARE(child<QLabel>(dialog, u"commissionLabel"_s)->text(), total);
        QCOMPARE(child<QLabel>(dialog, u"introLabel"_s)->text(),
                 u"Validate 3 leads? Their commissions, 92.51 MAD in all, will be paid from your deposit."_s);
        QCOMPARE(child<QPushButton>(dialog, u"confirmButton"_s)->text(), u"&Validate 3 leads"_s);
        QCOMPARE(child<QLabel>(dialog, u"namesLabel"_s)->text(), u"• Amina\n• Karim\n• Salma"_s);
        QVERIFY(!child<QPushButton>(dialog, u"confirmButton"_s)->isEnabled());
    }
    // Money follows the UI locale.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
    ValidateLeadDialog french(leads);
    QCOMPARE(child<QLabel>(french, u"commissionLabel"_s)->text(), Money(9251).format(QLocale()));
    QVERIFY(child<QLabel>(french, u"commissionLabel"_s)->text().startsWith(u"92,51"_s));
}

void TestClientDialogs::validateManyLeadsListsEightNames()
{
    QList<dto::Lead> leads;
    for (int i = 1; i <= 11; ++i)
        leads.append(makeLead(u"Client %1"_s.arg(i), 100));
    ValidateLeadDialog dialog(leads);
    const QStringList lines = child<QLabel>(dialog, u"namesLabel"_s)->text().split(u'\n');
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.first(), u"• Client 1"_s);
    QCOMPARE(lines.at(7), u"• Client 8"_s);
    QCOMPARE(lines.last(), u"and 3 more"_s);
    QCOMPARE(child<QLabel>(dialog, u"commissionLabel"_s)->text(), u"11.00 MAD"_s);
}

void TestClientDialogs::validateFeedbackTabsOutAndIsCut()
{
    ValidateLeadDialog dialog({makeLead(u"Amina"_s, 8000)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *feedback = child<QPlainTextEdit>(dialog, u"feedbackEdit"_s);
    QVERIFY(feedback);
    QVERIFY(feedback->tabChangesFocus());
    feedback->setFocus();
    QTRY_VERIFY(feedback->hasFocus());
    QTest::keyClicks(feedback, u"Serieux"_s); // keyClicks types ASCII only
    QTest::keyClick(feedback, Qt::Key_Tab);
    QVERIFY(!feedback->hasFocus());
    QCOMPARE(feedback->toPlainText(), u"Serieux"_s); // no tab character typed

    feedback->setPlainText(u"  "_s + QString(limits::LongText + 50, u'x') + u"  "_s);
    QCOMPARE(dialog.feedback().size(), limits::LongText);
    feedback->setPlainText(u"\n  Très bon contact \n"_s);
    QCOMPARE(dialog.feedback(), u"Très bon contact"_s);
}

void TestClientDialogs::rejectPickCommonReasonWithDownArrow()
{
    RejectLeadDialog dialog({makeLead(u"Amina"_s, 8000)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *confirm = child<QPushButton>(dialog, u"confirmButton"_s);
    auto *combo = child<QComboBox>(dialog, u"reasonCombo"_s);
    auto *edit = child<QLineEdit>(dialog, u"reasonEdit"_s);
    QVERIFY(confirm && combo && edit);
    QCOMPARE(combo->lineEdit(), edit);
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentText(), QString());
    QCOMPARE(edit->placeholderText(), u"Required: pick a reason or type your own"_s);
    QCOMPARE(edit->maxLength(), limits::Reason);
    QVERIFY(!confirm->isEnabled());
    QCOMPARE(dialog.reason(), QString());

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), u"Duplicate lead"_s);
    QVERIFY(confirm->isEnabled());
    QCOMPARE(dialog.reason(), u"Duplicate lead"_s);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dialog.reason(), u"Client unreachable"_s);
    QCOMPARE(combo->count(), 6); // nothing was added to the list

    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestClientDialogs::rejectFreeText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason");

    QTest::newRow("own words") << u"Hors zone"_s << true << u"Hors zone"_s;
    QTest::newRow("trimmed") << u"  Deja client  "_s << true << u"Deja client"_s;
    // Starts like "Budget too small": the inline completion must not swallow what follows.
    QTest::newRow("prefix of a listed reason") << u"Budget trop faible"_s << true << u"Budget trop faible"_s;
    QTest::newRow("spaces only") << u"   "_s << false << QString();
}

void TestClientDialogs::rejectFreeText()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);

    RejectLeadDialog dialog({makeLead(u"Amina"_s, 8000)});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *confirm = child<QPushButton>(dialog, u"confirmButton"_s);
    auto *edit = child<QLineEdit>(dialog, u"reasonEdit"_s);
    QVERIFY(confirm && edit);
    QTest::keyClicks(edit, typed);
    QCOMPARE(confirm->isEnabled(), enabled);
    QCOMPARE(dialog.reason(), reason);
    edit->clear();
    QVERIFY(!confirm->isEnabled());
}

void TestClientDialogs::rejectSeveralLeadsTexts()
{
    RejectLeadDialog one({makeLead(u"Amina"_s, 8000)});
    QCOMPARE(child<QLabel>(one, u"introLabel"_s)->text(),
             u"Reject the lead of \u2068Amina\u2069? Its reserved commission goes back to your available deposit."_s);
    QCOMPARE(child<QPushButton>(one, u"confirmButton"_s)->text(), u"&Reject"_s);

    RejectLeadDialog two({makeLead(u"Amina"_s, 8000), makeLead(u"Karim"_s, 1250)});
    QCOMPARE(two.leadCount(), 2);
    QCOMPARE(child<QLabel>(two, u"introLabel"_s)->text(),
             u"Reject 2 leads? Their reserved commissions go back to your available deposit."_s);
    QCOMPARE(child<QPushButton>(two, u"confirmButton"_s)->text(), u"&Reject 2 leads"_s);
    QCOMPARE(child<QLabel>(two, u"namesLabel"_s)->text(), u"• Amina\n• Karim"_s);
    QCOMPARE(child<QLabel>(two, u"commissionLabel"_s)->text(), u"92.50 MAD"_s);
}

void TestClientDialogs::paneShowsHintWhenNothingSelected()
{
    LeadDetailPane pane;
    QCOMPARE(pane.objectName(), u"leadDetailPane"_s);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *hint = child<QLabel>(pane, u"hintLabel"_s);
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), u"Select a lead to see its details"_s);
    QVERIFY(!child<QLabel>(pane, u"nameLabel"_s)->isVisible());

    pane.setLeads({makeLead(u"Amina"_s, 8000)});
    QVERIFY(!hint->isVisible());
    pane.setLeads({});
    QVERIFY(hint->isVisible());
    QVERIFY(!child<QLabel>(pane, u"nameLabel"_s)->isVisible());
}

void TestClientDialogs::paneOneLeadLinksOpenTheRightUrls()
{
    LeadDetailPane pane;
    QList<QUrl> opened;
    pane.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QSignalSpy failed(&pane, &LeadDetailPane::linkOpenFailed);
    dto::Lead lead = makeLead(u"Amina El Idrissi"_s, 8000, 250000);
    lead.notes = u"Rappeler après 18 h"_s;
    pane.setLeads({lead});
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    auto *name = child<QLabel>(pane, u"nameLabel"_s);
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), u"Amina El Idrissi"_s);
    QVERIFY(name->font().bold());
    QCOMPARE(child<QLabel>(pane, u"companyLabel"_s)->text(), u"Atlas Décor"_s);
    QCOMPARE(child<QLabel>(pane, u"campaignLabel"_s)->text(), u"Ramadan 2025"_s);
    QCOMPARE(child<QLabel>(pane, u"influencerLabel"_s)->text(), u"Yasmine"_s);
    QCOMPARE(child<QLabel>(pane, u"sourceLabel"_s)->text(), u"Instagram"_s);
    QCOMPARE(child<QLabel>(pane, u"statusLabel"_s)->text(), u"Pending"_s);
    QCOMPARE(child<QLabel>(pane, u"estimatedValueLabel"_s)->text(), u"2,500.00 MAD"_s);
    QCOMPARE(child<QLabel>(pane, u"commissionLabel"_s)->text(), u"80.00 MAD"_s);
    QCOMPARE(child<QLabel>(pane, u"notesLabel"_s)->text(), u"Rappeler après 18 h"_s);
    QCOMPARE(child<QLabel>(pane, u"createdLabel"_s)->text(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(lead.createdAt).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(child<QLabel>(pane, u"expiresLabel"_s)->text(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(lead.expiresAt).toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!child<QLabel>(pane, u"scoreLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(pane, u"reasonLabel"_s)->isVisible());

    auto *call = child<QLabel>(pane, u"callLink"_s);
    auto *whatsApp = child<QLabel>(pane, u"whatsAppLink"_s);
    QVERIFY(call && whatsApp);
    QVERIFY(call->isVisible());
    QVERIFY(whatsApp->isVisible());
    QVERIFY(!call->openExternalLinks());
    QVERIFY(call->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    QVERIFY(whatsApp->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    QVERIFY(call->text().contains(u"06 12 34 56 78"_s));

    // From the keyboard: Tab onto the label's link, Enter follows it.
    call->setFocus(Qt::TabFocusReason);
    QTest::keyClick(call, Qt::Key_Tab);
    QTest::keyClick(call, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constLast(), QUrl(u"tel:+212612345678"_s));

    whatsApp->setFocus(Qt::TabFocusReason);
    QTest::keyClick(whatsApp, Qt::Key_Tab);
    QTest::keyClick(whatsApp, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.constLast(), QUrl(u"https://wa.me/212612345678"_s));

    // What a mouse click hands over: the label's own href.
    auto *email = child<QLabel>(pane, u"emailLabel"_s);
    QCOMPARE(hrefOf(email), u"mailto:amina@example.ma"_s);
    Q_EMIT email->linkActivated(hrefOf(email));
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.constLast(), QUrl(u"mailto:amina@example.ma"_s));
    QCOMPARE(hrefOf(whatsApp), u"https://wa.me/212612345678"_s);
    QCOMPARE(failed.count(), 0);

    // An opener that cannot open says so.
    pane.setUrlOpener([](const QUrl &) { return false; });
    Q_EMIT call->linkActivated(hrefOf(call));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toUrl(), QUrl(u"tel:+212612345678"_s));
}

void TestClientDialogs::paneUnusablePhoneHidesLinks()
{
    LeadDetailPane pane;
    dto::Lead lead = makeLead(u"Amina"_s, 8000);
    lead.clientPhone = u"12345"_s;
    pane.setLeads({lead});
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(!child<QLabel>(pane, u"callLink"_s)->isVisible());
    QVERIFY(!child<QLabel>(pane, u"whatsAppLink"_s)->isVisible());
    auto *phone = child<QLabel>(pane, u"phoneLabel"_s);
    QVERIFY(phone->isVisible());
    QCOMPARE(phone->text(), u"12345"_s);

    // Back to a good number: the links come back.
    pane.setLeads({makeLead(u"Karim"_s, 100)});
    QVERIFY(child<QLabel>(pane, u"callLink"_s)->isVisible());
    QVERIFY(!phone->isVisible());
}

void TestClientDialogs::paneEscapesUserText()
{
    LeadDetailPane pane;
    dto::Lead lead = makeLead(u"<b>Nadia</b>"_s, 8000);
    lead.clientEmail = u"<img src=x> not an email"_s;
    lead.company = u"<i>Big & Co</i>"_s;
    pane.setLeads({lead});
    auto *name = child<QLabel>(pane, u"nameLabel"_s);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), u"<b>Nadia</b>"_s);
    QCOMPARE(child<QLabel>(pane, u"companyLabel"_s)->textFormat(), Qt::PlainText);
    auto *email = child<QLabel>(pane, u"emailLabel"_s);
    QVERIFY(!email->text().contains(u"<img"_s));
    QVERIFY(email->text().contains(u"&lt;img src=x&gt;"_s));
    QVERIFY(hrefOf(email).isEmpty()); // not an address: no mailto link

    ValidateLeadDialog dialog({lead});
    QCOMPARE(child<QLabel>(dialog, u"introLabel"_s)->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>(dialog, u"introLabel"_s)->text().contains(u"<b>Nadia</b>"_s));
}

void TestClientDialogs::paneDecidedLeads()
{
    LeadDetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    dto::Lead validated = makeLead(u"Amina"_s, 8000);
    validated.status = LeadStatus::Validated;
    validated.qualityScore = 8;
    validated.feedback = u"Très sérieuse"_s;
    pane.setLeads({validated});
    QCOMPARE(child<QLabel>(pane, u"statusLabel"_s)->text(), u"Validated"_s);
    QVERIFY(child<QLabel>(pane, u"scoreLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(pane, u"scoreLabel"_s)->text(), u"8/10"_s);
    QVERIFY(child<QLabel>(pane, u"feedbackLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(pane, u"feedbackLabel"_s)->text(), u"Très sérieuse"_s);
    QVERIFY(!child<QLabel>(pane, u"reasonLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(pane, u"expiresLabel"_s)->isVisible()); // decided: expiry no longer matters

    dto::Lead rejected = makeLead(u"Karim"_s, 1250);
    rejected.status = LeadStatus::Rejected;
    rejected.rejectionReason = u"Duplicate lead"_s;
    pane.setLeads({rejected});
    QCOMPARE(child<QLabel>(pane, u"statusLabel"_s)->text(), u"Rejected"_s);
    QVERIFY(!child<QLabel>(pane, u"scoreLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(pane, u"feedbackLabel"_s)->isVisible());
    QVERIFY(child<QLabel>(pane, u"reasonLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(pane, u"reasonLabel"_s)->text(), u"Duplicate lead"_s);
}

void TestClientDialogs::paneSeveralLeadsShowsCountAndTotals()
{
    LeadDetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setLeads({makeLead(u"Amina"_s, 8000, 250000), makeLead(u"Karim"_s, 1250, 99999), makeLead(u"Salma"_s, 1, 1)});
    auto *count = child<QLabel>(pane, u"countLabel"_s);
    QVERIFY(count && count->isVisible());
    QCOMPARE(count->text(), u"3 leads selected"_s);
    QCOMPARE(child<QLabel>(pane, u"totalValueLabel"_s)->text(), Money(350000).format(QLocale()));
    QCOMPARE(child<QLabel>(pane, u"totalValueLabel"_s)->text(), u"3,500.00 MAD"_s);
    QCOMPARE(child<QLabel>(pane, u"totalCommissionLabel"_s)->text(), u"92.51 MAD"_s);
    QVERIFY(!child<QLabel>(pane, u"hintLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(pane, u"nameLabel"_s)->isVisible());
}

void TestClientDialogs::paneRightToLeft()
{
    LeadDetailPane pane;
    pane.setLayoutDirection(Qt::RightToLeft);
    pane.setLeads({makeLead(u"أمينة"_s, 8000)});
    pane.resize(500, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QLabel *phoneTitle = nullptr;
    for (QLabel *label : pane.findChildren<QLabel *>()) {
        if (label->text() == u"Phone:"_s)
            phoneTitle = label;
    }
    QVERIFY(phoneTitle);
    auto *call = child<QLabel>(pane, u"callLink"_s);
    const int titleLeft = phoneTitle->mapTo(&pane, QPoint(0, 0)).x();
    const int callRight = call->mapTo(&pane, QPoint(call->width(), 0)).x();
    QVERIFY2(callRight <= titleLeft, qPrintable(u"%1 > %2"_s.arg(callRight).arg(titleLeft)));
}

void TestClientDialogs::shortcutsStayOutOfArabicWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("shown");
    QTest::newRow("inside an Arabic word") << u"أل&غِ"_s << u"&Cancel"_s << u"ألغِ (&C)"_s;
    QTest::newRow("after the article, before a colon") << u"ال&سبب:"_s << u"&Reason:"_s << u"السبب (&R):"_s;
    QTest::newRow("at a word's start, before an ellipsis") << u"&شحن…"_s << u"&Recharge…"_s << u"شحن (&R)…"_s;
    QTest::newRow("second word's start") << u"مجلّد &جديد"_s << u"New &folder"_s << u"مجلّد جديد (&F)"_s;
    QTest::newRow("after a vowel mark") << u"الم&خفيّة"_s << u"&Hidden"_s << u"المخفيّة (&H)"_s;
    QTest::newRow("source without a shortcut") << u"&رفض"_s << u"Reject"_s << u"رفض"_s;
    QTest::newRow("already after the words") << u"رفض (&R)…"_s << u"&Reject…"_s << u"رفض (&R)…"_s;
    QTest::newRow("Latin inside a word") << u"Re&charger…"_s << u"&Recharge…"_s << u"Re&charger…"_s;
    QTest::newRow("escaped ampersand") << u"ب&&ت"_s << u"B&&T"_s << u"ب&&ت"_s;
    QTest::newRow("no shortcut") << u"إلغاء"_s << u"Cancel"_s << u"إلغاء"_s;
    QTest::newRow("trailing marker") << u"إلغاء&"_s << u"Cancel&"_s << u"إلغاء&"_s;
}

void TestClientDialogs::shortcutsStayOutOfArabicWords()
{
    QFETCH(QString, text);
    QFETCH(QString, source);
    QFETCH(QString, shown);
    QCOMPARE(arabicShortcutsAfterWords(text, source), shown);
}

void TestClientDialogs::qtsOwnArabicCancelIsWhole()
{
    // Qt's Arabic catalogue (GNOME theme) writes Close as "أ&غلق" and Cancel as "أل&غِ": installed
    // through ours, no shortcut splits a word (the Latin letter follows), and Cancel is our own "إلغاء" (Qt's runs out of its button).
    installTranslations(*qApp, QLocale(QLocale::Arabic, QLocale::Morocco));
    const QString cancel = QCoreApplication::translate("QGnomeTheme", "&Cancel");
    const QString close = QCoreApplication::translate("QGnomeTheme", "&Close");
    installTranslations(*qApp, QLocale(QLocale::French, QLocale::Morocco));
    QCOMPARE(cancel, u"إلغاء (&C)"_s);
    QCOMPARE(close, u"أغلق (&C)"_s);
}

QTEST_MAIN(TestClientDialogs)
#include "tst_client_dialogs.moc"
