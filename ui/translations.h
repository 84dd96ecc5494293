#pragma once

#include <QLocale>

class QApplication;
class QString;

namespace lm::client {

/// Makes `locale` the UI's: default QLocale (numbers, dates, money), LeadMarket's catalogue and
/// Qt's own, and the layout direction (right-to-left for Arabic).
void installTranslations(QApplication &app, const QLocale &locale);

/// `text` with its shortcut moved out of Arabic words: an underlined letter is drawn apart from its
/// word and breaks the joined letters, at a word's start too. A marker before an Arabic letter goes,
/// and `source`'s Latin shortcut letter follows the words instead ("أل&غِ", "&Cancel" → "ألغِ (&C)";
/// "&شحن…", "&Recharge…" → "شحن (&R)…"). An escaped "&&" and markers before other letters stay.
QString arabicShortcutsAfterWords(const QString &text, const QString &source);

} // namespace lm::client
