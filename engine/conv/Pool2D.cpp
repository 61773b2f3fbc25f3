#include "conv/Pool2D.h"

#include "core/Parallel.h"

#include <algorithm>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdexcept>

namespace neurone {

namespace {

constexpr Eigen::Index samplesPerChunk = 8; // per unit of parallel work

} // namespace

Pool2D::Pool2D(Shape input, PoolMode mode, int size, int stride, Padding padding)
    : input_(input), mode_(mode), geometry_(requireWindowGeometry(input.height, input.width, size, size, stride, padding))
{
}

Shape Pool2D::outputShape(const Shape& input) const
{
    if (!(input == input_))
        throw std::invalid_argument("pool2d: built for another input shape");
    return outputShape();
}

template <typename Visit>
void Pool2D::forEachPixel(int channel, int oy, int ox, Visit visit) const
{
    const AxisGeometry& r = geometry_.rows;
    const AxisGeometry& c = geometry_.cols;
    for (int i = 0; i < r.window; ++i) {
        const int iy = oy * r.stride + i - r.padBefore;
        if (iy < 0 || iy >= r.input)
            continue;
        for (int j = 0; j < c.window; ++j) {
            const int ix = ox * c.stride + j - c.padBefore;
            if (ix >= 0 && ix < c.input)
                visit((channel * r.input + iy) * c.input + ix);
        }
    }
}

Batch Pool2D::forward(const Batch& input)
{
    if (input.cols() != input_.size())
        throw std::invalid_argument("pool2d: input rows must hold C·H·W values");
    const Shape out = outputShape();
    Batch output(input.rows(), out.size());
    winners_.resize(std::size_t(input.rows() * out.size()));
    const bool fast = mode_ == PoolMode::Max && geometry_.rows.window == 2 && geometry_.cols.window == 2
                      && geometry_.rows.stride == 2 && geometry_.cols.stride == 2 && !padded();
    parallelChunks(input.rows(), samplesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        for (Eigen::Index s = first; s < last; ++s) {
            int* winners = winners_.data() + s * out.size();
            if (fast)
                maxPool2x2(input.row(s).data(), output.row(s).data(), winners);
            else
                poolSample(input.row(s).data(), output.row(s).data(), winners);
        }
    });
    return output;
}

namespace {

#if defined(__SSE2__)
// Four neighbouring 2×2 windows at once: the rows a and b from the windows' first pixel.
// Same rule as the scalar loop below: a later pixel wins only when strictly larger.
void maxPool4Windows(const float* a, const float* b, int width, int first, float* y, int* winners)
{
    const __m128 a0 = _mm_loadu_ps(a), a1 = _mm_loadu_ps(a + 4);
    const __m128 b0 = _mm_loadu_ps(b), b1 = _mm_loadu_ps(b + 4);
    __m128 best = _mm_shuffle_ps(a0, a1, _MM_SHUFFLE(2, 0, 2, 0)); // top left of each window
    __m128i offset = _mm_setzero_si128();
    const auto challenge = [&](__m128 pixel, int pixelOffset) {
        const __m128 larger = _mm_cmpgt_ps(pixel, best);
        best = _mm_or_ps(_mm_and_ps(larger, pixel), _mm_andnot_ps(larger, best));
        const __m128i mask = _mm_castps_si128(larger);
        offset = _mm_or_si128(_mm_and_si128(mask, _mm_set1_epi32(pixelOffset)), _mm_andnot_si128(mask, offset));
    };
    challenge(_mm_shuffle_ps(a0, a1, _MM_SHUFFLE(3, 1, 3, 1)), 1);
    challenge(_mm_shuffle_ps(b0, b1, _MM_SHUFFLE(2, 0, 2, 0)), width);
    challenge(_mm_shuffle_ps(b0, b1, _MM_SHUFFLE(3, 1, 3, 1)), width + 1);
    _mm_storeu_ps(y, best);
    const __m128i topLeft = _mm_add_epi32(_mm_set1_epi32(first), _mm_setr_epi32(0, 2, 4, 6));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(winners), _mm_add_epi32(topLeft, offset));
}
#endif

} // namespace

void Pool2D::maxPool2x2(const float* x, float* y, int* winners) const
{
    const int width = input_.width;
    const Shape out = outputShape();
    for (int channel = 0; channel < out.channels; ++channel)
        for (int oy = 0; oy < out.height; ++oy) {
            const int top = (channel * input_.height + 2 * oy) * width; // the window row's first pixel
            const float* a = x + top;
            const float* b = a + width;
            int ox = 0;
#if defined(__SSE2__)
            for (; ox + 4 <= out.width; ox += 4, y += 4, winners += 4)
                maxPool4Windows(a + 2 * ox, b + 2 * ox, width, top + 2 * ox, y, winners);
#endif
            for (; ox < out.width; ++ox, ++y, ++winners) {
                // The first of the largest, in reading order, as poolSample picks it.
                const float* window[4] = {a + 2 * ox, a + 2 * ox + 1, b + 2 * ox, b + 2 * ox + 1};
                int best = 0;
                for (int k = 1; k < 4; ++k)
                    if (*window[k] > *window[best])
                        best = k;
                *y = *window[best];
                *winners = top + 2 * ox + (best / 2) * width + best % 2;
            }
        }
}

void Pool2D::poolSample(const float* x, float* y, int* winners) const
{
    const Shape out = outputShape();
    for (int channel = 0; channel < out.channels; ++channel)
        for (int oy = 0; oy < out.height; ++oy)
            for (int ox = 0; ox < out.width; ++ox, ++y, ++winners) {
                float best = -std::numeric_limits<float>::infinity(), sum = 0;
                int winner = -1, count = 0;
                forEachPixel(channel, oy, ox, [&](int p) {
                    if (x[p] > best || winner < 0) {
                        best = x[p];
                        winner = p;
                    }
                    sum += x[p];
                    ++count;
                });
                // A window lying wholly in a wide custom padding sees no pixel: it outputs 0.
                *y = count == 0 ? 0.0f : mode_ == PoolMode::Max ? best : sum / float(count);
                *winners = winner;
            }
}

Batch Pool2D::backward(const Batch& gradOutput)
{
    const Shape out = outputShape();
    if (gradOutput.cols() != out.size() || std::size_t(gradOutput.rows() * out.size()) != winners_.size())
        throw std::invalid_argument("pool2d: dY does not match the latest forward");
    Batch gradInput(gradOutput.rows(), input_.size());
    parallelChunks(gradOutput.rows(), samplesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        gradInput.middleRows(first, last - first).setZero();
        for (Eigen::Index s = first; s < last; ++s) {
            const float* dY = gradOutput.row(s).data();
            float* dX = gradInput.row(s).data();
            if (mode_ == PoolMode::Max) {
                const int* winners = winners_.data() + s * out.size();
                for (int o = 0; o < out.size(); ++o)
                    if (winners[o] >= 0)
                        dX[winners[o]] += dY[o];
                continue;
            }
            int o = 0;
            for (int channel = 0; channel < out.channels; ++channel)
                for (int oy = 0; oy < out.height; ++oy)
                    for (int ox = 0; ox < out.width; ++ox, ++o) {
                        int count = 0;
                        forEachPixel(channel, oy, ox, [&](int) { ++count; });
                        forEachPixel(channel, oy, ox, [&](int p) { dX[p] += dY[o] / float(std::max(count, 1)); });
                    }
        }
    });
    return gradInput;
}

std::unique_ptr<Layer> Pool2D::clone() const { return std::make_unique<Pool2D>(*this); }

} // namespace neurone
