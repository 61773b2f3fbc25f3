// Layers: Dense and ActivationLayer against finite differences, gradient accumulation,
// parameter views, initialisation.
//   Objective L = Σ G ∘ Y with a fixed random G, so ∂L/∂Y = G and backward(G) is ∇L.
#include "GradientCheck.h"
#include "nn/Activation.h"
#include "nn/Dense.h"

#include <QTest>

#include <random>
#include <stdexcept>

using namespace neurone;
using neurone::test::gradientMismatch;
using neurone::test::numericalGradient;

namespace {

Batch randomBatch(Eigen::Index rows, Eigen::Index cols, std::mt19937& rng)
{
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    return Batch::NullaryExpr(rows, cols, [&] { return uniform(rng); });
}

// Random values at least 0.1 away from 0, where ReLU and its variants have a kink.
Batch awayFromZero(Eigen::Index rows, Eigen::Index cols, std::mt19937& rng)
{
    const Batch u = randomBatch(rows, cols, rng);
    return u.unaryExpr([](float v) { return v < 0 ? v * 2 - 0.1f : v * 2 + 0.1f; });
}

double objective(Layer& layer, const Batch& x, const Batch& g)
{
    return layer.forward(x).cast<double>().cwiseProduct(g.cast<double>()).sum();
}

Eigen::VectorXd flat(const Batch& m)
{
    return Eigen::Map<const Vector>(m.data(), m.size()).cast<double>();
}

constexpr float h = 1e-2f;
constexpr double relative = 1e-2;
constexpr double absolute = 1e-3;

} // namespace

class LayersTest : public QObject {
    Q_OBJECT

private slots:
    void denseForwardByHand()
    {
        Dense dense(2, 2);
        Batch w(2, 2);
        w << 1, 2, //
            3, 4;
        Batch b(1, 2);
        b << 0.5f, -1;
        dense.setWeights(w);
        dense.setBias(b);
        Batch x(2, 2);
        x << 1, 1, //
            2, -1;
        const Batch y = dense.forward(x);
        // Y = X W + b: row 1 = (1+3+0.5, 2+4−1), row 2 = (2−3+0.5, 4−4−1)
        Batch expected(2, 2);
        expected << 4.5f, 5, //
            -0.5f, -1;
        QCOMPARE(y, expected);
    }

    void denseGradientsMatchFiniteDifferences()
    {
        std::mt19937 rng(7);
        Dense dense(4, 3);
        dense.initialize(rng);
        dense.setBias(randomBatch(1, 3, rng));
        Batch x = randomBatch(5, 4, rng);
        const Batch g = randomBatch(5, 3, rng);

        dense.zeroGradients();
        dense.forward(x);
        const Batch dx = dense.backward(g);
        const Eigen::VectorXd dw = flat(dense.weightGradient());
        const Eigen::VectorXd db = flat(dense.biasGradient());

        const auto l = [&] { return objective(dense, x, g); };
        const auto views = dense.parameters();
        QCOMPARE(views.size(), std::size_t(2));
        const Eigen::VectorXd dxNumeric = numericalGradient(x.data(), x.size(), l, h);
        const std::string dxError = gradientMismatch(flat(dx), dxNumeric, relative, absolute);
        QVERIFY2(dxError.empty(), ("dX " + dxError).c_str());
        const std::string dwError = gradientMismatch(
            dw, numericalGradient(views[0].values, views[0].size(), l, h), relative, absolute);
        QVERIFY2(dwError.empty(), ("dW " + dwError).c_str());
        const std::string dbError = gradientMismatch(
            db, numericalGradient(views[1].values, views[1].size(), l, h), relative, absolute);
        QVERIFY2(dbError.empty(), ("db " + dbError).c_str());
    }

    void activationGradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<ActivationKind>("kind");
        for (const ActivationKind kind : allActivationKinds)
            if (kind != ActivationKind::Step)
                QTest::newRow(activationName(kind).data()) << kind;
    }
    void activationGradientsMatchFiniteDifferences()
    {
        QFETCH(ActivationKind, kind);
        std::mt19937 rng(11);
        ActivationLayer layer(kind);
        Batch x = awayFromZero(4, 5, rng);
        const Batch g = randomBatch(4, 5, rng);
        layer.forward(x);
        const Batch dx = layer.backward(g);
        const auto l = [&] { return objective(layer, x, g); };
        const Eigen::VectorXd numeric = numericalGradient(x.data(), x.size(), l, h);
        const std::string error = gradientMismatch(flat(dx), numeric, relative, absolute);
        QVERIFY2(error.empty(), error.c_str());
    }

    void stepPassesAZeroGradient()
    {
        ActivationLayer layer(ActivationKind::Step);
        Batch x(1, 3);
        x << -1, 0, 2;
        Batch expected(1, 3);
        expected << 0, 1, 1;
        QCOMPARE(layer.forward(x), expected);
        QVERIFY(layer.backward(Batch::Ones(1, 3)).isZero());
    }

    void backwardAccumulates()
    {
        std::mt19937 rng(3);
        Dense dense(3, 2);
        dense.initialize(rng);
        const Batch x = randomBatch(4, 3, rng);
        const Batch g = randomBatch(4, 2, rng);
        dense.zeroGradients();
        dense.forward(x);
        dense.backward(g);
        const Batch once = dense.weightGradient();
        const Batch onceBias = dense.biasGradient();
        QVERIFY(once.isApprox(x.transpose() * g)); // ∂E/∂W = Xᵀ dY
        dense.backward(g);
        QVERIFY(dense.weightGradient().isApprox(2 * once));
        QVERIFY(dense.biasGradient().isApprox(2 * onceBias));
        dense.zeroGradients();
        QVERIFY(dense.weightGradient().isZero());
        QVERIFY(dense.biasGradient().isZero());
    }

    void parameterViewsEditInPlace()
    {
        Dense dense(3, 2);
        QCOMPARE(dense.parameterCount(), std::size_t(3 * 2 + 2));
        const auto views = dense.parameters();
        QCOMPARE(views[0].name, std::string("W"));
        QCOMPARE(views[1].name, std::string("b"));
        QCOMPARE(views[0].rows, Eigen::Index(3));
        QCOMPARE(views[0].cols, Eigen::Index(2));
        views[0].valueMatrix()(2, 1) = 0.25f; // a panel editing w_32
        QCOMPARE(dense.weights()(2, 1), 0.25f);
        QCOMPARE(views[0].value()[2 * 2 + 1], 0.25f); // row-major
        views[1].value()[1] = -3;
        QCOMPARE(dense.bias()(0, 1), -3.0f);
    }

    void shapesAreChecked()
    {
        Dense dense(3, 2);
        QCOMPARE(dense.outputShape(Shape::flat(3)), Shape::flat(2));
        QCOMPARE(dense.outputShape(Shape{3, 1, 1}), Shape::flat(2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dense.outputShape(Shape::flat(4)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dense.setWeights(Batch::Zero(2, 3)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dense.setBias(Batch::Zero(2, 1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dense.forward(Batch::Zero(1, 4)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dense(0, 2));
        ActivationLayer relu(ActivationKind::ReLU);
        QCOMPARE(relu.outputShape(Shape{2, 4, 4}), (Shape{2, 4, 4}));
        QCOMPARE(relu.name(), std::string("relu"));
        QCOMPARE(relu.parameterCount(), std::size_t(0));
    }

    void initializationIsSeededAndBounded()
    {
        Dense glorot(30, 20);
        Dense he(30, 20, WeightInit::HeUniform);
        std::mt19937 rngA(42);
        std::mt19937 rngB(42);
        glorot.initialize(rngA);
        he.initialize(rngB);
        const float glorotLimit = std::sqrt(6.0f / 50); // 0.346410
        const float heLimit = std::sqrt(6.0f / 30);     // 0.447214
        QCOMPARE(weightInitLimit(WeightInit::GlorotUniform, 30, 20), glorotLimit);
        QCOMPARE(weightInitLimit(WeightInit::HeUniform, 30, 20), heLimit);
        QVERIFY(glorot.weights().cwiseAbs().maxCoeff() <= glorotLimit);
        QVERIFY(glorot.weights().cwiseAbs().maxCoeff() > 0.9f * glorotLimit);
        QVERIFY(std::abs(glorot.weights().mean()) < 0.03f);
        QVERIFY(glorot.bias().isZero());
        // Same draws, scaled by the ratio of the limits.
        QVERIFY(he.weights().isApprox(glorot.weights() * (heLimit / glorotLimit)));
        QCOMPARE(weightInitFromName("he"), WeightInit::HeUniform);
        QCOMPARE(weightInitName(WeightInit::GlorotUniform), std::string_view("glorot"));
    }

    void cloneIsIndependent()
    {
        Dense dense(2, 2);
        dense.setWeights(Batch::Ones(2, 2));
        const auto copy = dense.clone();
        dense.setWeights(Batch::Zero(2, 2));
        const auto* copied = dynamic_cast<const Dense*>(copy.get());
        QVERIFY(copied != nullptr);
        QCOMPARE(copied->weights(), Batch(Batch::Ones(2, 2)));
        const auto activation = ActivationLayer(ActivationKind::ELU, 0.5f).clone();
        QCOMPARE(dynamic_cast<const ActivationLayer&>(*activation).alpha(), 0.5f);
    }
};

QTEST_APPLESS_MAIN(LayersTest)
#include "test_layers.moc"
