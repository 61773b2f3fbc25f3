// The linear neuron of seed 000 (NeuroneLineaire.py): E(w) = (w·x − cible)² descended from
// w₀ = 0.1 towards cible = 0.75, and the four learning-rate presets behaving as named.
#include "perceptron/LinearNeuron.h"

#include <QTest>

using namespace neurone;

namespace {

// w_k − w* for each step of the trace.
std::vector<double> distances(const DescentTrace& trace, double optimum)
{
    std::vector<double> d;
    for (const DescentStep& s : trace.steps)
        d.push_back(s.point[0] - optimum);
    return d;
}

} // namespace

class TestLinearNeuron : public QObject {
    Q_OBJECT
private slots:
    void errorAndDerivative()
    {
        const Objective e = linearNeuronError(2, 0.75);
        const Eigen::VectorXd w = Eigen::VectorXd::Constant(1, 0.5);
        QCOMPARE(e.value(w), 0.0625);                  // (0.5·2 − 0.75)²
        QCOMPARE(e.gradient(w)[0], 2 * 0.25 * 2);     // 2(w·x − cible)·x
        // central differences agree
        const double h = 1e-6;
        const double numeric = (e.value(w.array() + h) - e.value(w.array() - h)) / (2 * h);
        QVERIFY(std::abs(numeric - e.gradient(w)[0]) < 1e-6);
    }
    void courseLoopWithSmallRate()
    {
        // ReproductionLineaire.py: t = 0.1 until |2(0.75 − w)| ≤ 0.1.
        const DescentTrace trace = trainLinearNeuron({});
        QCOMPARE(trace.outcome, DescentOutcome::Converged);
        QCOMPARE(trace.stepCount(), 12);
        QCOMPARE(trace.steps[0].point[0], 0.1);
        QCOMPARE(trace.steps[0].value, 0.4225);
        QVERIFY(std::abs(trace.steps[1].point[0] - 0.23) < 1e-12);
        QVERIFY(std::abs(trace.steps[2].point[0] - 0.334) < 1e-12);
        QVERIFY(std::abs(trace.last().point[0] - 0.705332) < 5e-7);
        QVERIFY(std::abs(trace.last().gradient[0]) <= 0.1);
        QVERIFY(std::abs(trace.steps[11].gradient[0]) > 0.1);
    }
    void slowPresetCreeps()
    {
        const DescentTrace trace = trainLinearNeuron(findLinearNeuronPreset("slow")->settings);
        QCOMPARE(trace.outcome, DescentOutcome::Converged);
        QCOMPARE(trace.stepCount(), 12);
        for (const double d : distances(trace, 0.75))
            QVERIFY(d < 0); // always on the same side: no overshoot
    }
    void goodPresetLandsInOneStep()
    {
        const LinearNeuronSettings& s = findLinearNeuronPreset("good")->settings;
        QCOMPARE(s.learningRate, oneStepLearningRate(s.input)); // 1/(2x²), since E″ = 2x²
        const DescentTrace trace = trainLinearNeuron(s);
        QCOMPARE(trace.outcome, DescentOutcome::Converged);
        QCOMPARE(trace.stepCount(), 1);
        QVERIFY(std::abs(trace.last().point[0] - 0.75) < 1e-12);
        QCOMPARE(stepFactor(s), 0.0);
    }
    void oscillatingPresetAlternates()
    {
        const LinearNeuronSettings& s = findLinearNeuronPreset("oscillating")->settings;
        const DescentTrace trace = trainLinearNeuron(s);
        QCOMPARE(trace.outcome, DescentOutcome::Converged);
        QCOMPARE(trace.stepCount(), 12); // |−0.8| as slow as 0.8, but from both sides
        const std::vector<double> d = distances(trace, 0.75);
        for (std::size_t k = 1; k < d.size(); ++k) {
            QVERIFY2(d[k] * d[k - 1] < 0, qPrintable(QString("no sign change at step %1").arg(k)));
            QVERIFY(std::abs(d[k]) < std::abs(d[k - 1]));
        }
        QVERIFY(std::abs(stepFactor(s) - -0.8) < 1e-12);
    }
    void divergentPresetRunsAway()
    {
        const LinearNeuronSettings& s = findLinearNeuronPreset("divergent")->settings;
        QVERIFY(s.learningRate > divergentLearningRate(s.input));
        const DescentTrace trace = trainLinearNeuron(s);
        QCOMPARE(trace.outcome, DescentOutcome::Diverged);
        const std::vector<double> d = distances(trace, 0.75);
        for (std::size_t k = 1; k < d.size(); ++k) {
            QVERIFY(d[k] * d[k - 1] < 0);
            QVERIFY(std::abs(d[k]) > std::abs(d[k - 1]));
        }
        QVERIFY(trace.stepCount() < s.maxSteps);
        for (const DescentStep& step : trace.steps)
            QVERIFY(std::isfinite(step.value) && std::isfinite(step.point[0]));
        QVERIFY(std::abs(trace.last().point[0]) > 100);
    }
    void presetsAreTheFourNamed()
    {
        QCOMPARE(int(linearNeuronPresets().size()), 4);
        for (const char* id : {"slow", "good", "oscillating", "divergent"}) {
            const LinearNeuronPreset* p = findLinearNeuronPreset(id);
            QVERIFY(p);
            QCOMPARE(p->settings.input, 1.0);
            QCOMPARE(p->settings.target, 0.75);
            QCOMPARE(p->settings.startWeight, 0.1);
        }
        QVERIFY(!findLinearNeuronPreset("fast"));
    }
    void otherInputScalesTheRates()
    {
        LinearNeuronSettings s;
        s.input = 2;
        s.learningRate = oneStepLearningRate(2); // 1/8
        const DescentTrace trace = trainLinearNeuron(s);
        QCOMPARE(trace.stepCount(), 1);
        QVERIFY(std::abs(trace.last().point[0] - 0.375) < 1e-12); // w* = cible / x
    }
    void badSettingsAreRefused()
    {
        LinearNeuronSettings s;
        s.learningRate = 0;
        QVERIFY(linearNeuronSettingsError(s));
        s.learningRate = -0.5;
        QVERIFY(linearNeuronSettingsError(s));
        s = {};
        s.target = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(linearNeuronSettingsError(s));
        QVERIFY(!linearNeuronSettingsError({}));
    }
};

QTEST_APPLESS_MAIN(TestLinearNeuron)
#include "test_linearneuron.moc"
