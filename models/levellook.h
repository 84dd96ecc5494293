#pragma once

#include <alertlevel.h>

#include <QCoreApplication>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>

namespace lm::client {

/// The brief's five alert colours (healthy green, attention yellow, warning orange, critical red,
/// depleted black) and how to show them readably in light and dark palettes: as a badge (the
/// colour filled, text in black or white on it), as a dot, or as text in a shade of the colour
/// that keeps its contrast with the palette's base. One place for the gauge, the alerts board and
/// the notifications.
class LevelLook final
{
    Q_DECLARE_TR_FUNCTIONS(LevelLook)

public:
    /// Best to worst.
    static QList<AlertLevel> levels();
    /// The badge's fill.
    static QColor colour(AlertLevel level);
    /// Text on the badge: black on yellow and orange, white on the others.
    static QColor textOnColour(AlertLevel level);
    /// The badge's outline: what separates black from a dark window (and yellow from a light one).
    static QColor outline(AlertLevel level, const QPalette &palette);
    /// The level's colour as text on `palette`'s base: a darker shade on light bases, a lighter one
    /// on dark bases; depleted is the palette's own text colour (black or white).
    static QColor textColour(AlertLevel level, const QPalette &palette);
    /// A round dot of the colour with its outline (for a cell's decoration).
    static QIcon dot(AlertLevel level, const QPalette &palette);
    /// "Healthy", "Attention", "Warning", "Critical", "Depleted" in the UI language.
    static QString name(AlertLevel level);
    /// Whether `palette` is dark (its base darker than mid grey).
    static bool isDark(const QPalette &palette);
};

} // namespace lm::client
