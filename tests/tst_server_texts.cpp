// The server's user-facing texts (texts.h): the wording with its data filled in, amounts formatted
// in French (fr_MA: "1.500,00 dhs"), names as given; then every text in Arabic and English (the
// reader's locale): written in that language, every placeholder filled, the data as given.

#include "texts.h"

#include <QtTest>

using namespace Qt::StringLiterals;
namespace texts = lm::server::texts;
using lm::AlertLevel;

Q_DECLARE_METATYPE(lm::AlertLevel)
Q_DECLARE_METATYPE(lm::server::texts::Language)

class TestServerTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newLead_data();
    void newLead();
    void leadExpired();
    void depositAlert_data();
    void depositAlert();
    void paymentConfirmed_data();
    void paymentConfirmed();
    void dailyReport();
    void receipt();
    void everyTextIsWrittenInItsLanguage_data();
    void everyTextIsWrittenInItsLanguage();
    void arabicAndEnglishWording();
    void languageOfALocale_data();
    void languageOfALocale();
};

void TestServerTexts::newLead_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<qint64>("valueCents");
    QTest::addColumn<qint64>("commissionCents");
    QTest::addColumn<QString>("body");

    QTest::newRow("799.99 MAD, 10 % commission")
        << u"Yasmine Alaoui"_s << u"Immo Casa"_s << qint64(79999) << qint64(8000)
        << u"Campagne « Immo Casa », valeur estimée 799,99 dhs, commission 80,00 dhs. À valider sous 72 h."_s;
    QTest::newRow("15,000 MAD with thousands, fixed 80 MAD")
        << u"Karim Bennani"_s << u"Riad d'été"_s << qint64(1500000) << qint64(8000)
        << u"Campagne « Riad d'été », valeur estimée 15.000,00 dhs, commission 80,00 dhs. À valider sous 72 h."_s;
    QTest::newRow("1 centime")
        << u"Salma"_s << u"C"_s << qint64(1) << qint64(0)
        << u"Campagne « C », valeur estimée 0,01 dhs, commission 0,00 dhs. À valider sous 72 h."_s;
}

void TestServerTexts::newLead()
{
    QFETCH(QString, client);
    QFETCH(QString, campaign);
    QFETCH(qint64, valueCents);
    QFETCH(qint64, commissionCents);
    QFETCH(QString, body);

    const texts::NewLead lead{u"Agence Atlas"_s, client, campaign, valueCents, commissionCents};
    const texts::Notice notice = texts::newLeadNotice(lead);
    QCOMPARE(notice.title, u"Nouveau lead : "_s + client);
    QCOMPARE(notice.body, body);
    const texts::Email email = texts::newLeadEmail(lead);
    QCOMPARE(email.subject, u"LeadMarket — Nouveau lead : "_s + client);
    QCOMPARE(email.body, u"Bonjour Agence Atlas,\n\nUn nouveau lead attend votre validation.\n"_s + body
                             + u"\n\nOuvrez LeadMarket pour le valider ou le rejeter.\n\nL'équipe LeadMarket\n"_s);
}

void TestServerTexts::leadExpired()
{
    const texts::Notice notice = texts::leadExpiredNotice(u"Karim Bennani"_s, u"Immo Casa"_s);
    QCOMPARE(notice.title, u"Lead expiré : Karim Bennani"_s);
    QCOMPARE(notice.body, u"Le marchand n'a pas traité ce lead de la campagne « Immo Casa » en 72 h ; il a expiré."_s);
}

void TestServerTexts::depositAlert_data()
{
    QTest::addColumn<AlertLevel>("level");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<bool>("reminder");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("sms");
    QTest::addColumn<QString>("adminTitle");
    QTest::addColumn<QString>("adminBody");

    QTest::newRow("attention at 40 %: whole percent, no decimal")
        << AlertLevel::Attention << qint64(200000) << qint64(500000) << false << u"Attention : dépôt à 40 %"_s
        << u"2.000,00 dhs / 5.000,00 dhs (40 %). Pensez à recharger votre dépôt."_s
        << u"LeadMarket : dépôt attention (40 %, 2.000,00 dhs). Pensez à recharger votre dépôt."_s
        << u"Riad Atlas : dépôt à surveiller, 40 %"_s
        << u"Solde : 2.000,00 dhs (5.000,00 dhs après la dernière recharge). Le marchand a été prévenu sur son "
           u"tableau de bord."_s;
    QTest::newRow("critical at 8.3 %: one decimal with a comma")
        << AlertLevel::Critical << qint64(41500) << qint64(500000) << false << u"Critique : dépôt à 8,3 %"_s
        << u"415,00 dhs / 5.000,00 dhs (8,3 %). Vos leads seront bloqués sous peu : rechargez maintenant."_s
        << u"LeadMarket : dépôt critique (8,3 %, 415,00 dhs). Vos leads seront bloqués sous peu : rechargez maintenant."_s
        << u"Riad Atlas : dépôt critique, 8,3 %"_s
        << u"Solde : 415,00 dhs (5.000,00 dhs après la dernière recharge). Le marchand a été prévenu par e-mail, "
           u"SMS et WhatsApp ; ses nouveaux leads seront refusés à l'épuisement du dépôt."_s;
    QTest::newRow("depleted reminder")
        << AlertLevel::Depleted << qint64(0) << qint64(1000000) << true << u"Rappel — Épuisé : dépôt à 0 %"_s
        << u"0,00 dhs / 10.000,00 dhs (0 %). Dépôt épuisé : les nouveaux leads sont bloqués et vos campagnes sont "
           u"en pause jusqu'à la recharge."_s
        << u"LeadMarket : dépôt épuisé (0 %, 0,00 dhs). Dépôt épuisé : les nouveaux leads sont bloqués et vos "
           u"campagnes sont en pause jusqu'à la recharge."_s
        << u"Rappel — Riad Atlas : dépôt épuisé, 0 %"_s
        << u"Solde : 0,00 dhs (10.000,00 dhs après la dernière recharge). Dépôt bloqué : les nouveaux leads de ce "
           u"marchand sont refusés et ses campagnes sont en pause jusqu'à sa recharge."_s;
}

void TestServerTexts::depositAlert()
{
    QFETCH(AlertLevel, level);
    QFETCH(qint64, balance);
    QFETCH(qint64, reference);
    QFETCH(bool, reminder);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, sms);
    QFETCH(QString, adminTitle);
    QFETCH(QString, adminBody);

    const texts::DepositAlert alert{u"Riad Atlas"_s, level, balance, reference, reminder,
                                    u"https://leadmarket.ma/recharge"_s};
    const texts::Notice notice = texts::depositAlertNotice(alert);
    QCOMPARE(notice.title, title);
    QCOMPARE(notice.body, body);
    // The admins' notice is about the merchant, for the admin: never the merchant's "rechargez".
    const texts::Notice admins = texts::merchantAlertNotice(alert);
    QCOMPARE(admins.title, adminTitle);
    QCOMPARE(admins.body, adminBody);
    QVERIFY2(!admins.body.contains(u"rechargez"_s) && !admins.body.contains(u"votre"_s), qPrintable(admins.body));
    QCOMPARE(texts::depositAlertShortText(alert), sms);
    const texts::Email email = texts::depositAlertEmail(alert);
    QCOMPARE(email.subject, u"LeadMarket — "_s + title);
    QVERIFY2(email.body.startsWith(u"Bonjour Riad Atlas,\n\nVotre dépôt LeadMarket est au niveau « "_s
                                   + texts::levelTitle(level) + u" »"_s),
             qPrintable(email.body));
    QVERIFY(email.body.contains(u"Recharger votre dépôt : https://leadmarket.ma/recharge\n"_s));
    const QJsonObject variables = texts::depositAlertTemplateVariables(alert);
    QCOMPARE(variables.value("1"_L1).toString(), u"Riad Atlas"_s);
    QCOMPARE(variables.value("2"_L1).toString(), texts::levelTitle(level));
}

void TestServerTexts::paymentConfirmed_data()
{
    QTest::addColumn<qint64>("amountCents");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("method");

    QTest::newRow("5,000.50 MAD by CMI") << qint64(500050) << u"cmi"_s << u"LeadMarket : paiement de 5.000,50 dhs reçu"_s
                                         << u"cinq mille dirhams et cinquante centimes"_s << u"CMI (carte bancaire)"_s;
    QTest::newRow("1 MAD by Stripe") << qint64(100) << u"stripe"_s << u"LeadMarket : paiement de 1,00 dhs reçu"_s
                                     << u"un dirham"_s << u"Stripe (carte bancaire)"_s;
    QTest::newRow("an unknown provider is named as is") << qint64(200000) << u"paypal"_s
                                                        << u"LeadMarket : paiement de 2.000,00 dhs reçu"_s
                                                        << u"deux mille dirhams"_s << u"paypal"_s;
}

void TestServerTexts::paymentConfirmed()
{
    QFETCH(qint64, amountCents);
    QFETCH(QString, provider);
    QFETCH(QString, subject);
    QFETCH(QString, words);
    QFETCH(QString, method);

    const texts::Email email =
        texts::paymentConfirmedEmail({u"Dar Salam"_s, amountCents, provider, u"REF-42"_s, 650000});
    QCOMPARE(email.subject, subject);
    QVERIFY2(email.body.startsWith(u"Bonjour Dar Salam,\n\nNous avons bien reçu votre paiement de "_s),
             qPrintable(email.body));
    QVERIFY2(email.body.contains(u" ("_s + words + u").\nMoyen de paiement : "_s + method + u"\nRéférence : REF-42"_s),
             qPrintable(email.body));
    QVERIFY(email.body.contains(u"Nouveau solde : 6.500,00 dhs."_s));
    QCOMPARE(texts::providerLabel(provider), method);
}

void TestServerTexts::dailyReport()
{
    texts::DailyReport report;
    report.date = QDate(2026, 11, 9);
    report.leadsCreated = 12;
    report.leadsValidated = 5;
    report.commissionsCents = 123456;
    report.rechargesCents = 1000000;
    report.healthy = 3;
    report.depleted = 1;
    const texts::Email email = texts::dailyReportEmail(report);
    QCOMPARE(email.subject, u"LeadMarket — rapport du 2026-11-09"_s);
    QVERIFY2(email.body.contains(u"Leads créés : 12\nLeads validés : 5\nLeads rejetés : 0\n"_s), qPrintable(email.body));
    QVERIFY2(email.body.contains(u"Commissions : 1.234,56 dhs\nRecharges : 10.000,00 dhs\n"_s), qPrintable(email.body));
    QVERIFY(email.body.endsWith(u"sain 3, attention 0, avertissement 0, critique 0, épuisé 1\n"_s));
}

void TestServerTexts::receipt()
{
    QCOMPARE(texts::receiptTitle(u"LM-2026-000042"_s), u"Reçu LM-2026-000042"_s);
    QCOMPARE(texts::receiptWording().newBalance, u"Nouveau solde du dépôt"_s);
    QCOMPARE(texts::amountInWords(500050), u"cinq mille dirhams et cinquante centimes"_s);
}

namespace {

// Every text the server writes, in `language`, with data that holds no letter of any language
// (digits and Latin names only), so a stray word of another language shows.
QStringList everyText(texts::Language language)
{
    const texts::NewLead lead{u"Atlas"_s, u"Yasmine"_s, u"Immo"_s, 150000, 8000};
    const texts::PayoutDecision payout{u"Salma"_s, 250000, u"•••• 4321"_s, u"VIR-42"_s, u"RIB"_s};
    QStringList all;
    const auto notice = [&all](const texts::Notice &n) { all << n.title << n.body; };
    const auto email = [&all](const texts::Email &e) { all << e.subject << e.body; };
    notice(texts::newLeadNotice(lead, language));
    email(texts::newLeadEmail(lead, language));
    notice(texts::leadExpiredNotice(u"Yasmine"_s, u"Immo"_s, language));
    notice(texts::payoutPaidNotice(payout, language));
    email(texts::payoutPaidEmail(payout, language));
    notice(texts::payoutRejectedNotice(payout, language));
    email(texts::payoutRejectedEmail(payout, language));
    notice(texts::payoutRequestedNotice(u"Salma"_s, 250000, language));
    for (const AlertLevel level : {AlertLevel::Attention, AlertLevel::Warning, AlertLevel::Critical, AlertLevel::Depleted}) {
        for (const bool reminder : {false, true}) {
            const texts::DepositAlert alert{u"Atlas"_s, level, 40000, 500000, reminder, u"https://x/recharge"_s};
            all << texts::levelTitle(level, language);
            notice(texts::depositAlertNotice(alert, language));
            notice(texts::merchantAlertNotice(alert, language));
            email(texts::depositAlertEmail(alert, language));
            all << texts::depositAlertShortText(alert, language);
        }
    }
    texts::DailyReport report;
    report.date = QDate(2026, 11, 9);
    email(texts::dailyReportEmail(report, language));
    notice(texts::jobMissedNotice(u"deposit-check"_s, u"2026-11-09T10"_s, language));
    notice(texts::outboxFailingNotice(u"sms"_s, u"42"_s, u"HTTP 500"_s, language));
    all << texts::providerLabel(u"stripe"_s, language) << texts::providerLabel(u"cmi"_s, language)
        << texts::providerLabel(u"sandbox"_s, language) << texts::amountInWords(500050, language);
    email(texts::paymentConfirmedEmail({u"Atlas"_s, 500050, u"cmi"_s, u"REF1"_s, 900000}, language));
    const texts::ReceiptWording w = texts::receiptWording(language);
    all << w.number << w.date << w.merchant << w.email << w.amount << w.amountInWords << w.method << w.reference
        << w.newBalance << w.heading << w.notice << texts::receiptTitle(u"LM-1"_s, language);
    for (int page = 0; page <= int(texts::PageText::StripeProductName); ++page)
        all << texts::pageText(texts::PageText(page), language);
    all << texts::rechargeHelpPage(language);
    return all;
}

} // namespace

void TestServerTexts::everyTextIsWrittenInItsLanguage_data()
{
    QTest::addColumn<texts::Language>("language");
    QTest::newRow("Arabic") << texts::Language::Arabic;
    QTest::newRow("English") << texts::Language::English;
    QTest::newRow("French") << texts::Language::French;
}

void TestServerTexts::everyTextIsWrittenInItsLanguage()
{
    QFETCH(texts::Language, language);
    static const QRegularExpression arabicLetter(u"[\\x{0621}-\\x{064A}]"_s);
    static const QRegularExpression placeholder(u"%\\d"_s);
    // Words only French writes; none of them may show in another language's text.
    static const QRegularExpression french(u"\\b(le|la|les|des|du|votre|dépôt|paiement|recharge du|Bonjour|équipe)\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QStringList all = everyText(language);
    QVERIFY(all.size() > 80);
    for (const QString &text : all) {
        QVERIFY2(!text.trimmed().isEmpty(), "an empty text");
        QVERIFY2(!placeholder.match(text).hasMatch(), qPrintable(text));
        if (language == texts::Language::Arabic) {
            QVERIFY2(arabicLetter.match(text).hasMatch(), qPrintable(u"not Arabic: "_s + text));
        } else {
            QVERIFY2(!arabicLetter.match(text).hasMatch(), qPrintable(text));
            if (language == texts::Language::English)
                QVERIFY2(!french.match(text).hasMatch(), qPrintable(u"French in English: "_s + text));
        }
        if (language == texts::Language::English)
            QVERIFY2(!text.contains(u'«') && !text.contains(u"é"_s), qPrintable(u"French typography: "_s + text));
        // A sentence's full stop never follows an amount's own ("80,00 د.م..").
        QVERIFY2(!text.contains(u".."_s), qPrintable(text));
    }
}

void TestServerTexts::arabicAndEnglishWording()
{
    const texts::NewLead lead{u"Agence Atlas"_s, u"Yasmine Alaoui"_s, u"Immo Casa"_s, 1500000, 8000};
    QCOMPARE(texts::newLeadNotice(lead, texts::Language::English).title, u"New lead: Yasmine Alaoui"_s);
    QCOMPARE(texts::newLeadNotice(lead, texts::Language::English).body,
             u"Campaign “Immo Casa”, estimated value 15,000.00 MAD, commission 80.00 MAD. To decide within 72 h."_s);
    QCOMPARE(texts::newLeadNotice(lead, texts::Language::Arabic).title, u"عميل محتمل جديد: Yasmine Alaoui"_s);
    QVERIFY2(texts::newLeadNotice(lead, texts::Language::Arabic).body.contains(u"«Immo Casa»"_s),
             qPrintable(texts::newLeadNotice(lead, texts::Language::Arabic).body));
    const texts::Email email = texts::newLeadEmail(lead, texts::Language::English);
    QVERIFY(email.body.startsWith(u"Hello Agence Atlas,\n\nA new lead is waiting for your decision."_s));
    QVERIFY(email.body.endsWith(u"\n\nThe LeadMarket team\n"_s));
    // A name holding a placeholder stays as given (the data is never read as wording).
    const texts::NewLead tricky{u"%2"_s, u"%1"_s, u"%3"_s, 100, 10};
    QCOMPARE(texts::newLeadNotice(tricky, texts::Language::Arabic).title, u"عميل محتمل جديد: %1"_s);
    QVERIFY(texts::newLeadNotice(tricky, texts::Language::English).body.startsWith(u"Campaign “%3”"_s));
    // Percentages the way each language writes them.
    const texts::DepositAlert alert{u"Atlas"_s, AlertLevel::Critical, 34150, 500000, false, {}};
    QCOMPARE(texts::depositAlertNotice(alert, texts::Language::English).title, u"Critical: deposit at 6.8%"_s);
    QCOMPARE(texts::depositAlertNotice(alert, texts::Language::French).title, u"Critique : dépôt à 6,8 %"_s);
    QCOMPARE(texts::receiptWording(texts::Language::Arabic).amountInWords, u"المبلغ بالحروف"_s);
    QCOMPARE(texts::amountInWords(500050, texts::Language::English), u"five thousand dirhams and fifty centimes"_s);
    QVERIFY(texts::rechargeHelpPage(texts::Language::Arabic).contains(u"lang=\"ar\" dir=\"rtl\""_s));
    QVERIFY(texts::rechargeHelpPage(texts::Language::English).contains(u"lang=\"en\">"_s));
}

void TestServerTexts::languageOfALocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<texts::Language>("language");
    QTest::newRow("fr") << u"fr"_s << texts::Language::French;
    QTest::newRow("ar") << u"ar"_s << texts::Language::Arabic;
    QTest::newRow("en") << u"en"_s << texts::Language::English;
    QTest::newRow("empty: the default") << QString() << texts::Language::French;
    QTest::newRow("unknown: the default") << u"de"_s << texts::Language::French;
}

void TestServerTexts::languageOfALocale()
{
    QFETCH(QString, locale);
    QFETCH(texts::Language, language);
    QCOMPARE(texts::languageFor(locale), language);
}

QTEST_GUILESS_MAIN(TestServerTexts)
#include "tst_server_texts.moc"
