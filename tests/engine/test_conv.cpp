// Conv2D and Pool2D: the course's output-size formulas, the seed 003 exercise with its backward
// pass, and finite-difference gradient checks with stride, padding and several channels.
#include "GradientCheck.h"
#include "conv/Conv2D.h"
#include "conv/ConvGeometry.h"
#include "conv/Pool2D.h"
#include "nn/Loss.h"

#include <QTest>

using namespace neurone;

namespace {

Batch matrix(std::initializer_list<std::initializer_list<float>> rows)
{
    Batch m(Eigen::Index(rows.size()), Eigen::Index(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : rows) {
        Eigen::Index c = 0;
        for (const float v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

// Flattens 2-D channels into one channel-major row.
Batch flatten(std::initializer_list<Batch> channels)
{
    Eigen::Index size = 0;
    for (const Batch& c : channels)
        size += c.size();
    Batch row(1, size);
    Eigen::Index at = 0;
    for (const Batch& c : channels) {
        row.block(0, at, 1, c.size()) = Eigen::Map<const Batch>(c.data(), 1, c.size());
        at += c.size();
    }
    return row;
}

Batch channel(const Batch& row, int index, int height, int width)
{
    return Eigen::Map<const Batch>(row.data() + index * height * width, height, width);
}

bool near(const Batch& a, const Batch& b, float tolerance = 1e-5f)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && (a - b).cwiseAbs().maxCoeff() <= tolerance;
}

Batch randomBatch(Eigen::Index rows, Eigen::Index cols, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    Batch b(rows, cols);
    for (Eigen::Index i = 0; i < b.size(); ++i)
        b.data()[i] = u(rng);
    return b;
}

// Checks dX and every parameter gradient of `layer` against finite differences of L = Σ G∘Y.
void checkGradients(Layer& layer, const Batch& input, unsigned seed)
{
    Batch x = input;
    const Batch y = layer.forward(x);
    const Batch g = randomBatch(y.rows(), y.cols(), seed);
    const auto objective = [&] { return double((layer.forward(x).array() * g.array()).sum()); };
    layer.zeroGradients();
    layer.forward(x);
    const Batch dX = layer.backward(g);
    const Eigen::VectorXd numericX = test::numericalGradient(x.data(), x.size(), objective, 1e-3f);
    const Eigen::VectorXd analyticX = Eigen::Map<const Vector>(dX.data(), dX.size()).cast<double>();
    const std::string mismatch = test::gradientMismatch(analyticX, numericX, 1e-2, 1e-3);
    QVERIFY2(mismatch.empty(), ("dX " + mismatch).c_str());
    for (const ParameterView& p : layer.parameters()) {
        const Eigen::VectorXd analytic = p.gradient().cast<double>();
        const Eigen::VectorXd numeric = test::numericalGradient(p.values, p.size(), objective, 1e-3f);
        const std::string m = test::gradientMismatch(analytic, numeric, 1e-2, 1e-3);
        QVERIFY2(m.empty(), (p.name + " " + m).c_str());
    }
}

} // namespace

class TestConv : public QObject {
    Q_OBJECT
private slots:
    void outputSizeFormulas()
    {
        const auto size = [](int w, int f, int s, Padding p) {
            return std::get<AxisGeometry>(axisGeometry(w, f, s, p)).output;
        };
        QCOMPARE(size(5, 3, 1, Padding::valid()), 3);      // (5 − 3 + 0)/1 + 1
        QCOMPARE(size(32, 5, 1, Padding::custom(2)), 32);  // (32 − 5 + 4)/1 + 1
        QCOMPARE(size(7, 3, 2, Padding::valid()), 3);      // (7 − 3)/2 + 1
        QCOMPARE(size(28, 3, 2, Padding::same()), 14);     // ⌈28/2⌉
        QCOMPARE(size(5, 2, 2, Padding::same()), 3);       // ⌈5/2⌉
        const AxisGeometry same = std::get<AxisGeometry>(axisGeometry(6, 3, 2, Padding::same()));
        QCOMPARE(same.padBefore, 0); // P_total = (3 − 1)·2 + 3 − 6 = 1: the extra pixel after
        QCOMPARE(same.padAfter, 1);
        const AxisGeometry odd = std::get<AxisGeometry>(axisGeometry(5, 3, 1, Padding::same()));
        QCOMPARE(odd.padBefore, 1);
        QCOMPARE(odd.padAfter, 1);
    }
    void impossibleSizesAreRefusedWithTheReason()
    {
        const auto notWhole = axisGeometry(5, 2, 2, Padding::valid()); // (5 − 2)/2 + 1 = 2.5
        QVERIFY(std::get<std::string>(notWhole).find("2.5 is not a whole number") != std::string::npos);
        const auto tooLarge = axisGeometry(3, 5, 1, Padding::valid());
        QVERIFY(std::get<std::string>(tooLarge).find("larger than the padded input") != std::string::npos);
        QVERIFY(std::holds_alternative<std::string>(axisGeometry(5, 3, 0, Padding::valid())));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Conv2D({1, 3, 3}, 1, 5, 5));
    }
    void seed003ExerciseForwardAndBackward()
    {
        // Two 3×3 input channels, one 2×2 kernel per channel, one output map, b = 4
        // (the course's code adds b = 2 once per input channel; the engine once per map).
        Conv2D conv({2, 3, 3}, 1, 2, 2);
        conv.setKernels(flatten({matrix({{1, 2}, {3, 4}}), matrix({{1.5f, 2.5f}, {3.5f, 4.5f}})}));
        conv.setBias(matrix({{4}}));
        const Batch x = flatten({matrix({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}),
                                 matrix({{1.5f, 2.5f, 3.5f}, {4.5f, 5.5f, 6.5f}, {7.5f, 8.5f, 9.5f}})});
        const Batch y = conv.forward(x);
        QVERIFY(near(channel(y, 0, 2, 2), matrix({{90, 112}, {156, 178}})));
        const Batch target = flatten({matrix({{90, 112}, {156, 177}})});
        QCOMPARE(meanSquaredError(y, target), 0.25f);
        const Batch dY = meanSquaredErrorGradient(y, target);
        QVERIFY(near(channel(dY, 0, 2, 2), matrix({{0, 0}, {0, 0.5f}})));
        conv.zeroGradients();
        const Batch dX = conv.backward(dY);
        const Batch& dW = conv.kernelGradient();
        QVERIFY(near(channel(dW, 0, 2, 2), matrix({{2.5f, 3}, {4, 4.5f}})));
        QVERIFY(near(channel(dW, 1, 2, 2), matrix({{2.75f, 3.25f}, {4.25f, 4.75f}})));
        QVERIFY(near(channel(dX, 0, 3, 3), matrix({{0, 0, 0}, {0, 0.5f, 1}, {0, 1.5f, 2}})));
        QVERIFY(near(channel(dX, 1, 3, 3), matrix({{0, 0, 0}, {0, 0.75f, 1.25f}, {0, 1.75f, 2.25f}})));
        QCOMPARE(conv.biasGradient()(0, 0), 0.5f);
    }
    void convolutionGradientsMatchFiniteDifferences()
    {
        std::mt19937 rng(3);
        Conv2D plain({2, 5, 6}, 3, 3, 3);
        plain.initialize(rng);
        plain.setBias(randomBatch(1, 3, 9));
        checkGradients(plain, randomBatch(2, 2 * 5 * 6, 1), 2);
        Conv2D strided({3, 7, 6}, 2, 2, 3, 2, Padding::same());
        strided.initialize(rng);
        checkGradients(strided, randomBatch(3, 3 * 7 * 6, 4), 5);
        Conv2D padded({1, 4, 4}, 2, 3, 3, 1, Padding::custom(2));
        padded.initialize(rng);
        checkGradients(padded, randomBatch(1, 16, 6), 7);
        QCOMPARE(padded.outputShape(), (Shape{2, 6, 6}));
    }
    void maxPooling()
    {
        Pool2D pool({1, 4, 4}, PoolMode::Max);
        const Batch x = flatten({matrix({{1, 3, 2, 1}, {4, 2, 0, 1}, {5, 1, 7, 8}, {0, 6, 2, 3}})});
        const Batch y = pool.forward(x);
        QVERIFY(near(channel(y, 0, 2, 2), matrix({{4, 2}, {6, 8}})));
        const Batch dX = pool.backward(flatten({matrix({{10, 20}, {30, 40}})}));
        QVERIFY(near(channel(dX, 0, 4, 4), matrix({{0, 0, 20, 0}, {10, 0, 0, 0}, {0, 0, 0, 40}, {0, 30, 0, 0}})));
    }
    void averagePoolingIgnoresPadding()
    {
        Pool2D pool({1, 3, 3}, PoolMode::Average, 2, 2, Padding::same()); // ⌈3/2⌉ = 2, pad after
        const Batch y = pool.forward(flatten({matrix({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})}));
        QVERIFY(near(channel(y, 0, 2, 2), matrix({{3, 4.5f}, {7.5f, 9}})));
    }
    void poolingGradientsMatchFiniteDifferences()
    {
        Pool2D maxPool({2, 5, 5}, PoolMode::Max, 3, 2, Padding::same());
        checkGradients(maxPool, randomBatch(2, 50, 11), 12);
        Pool2D average({3, 6, 4}, PoolMode::Average, 2, 2);
        checkGradients(average, randomBatch(2, 72, 13), 14);
    }
};

QTEST_APPLESS_MAIN(TestConv)
#include "test_conv.moc"
