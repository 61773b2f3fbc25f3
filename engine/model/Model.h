// A model: a network together with what it was built from — its layer list and the input
// shape it takes — and the class names it predicts. This is what a model file holds and what
// decides whether the model can be trained or evaluated on a dataset.
//   outputs = the size of the network's output for one sample
#pragma once

#include "data/Dataset.h"
#include "model/LayerList.h"
#include "nn/Sequential.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

struct Model {
    std::vector<LayerSpec> layers;
    Shape input;
    Sequential network;
    std::vector<std::string> classNames; // may be empty (unknown)

    int outputs() const { return network.outputShape(input).size(); }
};

// Builds the layers on `input` and draws the weights from `seed`; or the impossible layer.
std::variant<Model, std::string> makeModel(const std::vector<LayerSpec>& layers, Shape input,
                                           std::vector<std::string> classNames, std::uint32_t seed);

// Why the model cannot take `data` ("this model takes 28×28 images; the two spirals set has
// 2 features", "this model has 10 outputs; the two spirals set has 2 classes"), or nothing.
std::optional<std::string> whyModelDoesNotFit(const Model& model, const Dataset& data);

} // namespace neurone
