#include "backprop/BackpropNames.h"

#include <initializer_list>
#include <string_view>

namespace neurone {

namespace {

std::string index(int zeroBased) { return std::to_string(zeroBased + 1); }

// Appends the parts (GCC 12 warns, wrongly, about "literal" + std::string temporaries).
std::string cat(std::initializer_list<std::string_view> parts)
{
    std::string joined;
    for (const std::string_view part : parts)
        joined += part;
    return joined;
}

std::string courseName(const TinyArchitecture& a, const ValueKey& key)
{
    const bool single = a.outputCount() == 1;
    const std::string outputIndex = single ? std::string() : index(key.unit);
    const bool output = key.layer == 2;
    switch (key.quantity) {
    case Quantity::Input: return cat({"x", index(key.unit)});
    case Quantity::Target: return cat({"y", outputIndex});
    case Quantity::Loss: return "E";
    case Quantity::PreActivation: return output ? cat({"Z", outputIndex}) : cat({"Y", index(key.unit)});
    case Quantity::Activation: return output ? cat({"f(Z", outputIndex, ")"}) : cat({"f(Y", index(key.unit), ")"});
    case Quantity::Weight:
        return output ? cat({"psi", index(key.from), outputIndex})
                      : cat({"w", index(key.from), index(key.unit)});
    case Quantity::Bias:
        // The course numbers the biases on from the hidden ones: b1 … b4, then b5 for Z.
        return cat({"b", std::to_string((output ? a.sizes[1] : 0) + key.unit + 1)});
    }
    return "?";
}

std::string layeredName(const ValueKey& key)
{
    const std::string layer = std::to_string(key.layer);
    switch (key.quantity) {
    case Quantity::Input: return cat({"x", index(key.unit)});
    case Quantity::Target: return cat({"y", index(key.unit)});
    case Quantity::Loss: return "E";
    case Quantity::PreActivation: return cat({"z", layer, "_", index(key.unit)});
    case Quantity::Activation: return cat({"a", layer, "_", index(key.unit)});
    case Quantity::Weight: return cat({"w", layer, "_", index(key.from), index(key.unit)});
    case Quantity::Bias: return cat({"b", layer, "_", index(key.unit)});
    }
    return "?";
}

} // namespace

bool usesCourseNames(const TinyArchitecture& architecture) { return architecture.layerCount() == 2; }

std::string valueName(const TinyArchitecture& architecture, const ValueKey& key)
{
    if (key.quantity == Quantity::Target && !usesCourseNames(architecture)
        && architecture.outputCount() == 1)
        return "y";
    return usesCourseNames(architecture) ? courseName(architecture, key) : layeredName(key);
}

std::string valueName(const TinyArchitecture& architecture, const ValueKey& key, TracePhase phase)
{
    const std::string name = valueName(architecture, key);
    switch (phase) {
    case TracePhase::Forward: return name;
    case TracePhase::Backward: return cat({"dE/d", name});
    case TracePhase::Update: return name + "'";
    }
    return name;
}

} // namespace neurone
