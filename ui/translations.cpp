#include "translations.h"

#include "logging.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lm::client {

void installTranslations(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (QTranslator *old : app.findChildren<QTranslator *>(u"lm-translator"_s)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    const QString language = QLocale::languageToCode(locale.language());
    if (locale.language() != QLocale::English) {
        auto *qt = new QTranslator(&app);
        qt->setObjectName(u"lm-translator"_s);
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
        auto *own = new QTranslator(&app);
        own->setObjectName(u"lm-translator"_s);
        if (own->load(u":/i18n/leadmarket_"_s + language + u".qm"_s))
            QApplication::installTranslator(own);
        else
            logger("app.i18n")->warn("no LeadMarket translation for {}", language.toStdString());
    }
    QApplication::setLayoutDirection(locale.textDirection());
}

} // namespace lm::client
