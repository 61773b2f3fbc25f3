#include "train/Trainer.h"

#include "data/PortableRandom.h"

#include <Eigen/Core>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <span>
#include <stdexcept>

namespace neurone {

namespace {

bool allFinite(Sequential& network)
{
    for (const ParameterView& tensor : network.parameters())
        if (!tensor.value().allFinite())
            return false;
    return true;
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

Trainer::Trainer(Sequential network, Dataset train, TrainingSettings settings, std::optional<Dataset> validation,
                 std::optional<Dataset> test)
    : network_(std::move(network)),
      train_(std::move(train)),
      validation_(std::move(validation)),
      test_(std::move(test)),
      settings_(settings),
      shuffler_(settings.seed)
{
    if (const std::string problem = settingsProblem(settings_); !problem.empty())
        throw std::invalid_argument(problem);
    if (train_.empty())
        throw std::invalid_argument("the training set is empty");
    if (validation_ && validation_->empty())
        validation_.reset();
    if (settings_.earlyStopping.enabled && !validation_)
        throw std::invalid_argument("early stopping watches the validation set: set a validation fraction");
    outputs_ = network_.outputShape(train_.shape()).size();
    train_.targets({}, outputs_); // throws when the outputs cannot encode the classes
    if (settings_.threads > 0)
        Eigen::setNbThreads(settings_.threads);
    network_.setOptimizer(settings_.optimizer);
    const std::size_t batch = std::size_t(settings_.batchSize);
    batchesPerEpoch_ = int((train_.size() + batch - 1) / batch);
}

void Trainer::startEpoch()
{
    order_.resize(train_.size());
    std::iota(order_.begin(), order_.end(), 0u);
    shuffleIndices(order_, shuffler_);
    epochLossSum_ = 0;
    epochCorrect_ = 0;
    epochSeen_ = 0;
    epochSeconds_ = 0;
    stepFactor_ = learningRateFactor(settings_.schedule, completedEpochs() + 1, settings_.epochs);
}

bool Trainer::stepBatch()
{
    if (finished())
        return false;
    if (batch_ == 0)
        startEpoch();
    const auto started = std::chrono::steady_clock::now();
    const std::size_t first = std::size_t(batch_) * std::size_t(settings_.batchSize);
    const std::size_t count = std::min(std::size_t(settings_.batchSize), order_.size() - first);
    const std::span<const std::uint32_t> indices(order_.data() + first, count);
    const auto [x, t] = train_.batch(indices, outputs_);

    network_.setTraining(true);
    Batch lossInput;
    const Penalty penalty{settings_.l1, settings_.l2};
    double loss = network_.computeGradients(x, t, settings_.loss, lossInput);
    network_.setTraining(false); // between batches the network is what inference sees
    if (penalty.active()) {
        loss += penaltyValue(network_, penalty);
        addPenaltyGradient(network_, penalty);
    }
    const auto diverge = [&] {
        stop(State::Diverged, "diverged at epoch " + std::to_string(completedEpochs() + 1) + ", batch "
                                  + std::to_string(batch_ + 1));
        return false;
    };
    if (!std::isfinite(loss))
        return diverge();
    copyWeights(snapshot_);
    network_.step();
    if (stepFactor_ != 1)
        scaleStep(stepFactor_);
    if (!allFinite(network_)) {
        restoreWeights(snapshot_);
        return diverge();
    }

    std::size_t correct = 0;
    for (std::size_t k = 0; const int predicted : predictedClasses(lossInput))
        correct += predicted == train_.label(indices[k++]) ? 1 : 0;
    epochLossSum_ += loss * double(count);
    epochCorrect_ += correct;
    epochSeen_ += count;
    epochSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ++batch_;
    if (hooks_.onBatch)
        hooks_.onBatch(completedEpochs() + 1, batch_, loss, double(correct) / double(count));
    if (batch_ == batchesPerEpoch_)
        finishEpoch();
    return !finished();
}

void Trainer::finishEpoch()
{
    batch_ = 0;
    EpochMetrics metrics;
    metrics.epoch = completedEpochs() + 1;
    metrics.trainLoss = epochLossSum_ / double(epochSeen_);
    metrics.trainAccuracy = double(epochCorrect_) / double(epochSeen_);
    metrics.learningRate = settings_.optimizer.learningRate * stepFactor_;
    metrics.seconds = epochSeconds_;
    if (validation_) {
        const Evaluation v = evaluate(*validation_);
        metrics.validationLoss = v.loss;
        metrics.validationAccuracy = v.accuracy;
    }
    if (test_)
        metrics.testAccuracy = evaluate(*test_).accuracy;
    history_.push_back(metrics);
    if (hooks_.onEpoch)
        hooks_.onEpoch(metrics);
    if (settings_.earlyStopping.enabled)
        applyEarlyStopping(metrics);
    if (!finished() && completedEpochs() == settings_.epochs)
        stop(State::Finished, "finished " + std::to_string(settings_.epochs) + " epochs");
}

void Trainer::applyEarlyStopping(const EpochMetrics& metrics)
{
    const EarlyStopping& rule = settings_.earlyStopping;
    const bool lowerIsBetter = rule.monitor == Monitor::ValidationLoss;
    const double value = lowerIsBetter ? *metrics.validationLoss : *metrics.validationAccuracy;
    const bool improved = bestEpoch_ == 0 || (lowerIsBetter ? value < bestValue_ : value > bestValue_);
    if (improved) {
        bestValue_ = value;
        bestEpoch_ = metrics.epoch;
        epochsWithoutImprovement_ = 0;
        if (rule.restoreBestWeights)
            copyWeights(bestWeights_);
        return;
    }
    if (++epochsWithoutImprovement_ < rule.patience)
        return;
    std::string reason = "early stopping at epoch " + std::to_string(metrics.epoch) + ": "
                         + std::string(monitorName(rule.monitor)) + " did not improve for "
                         + std::to_string(epochsWithoutImprovement_) + " epochs (best " + number(bestValue_)
                         + " at epoch " + std::to_string(bestEpoch_) + ")";
    if (rule.restoreBestWeights) {
        restoreWeights(bestWeights_);
        reason += "; restored the weights of epoch " + std::to_string(bestEpoch_);
    }
    stop(State::EarlyStopped, reason);
}

void Trainer::run(const std::atomic<bool>* cancel)
{
    while (!finished()) {
        if (cancel && cancel->load())
            return;
        stepBatch();
    }
}

bool Trainer::stepEpoch()
{
    do
        stepBatch();
    while (!finished() && batch_ != 0);
    return !finished();
}

Evaluation Trainer::evaluate(const Dataset& data)
{
    return evaluateNetwork(network_, data, settings_.loss, {settings_.l1, settings_.l2});
}

void Trainer::stop(State state, std::string reason)
{
    state_ = state;
    stopReason_ = std::move(reason);
}

void Trainer::copyWeights(std::vector<float>& into)
{
    into.clear();
    for (const ParameterView& tensor : network_.parameters())
        into.insert(into.end(), tensor.values, tensor.values + tensor.size());
}

void Trainer::scaleStep(double factor)
{
    const float f = float(factor);
    std::size_t at = 0;
    for (const ParameterView& tensor : network_.parameters()) {
        const Eigen::Map<const Vector> before(snapshot_.data() + at, tensor.size());
        Eigen::Map<Vector> weight = tensor.value();
        weight = before + f * (weight - before);
        at += std::size_t(tensor.size());
    }
}

void Trainer::restoreWeights(const std::vector<float>& from)
{
    std::size_t at = 0;
    for (const ParameterView& tensor : network_.parameters()) {
        std::copy_n(from.begin() + std::ptrdiff_t(at), tensor.size(), tensor.values);
        at += std::size_t(tensor.size());
    }
}

} // namespace neurone
