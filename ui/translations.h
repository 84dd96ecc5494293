#pragma once

#include <QLocale>

class QApplication;

namespace lm::client {

/// Makes `locale` the UI's: default QLocale (numbers, dates, money), LeadMarket's catalogue and
/// Qt's own, and the layout direction (right-to-left for Arabic).
void installTranslations(QApplication &app, const QLocale &locale);

} // namespace lm::client
