#include "convolution/GeometryText.h"

#include "convolution/ValueText.h"

#include <QCoreApplication>

// The translation context of these strings (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct GeometryTextStrings {
    Q_DECLARE_TR_FUNCTIONS(GeometryText)
};

namespace {

QString subscript(const QString& axis, const char* index) { return QString("%1<sub>%2</sub>").arg(axis, index); }

} // namespace

QString convolutionSizeFormula(const QString& axis, int input, int window, int stride, neurone::Padding padding)
{
    const QString out = subscript(axis, "o");
    if (padding.mode == neurone::PaddingMode::Same) {
        QString text = QString("%1 = ⌈%2/S⌉ = ⌈%3/%4⌉").arg(out, axis).arg(input).arg(stride);
        const auto geometry = neurone::axisGeometry(input, window, stride, padding);
        if (const auto* g = std::get_if<neurone::AxisGeometry>(&geometry))
            text += QString(" = %1 (%2)").arg(g->output).arg(paddingText(*g));
        return text;
    }
    const int p = padding.mode == neurone::PaddingMode::Custom ? padding.amount : 0;
    const double value = double(input - window + 2 * p) / stride + 1; // written out, even when refused
    return QString("%1 = (%2 − F + 2P)/S + 1 = (%3 − %4 + %5)/%6 + 1 = %7")
        .arg(out, axis)
        .arg(input)
        .arg(window)
        .arg(2 * p)
        .arg(stride)
        .arg(valueText(value, 3));
}

QString poolingSizeFormula(const QString& axis, int input, int window, int stride)
{
    const double value = double(input - window) / stride + 1;
    return QString("%1 = (%2 − F)/S + 1 = (%3 − %4)/%5 + 1 = %6")
        .arg(subscript(axis, "p"), axis)
        .arg(input)
        .arg(window)
        .arg(stride)
        .arg(valueText(value, 3));
}

QString paddingText(const neurone::AxisGeometry& axis)
{
    if (axis.padBefore == axis.padAfter)
        return QString("P = %1").arg(axis.padBefore);
    return GeometryTextStrings::tr("P = %1 before, %2 after").arg(axis.padBefore).arg(axis.padAfter);
}
