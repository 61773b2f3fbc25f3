// The backpropagation inspector's engine: the course's binary classification activity
// (seed 004) as golden values, every gradient against central finite differences, the update
// rule, the names, and the XOR preset (seed 000) learning.
#include "GradientCheck.h"
#include "backprop/BackpropPresets.h"
#include "backprop/BackpropTrace.h"
#include "nn/Dense.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace neurone;
using neurone::test::gradientMismatch;
using neurone::test::numericalGradient;

namespace {

std::map<std::string, double> byName(const std::vector<NamedValue>& values)
{
    std::map<std::string, double> map;
    for (const NamedValue& v : values)
        map[v.name] = v.value;
    return map;
}

BackpropTrace courseTrace()
{
    const BackpropPreset p = *backpropPreset("course-bce");
    return traceObservation(p.network, p.inputs.row(p.observation), p.targets.row(p.observation));
}

TinyArchitecture architecture(std::vector<int> sizes, std::vector<ActivationKind> activations,
                              LossKind loss)
{
    TinyArchitecture a;
    a.sizes = std::move(sizes);
    a.activations = std::move(activations);
    a.loss = loss;
    return a;
}

Batch randomRow(Eigen::Index cols, std::mt19937& rng, float low, float high)
{
    std::uniform_real_distribution<float> uniform(low, high);
    return Batch::NullaryExpr(1, cols, [&] { return uniform(rng); });
}

Eigen::VectorXd flat(const Batch& m) { return Eigen::Map<const Vector>(m.data(), m.size()).cast<double>(); }

} // namespace

class BackpropTest : public QObject {
    Q_OBJECT

private slots:
    void courseGoldenValues()
    {
        const auto values = byName(namedValues(courseTrace()));
        const std::map<std::string, double> golden = {
            {"f(Z)", 0.513445},     {"E", 0.666612},      {"dE/dpsi1", -0.411716},
            {"dE/db5", -0.486555},  {"dE/dw34", 0.00665191}, {"dE/db4", 0.000665191}};
        for (const auto& [name, expected] : golden) {
            QVERIFY2(values.count(name), name.c_str());
            const double relative = std::abs(values.at(name) - expected) / std::abs(expected);
            QVERIFY2(relative < 1.5e-6, qPrintable(QString("%1 = %2").arg(QString::fromStdString(name)).arg(values.at(name), 0, 'g', 9)));
        }
        // The chain rule's factors, by hand: ∂E/∂f(Z) = −y/f(Z), ∂E/∂Z = f(Z) − y.
        QVERIFY(std::abs(values.at("dE/df(Z)") - -1 / 0.513445) < 1e-5);
        QVERIFY(std::abs(values.at("dE/dZ") - (0.513445 - 1)) < 1e-6);
        QVERIFY(std::abs(values.at("Y1") - (0.179 * 7 + 0.044 * 8 + 0.01 * 10)) < 1e-5);
    }

    void courseNamesInOrder()
    {
        const std::vector<NamedValue> values = namedValues(courseTrace());
        QStringList names;
        for (const NamedValue& v : values)
            names << QString::fromStdString(v.name);
        QCOMPARE(names.mid(0, 4), QStringList({"x1", "x2", "x3", "y"}));
        QCOMPARE(names.mid(4, 4), QStringList({"Y1", "Y2", "Y3", "Y4"}));
        QCOMPARE(names.mid(12, 4), QStringList({"Z", "f(Z)", "E", "dE/df(Z)"}));
        QCOMPARE(names.mid(16, 6), QStringList({"dE/dZ", "dE/dpsi1", "dE/dpsi2", "dE/dpsi3", "dE/dpsi4", "dE/db5"}));
        QVERIFY(names.contains("dE/df(Y4)") && names.contains("dE/dY4") && names.contains("w34'"));
        QCOMPARE(names.last(), QString("b5'"));
        QCOMPARE(values.back().phase, TracePhase::Update);
        // 4 + 8 + 3 forward, 1 + 1 + 4 + 1 + 4 + 4 + 12 + 4 backward, 12 + 4 + 4 + 1 updated.
        QCOMPARE(names.size(), 15 + 31 + 21);
    }

    void layeredNamesBeyondOneHiddenLayer()
    {
        const TinyArchitecture deep = architecture({3, 4, 2, 1}, {ActivationKind::Tanh, ActivationKind::ReLU, ActivationKind::Sigmoid}, LossKind::MSE);
        QVERIFY(!usesCourseNames(deep));
        QCOMPARE(valueName(deep, {Quantity::Weight, 1, 2, 3}), std::string("w1_34"));
        QCOMPARE(valueName(deep, {Quantity::Bias, 2, 0, 1}), std::string("b2_2"));
        QCOMPARE(valueName(deep, {Quantity::PreActivation, 3, 0, 0}, TracePhase::Backward), std::string("dE/dz3_1"));
        QCOMPARE(valueName(deep, {Quantity::Activation, 1, 0, 3}, TracePhase::Update), std::string("a1_4'"));
        QCOMPARE(valueName(deep, {Quantity::Target, 3, 0, 0}), std::string("y"));
        const TinyArchitecture multi = architecture({2, 3, 2}, {ActivationKind::Sigmoid, ActivationKind::Softmax}, LossKind::CategoricalCrossEntropy);
        QCOMPARE(valueName(multi, {Quantity::Weight, 2, 2, 1}), std::string("psi32"));
        QCOMPARE(valueName(multi, {Quantity::Bias, 2, 0, 1}), std::string("b5"));
        QCOMPARE(valueName(multi, {Quantity::Activation, 2, 0, 0}), std::string("f(Z1)"));
        QCOMPARE(valueName(multi, {Quantity::Target, 2, 0, 1}), std::string("y2"));
    }

    void gradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<TinyArchitecture>("shape");
        QTest::newRow("course 3-4-1 sigmoid, bce")
            << backpropPreset("course-bce")->network.architecture;
        QTest::newRow("2-1 linear, mse (no hidden layer)")
            << architecture({2, 1}, {ActivationKind::Linear}, LossKind::MSE);
        QTest::newRow("4-3-2-3 tanh, elu, softmax (fused), ce")
            << architecture({4, 3, 2, 3}, {ActivationKind::Tanh, ActivationKind::ELU, ActivationKind::Softmax}, LossKind::CategoricalCrossEntropy);
        QTest::newRow("3-4-4-2 softplus, sigmoid, sigmoid, bce")
            << architecture({3, 4, 4, 2}, {ActivationKind::Softplus, ActivationKind::Sigmoid, ActivationKind::Sigmoid}, LossKind::BinaryCrossEntropy);
        QTest::newRow("1-2-3 leaky-relu, linear logits, ce")
            << architecture({1, 2, 3}, {ActivationKind::LeakyReLU, ActivationKind::Linear}, LossKind::CategoricalCrossEntropy);
    }
    void gradientsMatchFiniteDifferences()
    {
        QFETCH(TinyArchitecture, shape);
        std::mt19937 rng(5);
        TinyNetwork network = makeTinyNetwork(shape, 11);
        if (shape != backpropPreset("course-bce")->network.architecture)
            for (Batch& b : network.biases)
                b = randomRow(b.cols(), rng, -0.5f, 0.5f);
        const BackpropPreset course = *backpropPreset("course-bce");
        const bool isCourse = shape == course.network.architecture;
        if (isCourse)
            network = course.network;
        const Batch x = isCourse ? Batch(course.inputs.row(2)) : randomRow(shape.inputCount(), rng, -1, 1);
        Batch y = randomRow(shape.outputCount(), rng, 0.1f, 0.9f);
        if (isCourse)
            y = course.targets.row(2);
        else if (shape.loss == LossKind::CategoricalCrossEntropy)
            y = softmax(y * 4);

        const BackpropTrace trace = traceObservation(network, x, y);
        const auto objective = [&] { return traceObservation(network, x, y).loss; };
        for (std::size_t k = 0; k < trace.layers.size(); ++k) {
            const Eigen::VectorXd dw = numericalGradient(network.weights[k].data(), network.weights[k].size(), objective, 1e-2f);
            std::string error = gradientMismatch(flat(trace.layers[k].weightGradient), dw, 1e-2, 2e-5);
            QVERIFY2(error.empty(), qPrintable(QString("W%1 %2").arg(k + 1).arg(QString::fromStdString(error))));
            const Eigen::VectorXd db = numericalGradient(network.biases[k].data(), network.biases[k].size(), objective, 1e-2f);
            error = gradientMismatch(flat(trace.layers[k].biasGradient), db, 1e-2, 2e-5);
            QVERIFY2(error.empty(), qPrintable(QString("b%1 %2").arg(k + 1).arg(QString::fromStdString(error))));
            // ∂E/∂b = ∂E/∂Y, one observation.
            QCOMPARE(trace.layers[k].biasGradient, trace.layers[k].preActivationGradient);
        }
        QCOMPARE(trace.layers.back().activationGradient.size() == 0, shape.fusedSoftmax());
    }

    void updateIsGradientDescent()
    {
        const BackpropTrace trace = courseTrace();
        const float eta = 0.001f;
        QCOMPARE(trace.before.learningRate, 0.001);
        for (std::size_t k = 0; k < trace.layers.size(); ++k) {
            const Batch w = trace.before.weights[k] - eta * trace.layers[k].weightGradient;
            const Batch b = trace.before.biases[k] - eta * trace.layers[k].biasGradient;
            QVERIFY(trace.after.weights[k].isApprox(w, 1e-6f));
            QVERIFY((trace.after.biases[k] - b).cwiseAbs().maxCoeff() < 1e-9f);
        }
        const auto values = byName(namedValues(trace));
        QVERIFY(std::abs(values.at("psi1'") - (0.09 + 0.001 * 0.411716)) < 1e-7);
        QVERIFY(std::abs(values.at("w34'") - (0.088 - 0.001 * 0.00665191)) < 1e-7);
        QVERIFY(std::abs(values.at("b5'") - 0.001 * 0.486555) < 1e-9);
    }

    void momentumMatchesTheEngineOptimiser()
    {
        // Three epochs of XOR, one observation at a time, against Sequential with Momentum.
        BackpropPreset p = *backpropPreset("xor");
        p.network.architecture.useBias = true;
        p.network.biases[0] << 0.1f, -0.2f;
        Sequential reference = toSequential(p.network);
        reference.setOptimizer({OptimizerKind::Momentum, 0.5, 0.5});
        for (int epoch = 0; epoch < 3; ++epoch) {
            trainEpoch(p.network, p.inputs, p.targets);
            for (Eigen::Index r = 0; r < p.inputs.rows(); ++r)
                reference.trainBatch(p.inputs.row(r), p.targets.row(r), LossKind::MSE);
        }
        for (int k = 0; k < 2; ++k) {
            const auto& dense = dynamic_cast<const Dense&>(reference.layer(std::size_t(2 * k)));
            QVERIFY(dense.weights().isApprox(p.network.weights[std::size_t(k)], 1e-5f));
            QVERIFY(dense.bias().isApprox(p.network.biases[std::size_t(k)], 1e-5f));
        }
    }

    void withoutBiasNothingIsLearntForB()
    {
        BackpropPreset p = *backpropPreset("xor");
        const BackpropTrace trace = traceObservation(p.network, p.inputs.row(1), p.targets.row(1));
        for (const Batch& b : trace.after.biases)
            QVERIFY(b.isZero());
        for (const NamedValue& v : namedValues(trace))
            QVERIFY2(v.key.quantity != Quantity::Bias, v.name.c_str());
        QVERIFY(byName(namedValues(trace)).count("dE/dpsi2"));
    }

    void xorPresetLearns()
    {
        BackpropPreset p = *backpropPreset("xor");
        QCOMPARE(p.seed, 1u);
        QVERIFY(std::abs(p.network.weights[0](0, 1) - 1.21785f) < 1e-4f);
        const EpochRecord start = recordEpoch(p.network, p.inputs, p.targets, 0);
        for (int epoch = 1; epoch <= 1000; ++epoch) {
            trainEpoch(p.network, p.inputs, p.targets);
            if (epoch != 300 && epoch != 1000)
                continue;
            const EpochRecord r = recordEpoch(p.network, p.inputs, p.targets, epoch);
            qInfo("XOR after %d epochs: E = %.5f, outputs %.4f %.4f %.4f %.4f", epoch, r.loss,
                  r.outputs(0, 0), r.outputs(1, 0), r.outputs(2, 0), r.outputs(3, 0));
            QVERIFY(r.loss < start.loss);
            QVERIFY(((r.outputs.array() > 0.5f).cast<float>().matrix() - p.targets).isZero());
            const Eigen::Vector4f expected = epoch == 300 ? Eigen::Vector4f(0.3256f, 0.6803f, 0.6560f, 0.4187f)
                                                          : Eigen::Vector4f(0.1365f, 0.8293f, 0.8241f, 0.1997f);
            QVERIFY((r.outputs.col(0) - expected).cwiseAbs().maxCoeff() < 0.02f);
        }
    }

    void architectureLimits()
    {
        const auto sigmoid = ActivationKind::Sigmoid;
        QVERIFY(!architectureError(architecture({4, 4, 4, 3}, {sigmoid, sigmoid, sigmoid}, LossKind::MSE)));
        QVERIFY(!architectureError(architecture({1, 1}, {sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({5, 2, 1}, {sigmoid, sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({2, 5, 1}, {sigmoid, sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({2, 2, 4}, {sigmoid, sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({2, 2, 2, 2, 1}, {sigmoid, sigmoid, sigmoid, sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({2, 2, 1}, {sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({2, 2, 1}, {ActivationKind::Softmax, sigmoid}, LossKind::MSE)));
        QVERIFY(architectureError(architecture({2}, {}, LossKind::MSE)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeTinyNetwork(architecture({0, 1}, {sigmoid}, LossKind::MSE)));
        const TinyArchitecture a = architecture({3, 2, 2}, {ActivationKind::ReLU, sigmoid}, LossKind::MSE);
        QCOMPARE(makeTinyNetwork(a, 4).weights[0], makeTinyNetwork(a, 4).weights[0]);
        QVERIFY(makeTinyNetwork(a, 4).weights[0] != makeTinyNetwork(a, 5).weights[0]);
        QVERIFY(makeTinyNetwork(a, 4).biases[1].isZero());
    }

    void badObservationsAreRefused()
    {
        const BackpropPreset p = *backpropPreset("course-bce");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceObservation(p.network, Batch::Ones(1, 2), Batch::Ones(1, 1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceObservation(p.network, Batch::Ones(1, 3), Batch::Ones(1, 2)));
        TinyNetwork broken = p.network;
        broken.weights[1] = Batch::Zero(3, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceObservation(broken, Batch::Ones(1, 3), Batch::Ones(1, 1)));
        QVERIFY(!backpropPreset("nope"));
        QCOMPARE(backpropPresetIds().size(), std::size_t(2));
    }
};

QTEST_APPLESS_MAIN(BackpropTest)
#include "test_backprop.moc"
