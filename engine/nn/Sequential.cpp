#include "nn/Sequential.h"

#include "nn/Activation.h"
#include "nn/Dropout.h"

#include <random>
#include <stdexcept>

namespace neurone {

Sequential::Sequential(const Sequential& other) : optimizerSettings_(other.optimizerSettings_)
{
    layers_.reserve(other.layers_.size());
    for (const auto& layer : other.layers_)
        layers_.push_back(layer->clone());
}

Sequential& Sequential::operator=(const Sequential& other)
{
    if (this != &other)
        *this = Sequential(other);
    return *this;
}

Layer& Sequential::add(std::unique_ptr<Layer> layer)
{
    if (!layer)
        throw std::invalid_argument("sequential: cannot add an empty layer");
    optimizers_.clear();
    layers_.push_back(std::move(layer));
    return *layers_.back();
}

std::vector<ParameterView> Sequential::parameters()
{
    std::vector<ParameterView> all;
    for (const auto& layer : layers_)
        for (ParameterView& parameter : layer->parameters())
            all.push_back(std::move(parameter));
    return all;
}

std::size_t Sequential::parameterCount() const
{
    std::size_t count = 0;
    for (const auto& layer : layers_)
        count += layer->parameterCount();
    return count;
}

Shape Sequential::outputShape(const Shape& input) const
{
    Shape shape = input;
    for (const auto& layer : layers_)
        shape = layer->outputShape(shape);
    return shape;
}

void Sequential::initialize(std::uint32_t seed)
{
    std::mt19937 rng(seed);
    for (const auto& layer : layers_)
        layer->initialize(rng);
    optimizers_.clear();
}

Batch Sequential::forward(const Batch& input) { return forwardThrough(layers_.size(), input); }

Batch Sequential::backward(const Batch& gradOutput)
{
    return backwardThrough(layers_.size(), gradOutput, true);
}

void Sequential::zeroGradients()
{
    for (const auto& layer : layers_)
        layer->zeroGradients();
}

void Sequential::setOptimizer(const OptimizerSettings& settings)
{
    optimizerSettings_ = settings;
    optimizers_.clear();
}

void Sequential::step()
{
    const std::vector<ParameterView> all = parameters();
    if (optimizers_.empty())
        for (std::size_t i = 0; i < all.size(); ++i)
            optimizers_.push_back(makeOptimizer<float>(optimizerSettings_));
    std::size_t i = 0;
    for (const auto& layer : layers_) {
        const std::size_t tensors = layer->parameters().size();
        for (std::size_t t = 0; t < tensors; ++t, ++i) {
            if (layer->frozen())
                continue;
            Eigen::Map<Vector> weight = all[i].value();
            optimizers_[i]->update(all[i].gradient(), weight);
        }
    }
}

void Sequential::setTraining(bool training)
{
    for (const auto& layer : layers_)
        if (auto* dropout = dynamic_cast<Dropout*>(layer.get()))
            dropout->setTraining(training);
}

float Sequential::computeGradients(const Batch& input, const Batch& target, LossKind lossKind)
{
    Batch lossInput;
    return computeGradients(input, target, lossKind, lossInput);
}

float Sequential::computeGradients(const Batch& input, const Batch& target, LossKind lossKind, Batch& lossInput)
{
    zeroGradients();
    const std::size_t count = layersBeforeLoss(lossKind);
    lossInput = forwardThrough(count, input);
    const float error = loss(lossKind, lossInput, target);
    backwardThrough(count, lossGradient(lossKind, lossInput, target), false);
    return error;
}

float Sequential::trainBatch(const Batch& input, const Batch& target, LossKind lossKind)
{
    const float error = computeGradients(input, target, lossKind);
    step();
    return error;
}

float Sequential::evaluate(const Batch& input, const Batch& target, LossKind lossKind)
{
    return loss(lossKind, forwardThrough(layersBeforeLoss(lossKind), input), target);
}

float Sequential::evaluate(const Batch& input, const Batch& target, LossKind lossKind, Batch& lossInput)
{
    lossInput = forwardThrough(layersBeforeLoss(lossKind), input);
    return loss(lossKind, lossInput, target);
}

std::size_t Sequential::layersBeforeLoss(LossKind lossKind) const
{
    if (lossKind != LossKind::CategoricalCrossEntropy || layers_.empty())
        return layers_.size();
    const auto* last = dynamic_cast<const ActivationLayer*>(layers_.back().get());
    const bool fusedSoftmax = last && last->kind() == ActivationKind::Softmax;
    return layers_.size() - (fusedSoftmax ? 1 : 0);
}

Batch Sequential::forwardThrough(std::size_t count, const Batch& input)
{
    if (count == 0)
        return input;
    Batch activation = layers_[0]->forward(input);
    for (std::size_t k = 1; k < count; ++k)
        activation = layers_[k]->forward(activation);
    return activation;
}

Batch Sequential::backwardThrough(std::size_t count, const Batch& gradOutput, bool inputGradient)
{
    std::size_t last = 0; // the lowest layer to run backward
    if (!inputGradient)
        while (last < count && (layers_[last]->parameterCount() == 0 || layers_[last]->frozen()))
            ++last;
    Batch gradient = gradOutput;
    for (std::size_t k = count; k-- > last;) {
        Layer& layer = *layers_[k];
        const bool needed = inputGradient || k > last;
        layer.setInputGradientNeeded(needed);
        gradient = layer.backward(gradient);
        layer.setInputGradientNeeded(true);
    }
    return gradient;
}

} // namespace neurone
