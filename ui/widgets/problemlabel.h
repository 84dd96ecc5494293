#pragma once

class QDialog;
class QLabel;
class QString;
class QWidget;

namespace lm::client {

/// How a problem label lays out its text: wrapped under its field (the dialog grows to show every
/// line, see keepFitted), or on one line.
enum class ProblemWrap { Wrapped, OneLine };

/// The label that says what is wrong with a field, beside it: hidden until there is something to
/// say, in the palette's critical colour (the brief's red for alerts), one per field of every form.
QLabel *newProblemLabel(const QString &objectName, QWidget *parent, ProblemWrap wrap = ProblemWrap::Wrapped);

/// Sizes `dialog` by its content now: as wide as its layout wants (wider when its wrapped lines would
/// otherwise make it taller than its screen), as tall as every wrapped line needs, within the
/// screen's available area. It only grows: what the user widened stays. A hidden dialog is left
/// alone (keepFitted fits it when it is shown).
void fitToContents(QDialog *dialog);

/// Keeps `dialog` fitted: on its first show and whenever its layout changes (a problem shown, a
/// status line, a longer translation), so no message is ever clipped. No fixed size is involved.
void keepFitted(QDialog *dialog);

/// A minimum width of about `characters` average characters of `field`'s font, so that a form's
/// fields are never squashed by long captions (Arabic and French ones are longer than English).
void setMinimumCharacters(QWidget *field, int characters);

} // namespace lm::client
