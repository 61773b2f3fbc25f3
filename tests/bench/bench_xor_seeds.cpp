// Benchmark: the `xor` preset with its defaults (2–2–1 sigmoid, MSE, the preset's optimiser,
// the 4 points per batch, its epochs) for the seeds 1..100 — the seed draws the weights, as
// `neurone-cli train --dataset xor --seed S` does. A seed succeeds when an epoch's MSE
// (over the 4 points) falls below 0.01 within the first 2,000 epochs.
// Target (the benchmark): at least 95 of the 100 seeds succeed.
// Prints one JSON object: the count, the median first epoch below 0.01 among the successes,
// and the failing seeds. Usage: bench_xor_seeds [first last]  (default 1 100).
#include "data/ToySets.h"
#include "model/Model.h"
#include "model/ModelPresets.h"
#include "train/Trainer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace neurone;

namespace {

constexpr double targetMse = 0.01;
constexpr int epochLimit = 2000;

// The first epoch whose MSE is below the target, or 0 when none is within the limit.
int firstEpochBelow(const Dataset& data, std::uint32_t seed)
{
    const PresetRecipe recipe = presetRecipe(ModelPreset::Xor, data.classCount());
    TrainingSettings settings = trainingSettings(recipe);
    settings.epochs = std::min(settings.epochs, epochLimit);
    settings.seed = seed;
    Model model = std::get<Model>(makePresetModel(recipe, data.shape(), data.classNames(), seed));
    Trainer trainer(std::move(model.network), data, settings);
    int first = 0;
    trainer.setHooks({{}, [&](const EpochMetrics& m) {
                          if (first == 0 && m.trainLoss < targetMse)
                              first = m.epoch;
                      }});
    while (first == 0 && trainer.stepEpoch()) {
    }
    return first;
}

} // namespace

int main(int argc, char* argv[])
{
    const int firstSeed = argc > 2 ? std::atoi(argv[1]) : 1;
    const int lastSeed = argc > 2 ? std::atoi(argv[2]) : 100;
    const Dataset data = xorSet();
    std::vector<int> epochs;
    std::string failing;
    for (int seed = firstSeed; seed <= lastSeed; ++seed) {
        if (const int epoch = firstEpochBelow(data, std::uint32_t(seed)); epoch > 0)
            epochs.push_back(epoch);
        else
            failing += (failing.empty() ? "" : ", ") + std::to_string(seed);
    }
    std::sort(epochs.begin(), epochs.end());
    const double median = epochs.empty() ? 0
                          : epochs.size() % 2 == 1
                              ? epochs[epochs.size() / 2]
                              : 0.5 * (epochs[epochs.size() / 2 - 1] + epochs[epochs.size() / 2]);
    std::printf("{\"seeds\": %d, \"reached\": %zu, \"median_epoch\": %g, \"max_epoch\": %d, \"failing\": [%s]}\n",
                lastSeed - firstSeed + 1, epochs.size(), median, epochs.empty() ? 0 : epochs.back(),
                failing.c_str());
    return 0;
}
