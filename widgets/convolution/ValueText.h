// Numbers as the convolution panel writes them: short, with a real minus sign, no "-0".
#pragma once

#include <QString>

// At most `decimals` decimals, trailing zeros dropped: 154.333 → "154.3" (1), −2 → "−2".
QString valueText(double value, int decimals = 2);
// Reads what a user typed in a cell: "1.5", "1,5", "−2", "1/9". False when it is not a finite number.
bool parseValue(const QString& text, double& value);
