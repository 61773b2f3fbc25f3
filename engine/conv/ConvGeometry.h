// Where a window (a convolution kernel or a pooling window) lands as it slides over an input,
// and how large the output is (seed 002 "Réseaux de neurones convolutifs", seed 004):
//   valid (P = 0) or custom padding P:  W_o = (W − F + 2P)/S + 1, which must be a whole number ≥ 1
//   same (as TensorFlow pads):          W_o = ⌈W/S⌉, with P_total = max((W_o − 1)·S + F − W, 0)
//                                       zeros split as ⌊P_total/2⌋ before and the rest after
//                                       (the extra pixel goes to the bottom/right).
// A size that is not a whole number ≥ 1 is refused with the reason, as a framework would.
#pragma once

#include <string>
#include <variant>

namespace neurone {

enum class PaddingMode { Valid, Same, Custom };

struct Padding {
    PaddingMode mode = PaddingMode::Valid;
    int amount = 0; // P, for Custom

    static Padding valid() { return {PaddingMode::Valid, 0}; }
    static Padding same() { return {PaddingMode::Same, 0}; }
    static Padding custom(int p) { return {PaddingMode::Custom, p}; }
};

// One axis: input length W, window F, stride S, zeros added before and after, output W_o.
struct AxisGeometry {
    int input = 0;
    int window = 0;
    int stride = 1;
    int padBefore = 0;
    int padAfter = 0;
    int output = 0;

    int paddedInput() const { return input + padBefore + padAfter; }
};

struct WindowGeometry {
    AxisGeometry rows; // height
    AxisGeometry cols; // width

    int outputSize() const { return rows.output * cols.output; }
};

// The geometry of one axis, or why it is impossible ("(W − F + 2P)/S + 1 = … is not a whole
// number", "the window (7) is larger than the padded input (5)", …).
std::variant<AxisGeometry, std::string> axisGeometry(int input, int window, int stride, Padding padding);
std::variant<WindowGeometry, std::string> windowGeometry(int height, int width, int windowHeight,
                                                         int windowWidth, int stride, Padding padding);

// The same, for callers that treat an impossible geometry as a programming error:
// throws std::invalid_argument with the reason.
WindowGeometry requireWindowGeometry(int height, int width, int windowHeight, int windowWidth, int stride,
                                     Padding padding);

} // namespace neurone
