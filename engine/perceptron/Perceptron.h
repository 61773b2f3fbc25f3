// Rosenblatt's perceptron with the Heaviside step (seed 004, "Perceptron simple"):
//   Y = Σᵢ wᵢxᵢ + b,   f(Y) = 1 if Y ≥ 0, else 0,
// trained by the delta rule (Widrow-Hoff), one observation at a time:
//   wᵢ ← wᵢ + η(d − f(Y))xᵢ,   b ← b + η(d − f(Y)).
// An epoch presents every observation once, in order. Training stops when an epoch makes no
// correction (convergence: the weights are stable) or after a maximum number of epochs.
#pragma once

#include "perceptron/PerceptronData.h"

#include <Eigen/Dense>

#include <optional>
#include <string>
#include <vector>

namespace neurone {

struct PerceptronState {
    Eigen::VectorXd weights; // w₁ … w_p
    double bias = 0;         // b
};

double weightedSum(const PerceptronState& state, const Eigen::VectorXd& x); // Y
inline int heaviside(double y) { return y >= 0 ? 1 : 0; }                    // f(Y)

// One row of the course's table: the weights before, the observation, Y, f(Y), the weights after.
struct PerceptronRow {
    int iteration = 0;   // 1, 2, … as the course numbers them
    int epoch = 0;       // 1, 2, …
    int observation = 0; // index in the dataset
    PerceptronState before;
    Eigen::VectorXd x;
    int desired = 0;     // d
    double sum = 0;      // Y
    int output = 0;      // f(Y)
    PerceptronState after;

    bool corrected() const { return output != desired; }
};

struct PerceptronSettings {
    double learningRate = 1; // η
    PerceptronState initial; // the weights count must match the data's features
    int maxEpochs = 20;
};

inline constexpr double maxPerceptronLearningRate = 1e6;
inline constexpr int maxPerceptronEpochs = 10000;
// observations × epochs: the table's rows, all kept for display.
inline constexpr int maxPresentations = 200000;

enum class SettingsProblem {
    LearningRate, // η ∉ (0, 1e6]
    WeightCount,  // not one initial weight per feature
    Weights,      // a weight or the bias not finite, or beyond ±1e9
    Epochs,       // max epochs ∉ [1, 10000]
    TooManyRows,  // observations × max epochs > maxPresentations
};
std::optional<SettingsProblem> settingsProblem(const PerceptronDataset& data, const PerceptronSettings& settings);
// The same, said in English for the CLI, or nothing.
std::optional<std::string> settingsError(const PerceptronDataset& data, const PerceptronSettings& settings);

class PerceptronTrainer {
public:
    // Checks nothing: callers check settingsError() first.
    PerceptronTrainer(PerceptronDataset data, PerceptronSettings settings);

    // Presents the next observation and returns its row; nothing once finished().
    std::optional<PerceptronRow> step();
    // Presents observations up to the end of the current epoch (a whole epoch from its start).
    std::vector<PerceptronRow> epoch();
    // Presents epochs until one makes no correction or maxEpochs are done; true if converged.
    bool runToConvergence();
    void reset();

    const PerceptronDataset& data() const { return data_; }
    const PerceptronSettings& settings() const { return settings_; }
    const PerceptronState& state() const { return state_; }
    const std::vector<PerceptronRow>& rows() const { return rows_; }
    int position() const { return int(rows_.size()); }        // observations presented
    int epochsCompleted() const { return position() / std::max(1, data_.size()); }
    int correctionsInCurrentEpoch() const { return corrections_; }
    bool converged() const { return convergedAfter_ > 0; }
    int convergedAfterEpoch() const { return convergedAfter_; } // 0 while not converged
    bool reachedEpochLimit() const { return !converged() && epochsCompleted() >= settings_.maxEpochs; }
    bool finished() const { return converged() || reachedEpochLimit() || data_.size() == 0; }
    // Observations misclassified by the current weights (f(Y) ≠ d), as dataset indices.
    std::vector<int> misclassified() const;

private:
    PerceptronDataset data_;
    PerceptronSettings settings_;
    PerceptronState state_;
    std::vector<PerceptronRow> rows_;
    int corrections_ = 0;
    int convergedAfter_ = 0;
};

// The whole run at once, for the CLI and tests.
struct PerceptronRun {
    std::vector<PerceptronRow> rows;
    bool converged = false;
    int epochs = 0; // the converging epoch, or the number of epochs run
    PerceptronState final;
};
PerceptronRun trainPerceptron(const PerceptronDataset& data, const PerceptronSettings& settings);

// "converged after epoch 4: w=(1,1) b=-1" or "no convergence after 20 epochs" (numbers %.6g).
std::string describeRun(const PerceptronRun& run);
std::string formatNumber6(double value);

// The decision boundary w₁x₁ + w₂x₂ + b = 0 within a box, for two features.
struct Box {
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
};
struct Segment {
    Eigen::Vector2d from;
    Eigen::Vector2d to;
};
// The part of the line inside the box; nothing when w = 0 or the line misses the box.
std::optional<Segment> decisionSegment(const PerceptronState& state, const Box& box);
// The part of the box where f(Y) = 1 (Y ≥ 0), as a convex polygon (empty when none).
std::vector<Eigen::Vector2d> positiveRegion(const PerceptronState& state, const Box& box);

} // namespace neurone
