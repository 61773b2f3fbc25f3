// The course's output-size formulas with the numbers filled in (seed 002, seed 004), as rich
// text for the chain view. The engine decides whether a geometry is possible (ConvGeometry.h);
// these only write the arithmetic out, including the refused cases:
//   valid or P:  W_o = (W − F + 2P)/S + 1 = (28 − 3 + 0)/2 + 1 = 13.5
//   same:        W_o = ⌈W/S⌉ = ⌈28/2⌉ = 14
//   pooling:     W_p = (W − F)/S + 1 = (26 − 2)/2 + 1 = 13
#pragma once

#include "conv/ConvGeometry.h"

#include <QString>

// `axis` is "W" (width) or "H" (height).
QString convolutionSizeFormula(const QString& axis, int input, int window, int stride, neurone::Padding padding);
QString poolingSizeFormula(const QString& axis, int input, int window, int stride);
// "P = 1" or, when "same" pads unevenly, "P = 0 before, 1 after".
QString paddingText(const neurone::AxisGeometry& axis);
