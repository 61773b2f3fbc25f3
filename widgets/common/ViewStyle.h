// How panels look: light or dark, and projector mode (larger fonts, thicker lines).
// One value, handed by the main window to every panel; plots restyle from it.
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QCustomPlot;

struct ViewStyle {
    bool dark = false;
    bool projector = false;

    qreal lineWidth() const { return projector ? 3.5 : 1.8; }
    qreal markerSize() const { return projector ? 11 : 7; }
    int fontPointSize() const { return projector ? 15 : 10; }

    QColor background() const { return dark ? QColor(0x23, 0x26, 0x2e) : QColor(Qt::white); }
    QColor foreground() const { return dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x20, 0x20, 0x20); }
    QColor grid() const { return dark ? QColor(0x45, 0x49, 0x55) : QColor(0xdd, 0xdd, 0xdd); }
    // A colour per series, readable on both backgrounds (Okabe–Ito palette).
    QColor series(int index) const;
    QColor warning() const { return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20); }

    QPalette palette() const;
    QFont font() const;
    bool operator==(const ViewStyle&) const = default;
};

// Background, axes, ticks, grid and legend of one plot. Graph pens are the panel's job.
void applyViewStyle(QCustomPlot* plot, const ViewStyle& style);
