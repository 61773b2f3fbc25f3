// User formulas f(x, y) (muparser): accepted → its value and central-difference gradient can
// be taken anywhere without crashing (NaN and ∞ are allowed: the panel reports them).
#include "FuzzCheck.h"
#include "descent/Formula.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto result = neurone::Formula::parse(text, {"x", "y"});
    const auto* formula = std::get_if<neurone::Formula>(&result);
    if (!formula) {
        FUZZ_CHECK(!std::get<std::string>(result).empty());
        return 0;
    }
    FUZZ_CHECK(formula->dimension() == 2);
    const neurone::Formula copy = *formula; // the panel copies formulas into its workers
    for (const double x : {0.0, 1.5, -3.0, 1e6}) {
        const Eigen::Vector2d point(x, 0.5 - x);
        (void)copy.value(point);
        FUZZ_CHECK(copy.gradient(point).size() == 2);
    }
    return 0;
}
