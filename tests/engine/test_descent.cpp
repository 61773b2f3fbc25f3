// Gradient descent on the course's curve and surfaces (seed 000), golden values from the issue.
#include "descent/BatchRegression.h"
#include "descent/Descent.h"
#include "descent/DescentPresets.h"
#include "descent/Formula.h"
#include "descent/Grid.h"

#include <QTest>

#include <numeric>

using namespace neurone;

namespace {

Formula parse(const std::string& text, std::vector<std::string> variables = {"x"})
{
    auto parsed = Formula::parse(text, variables);
    if (auto* error = std::get_if<std::string>(&parsed))
        qFatal("cannot parse %s: %s", text.c_str(), error->c_str());
    return std::get<Formula>(parsed);
}

DescentTrace courseDescent(double learningRate, OptimizerKind kind, double gamma,
                           double epsilon = 0.1, int maxSteps = 1000)
{
    OptimizerSettings optimizer;
    optimizer.kind = kind;
    optimizer.learningRate = learningRate;
    optimizer.momentum = gamma;
    StoppingRule rule;
    rule.minGradient = epsilon;
    rule.maxSteps = maxSteps;
    return descend(objectiveOf(parse("(x-0.75)^2")), Eigen::VectorXd::Constant(1, 0.1), optimizer, rule);
}

} // namespace

class TestDescent : public QObject {
    Q_OBJECT
private slots:
    void formulaValuesAndGradient()
    {
        const Formula f = parse("(x-0.75)^2");
        QCOMPARE(f.value(Eigen::VectorXd::Constant(1, 0.1)), 0.4225);
        QVERIFY(std::abs(f.gradient(Eigen::VectorXd::Constant(1, 0.1))[0] - -1.3) < 1e-9);
        const Formula g = parse("x^2+10*y^2", {"x", "y"});
        const Eigen::Vector2d grad = g.gradient(Eigen::Vector2d(1.0, -2.0));
        QVERIFY(std::abs(grad[0] - 2.0) < 1e-8);
        QVERIFY(std::abs(grad[1] - -40.0) < 1e-7);
    }
    void formulaErrorsAreMessages()
    {
        QVERIFY(std::holds_alternative<std::string>(Formula::parse("(x-0.75", {"x"})));
        QVERIFY(std::holds_alternative<std::string>(Formula::parse("x+z", {"x"})));
        QVERIFY(std::holds_alternative<std::string>(Formula::parse("   ", {"x"})));
        QVERIFY(std::holds_alternative<Formula>(Formula::parse("sin(x)*exp(-x^2)", {"x"})));
    }
    void formulaCopiesAreIndependent()
    {
        const Formula f = parse("x^3");
        const Formula copy = f; // muparser binds variables by address: the copy must rebind
        QCOMPARE(copy.value(Eigen::VectorXd::Constant(1, 2.0)), 8.0);
        QCOMPARE(f.value(Eigen::VectorXd::Constant(1, 3.0)), 27.0);
    }
    void withoutMomentumTwelveSteps()
    {
        const DescentTrace trace = courseDescent(0.1, OptimizerKind::GradientDescent, 0);
        QCOMPARE(trace.outcome, DescentOutcome::Converged);
        QCOMPARE(trace.stepCount(), 12);
        QVERIFY(std::abs(trace.last().point[0] - 0.705332) < 5e-7);
        const double begin[] = {0.1, 0.23, 0.334, 0.4172, 0.48376};
        for (int k = 0; k < 5; ++k)
            QVERIFY2(std::abs(trace.steps[k].point[0] - begin[k]) < 1e-9, qPrintable(QString::number(k)));
        QCOMPARE(describeOutcome(trace), std::string("converged after 12 steps at x=0.705332"));
        // the table's other columns at k = 1: f = 0.52² , f' = −1.04, ω = x0 − x1 = −0.13
        QVERIFY(std::abs(trace.steps[1].value - 0.2704) < 1e-9);
        QVERIFY(std::abs(trace.steps[1].gradient[0] - -1.04) < 1e-9);
        QVERIFY(std::abs(trace.steps[1].velocity[0] - -0.13) < 1e-9);
    }
    void withMomentumFiveSteps()
    {
        const DescentTrace trace = courseDescent(0.1, OptimizerKind::Momentum, 0.5);
        QCOMPARE(trace.outcome, DescentOutcome::Converged);
        QCOMPARE(trace.stepCount(), 5);
        QVERIFY(std::abs(trace.last().point[0] - 0.744553) < 5e-7);
        // ω2 = 0.5·(−0.13) + 0.1·(−1.04) = −0.169, x2 = 0.399
        QVERIFY(std::abs(trace.steps[2].velocity[0] - -0.169) < 1e-9);
        QVERIFY(std::abs(trace.steps[2].point[0] - 0.399) < 1e-9);
        QCOMPARE(describeOutcome(trace), std::string("converged after 5 steps at x=0.744553"));
    }
    void learningRateOneAndAHalfDiverges()
    {
        const DescentTrace trace = courseDescent(1.5, OptimizerKind::GradientDescent, 0);
        QCOMPARE(trace.outcome, DescentOutcome::Diverged);
        // the error doubles each step from 0.65: it passes 1e6 after 21 steps
        QCOMPARE(trace.stepCount(), 20);
        for (const DescentStep& step : trace.steps)
            QVERIFY(std::isfinite(step.value) && step.point.allFinite());
        QCOMPARE(describeOutcome(trace), std::string("diverged after 20 steps"));
    }
    void maximumIterationsStops()
    {
        const DescentTrace trace = courseDescent(0.1, OptimizerKind::GradientDescent, 0, 0.1, 3);
        QCOMPARE(trace.outcome, DescentOutcome::Stopped);
        QCOMPARE(trace.stepCount(), 3);
        QVERIFY(std::abs(trace.last().point[0] - 0.4172) < 1e-9);
    }
    void minimumLossStops()
    {
        OptimizerSettings optimizer;
        optimizer.learningRate = 0.1;
        StoppingRule rule;
        rule.minGradient = 0;
        rule.minLoss = 0.1; // f(x) = (x − 0.75)² ≤ 0.1 first holds at x4
        const DescentTrace trace =
            descend(objectiveOf(parse("(x-0.75)^2")), Eigen::VectorXd::Constant(1, 0.1), optimizer, rule);
        QCOMPARE(trace.outcome, DescentOutcome::ReachedMinLoss);
        // f(x3) = 0.3328² = 0.1108, f(x4) = 0.26624² = 0.0709
        QCOMPARE(trace.stepCount(), 4);
    }
    void nanAtTheStartIsRefused()
    {
        const Objective f = objectiveOf(parse("sqrt(x)"));
        QVERIFY(startError(f, Eigen::VectorXd::Constant(1, -1.0)).has_value());
        QVERIFY(!startError(f, Eigen::VectorXd::Constant(1, 4.0)).has_value());
    }
    void momentumEscapesTheLocalMinimum()
    {
        const DescentPreset& preset = *findPreset(curvePresets(), "local-minimum");
        const Objective f = objectiveOf(parse(preset.formula));
        StoppingRule rule;
        rule.minGradient = preset.epsilon;
        rule.maxSteps = preset.maxSteps;
        OptimizerSettings plain;
        plain.learningRate = preset.learningRate;
        OptimizerSettings momentum = plain;
        momentum.kind = OptimizerKind::Momentum;
        momentum.momentum = preset.momentum;
        const Eigen::VectorXd start = Eigen::VectorXd::Constant(1, preset.startX);
        const DescentTrace stuck = descend(f, start, plain, rule);
        const DescentTrace escaped = descend(f, start, momentum, rule);
        QCOMPARE(stuck.outcome, DescentOutcome::Converged);
        QCOMPARE(escaped.outcome, DescentOutcome::Converged);
        QVERIFY(std::abs(stuck.last().point[0] - 1.1309) < 0.01);   // local minimum
        QVERIFY(std::abs(escaped.last().point[0] - -1.3008) < 0.01); // global minimum
    }
    void everyOptimizerDescendsTheSurfaces()
    {
        for (const DescentPreset& preset : surfacePresets()) {
            const Objective f = objectiveOf(parse(preset.formula, {"x", "y"}));
            const Eigen::Vector2d start(preset.startX, preset.startY);
            for (const OptimizerKind kind : allOptimizerKinds) {
                OptimizerSettings s;
                s.kind = kind;
                s.learningRate = preset.learningRate;
                s.momentum = preset.momentum;
                StoppingRule rule;
                rule.minGradient = preset.epsilon;
                rule.maxSteps = preset.maxSteps;
                const DescentTrace trace = descend(f, start, s, rule);
                QVERIFY2(trace.outcome != DescentOutcome::Diverged,
                         qPrintable(QString::fromStdString(preset.id + " " + std::string(optimizerName(kind)))));
                QVERIFY(trace.last().value < f.value(start));
            }
        }
    }
    void gridSamplesTheFunction()
    {
        const Grid grid = sampleGrid([](double x, double y) { return x + 10 * y; }, {0, 1}, {0, 2}, 3, 5);
        QCOMPARE(grid.values.size(), std::size_t(15));
        QCOMPARE(grid.at(2, 0), 1.0);
        QCOMPARE(grid.at(1, 4), 20.5);
    }
    void regressionGradientMatchesFiniteDifferences()
    {
        const RegressionData data = makeNoisyLine(40, 2.0, 0.5, 0.3, 7);
        std::vector<int> all(40);
        std::iota(all.begin(), all.end(), 0);
        const Eigen::Vector2d p(-0.7, 1.2);
        const Eigen::Vector2d g = regressionGradient(data, p, all);
        const double h = 1e-6;
        const double da = (regressionLoss(data, p[0] + h, p[1]) - regressionLoss(data, p[0] - h, p[1])) / (2 * h);
        const double db = (regressionLoss(data, p[0], p[1] + h) - regressionLoss(data, p[0], p[1] - h)) / (2 * h);
        QVERIFY(std::abs(g[0] - da) < 1e-6);
        QVERIFY(std::abs(g[1] - db) < 1e-6);
    }
    void batchSizesGiveTheCourseVariants()
    {
        const RegressionData data = makeNoisyLine(50, 2.0, 0.5, 0.3, 1);
        const Eigen::Vector2d start(-1.0, -1.0);
        const auto full = batchDescentPath(data, start, 0.1, 50, 60, 3);
        const auto mini = batchDescentPath(data, start, 0.1, 10, 60, 3);
        const auto stochastic = batchDescentPath(data, start, 0.1, 1, 60, 3);
        QCOMPARE(full.size(), std::size_t(1 + 60));      // one update per epoch
        QCOMPARE(mini.size(), std::size_t(1 + 60 * 5));  // K = 5 batches per epoch
        QCOMPARE(stochastic.size(), std::size_t(1 + 60 * 50));
        // full batch is plain gradient descent on E: the first step is −η∇E(start)
        std::vector<int> all(50);
        std::iota(all.begin(), all.end(), 0);
        const Eigen::Vector2d expected = start - 0.1 * regressionGradient(data, start, all);
        QVERIFY((full[1] - expected).norm() < 1e-12);
        // every variant ends near the least-squares line (a*, b*) ≈ (2, 0.5)
        for (const auto* path : {&full, &mini, &stochastic}) {
            QVERIFY(std::abs(path->back()[0] - 2.0) < 0.35);
            QVERIFY(std::abs(path->back()[1] - 0.5) < 0.25);
        }
    }
};

QTEST_APPLESS_MAIN(TestDescent)
#include "test_descent.moc"
