#pragma once

#include <QString>
#include <QtGlobal>

// Amounts in words, as a receipt or a cheque writes them, in the three languages of the server's
// texts (texts.h picks one by the reader's locale).
namespace lm::server {

/// French words for a whole number from 0 to 999,999,999 ("quatre-vingt-onze", "deux cents",
/// "vingt et un mille"), traditional spelling. Negative numbers get "moins".
QString frenchNumberWords(qint64 number);
/// An amount of centimes in French words: "cinq mille dirhams et cinquante centimes",
/// "un million de dirhams", "un dirham".
QString frenchAmountWords(qint64 cents);

/// English words, British usage ("one hundred and five", "twenty-one thousand"), 0 to 999,999,999.
QString englishNumberWords(qint64 number);
/// "five thousand dirhams and fifty centimes", "one dirham".
QString englishAmountWords(qint64 cents);

/// Arabic words in the masculine, as cheques write them ("خمسة آلاف", "مئتان", "واحد وعشرون"),
/// 0 to 999,999,999.
QString arabicNumberWords(qint64 number);
/// The amount with the counted noun in the form its number asks for: "درهم واحد", "درهمان",
/// "ثلاثة دراهم", "أحد عشر درهمًا", "مئة درهم"; centimes likewise ("خمسون سنتيمًا"), joined by "و".
QString arabicAmountWords(qint64 cents);

} // namespace lm::server
