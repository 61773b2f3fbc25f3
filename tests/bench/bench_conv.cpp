// Benchmark: re-filtering a 1920×1080 RGB image with a 3×3 kernel, then 2×2 max pooling —
// what the convolution panel does on every slider move or kernel edit. Target: < 25 ms.
// Prints one JSON object: median milliseconds of the convolution alone and of the chain.
#include "conv/ImageFilter.h"
#include "conv/Kernel.h"
#include "core/MemoryPolicy.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace neurone;

namespace {

double medianMilliseconds(int repeats, const auto& work)
{
    std::vector<double> times;
    work(); // warm-up: the allocator settles and the caches fill, as after a first slider move
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    keepFreedMemoryForReuse(); // as the GUI does

    const int width = argc > 2 ? std::atoi(argv[1]) : 1920;
    const int height = argc > 2 ? std::atoi(argv[2]) : 1080;
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> value(0.0f, 255.0f);
    Image image;
    for (int c = 0; c < 3; ++c) {
        Plane plane(height, width);
        for (Eigen::Index i = 0; i < plane.size(); ++i)
            plane.data()[i] = value(rng);
        image.channels.push_back(std::move(plane));
    }
    FilterSettings settings;
    settings.kernel = findKernelPreset("sharpen")->kernel;
    settings.padding = Padding::same();
    const double convolution = medianMilliseconds(15, [&] { (void)applyFilter(image, settings); });
    settings.relu = true;
    settings.pool = PoolSettings{PoolMode::Max, 2, 2};
    const double chain = medianMilliseconds(15, [&] { (void)applyFilter(image, settings); });
    std::printf("{\"width\": %d, \"height\": %d, \"channels\": 3, \"kernel\": \"3x3\", "
                "\"convolution_ms\": %.3f, \"convolution_relu_maxpool_ms\": %.3f}\n",
                width, height, convolution, chain);
}
