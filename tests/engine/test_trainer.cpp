// The training loop: the XOR preset learns (and, for some weight seeds, is caught in a local
// minimum), epochs and batches are counted as the course defines them, learning-rate
// schedules give their per-epoch rates, early stopping restores the best weights, divergence
// keeps the last good ones, runs are reproducible, and the seed 004 metrics on a hand-made
// confusion matrix.
#include "data/ToySets.h"
#include "model/Model.h"
#include "model/ModelPresets.h"
#include "nn/Dense.h"
#include "train/ClassificationMetrics.h"
#include "train/Regularization.h"
#include "train/Trainer.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <tuple>

using namespace neurone;

namespace {

Model presetModel(ModelPreset preset, const Dataset& data, std::uint32_t seed, float dropout = 0)
{
    const PresetRecipe recipe = presetRecipe(preset, data.classCount(), dropout);
    return std::get<Model>(makePresetModel(recipe, data.shape(), data.classNames(), seed));
}

TrainingSettings presetSettings(ModelPreset preset, int classes)
{
    return trainingSettings(presetRecipe(preset, classes));
}

std::vector<float> weights(Sequential& network)
{
    std::vector<float> all;
    for (const ParameterView& tensor : network.parameters())
        all.insert(all.end(), tensor.values, tensor.values + tensor.size());
    return all;
}

} // namespace

class TrainerTest : public QObject {
    Q_OBJECT
private slots:
    void xorPresetLearnsXor()
    {
        // Seed 000's network, 2-2-1 sigmoid, MSE, momentum t = 1, γ = 0.9, the 4 points per batch.
        const Dataset data = xorSet();
        Trainer trainer(presetModel(ModelPreset::Xor, data, 1).network, data, presetSettings(ModelPreset::Xor, 2));
        QCOMPARE(trainer.batchesPerEpoch(), 1);
        int firstBelow = 0;
        trainer.setHooks({{}, [&](const EpochMetrics& m) {
                              if (firstBelow == 0 && m.trainLoss < 0.01)
                                  firstBelow = m.epoch;
                          }});
        trainer.run();
        QCOMPARE(trainer.state(), Trainer::State::Finished);
        QCOMPARE(trainer.stopReason(), std::string("finished 2000 epochs"));
        QCOMPARE(trainer.completedEpochs(), 2000);
        const Evaluation result = trainer.evaluate(data);
        qInfo("XOR preset: MSE < 0.01 from epoch %d; after 2000 epochs MSE %.3g", firstBelow, result.loss);
        QVERIFY(firstBelow > 0 && firstBelow < 2000);
        QVERIFY(result.loss < 0.01);
        QCOMPARE(result.accuracy, 1.0);
        QCOMPARE(result.predicted, (std::vector<int>{0, 1, 1, 0}));
    }

    void xorSeedOutcomes()
    {
        // The xor preset's defaults for a few weight seeds (what bench_xor_seeds counts over
        // 1..100): the first epoch whose MSE is below 0.01, or the local minimum it is caught
        // in — seed 24 gets one point wrong (MSE ≈ 1/6).
        const Dataset data = xorSet();
        const auto outcome = [&](std::uint32_t seed) {
            TrainingSettings settings = presetSettings(ModelPreset::Xor, 2);
            settings.seed = seed;
            Trainer trainer(presetModel(ModelPreset::Xor, data, seed).network, data, settings);
            int firstBelow = 0;
            trainer.setHooks({{}, [&](const EpochMetrics& m) {
                                  if (firstBelow == 0 && m.trainLoss < 0.01)
                                      firstBelow = m.epoch;
                              }});
            trainer.run();
            const Evaluation result = trainer.evaluate(data);
            return std::tuple{firstBelow, result.loss, result.accuracy};
        };
        const auto [first1, mse1, accuracy1] = outcome(1);
        QCOMPARE(first1, 154);
        QVERIFY(std::abs(mse1 - 5.34576502e-05) < 1e-9);
        QCOMPARE(accuracy1, 1.0);
        QCOMPARE(std::get<0>(outcome(2)), 116);
        QCOMPARE(std::get<0>(outcome(3)), 158);
        // One of the 3 seeds in 100 (bench_xor_seeds) stuck in a local minimum: 3 of 4 right.
        const auto [first24, mse24, accuracy24] = outcome(24);
        QCOMPARE(first24, 0);
        QVERIFY(std::abs(mse24 - 0.16677931) < 1e-6);
        QCOMPARE(accuracy24, 0.75);
    }

    void learningRateSchedules()
    {
        // step:   t_e = t · f^⌊(e − 1) / N⌋ with t = 0.1, N = 2, f = 0.5
        TrainingSettings settings;
        settings.optimizer = {OptimizerKind::GradientDescent, 0.1};
        settings.epochs = 6;
        settings.schedule = {LearningRateDecay::Step, 2, 0.5, 0};
        std::vector<double> rates;
        for (int e = 1; e <= 6; ++e)
            rates.push_back(scheduledLearningRate(settings, e));
        QCOMPARE(rates, (std::vector<double>{0.1, 0.1, 0.05, 0.05, 0.025, 0.025}));
        // cosine: t_e = t · (m + (1 − m) · ½ (1 + cos(π (e − 1) / E))) with t = 0.01, E = 4
        settings.optimizer.learningRate = 0.01;
        settings.epochs = 4;
        settings.schedule = {LearningRateDecay::Cosine, 10, 0.5, 0};
        const double expected[] = {0.01, 0.00853553390593, 0.005, 0.00146446609407};
        for (int e = 1; e <= 4; ++e)
            QVERIFY(std::abs(scheduledLearningRate(settings, e) - expected[e - 1]) < 1e-14);
        settings.schedule.floor = 0.1; // m = 0.1: 0.01 · (0.1 + 0.9 · ½) at epoch 3
        QVERIFY(std::abs(scheduledLearningRate(settings, 3) - 0.0055) < 1e-14);
        QCOMPARE(learningRateFactor({}, 3, 4), 1.0); // constant
        const auto keys = settingsKeyValues(settings);
        QVERIFY(std::find(keys.begin(), keys.end(), std::pair<std::string, std::string>{"lr_schedule", "cosine"})
                != keys.end());
        QVERIFY(std::find(keys.begin(), keys.end(), std::pair<std::string, std::string>{"lr_floor", "0.1"})
                != keys.end());
        settings.schedule = {LearningRateDecay::Step, 0, 0.5, 0};
        QCOMPARE(settingsProblem(settings),
                 std::string("a step schedule needs a period of at least 1 epoch and a factor in (0, 1]"));
        QCOMPARE(learningRateDecayFromName("step"), std::optional(LearningRateDecay::Step));
        QVERIFY(!learningRateDecayFromName("linear"));
    }

    void scheduleScalesTheSteps()
    {
        // Gradient descent, full batch, step schedule t = 0.1, ×0.5 every epoch: each epoch
        // takes the step of its own rate, as two runs at t = 0.1 then t = 0.05 do, and the
        // epochs report t_e.
        const Dataset data = twoGaussians({40, 0.5f, 1});
        TrainingSettings settings = presetSettings(ModelPreset::Toy, 2);
        settings.optimizer = {OptimizerKind::GradientDescent, 0.1};
        settings.batchSize = 40;
        settings.epochs = 3;
        settings.schedule = {LearningRateDecay::Step, 1, 0.5, 0};
        Trainer scheduled(presetModel(ModelPreset::Toy, data, 1).network, data, settings);
        scheduled.run();
        QCOMPARE(scheduled.history()[0].learningRate, 0.1);
        QCOMPARE(scheduled.history()[1].learningRate, 0.05);
        QCOMPARE(scheduled.history()[2].learningRate, 0.025);

        Sequential network = presetModel(ModelPreset::Toy, data, 1).network;
        for (const double rate : {0.1, 0.05, 0.025}) {
            TrainingSettings constant = settings;
            constant.schedule = {};
            constant.epochs = 1;
            constant.optimizer.learningRate = rate;
            Trainer one(std::move(network), data, constant);
            one.run();
            network = std::move(one.network());
        }
        const std::vector<float> a = weights(scheduled.network()), b = weights(network);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) < 1e-6f);
        Sequential untrained = presetModel(ModelPreset::Toy, data, 1).network;
        QVERIFY(a != weights(untrained));
    }

    void batchesAndStepping()
    {
        const Dataset data = twoGaussians({10, 0.5f, 1});
        TrainingSettings settings = presetSettings(ModelPreset::Toy, 2);
        settings.batchSize = 4; // ⌈10 / 4⌉ = 3 batches of 4, 4, 2
        settings.epochs = 3;
        Trainer trainer(presetModel(ModelPreset::Toy, data, 1).network, data, settings);
        QCOMPARE(trainer.batchesPerEpoch(), 3);
        std::vector<std::pair<int, int>> batches;
        int epochs = 0;
        trainer.setHooks({[&](int epoch, int batch, double loss, double accuracy) {
                              batches.emplace_back(epoch, batch);
                              QVERIFY(std::isfinite(loss) && accuracy >= 0 && accuracy <= 1);
                          },
                          [&](const EpochMetrics&) { ++epochs; }});
        QVERIFY(trainer.stepBatch());
        QCOMPARE(trainer.batchInEpoch(), 1);
        QVERIFY(trainer.stepEpoch());
        QCOMPARE(trainer.completedEpochs(), 1);
        QCOMPARE(trainer.batchInEpoch(), 0);
        const std::atomic<bool> cancel = true;
        trainer.run(&cancel); // cancelled before any batch: nothing happens
        QCOMPARE(trainer.completedEpochs(), 1);
        trainer.run();
        QVERIFY(trainer.finished());
        QVERIFY(!trainer.stepBatch());
        QCOMPARE(epochs, 3);
        QCOMPARE(batches.size(), std::size_t(9));
        QCOMPARE(batches[4], std::make_pair(2, 2));
        QVERIFY(!trainer.history()[0].validationLoss && !trainer.history()[0].testAccuracy);

        settings.batchSize = 1; // stochastic: one sample per step
        QCOMPARE(Trainer(presetModel(ModelPreset::Toy, data, 1).network, data, settings).batchesPerEpoch(), 10);
        settings.batchSize = 1000; // larger than the set: full batch
        QCOMPARE(Trainer(presetModel(ModelPreset::Toy, data, 1).network, data, settings).batchesPerEpoch(), 1);
        settings.earlyStopping.enabled = true;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Trainer(presetModel(ModelPreset::Toy, data, 1).network, data, settings));
        settings.earlyStopping.enabled = false;
        settings.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Trainer(presetModel(ModelPreset::Toy, data, 1).network, data, settings));
    }

    void earlyStoppingRestoresTheBestWeights()
    {
        // Noisy overlapping Gaussians with a large learning rate: the validation loss soon stops
        // improving, early stopping ends training and brings back the best epoch's weights.
        const Dataset all = twoGaussians({200, 1.0f, 3});
        const ValidationSplit split = splitValidation(all, 0.3, 5);
        TrainingSettings settings = presetSettings(ModelPreset::Toy, 2);
        settings.optimizer.learningRate = 0.05;
        settings.epochs = 200;
        settings.earlyStopping = {true, Monitor::ValidationLoss, 5, true};
        Trainer trainer(presetModel(ModelPreset::Toy, all, 2).network, split.train, settings, split.validation);
        trainer.run();
        QCOMPARE(trainer.state(), Trainer::State::EarlyStopped);
        const int stoppedAt = trainer.completedEpochs();
        const int best = trainer.bestEpoch();
        qInfo("early stopping: best epoch %d, stopped at %d", best, stoppedAt);
        QVERIFY(stoppedAt < 200);
        QCOMPARE(stoppedAt, best + 5);
        double lowest = INFINITY;
        for (const EpochMetrics& m : trainer.history())
            lowest = std::min(lowest, *m.validationLoss);
        QCOMPARE(*trainer.history()[std::size_t(best - 1)].validationLoss, lowest);
        QVERIFY(*trainer.history().back().validationLoss > lowest);
        // The restored network gives exactly the best validation loss again.
        QCOMPARE(trainer.evaluate(split.validation).loss, lowest);
        QVERIFY(trainer.stopReason().starts_with("early stopping at epoch " + std::to_string(stoppedAt)
                                                 + ": val_loss did not improve for 5 epochs (best "));
        QVERIFY(trainer.stopReason().ends_with("; restored the weights of epoch " + std::to_string(best)));
    }

    void earlyStoppingOnAccuracyWithoutRestoring()
    {
        const Dataset all = twoGaussians({200, 1.0f, 3});
        const ValidationSplit split = splitValidation(all, 0.3, 5);
        TrainingSettings settings = presetSettings(ModelPreset::Toy, 2);
        settings.epochs = 300;
        settings.earlyStopping = {true, Monitor::ValidationAccuracy, 0, false};
        Trainer trainer(presetModel(ModelPreset::Toy, all, 2).network, split.train, settings, split.validation);
        trainer.run();
        // Patience 0: the first epoch that does not beat the best accuracy ends training.
        QCOMPARE(trainer.state(), Trainer::State::EarlyStopped);
        const auto& history = trainer.history();
        QVERIFY(history.size() >= 2);
        QVERIFY(*history.back().validationAccuracy <= *history[history.size() - 2].validationAccuracy
                || trainer.bestEpoch() < int(history.size()) - 1);
        QCOMPARE(trainer.evaluate(split.validation).accuracy, *history.back().validationAccuracy);
    }

    void hugeLearningRateDivergesKeepingTheLastGoodWeights()
    {
        // A linear neuron (dense 1) with MSE and t = 50: every step multiplies the error.
        const Dataset data = twoGaussians({40, 0.5f, 1});
        auto model = std::get<Model>(makeModel(std::get<std::vector<LayerSpec>>(parseLayerList("dense 1")), data.shape(), {}, 1));
        TrainingSettings settings;
        settings.loss = LossKind::MSE;
        settings.optimizer = {OptimizerKind::GradientDescent, 50.0};
        settings.batchSize = 10;
        settings.epochs = 100;
        Trainer trainer(model.network, data, settings);
        std::vector<float> lastGood;
        int steps = 0;
        trainer.setHooks({[&](int, int, double, double) {
                              lastGood = weights(trainer.network());
                              ++steps;
                          },
                          {}});
        trainer.run();
        QCOMPARE(trainer.state(), Trainer::State::Diverged);
        const std::string expected = "diverged at epoch " + std::to_string(steps / 4 + 1) + ", batch "
                                     + std::to_string(steps % 4 + 1);
        qInfo("%s after %d good steps", trainer.stopReason().c_str(), steps);
        QCOMPARE(trainer.stopReason(), expected);
        QVERIFY(steps > 3);
        const std::vector<float> kept = weights(trainer.network());
        QCOMPARE(kept, lastGood);
        for (const float w : kept)
            QVERIFY(std::isfinite(w));
        QVERIFY(!trainer.stepBatch());
    }

    void sameSeedSameRun()
    {
        const Dataset all = twoSpirals({120, 0.1f, 1});
        const ValidationSplit split = splitValidation(all, 0.25, 1);
        const auto train = [&](std::uint32_t seed) {
            TrainingSettings settings = presetSettings(ModelPreset::Mlp, 2);
            settings.epochs = 4;
            settings.batchSize = 8;
            settings.seed = seed;
            settings.l2 = 0.001;
            const Model model = std::get<Model>(makeModel(std::get<std::vector<LayerSpec>>(parseLayerList(
                                                              "dense 16, relu, dropout 0.3, dense 2, softmax")),
                                                          all.shape(), all.classNames(), seed));
            Trainer trainer(model.network, split.train, settings, split.validation);
            trainer.run();
            std::vector<double> numbers;
            for (const EpochMetrics& m : trainer.history())
                numbers.insert(numbers.end(), {m.trainLoss, m.trainAccuracy, *m.validationLoss, *m.validationAccuracy});
            return std::pair{numbers, weights(trainer.network())};
        };
        const auto a = train(3), b = train(3), c = train(4);
        QCOMPARE(a.first, b.first);
        QCOMPARE(a.second, b.second);
        QVERIFY(a.first != c.first);
    }

    void dropoutIsOffWhenEvaluating()
    {
        const Dataset data = twoCircles({100, 0.05f, 1});
        const Model model = std::get<Model>(
            makeModel(std::get<std::vector<LayerSpec>>(parseLayerList("dense 32, tanh, dropout 0.5, dense 2, softmax")),
                      data.shape(), data.classNames(), 1));
        TrainingSettings settings = presetSettings(ModelPreset::Toy, 2);
        settings.epochs = 2;
        Trainer trainer(model.network, data, settings);
        trainer.run();
        const double first = trainer.evaluate(data).loss;
        QCOMPARE(trainer.evaluate(data).loss, first); // no mask is drawn at inference
    }

    void penaltyAndItsGradient()
    {
        // E' = E + α₁ Σ|w| + α₂ Σw² with W = [[1, −2], [0, 3]], α₁ = 0.1, α₂ = 0.01:
        //   penalty = 0.1 · 6 + 0.01 · 14 = 0.74
        //   ∂/∂W   = 0.1 sign(W) + 0.02 W = [[0.12, −0.14], [0, 0.16]]; the bias is left alone.
        Sequential net;
        auto& dense = dynamic_cast<Dense&>(net.add(std::make_unique<Dense>(2, 2)));
        dense.setWeights((Batch(2, 2) << 1, -2, 0, 3).finished());
        dense.setBias((Batch(1, 2) << 5, -5).finished());
        const Penalty penalty{0.1, 0.01};
        QVERIFY(std::abs(penaltyValue(net, penalty) - 0.74) < 1e-6);
        net.zeroGradients();
        addPenaltyGradient(net, penalty);
        QVERIFY(dense.weightGradient().isApprox((Batch(2, 2) << 0.12f, -0.14f, 0, 0.16f).finished()));
        QVERIFY(dense.biasGradient().isZero());
    }

    void confusionMatrixMetrics()
    {
        // Seed 004's formulas on 10 hand-labelled predictions of 3 classes:
        //            predicted 0  1  2
        //   true 0            2  1  1      recall 2/4      precision 2/3   F1 4/7
        //   true 1            1  2  0      recall 2/3      precision 2/4   F1 4/7
        //   true 2            0  1  2      recall 2/3      precision 2/3   F1 2/3
        ConfusionMatrix cm(3);
        cm.add({0, 0, 0, 0, 1, 1, 1, 2, 2, 2}, {0, 0, 1, 2, 1, 1, 0, 2, 2, 1});
        QCOMPARE(cm.total(), std::size_t(10));
        QCOMPARE(cm.count(0, 1), std::size_t(1));
        QCOMPARE(cm.count(1, 0), std::size_t(1));
        QCOMPARE(cm.count(2, 1), std::size_t(1));
        QCOMPARE(cm.accuracy(), 0.6);
        QCOMPARE(cm.recall(0), 0.5);
        QCOMPARE(cm.recall(1), 2.0 / 3);
        QCOMPARE(cm.precision(0), 2.0 / 3);
        QCOMPARE(cm.precision(1), 0.5);
        QCOMPARE(cm.precision(2), 2.0 / 3);
        QVERIFY(std::abs(cm.f1(0) - 4.0 / 7) < 1e-12);
        QVERIFY(std::abs(cm.f1(1) - 4.0 / 7) < 1e-12);
        QVERIFY(std::abs(cm.f1(2) - 2.0 / 3) < 1e-12);
        QCOMPARE(cm.normalized(0, 0), 0.5);
        QCOMPARE(cm.normalized(0, 2), 0.25);
        // A class never predicted (nor present) has precision, recall and F1 0, not NaN.
        ConfusionMatrix sparse(3);
        sparse.add(0, 0);
        sparse.add(1, 0);
        QCOMPARE(sparse.precision(2), 0.0);
        QCOMPARE(sparse.recall(2), 0.0);
        QCOMPARE(sparse.f1(1), 0.0);
        QCOMPARE(sparse.precision(0), 0.5);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, sparse.add(3, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sparse.add(std::vector<int>{0}, std::vector<int>{}));
    }
};

QTEST_APPLESS_MAIN(TrainerTest)
#include "test_trainer.moc"
