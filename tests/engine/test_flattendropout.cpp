// Flatten and Dropout: shapes, inverted-dropout scaling, seeded masks, inference mode, and
// gradients against finite differences (dropout with a fixed mask: a copy of the layer draws
// the same next mask).
#include "GradientCheck.h"
#include "conv/Conv2D.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"
#include "nn/Sequential.h"

#include <QTest>

#include <random>

using namespace neurone;
using neurone::test::gradientMismatch;
using neurone::test::numericalGradient;

namespace {

Batch randomBatch(Eigen::Index rows, Eigen::Index cols, std::mt19937& rng)
{
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    return Batch::NullaryExpr(rows, cols, [&] { return uniform(rng); });
}

} // namespace

class FlattenDropoutTest : public QObject {
    Q_OBJECT
private slots:
    void flattenChangesOnlyTheShape()
    {
        Flatten flatten;
        QCOMPARE(flatten.outputShape({16, 13, 13}), Shape::flat(2704));
        std::mt19937 rng(1);
        const Batch x = randomBatch(3, 12, rng);
        QCOMPARE(flatten.forward(x), x);
        QCOMPARE(flatten.backward(x * 2), Batch(x * 2));
        QCOMPARE(flatten.parameterCount(), std::size_t(0));
    }

    void flattenBetweenConvolutionAndDenseGradients()
    {
        // conv2d 2x2x2 on 1×3×3 → 2×2×2 → flatten → dense 3; E = Σ Y ⊙ R for a fixed R.
        Sequential net;
        net.add(std::make_unique<Conv2D>(Shape{1, 3, 3}, 2, 2, 2));
        net.add(std::make_unique<Flatten>());
        net.add(std::make_unique<Dense>(8, 3));
        net.initialize(5);
        QCOMPARE(net.outputShape({1, 3, 3}), Shape::flat(3));
        std::mt19937 rng(2);
        const Batch x = randomBatch(2, 9, rng);
        const Batch r = randomBatch(2, 3, rng);
        net.zeroGradients();
        net.forward(x);
        const Batch dx = net.backward(r);
        const auto objective = [&] { return double(net.forward(x).cwiseProduct(r).sum()); };
        for (const ParameterView& view : net.parameters()) {
            const std::string error = gradientMismatch(view.gradient().cast<double>(),
                                                       numericalGradient(view.values, view.size(), objective, 1e-2f), 1e-2, 1e-3);
            QVERIFY2(error.empty(), (view.name + " " + error).c_str());
        }
        Batch input = x;
        const auto inputObjective = [&] { return double(net.forward(input).cwiseProduct(r).sum()); };
        const std::string error = gradientMismatch(Eigen::Map<const Eigen::VectorXf>(dx.data(), dx.size()).cast<double>(),
                                                   numericalGradient(input.data(), input.size(), inputObjective, 1e-2f), 1e-2, 1e-3);
        QVERIFY2(error.empty(), error.c_str());
    }

    void dropoutScalesTheKeptInputs()
    {
        Dropout dropout(0.25f, 7);
        QCOMPARE(dropout.outputShape({2, 3, 3}), (Shape{2, 3, 3}));
        const Batch x = Batch::Ones(200, 50);
        // Inference mode (the default): nothing changes.
        QCOMPARE(dropout.forward(x), x);
        QCOMPARE(dropout.backward(x), x);
        dropout.setTraining(true);
        const Batch y = dropout.forward(x);
        const Batch& m = dropout.mask();
        QCOMPARE(m.rows(), Eigen::Index(200));
        int dropped = 0;
        for (Eigen::Index i = 0; i < y.size(); ++i) {
            QVERIFY(y.data()[i] == 0.0f || std::abs(y.data()[i] - 1.0f / 0.75f) < 1e-6f);
            dropped += y.data()[i] == 0.0f ? 1 : 0;
        }
        // About p = 25 % of the 10,000 values are dropped; the mean stays about 1.
        QVERIFY2(dropped > 2300 && dropped < 2700, qPrintable(QString::number(dropped)));
        QVERIFY(std::abs(y.mean() - 1.0f) < 0.04f);
        QCOMPARE(dropout.backward(x), m);
    }

    void dropoutMasksAreSeeded()
    {
        const Batch x = Batch::Ones(4, 30);
        Dropout a(0.5f, 3), b(0.5f, 3), c(0.5f, 4);
        for (Dropout* d : {&a, &b, &c})
            d->setTraining(true);
        const Batch first = a.forward(x);
        QCOMPARE(b.forward(x), first);
        QVERIFY(c.forward(x) != first);
        QVERIFY(a.forward(x) != first); // the next batch gets a new mask
        // initialize() reseeds from the network's generator: same network seed, same masks.
        std::mt19937 rngA(9), rngB(9);
        a.initialize(rngA);
        c.initialize(rngB);
        QCOMPARE(a.forward(x), c.forward(x));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dropout(1.0f));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dropout(-0.1f));
    }

    void dropoutGradientsWithAFixedMask()
    {
        // dense 4→6, dropout 0.5 (training), dense 6→2; E = Σ Y ⊙ R. Each evaluation runs on a
        // copy of the network, whose dropout layer draws the same mask.
        Sequential net;
        net.add(std::make_unique<Dense>(4, 6));
        net.add(std::make_unique<Dropout>(0.5f));
        net.add(std::make_unique<Dense>(6, 2));
        net.initialize(11);
        net.setTraining(true);
        std::mt19937 rng(4);
        const Batch x = randomBatch(5, 4, rng);
        const Batch r = randomBatch(5, 2, rng);
        Sequential analytic = net;
        analytic.zeroGradients();
        analytic.forward(x);
        analytic.backward(r);
        const Batch mask = dynamic_cast<const Dropout&>(analytic.layer(1)).mask();
        QVERIFY((mask.array() == 0).any() && (mask.array() == 2).any());
        const std::vector<ParameterView> gradients = analytic.parameters();
        std::vector<ParameterView> values = net.parameters();
        const auto objective = [&] {
            Sequential copy = net;
            return double(copy.forward(x).cwiseProduct(r).sum());
        };
        for (std::size_t k = 0; k < values.size(); ++k) {
            const std::string error = gradientMismatch(gradients[k].gradient().cast<double>(),
                                                       numericalGradient(values[k].values, values[k].size(), objective, 1e-2f), 1e-2, 1e-3);
            QVERIFY2(error.empty(), (values[k].name + std::to_string(k) + " " + error).c_str());
        }
        // A dropped hidden neuron gets no gradient into its outgoing weights' rows.
        const auto& second = dynamic_cast<const Dense&>(analytic.layer(2));
        for (Eigen::Index j = 0; j < 6; ++j)
            if ((mask.col(j).array() == 0).all())
                QVERIFY(second.weightGradient().row(j).isZero());
    }
};

QTEST_APPLESS_MAIN(FlattenDropoutTest)
#include "test_flattendropout.moc"
