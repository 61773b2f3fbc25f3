// Losses: hand values, clamping and stability, gradients against finite differences.
#include "GradientCheck.h"
#include "nn/Activation.h"
#include "nn/Loss.h"

#include <QTest>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace neurone;
using neurone::test::gradientMismatch;
using neurone::test::numericalGradient;

namespace {

Batch row(std::initializer_list<float> values)
{
    Batch b(1, Eigen::Index(values.size()));
    Eigen::Index c = 0;
    for (const float v : values)
        b(0, c++) = v;
    return b;
}

bool near(float actual, double expected, double tolerance = 1e-6)
{
    return std::abs(double(actual) - expected) <= tolerance;
}

Eigen::VectorXd flat(const Batch& m)
{
    return Eigen::Map<const Vector>(m.data(), m.size()).cast<double>();
}

} // namespace

class LossesTest : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (const LossKind kind : allLossKinds)
            QCOMPARE(lossKindFromName(lossName(kind)), kind);
        QCOMPARE(lossName(LossKind::MSE), std::string_view("mse"));
        QCOMPARE(lossName(LossKind::BinaryCrossEntropy), std::string_view("bce"));
        QCOMPARE(lossName(LossKind::CategoricalCrossEntropy), std::string_view("ce"));
        QVERIFY(!lossKindFromName("hinge").has_value());
    }

    void meanSquaredErrorByHand()
    {
        // E = ((1 − 0)² + (2 − 0)²) / 2 = 2.5;  ∂E/∂y = 2 (y − y*) / 2 = (1, 2)
        QCOMPARE(meanSquaredError(row({1, 2}), row({0, 0})), 2.5f);
        QCOMPARE(meanSquaredErrorGradient(row({1, 2}), row({0, 0})), row({1, 2}));
        // N counts every element: [2 × 2], errors 1, −1, 0, 2 → (1 + 1 + 0 + 4) / 4 = 1.5
        Batch y(2, 2), t(2, 2);
        y << 1, 0, 3, 2;
        t << 0, 1, 3, 0;
        QCOMPARE(meanSquaredError(y, t), 1.5f);
        QCOMPARE(loss(LossKind::MSE, y, t), 1.5f);
    }

    void binaryCrossEntropyByHand()
    {
        QVERIFY(near(binaryCrossEntropy(row({0.5f}), row({1})), std::log(2.0)));
        QVERIFY(near(binaryCrossEntropy(row({0.5f}), row({0})), std::log(2.0)));
        // mean of −ln 0.8 and −ln(1 − 0.4)
        QVERIFY(near(binaryCrossEntropy(row({0.8f, 0.4f}), row({1, 0})),
                     -(std::log(0.8) + std::log(0.6)) / 2));
        // ∂E/∂y = (y − y*) / (y (1 − y)) / N: (0.8 − 1) / 0.16 / 2 = −0.625, 0.4 / 0.24 / 2
        const Batch g = binaryCrossEntropyGradient(row({0.8f, 0.4f}), row({1, 0}));
        QVERIFY(near(g(0, 0), -0.625, 1e-5));
        QVERIFY(near(g(0, 1), 0.4 / 0.24 / 2, 1e-5));
    }

    void binaryCrossEntropyClampsToEpsilon()
    {
        // A certain wrong answer costs −ln ε = 16.118, not infinity.
        QVERIFY(near(binaryCrossEntropy(row({0}), row({1})), -std::log(1e-7), 1e-3));
        // 1 − ε rounds to the float just below 1 (1 − 2⁻²³): −ln 2⁻²³ = 15.942, as in Keras.
        const double nearOne = 1 - 1e-7f;
        QVERIFY(near(binaryCrossEntropy(row({1}), row({0})), -std::log(1 - nearOne), 1e-3));
        QVERIFY(binaryCrossEntropy(row({1}), row({1})) < 1e-6f);
        QVERIFY(binaryCrossEntropyGradient(row({0, 1}), row({1, 0})).allFinite());
        QVERIFY(binaryCrossEntropyGradient(row({0}), row({1}))(0, 0) < 0);
    }

    void categoricalCrossEntropyByHand()
    {
        // Uniform logits over 4 classes: softmax = 1/4 each, E = −ln(1/4) = ln 4.
        QVERIFY(near(categoricalCrossEntropy(row({0, 0, 0, 0}), row({0, 0, 1, 0})), std::log(4.0)));
        QVERIFY(near(categoricalCrossEntropy(row({3, 3, 3, 3}), row({1, 0, 0, 0})), std::log(4.0)));
        // Large logits stay finite: E = 0 when right, 1000 when wrong by 1000.
        QVERIFY(near(categoricalCrossEntropy(row({1000, 0}), row({1, 0})), 0.0));
        QVERIFY(near(categoricalCrossEntropy(row({0, 1000}), row({1, 0})), 1000.0, 1e-3));
        // Averaged over samples, not over classes.
        Batch logits(2, 3), target(2, 3);
        logits << 0, 0, 0, //
            1, 2, 3;
        target << 1, 0, 0, //
            0, 0, 1;
        const double z = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
        QVERIFY(near(categoricalCrossEntropy(logits, target),
                     (std::log(3.0) - std::log(std::exp(3.0) / z)) / 2));
        // ∂E/∂a = (softmax(a) − y*) / n
        const Batch expected = (softmax(logits) - target) / 2;
        QVERIFY(categoricalCrossEntropyGradient(logits, target).isApprox(expected, 1e-6f));
    }

    void gradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<LossKind>("kind");
        for (const LossKind kind : allLossKinds)
            QTest::newRow(lossName(kind).data()) << kind;
    }
    void gradientsMatchFiniteDifferences()
    {
        QFETCH(LossKind, kind);
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> uniform(0.1f, 0.9f);
        const auto draw = [&] { return uniform(rng); };
        Batch output = Batch::NullaryExpr(4, 3, draw);
        Batch target = Batch::NullaryExpr(4, 3, draw);
        if (kind == LossKind::CategoricalCrossEntropy) {
            output = (output.array() * 6 - 3).matrix(); // logits in [−2.4, 2.4]
            target = softmax(target * 4);               // soft targets, rows summing to 1
        }
        const Batch analytic = lossGradient(kind, output, target);
        const auto objective = [&] { return double(loss(kind, output, target)); };
        const std::string error = gradientMismatch(
            flat(analytic), numericalGradient(output.data(), output.size(), objective, 1e-3f),
            1e-2, 1e-4);
        QVERIFY2(error.empty(), error.c_str());
    }

    void shapesMustMatch()
    {
        for (const LossKind kind : allLossKinds) {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                     loss(kind, Batch::Zero(2, 3), Batch::Zero(3, 2)));
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                     lossGradient(kind, Batch::Zero(1, 2), Batch::Zero(1, 3)));
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, loss(kind, Batch(), Batch()));
        }
    }
};

QTEST_APPLESS_MAIN(LossesTest)
#include "test_losses.moc"
