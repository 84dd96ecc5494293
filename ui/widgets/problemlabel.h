#pragma once

class QLabel;
class QString;
class QWidget;

namespace lm::client {

/// How a problem label lays out its text: wrapped under a wide field, or on one line (a wrapped
/// label in a tight form layout gets clipped).
enum class ProblemWrap { Wrapped, OneLine };

/// The label that says what is wrong with a field, beside it: hidden until there is something to
/// say, in the palette's critical colour (the brief's red for alerts), one per field of every form.
QLabel *newProblemLabel(const QString &objectName, QWidget *parent, ProblemWrap wrap = ProblemWrap::Wrapped);

} // namespace lm::client
