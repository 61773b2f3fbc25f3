#include "model/Model.h"

#include "model/NetworkBuilder.h"

namespace neurone {

std::variant<Model, std::string> makeModel(const std::vector<LayerSpec>& layers, Shape input,
                                           std::vector<std::string> classNames, std::uint32_t seed)
{
    auto built = buildNetwork(layers, input);
    if (auto* reason = std::get_if<std::string>(&built))
        return *reason;
    Model model{layers, input, std::get<Sequential>(std::move(built)), std::move(classNames)};
    model.network.initialize(seed);
    return model;
}

std::optional<std::string> whyModelDoesNotFit(const Model& model, const Dataset& data)
{
    const std::string set = "the " + data.name() + " set";
    if (!(model.input == data.shape()))
        return "this model takes " + describeInput(model.input) + "; " + set + " has " + describeInput(data.shape());
    const int outputs = model.outputs();
    if (outputs != data.classCount() && !(outputs == 1 && data.classCount() == 2))
        return "this model has " + std::to_string(outputs) + " outputs; " + set + " has "
               + std::to_string(data.classCount()) + " classes";
    return std::nullopt;
}

} // namespace neurone
