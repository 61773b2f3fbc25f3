// Random initial weights, uniform on [−limit, limit] as in Keras:
//   Glorot (Xavier) uniform   limit = √(6 / (fanIn + fanOut))   — for sigmoid, tanh, softmax
//   He uniform                limit = √(6 / fanIn)              — for ReLU and its variants
// Values come straight from std::mt19937's 32-bit output (24 bits per float), not from
// std::uniform_real_distribution, whose algorithm differs between standard libraries: a given
// seed gives the same network on every machine.
#pragma once

#include <Eigen/Dense>
#include <array>
#include <optional>
#include <random>
#include <string_view>

namespace neurone {

enum class WeightInit { GlorotUniform, HeUniform };

inline constexpr std::array allWeightInits = {WeightInit::GlorotUniform, WeightInit::HeUniform};

// "glorot", "he".
std::string_view weightInitName(WeightInit init);
std::optional<WeightInit> weightInitFromName(std::string_view name);

float weightInitLimit(WeightInit init, int fanIn, int fanOut);
// Fills `values` with independent draws from U(−limit, limit), in storage order.
void fillUniform(Eigen::Ref<Eigen::VectorXf> values, float limit, std::mt19937& rng);

} // namespace neurone
