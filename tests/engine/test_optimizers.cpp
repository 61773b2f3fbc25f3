// Each optimiser's first steps, compared with values worked out by hand from its formula.
#include "optim/OptimizerSettings.h"

#include <QTest>

using namespace neurone;

namespace {

// Applies the gradients in turn to a single weight starting at `start`; returns the weights.
std::vector<double> steps(OptimizerSettings settings, double start, std::vector<double> gradients)
{
    auto optimizer = makeOptimizer<double>(settings);
    Eigen::VectorXd w(1);
    w << start;
    std::vector<double> out;
    for (const double g : gradients) {
        optimizer->update(Eigen::VectorXd::Constant(1, g), w);
        out.push_back(w[0]);
    }
    return out;
}

OptimizerSettings settings(OptimizerKind kind, double learningRate)
{
    OptimizerSettings s;
    s.kind = kind;
    s.learningRate = learningRate;
    return s;
}

} // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    void gradientDescent()
    {
        // w = 1 − 0.1·2 = 0.8, then 0.8 − 0.1·(−1) = 0.9
        const auto w = steps(settings(OptimizerKind::GradientDescent, 0.1), 1.0, {2.0, -1.0});
        QCOMPARE(w[0], 0.8);
        QCOMPARE(w[1], 0.9);
    }
    void momentumAsTheCourseWritesIt()
    {
        // ω1 = 0.5·0 + 0.1·1 = 0.1, w = −0.1; ω2 = 0.5·0.1 + 0.1·1 = 0.15, w = −0.25
        auto s = settings(OptimizerKind::Momentum, 0.1);
        s.momentum = 0.5;
        const auto w = steps(s, 0.0, {1.0, 1.0});
        QVERIFY(qFuzzyCompare(w[0], -0.1));
        QVERIFY(qFuzzyCompare(w[1], -0.25));
    }
    void momentumWithZeroGammaIsPlainDescent()
    {
        auto s = settings(OptimizerKind::Momentum, 0.1);
        s.momentum = 0.0;
        const auto w = steps(s, 1.0, {2.0, -1.0});
        QVERIFY(qFuzzyCompare(w[0], 0.8));
        QVERIFY(qFuzzyCompare(w[1], 0.9));
    }
    void nesterov()
    {
        // ω1 = 0.1, w −= 0.5·0.1 + 0.1 → −0.15; ω2 = 0.15, w −= 0.075 + 0.1 → −0.325
        auto s = settings(OptimizerKind::Nesterov, 0.1);
        s.momentum = 0.5;
        const auto w = steps(s, 0.0, {1.0, 1.0});
        QVERIFY(qFuzzyCompare(w[0], -0.15));
        QVERIFY(qFuzzyCompare(w[1], -0.325));
    }
    void adagrad()
    {
        // G = 4: w = −0.1·2/(2 + 1e-7); G = 8: w −= 0.1·2/(√8 + 1e-7)
        const auto w = steps(settings(OptimizerKind::Adagrad, 0.1), 0.0, {2.0, 2.0});
        QCOMPARE(w[0], -0.09999999500000026);
        QVERIFY(std::abs(w[1] - -0.1707106706186551) < 1e-15);
    }
    void rmsprop()
    {
        // E = 0.4: w = −0.2/√0.4; E = 0.9·0.4 + 0.1·1 = 0.46: w −= 0.1/√0.46
        const auto w = steps(settings(OptimizerKind::RMSprop, 0.1), 0.0, {2.0, 1.0});
        QVERIFY(std::abs(w[0] - -0.31622771601684585) < 1e-15);
        QVERIFY(std::abs(w[1] - -0.46366965043261577) < 1e-15);
    }
    void adamWithBiasCorrection()
    {
        // Step 1: m̂ = g, v̂ = g², so the step is t·g/(|g| + ε) ≈ 0.1 whatever g.
        // Step 2 (g = 3): m = 0.39, m̂ = 0.39/0.19; v = 0.009999, v̂ = 0.009999/0.001999.
        const auto w = steps(settings(OptimizerKind::Adam, 0.1), 0.0, {1.0, 3.0});
        QVERIFY(std::abs(w[0] - -0.09999999000000107) < 1e-15);
        QVERIFY(std::abs(w[1] - -0.19177809779441024) < 1e-14);
    }
    void floatInstancesAgreeWithDouble()
    {
        auto s = settings(OptimizerKind::Adam, 0.01);
        auto single = makeOptimizer<float>(s);
        Eigen::VectorXf w = Eigen::VectorXf::Ones(3);
        single->update(Eigen::VectorXf::Constant(3, 0.5f), w);
        QVERIFY(std::abs(w[0] - 0.99f) < 1e-6f);
    }
    void freshForgetsState()
    {
        auto s = settings(OptimizerKind::Momentum, 0.1);
        s.momentum = 0.5;
        auto used = makeOptimizer<double>(s);
        Eigen::VectorXd w = Eigen::VectorXd::Zero(1);
        used->update(Eigen::VectorXd::Ones(1), w);
        auto fresh = used->fresh();
        Eigen::VectorXd v = Eigen::VectorXd::Zero(1);
        fresh->update(Eigen::VectorXd::Ones(1), v);
        QVERIFY(qFuzzyCompare(v[0], -0.1)); // no velocity carried over
    }
    void names()
    {
        for (const OptimizerKind kind : allOptimizerKinds)
            QCOMPARE(*optimizerKindFromName(optimizerName(kind)), kind);
        QCOMPARE(*optimizerKindFromName("sgd"), OptimizerKind::GradientDescent);
        QVERIFY(!optimizerKindFromName("lbfgs"));
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "test_optimizers.moc"
