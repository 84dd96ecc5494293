// Issue 17: the dispute texts (server/src/disputetexts.cpp) in each language a user may choose:
// every text names the lead's client and campaign, writes its amounts in the language's money
// format, carries the admin's or influencer's note when there is one, and is written in that
// language (French words do not leak into the English or Arabic texts).

#include "disputetexts.h"
#include "money.h"

#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace lm::server;

namespace {

using Maker = std::function<texts::Notice(const texts::DisputeNews &, texts::Language)>;

bool hasArabicLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Arabic)
            return true;
    }
    return false;
}

} // namespace

class TestServerDisputeTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notices_data();
    void notices();
    void merchantEmail_data();
    void merchantEmail();
};

void TestServerDisputeTexts::notices_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("text");
    QTest::addColumn<QString>("amountOf"); // "" | "commission" | "share"

    const QList<std::pair<const char *, texts::Language>> languages{
        {"French", texts::Language::French}, {"Arabic", texts::Language::Arabic}, {"English", texts::Language::English}};
    const QList<std::pair<const char *, const char *>> kinds{
        {"admins: new dispute", ""},
        {"merchant: overturned and charged", "commission"},
        {"influencer: overturned", "share"},
        {"influencer: upheld", ""}};
    for (const auto &[languageName, language] : languages) {
        for (int k = 0; k < kinds.size(); ++k) {
            QTest::addRow("%s, %s", kinds.at(k).first, languageName)
                << int(language) << k << QString::fromLatin1(kinds.at(k).second);
        }
    }
}

void TestServerDisputeTexts::notices()
{
    QFETCH(int, language);
    QFETCH(int, text);
    QFETCH(QString, amountOf);

    const QList<Maker> makers{&texts::disputeOpenedNotice, &texts::disputeOverturnedMerchantNotice,
                              &texts::disputeOverturnedInfluencerNotice, &texts::disputeUpheldNotice};
    const auto lang = texts::Language(language);
    const texts::DisputeNews news{u"Yasmine Alaoui"_s, u"Riad d'été"_s, u"Nadia K."_s, 150000, 45000,
                                  u"Devis signé le 3"_s};
    const texts::Notice notice = makers.at(text)(news, lang);
    QVERIFY(notice.title.contains(news.clientName));
    QVERIFY(notice.body.contains(news.clientName));
    QVERIFY(notice.body.contains(news.campaignName));
    QVERIFY2(notice.body.contains(news.note), qPrintable(notice.body));
    if (!amountOf.isEmpty()) {
        const qint64 cents = amountOf == "commission"_L1 ? news.commissionCents : news.influencerShareCents;
        const QString amount = lm::Money(cents).format(texts::locale(lang));
        QVERIFY2(notice.body.contains(amount), qPrintable(notice.body + u" ≠ "_s + amount));
    }
    QCOMPARE(hasArabicLetters(notice.title + notice.body), lang == texts::Language::Arabic);
    if (lang != texts::Language::French) {
        for (const char *word : {"Contestation", "Refus", "campagne", "votre"})
            QVERIFY2(!notice.body.contains(QLatin1StringView(word)), qPrintable(notice.body));
    }
    // Without a note the text ends with its own sentence, not an empty "Note :".
    texts::DisputeNews silent = news;
    silent.note.clear();
    const texts::Notice plain = makers.at(text)(silent, lang);
    QVERIFY(!plain.body.contains("Note"_L1));
    QVERIFY(plain.body.trimmed() == plain.body);
}

void TestServerDisputeTexts::merchantEmail_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("French") << int(texts::Language::French);
    QTest::newRow("Arabic") << int(texts::Language::Arabic);
    QTest::newRow("English") << int(texts::Language::English);
}

void TestServerDisputeTexts::merchantEmail()
{
    QFETCH(int, language);
    const auto lang = texts::Language(language);
    const texts::DisputeNews news{u"Karim Bennani"_s, u"Immo Casa"_s, u"Omar"_s, 8000, 2400, {}};
    const texts::Email mail = texts::disputeOverturnedMerchantEmail(news, lang);
    const texts::Notice notice = texts::disputeOverturnedMerchantNotice(news, lang);
    QVERIFY(mail.subject.contains(notice.title));
    QVERIFY(mail.body.contains(notice.body));
    QVERIFY(mail.body.contains(lm::Money(8000).format(texts::locale(lang))));
}

QTEST_GUILESS_MAIN(TestServerDisputeTexts)
#include "tst_server_disputetexts.moc"
