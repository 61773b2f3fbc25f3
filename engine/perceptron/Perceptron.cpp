// The perceptron's delta rule, one observation at a time:
//   Y = Σ wᵢxᵢ + b,  f(Y) = [Y ≥ 0],  wᵢ ← wᵢ + η(d − f(Y))xᵢ,  b ← b + η(d − f(Y)).
#include "perceptron/Perceptron.h"

#include <cmath>
#include <cstdio>

namespace neurone {

double weightedSum(const PerceptronState& state, const Eigen::VectorXd& x)
{
    return state.weights.dot(x) + state.bias;
}

std::optional<SettingsProblem> settingsProblem(const PerceptronDataset& data, const PerceptronSettings& settings)
{
    const double eta = settings.learningRate;
    if (!std::isfinite(eta) || eta <= 0 || eta > maxPerceptronLearningRate)
        return SettingsProblem::LearningRate;
    if (settings.initial.weights.size() != data.featureCount())
        return SettingsProblem::WeightCount;
    if (!settings.initial.weights.allFinite() || !std::isfinite(settings.initial.bias)
        || (settings.initial.weights.size() > 0 && settings.initial.weights.cwiseAbs().maxCoeff() > maxDataMagnitude)
        || std::abs(settings.initial.bias) > maxDataMagnitude)
        return SettingsProblem::Weights;
    if (settings.maxEpochs < 1 || settings.maxEpochs > maxPerceptronEpochs)
        return SettingsProblem::Epochs;
    if (double(settings.maxEpochs) * data.size() > maxPresentations)
        return SettingsProblem::TooManyRows;
    return std::nullopt;
}

std::optional<std::string> settingsError(const PerceptronDataset& data, const PerceptronSettings& settings)
{
    const auto problem = settingsProblem(data, settings);
    if (!problem)
        return std::nullopt;
    switch (*problem) {
    case SettingsProblem::LearningRate:
        return settings.learningRate > 0 ? std::string("the learning rate eta must be at most ")
                                               + formatNumber6(maxPerceptronLearningRate)
                                         : std::string("the learning rate eta must be greater than 0");
    case SettingsProblem::WeightCount:
        return std::string("expected ") + std::to_string(data.featureCount()) + " initial weights (one per feature), got "
               + std::to_string(settings.initial.weights.size());
    case SettingsProblem::Weights:
        return std::string("the initial weights and bias must be numbers of at most 1e9");
    case SettingsProblem::Epochs:
        return std::string("the maximum number of epochs must be between 1 and ") + std::to_string(maxPerceptronEpochs);
    case SettingsProblem::TooManyRows:
        return std::to_string(data.size()) + " observations x " + std::to_string(settings.maxEpochs)
               + " epochs is more than " + std::to_string(maxPresentations) + " rows; lower the epochs";
    }
    return std::nullopt;
}

PerceptronTrainer::PerceptronTrainer(PerceptronDataset data, PerceptronSettings settings)
    : data_(std::move(data)), settings_(std::move(settings))
{
    // +0.0 turns a typed −0 into 0, so that no table ever shows "-0".
    settings_.initial.weights = settings_.initial.weights.array() + 0.0;
    settings_.initial.bias += 0.0;
    reset();
}

void PerceptronTrainer::reset()
{
    state_ = settings_.initial;
    rows_.clear();
    corrections_ = 0;
    convergedAfter_ = 0;
}

std::optional<PerceptronRow> PerceptronTrainer::step()
{
    if (finished())
        return std::nullopt;
    const int n = data_.size();
    const int index = position() % n;
    PerceptronRow row;
    row.iteration = position() + 1;
    row.epoch = position() / n + 1;
    row.observation = index;
    row.before = state_;
    row.x = data_.inputs.row(index).transpose();
    row.desired = data_.desired[std::size_t(index)];
    row.sum = weightedSum(state_, row.x);
    row.output = heaviside(row.sum);
    const double error = row.desired - row.output; // d − f(Y)
    state_.weights += settings_.learningRate * error * row.x;
    state_.bias += settings_.learningRate * error;
    row.after = state_;
    if (row.corrected())
        ++corrections_;
    rows_.push_back(row);
    if (position() % n == 0) { // the end of an epoch
        if (corrections_ == 0)
            convergedAfter_ = row.epoch;
        corrections_ = 0;
    }
    return row;
}

std::vector<PerceptronRow> PerceptronTrainer::epoch()
{
    std::vector<PerceptronRow> presented;
    do {
        auto row = step();
        if (!row)
            break;
        presented.push_back(std::move(*row));
    } while (position() % data_.size() != 0);
    return presented;
}

bool PerceptronTrainer::runToConvergence()
{
    while (step()) {
    }
    return converged();
}

std::vector<int> PerceptronTrainer::misclassified() const
{
    std::vector<int> wrong;
    for (int i = 0; i < data_.size(); ++i)
        if (heaviside(weightedSum(state_, data_.inputs.row(i).transpose())) != data_.desired[std::size_t(i)])
            wrong.push_back(i);
    return wrong;
}

PerceptronRun trainPerceptron(const PerceptronDataset& data, const PerceptronSettings& settings)
{
    PerceptronTrainer trainer(data, settings);
    PerceptronRun run;
    run.converged = trainer.runToConvergence();
    run.epochs = run.converged ? trainer.convergedAfterEpoch() : trainer.epochsCompleted();
    run.rows = trainer.rows();
    run.final = trainer.state();
    return run;
}

std::string formatNumber6(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string describeRun(const PerceptronRun& run)
{
    if (!run.converged)
        return std::string("no convergence after ") + std::to_string(run.epochs) + " epochs";
    std::string w;
    for (Eigen::Index i = 0; i < run.final.weights.size(); ++i)
        w.append(i ? "," : "").append(formatNumber6(run.final.weights[i]));
    return std::string("converged after epoch ") + std::to_string(run.epochs) + ": w=(" + w + ") b=" + formatNumber6(run.final.bias);
}

namespace {

// Y at a point of the plane (two features).
double sumAt(const PerceptronState& state, const Eigen::Vector2d& p)
{
    return state.weights[0] * p.x() + state.weights[1] * p.y() + state.bias;
}

} // namespace

std::optional<Segment> decisionSegment(const PerceptronState& state, const Box& box)
{
    if (state.weights.size() != 2)
        return std::nullopt;
    const double a = state.weights[0], b = state.weights[1], c = state.bias;
    std::vector<Eigen::Vector2d> hits;
    const double slackX = 1e-12 * std::max(1.0, box.xMax - box.xMin);
    const double slackY = 1e-12 * std::max(1.0, box.yMax - box.yMin);
    if (b != 0)
        for (const double x : {box.xMin, box.xMax}) {
            const double y = -(a * x + c) / b;
            if (y >= box.yMin - slackY && y <= box.yMax + slackY)
                hits.emplace_back(x, y);
        }
    if (a != 0)
        for (const double y : {box.yMin, box.yMax}) {
            const double x = -(b * y + c) / a;
            if (x >= box.xMin - slackX && x <= box.xMax + slackX)
                hits.emplace_back(x, y);
        }
    if (hits.size() < 2)
        return std::nullopt;
    // Corners may be found twice: keep the two hits farthest apart.
    Segment best{hits[0], hits[1]};
    double longest = -1;
    for (std::size_t i = 0; i < hits.size(); ++i)
        for (std::size_t j = i + 1; j < hits.size(); ++j)
            if (const double d = (hits[i] - hits[j]).squaredNorm(); d > longest) {
                longest = d;
                best = {hits[i], hits[j]};
            }
    if (longest <= 0)
        return std::nullopt;
    return best;
}

std::vector<Eigen::Vector2d> positiveRegion(const PerceptronState& state, const Box& box)
{
    if (state.weights.size() != 2)
        return {};
    const std::vector<Eigen::Vector2d> corners = {
        {box.xMin, box.yMin}, {box.xMax, box.yMin}, {box.xMax, box.yMax}, {box.xMin, box.yMax}};
    // Sutherland–Hodgman: keep the corners with Y ≥ 0, add where an edge crosses Y = 0.
    std::vector<Eigen::Vector2d> region;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const Eigen::Vector2d& p = corners[i];
        const Eigen::Vector2d& q = corners[(i + 1) % corners.size()];
        const double yp = sumAt(state, p), yq = sumAt(state, q);
        const auto add = [&region](const Eigen::Vector2d& v) {
            if (region.empty() || region.back() != v) // a corner on the line comes once
                region.push_back(v);
        };
        if (yp >= 0)
            add(p);
        if ((yp >= 0) != (yq >= 0))
            add(p + (q - p) * (yp / (yp - yq)));
    }
    if (region.size() > 1 && region.front() == region.back())
        region.pop_back();
    return region;
}

} // namespace neurone
