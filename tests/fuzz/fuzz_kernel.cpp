// Kernels typed as text: accepted → 1×1 to 7×7 of finite values, written back as text that
// parses to the same shape, and a 9×9 image filters with it.
#include "FuzzCheck.h"
#include "conv/ImageFilter.h"
#include "conv/Kernel.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto result = neurone::parseKernel(text);
    const auto* kernel = std::get_if<neurone::Plane>(&result);
    if (!kernel) {
        FUZZ_CHECK(!std::get<std::string>(result).empty());
        return 0;
    }
    FUZZ_CHECK(kernel->rows() >= 1 && kernel->rows() <= neurone::maxKernelSize);
    FUZZ_CHECK(kernel->cols() >= 1 && kernel->cols() <= neurone::maxKernelSize);
    FUZZ_CHECK(kernel->allFinite());
    const auto again = neurone::parseKernel(neurone::kernelToText(*kernel));
    const auto* back = std::get_if<neurone::Plane>(&again);
    FUZZ_CHECK(back && back->rows() == kernel->rows() && back->cols() == kernel->cols());
    neurone::FilterSettings settings;
    settings.kernel = *kernel;
    const neurone::Image image{{neurone::Plane::Constant(9, 9, 1.0f)}};
    const auto stages = neurone::applyFilter(image, settings);
    FUZZ_CHECK(std::holds_alternative<neurone::FilterStages>(stages));
    return 0;
}
