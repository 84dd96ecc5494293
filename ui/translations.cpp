#include "translations.h"

#include "logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QString>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// A catalogue whose Arabic shortcuts never split a word: Qt's own Arabic puts them on letters,
/// inside words too ("أل&غِ" on Cancel); ours write them after the words already.
class WholeWordsTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        return arabicShortcutsAfterWords(QTranslator::translate(context, sourceText, disambiguation, n),
                                         QString::fromUtf8(sourceText));
    }
};

/// Qt's own words for the standard buttons that ours replace: its Arabic Cancel ("ألغِ", ending on
/// a vowel mark) is measured narrower than it draws and runs out of its button.
[[maybe_unused]] constexpr const char *QtButtonOverrides[] = {
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
};

bool isArabicLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Arabic;
}

/// The letter after `text`'s shortcut marker, if it has one ("&&" is an escaped ampersand).
QChar shortcutLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1);
        ++i;
    }
    return {};
}

} // namespace

QString arabicShortcutsAfterWords(const QString &text, const QString &source)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size() + 5);
    bool moved = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&' && i + 1 < text.size() && text.at(i + 1) == u'&') {
            out += u"&&"_s;
            ++i;
        } else if (c == u'&' && i + 1 < text.size() && isArabicLetter(text.at(i + 1))) {
            moved = true;
        } else {
            out += c;
        }
    }
    if (!moved)
        return out;
    const QChar letter = shortcutLetter(source);
    if (letter.isNull() || letter.unicode() > 0x7f || !letter.isLetterOrNumber())
        return out; // no Latin letter to give: the keyboard reaches it otherwise (Escape for Cancel)
    // Before a closing "…", ":" or "؟", as the catalogue writes it: "شحن (&R)…".
    qsizetype end = out.size();
    while (end > 0 && (out.at(end - 1) == u'…' || out.at(end - 1) == u':' || out.at(end - 1) == u'؟'))
        --end;
    return out.left(end) + u" (&"_s + letter.toUpper() + u')' + out.mid(end);
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (QTranslator *old : app.findChildren<QTranslator *>(u"lm-translator"_s)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    const QString language = QLocale::languageToCode(locale.language());
    if (locale.language() != QLocale::English) {
        auto *qt = new WholeWordsTranslator(&app);
        qt->setObjectName(u"lm-translator"_s);
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
        auto *own = new WholeWordsTranslator(&app);
        own->setObjectName(u"lm-translator"_s);
        if (own->load(u":/i18n/leadmarket_"_s + language + u".qm"_s))
            QApplication::installTranslator(own);
        else
            logger("app.i18n")->warn("no LeadMarket translation for {}", language.toStdString());
    } else {
        // The source texts are English; this catalogue only gives their plural forms.
        auto *plurals = new QTranslator(&app);
        plurals->setObjectName(u"lm-translator"_s);
        if (plurals->load(u":/i18n/leadmarket_en.qm"_s))
            QApplication::installTranslator(plurals);
    }
    QApplication::setLayoutDirection(locale.textDirection());
}

} // namespace lm::client
