#include "conv/ConvGeometry.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace neurone {

namespace {

std::string format(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

} // namespace

std::variant<AxisGeometry, std::string> axisGeometry(int input, int window, int stride, Padding padding)
{
    if (input < 1)
        return std::string("the input is empty");
    if (window < 1)
        return std::string("the window must be at least 1 pixel");
    if (stride < 1)
        return std::string("the stride S must be at least 1");
    if (padding.mode == PaddingMode::Custom && padding.amount < 0)
        return std::string("the padding P cannot be negative");
    AxisGeometry axis{input, window, stride, 0, 0, 0};
    if (padding.mode == PaddingMode::Same) {
        axis.output = (input + stride - 1) / stride; // ⌈W/S⌉
        const int total = std::max((axis.output - 1) * stride + window - input, 0);
        axis.padBefore = total / 2;
        axis.padAfter = total - axis.padBefore;
        return axis;
    }
    const int p = padding.mode == PaddingMode::Custom ? padding.amount : 0;
    axis.padBefore = axis.padAfter = p;
    const int span = input - window + 2 * p; // W − F + 2P
    if (span < 0)
        return "the window (" + std::to_string(window) + ") is larger than the padded input ("
               + std::to_string(input + 2 * p) + ")";
    if (span % stride != 0)
        return "(W − F + 2P)/S + 1 = (" + std::to_string(input) + " − " + std::to_string(window) + " + "
               + std::to_string(2 * p) + ")/" + std::to_string(stride) + " + 1 = "
               + format(double(span) / stride + 1) + " is not a whole number";
    axis.output = span / stride + 1;
    return axis;
}

std::variant<WindowGeometry, std::string> windowGeometry(int height, int width, int windowHeight,
                                                         int windowWidth, int stride, Padding padding)
{
    auto rows = axisGeometry(height, windowHeight, stride, padding);
    if (auto* error = std::get_if<std::string>(&rows))
        return "height: " + *error;
    auto cols = axisGeometry(width, windowWidth, stride, padding);
    if (auto* error = std::get_if<std::string>(&cols))
        return "width: " + *error;
    return WindowGeometry{std::get<AxisGeometry>(rows), std::get<AxisGeometry>(cols)};
}

WindowGeometry requireWindowGeometry(int height, int width, int windowHeight, int windowWidth, int stride,
                                     Padding padding)
{
    auto geometry = windowGeometry(height, width, windowHeight, windowWidth, stride, padding);
    if (auto* error = std::get_if<std::string>(&geometry))
        throw std::invalid_argument(*error);
    return std::get<WindowGeometry>(geometry);
}

} // namespace neurone
