#include "convolution/ValueText.h"

#include <cmath>

QString valueText(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    QString text = QString::number(value, 'f', decimals);
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    if (text == "-0")
        text = "0";
    return text.replace('-', QChar(0x2212));
}

bool parseValue(const QString& typed, double& value)
{
    QString text = typed.trimmed();
    text.replace(QChar(0x2212), '-').replace(',', '.');
    const int slash = text.indexOf('/');
    bool ok = false;
    if (slash < 0) {
        value = text.toDouble(&ok);
    } else {
        bool okDenominator = false;
        const double numerator = text.left(slash).trimmed().toDouble(&ok);
        const double denominator = text.mid(slash + 1).trimmed().toDouble(&okDenominator);
        ok = ok && okDenominator && denominator != 0;
        value = ok ? numerator / denominator : 0;
    }
    return ok && std::isfinite(value);
}
