#pragma once

class QAbstractItemView;

namespace lm::client {

/// Hovering a cell whose text the view shortened with "…" shows the whole text in a tooltip (when
/// the model gives no tooltip of its own), so a column may elide without hiding anything.
void showElidedTextInToolTips(QAbstractItemView *view);

} // namespace lm::client
