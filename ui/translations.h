#pragma once

#include <QLocale>

class QApplication;
class QString;

namespace lm::client {

/// Makes `locale` the UI's: default QLocale (numbers, dates, money), LeadMarket's catalogue and
/// Qt's own, and the layout direction (right-to-left for Arabic).
void installTranslations(QApplication &app, const QLocale &locale);

/// `text` without the shortcut markers that sit inside an Arabic word ("أل&غِ" → "ألغِ"): an
/// underlined letter there breaks the word's joined letters apart. A marker before a word's first
/// letter, an escaped "&&" and markers in Latin text stay as they are.
QString withoutMidWordShortcuts(const QString &text);

} // namespace lm::client
