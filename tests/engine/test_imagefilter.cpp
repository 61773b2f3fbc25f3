// Image filtering for the convolution panel: presets, kernel text, correlation vs true
// convolution, the chain with ReLU and pooling, volume convolution, per-pixel explanations.
#include "conv/Conv2D.h"
#include "conv/ImageFilter.h"
#include "conv/Kernel.h"
#include "conv/PixelExplanation.h"

#include <QTest>

using namespace neurone;

namespace {

Plane randomPlane(int rows, int cols, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 255.0f);
    Plane p(rows, cols);
    for (Eigen::Index i = 0; i < p.size(); ++i)
        p.data()[i] = u(rng);
    return p;
}

Plane kernel(const std::string& text) { return std::get<Plane>(parseKernel(text)); }

FilterStages filter(const Image& image, const FilterSettings& s) { return std::get<FilterStages>(applyFilter(image, s)); }

} // namespace

class TestImageFilter : public QObject {
    Q_OBJECT
private slots:
    void presetsAreTheCourseKernels()
    {
        QCOMPARE(findKernelPreset("edge")->kernel(1, 1), 8.0f);
        QCOMPARE(findKernelPreset("edge")->kernel.sum(), 0.0f);
        QCOMPARE(findKernelPreset("sobel-x")->kernel(1, 0), -2.0f);
        QCOMPARE(findKernelPreset("sobel-y")->kernel(0, 1), -2.0f);
        QVERIFY(findKernelPreset("sobel")->partner.has_value());
        QCOMPARE(findKernelPreset("corner")->kernel.rows(), Eigen::Index(5));
        QCOMPARE(findKernelPreset("corner")->kernel.sum(), -9.0f);
        QVERIFY(std::abs(findKernelPreset("gaussian")->kernel.sum() - 1.0f) < 1e-6f);
        QVERIFY(findKernelPreset("nothing") == nullptr);
    }
    void kernelText()
    {
        const Plane k = kernel("1 2; 3 4");
        QCOMPARE(k.rows(), Eigen::Index(2));
        QCOMPARE(k(1, 0), 3.0f);
        QCOMPARE(kernel("1,2,3\n4,5,6").cols(), Eigen::Index(3));
        QCOMPARE(kernel("-0.5").size(), Eigen::Index(1));
        QCOMPARE(kernel("1 2 3 4").rows(), Eigen::Index(1)); // 1×4: any size, not only odd
        QVERIFY(std::get<std::string>(parseKernel("1 x; 3 4")).find("'x' is not a number") != std::string::npos);
        QVERIFY(std::get<std::string>(parseKernel("1 2; 3")).find("row 2") != std::string::npos);
        QVERIFY(std::holds_alternative<std::string>(parseKernel("")));
        QVERIFY(std::holds_alternative<std::string>(parseKernel("1 1 1 1 1 1 1 1")));
        QVERIFY(std::holds_alternative<std::string>(parseKernel("nan")));
        // Found by fuzz_kernel: a line of separators only gave a kernel with no column.
        QCOMPARE(std::get<std::string>(parseKernel(",;")), std::string("the kernel is empty"));
        const Plane spaced = kernel("1 2\n,\n3 4");
        QCOMPARE(spaced.rows(), Eigen::Index(2));
        QCOMPARE(spaced(1, 0), 3.0f);
        QCOMPARE(kernelToText(k), std::string("1 2; 3 4"));
    }
    void correlationMatchesTheConvolutionLayer()
    {
        const Plane input = randomPlane(9, 11, 1);
        const Plane k = kernel("1 -2 0.5; 0 3 1");
        const WindowGeometry g = requireWindowGeometry(9, 11, 2, 3, 2, Padding::same());
        const Plane out = correlate(input, k, g);
        Conv2D conv({1, 9, 11}, 1, 2, 3, 2, Padding::same());
        conv.setKernels(Eigen::Map<const Batch>(k.data(), 1, k.size()));
        const Batch layer = conv.forward(Eigen::Map<const Batch>(input.data(), 1, input.size()));
        QCOMPARE(out.size(), layer.size());
        for (Eigen::Index i = 0; i < out.size(); ++i)
            QVERIFY(std::abs(out.data()[i] - layer.data()[i]) < 1e-3f);
    }
    void trueConvolutionRotatesTheKernel()
    {
        // One bright pixel: correlation paints the kernel upside down, convolution upright.
        Plane impulse = Plane::Zero(5, 5);
        impulse(2, 2) = 1;
        FilterSettings s;
        s.kernel = kernel("1 2 3; 4 5 6; 7 8 9");
        s.padding = Padding::same();
        const Plane correlated = filter(Image{{impulse}}, s).output().channels[0];
        s.flip = true;
        const Plane convolved = filter(Image{{impulse}}, s).output().channels[0];
        QCOMPARE(correlated(1, 1), 9.0f);
        QCOMPARE(correlated(3, 3), 1.0f);
        QCOMPARE(convolved(1, 1), 1.0f);
        QCOMPARE(convolved(3, 3), 9.0f);
        QCOMPARE(rotated180(s.kernel)(0, 0), 9.0f);
    }
    void edgeKernelAndSobelMagnitude()
    {
        FilterSettings s;
        s.kernel = findKernelPreset("edge")->kernel;
        QCOMPARE(filter(Image{{Plane::Constant(6, 6, 100)}}, s).output().channels[0].abs().maxCoeff(), 0.0f);
        // A vertical step from 0 to 100: |gx| = 400 on the edge, gy = 0, so the magnitude is 400.
        Plane step = Plane::Zero(5, 6);
        step.rightCols(3) = 100;
        const KernelPreset& sobel = *findKernelPreset("sobel");
        s.kernel = sobel.kernel;
        s.partner = sobel.partner;
        const Plane magnitude = filter(Image{{step}}, s).output().channels[0];
        QCOMPARE(magnitude.rows(), Eigen::Index(3));
        QCOMPARE(magnitude(1, 1), 400.0f);
        QCOMPARE(magnitude(1, 0), 0.0f);
    }
    void chainSizesFollowTheFormulas()
    {
        Image rgb{{randomPlane(28, 28, 2), randomPlane(28, 28, 3), randomPlane(28, 28, 4)}};
        FilterSettings s;
        s.kernel = findKernelPreset("edge")->kernel;
        s.relu = true;
        s.pool = PoolSettings{PoolMode::Max, 2, 2};
        const FilterStages stages = filter(rgb, s);
        QCOMPARE(stages.convolved.height(), 26); // (28 − 3)/1 + 1
        QCOMPARE(stages.output().height(), 13);  // (26 − 2)/2 + 1
        QCOMPARE(stages.output().channelCount(), 3);
        QVERIFY(stages.afterActivation().channels[1].minCoeff() >= 0.0f);
        QVERIFY(stages.convolved.channels[1].minCoeff() < 0.0f);
        s.pool = PoolSettings{PoolMode::Max, 3, 2}; // (26 − 3)/2 + 1 = 12.5
        QVERIFY(std::get<std::string>(applyFilter(rgb, s)).find("not a whole number") != std::string::npos);
        s.pool.reset();
        s.kernel = Plane::Ones(7, 7);
        QVERIFY(std::get<std::string>(applyFilter(Image{{Plane::Ones(5, 5)}}, s)).find("larger") != std::string::npos);
    }
    void poolingAgreesWithThePoolingLayer()
    {
        const Plane input = randomPlane(12, 9, 9);
        FilterSettings s;
        s.kernel = kernel("1");
        for (const PoolMode mode : {PoolMode::Max, PoolMode::Average}) {
            s.pool = PoolSettings{mode, 3, 3}; // (12 − 3)/3 + 1 = 4, (9 − 3)/3 + 1 = 3
            const Plane fast = filter(Image{{input}}, s).output().channels[0];
            Pool2D layer({1, 12, 9}, mode, 3, 3);
            const Batch slow = layer.forward(Eigen::Map<const Batch>(input.data(), 1, input.size()));
            QCOMPARE(fast.size(), slow.size());
            for (Eigen::Index i = 0; i < fast.size(); ++i)
                QVERIFY(std::abs(fast.data()[i] - slow.data()[i]) < 1e-3f);
        }
    }
    void volumeConvolutionSumsTheChannels()
    {
        Image rgb{{randomPlane(6, 6, 5), randomPlane(6, 6, 6), randomPlane(6, 6, 7)}};
        const std::vector<Plane> kernels = {kernel("1 0; 0 1"), kernel("0 2; 0 0"), kernel("-1 -1; 1 1")};
        const auto result = std::get<VolumeResult>(volumeConvolution(rgb, kernels, 4.0f, 1, Padding::valid(), false));
        QCOMPARE(result.perChannel.size(), std::size_t(3));
        QVERIFY(((result.perChannel[0] + result.perChannel[1] + result.perChannel[2] + 4.0f) - result.total).abs().maxCoeff() < 1e-3f);
        const float manual = rgb.channels[0](0, 0) + rgb.channels[0](1, 1) + 2 * rgb.channels[1](0, 1)
                             - rgb.channels[2](0, 0) - rgb.channels[2](0, 1) + rgb.channels[2](1, 0)
                             + rgb.channels[2](1, 1) + 4;
        QVERIFY(std::abs(result.total(0, 0) - manual) < 1e-3f);
        QVERIFY(std::holds_alternative<std::string>(volumeConvolution(rgb, {kernels[0]}, 0, 1, Padding::valid(), false)));
    }
    void explanationAddsUpToThePixel()
    {
        const Plane input = randomPlane(7, 7, 8);
        const Plane k = kernel("1 2 0; -1 0.5 3; 0 0 -2");
        const WindowGeometry g = requireWindowGeometry(7, 7, 3, 3, 2, Padding::same());
        const Plane out = correlate(input, k, g) + 1.5f;
        const ConvolutionExplanation corner = explainConvolution(input, k, g, 1.5f, 0, 0);
        QCOMPARE(corner.taps.size(), std::size_t(9));
        QVERIFY(corner.taps[0].inPadding); // same padding puts (−1, −1) in the zeros
        QCOMPARE(corner.taps[0].product, 0.0f);
        QCOMPARE(corner.taps[4].row, 0);
        QCOMPARE(corner.taps[4].input, input(0, 0));
        QVERIFY(std::abs(corner.result - out(0, 0)) < 1e-3f);
        const ConvolutionExplanation middle = explainConvolution(input, k, g, 1.5f, 2, 1);
        QVERIFY(std::abs(middle.result - out(2, 1)) < 1e-3f);
        QCOMPARE(middle.taps[0].row, 3); // 2·2 + 0 − 1
        QCOMPARE(middle.taps[0].col, 1); // 1·2 + 0 − 1
    }
    void filterPixelExplanationFollowsTheChain()
    {
        Plane step = Plane::Zero(5, 6);
        step.rightCols(3) = 100;
        const KernelPreset& sobel = *findKernelPreset("sobel");
        // kernel, partner, bias, stride, padding, flip, relu, pool
        const FilterSettings s{sobel.kernel, sobel.partner, -500.0f, 1, Padding::valid(), false, true, std::nullopt};
        const FilterStages stages = filter(Image{{step}}, s);
        const FilterPixelExplanation edge = explainFilterPixel(step, s, stages.convolution, 1, 1);
        QCOMPARE(edge.beforeBias, 400.0f); // √(400² + 0²)
        QCOMPARE(edge.convolved, -100.0f);
        QCOMPARE(edge.activated, 0.0f);
        QCOMPARE(edge.activated, stages.output().channels[0](1, 1));
        FilterSettings convolution;
        convolution.kernel = sobel.kernel;
        convolution.bias = -500;
        convolution.flip = true;
        const FilterPixelExplanation flipped = explainFilterPixel(step, convolution, stages.convolution, 1, 1);
        QCOMPARE(flipped.kernel(0, 0), 1.0f); // sobel-x rotated by 180°
        QCOMPARE(flipped.convolved, -400.0f - 500.0f);
        const ReceptiveField field = receptiveField(requireWindowGeometry(7, 7, 3, 3, 2, Padding::same()), 0, 2);
        QCOMPARE(field.top, -1);
        QCOMPARE(field.left, 3);
        QCOMPARE(field.height, 3);
    }
    void volumePixelExplanationSumsTheChannels()
    {
        Image rgb{{randomPlane(4, 4, 21), randomPlane(4, 4, 22), randomPlane(4, 4, 23)}};
        const std::vector<Plane> kernels = {kernel("1 0; 0 1"), kernel("0 2; 0 0"), kernel("-1 -1; 1 1")};
        const auto volume = std::get<VolumeResult>(volumeConvolution(rgb, kernels, 4.0f, 1, Padding::valid(), false));
        const VolumePixelExplanation e = explainVolumePixel(rgb, kernels, 4.0f, false, volume.geometry, 2, 1);
        QCOMPARE(e.channels.size(), std::size_t(3));
        QVERIFY(std::abs(e.total - volume.total(2, 1)) < 1e-3f);
        QVERIFY(std::abs(e.channels[1].sum - volume.perChannel[1](2, 1)) < 1e-3f);
    }
    void poolingExplanation()
    {
        Plane x(2, 4);
        x << 1, 3, 2, 1, 4, 2, 0, 1;
        const WindowGeometry g = requireWindowGeometry(2, 4, 2, 2, 2, Padding::valid());
        const PoolExplanation max = explainPooling(x, {PoolMode::Max, 2, 2}, g, 0, 0);
        QCOMPARE(max.result, 4.0f);
        QCOMPARE(max.window[std::size_t(max.chosen)].row, 1);
        const PoolExplanation mean = explainPooling(x, {PoolMode::Average, 2, 2}, g, 0, 1);
        QCOMPARE(mean.result, 1.0f);
    }
    void displayNormalisations()
    {
        Plane p(1, 3);
        p << -100, 50, 400;
        const Plane clip = normalizedForDisplay(p, Normalization::Clip);
        QCOMPARE(clip(0, 0), 0.0f);
        QCOMPARE(clip(0, 2), 255.0f);
        const Plane minmax = normalizedForDisplay(p, Normalization::MinMax);
        QCOMPARE(minmax(0, 0), 0.0f);
        QCOMPARE(minmax(0, 1), 76.5f); // 255 · (50 + 100)/500
        QCOMPARE(minmax(0, 2), 255.0f);
        QCOMPARE(normalizedForDisplay(p, Normalization::Absolute)(0, 0), 100.0f);
        QCOMPARE(normalizedForDisplay(Plane::Constant(2, 2, 7), Normalization::MinMax).maxCoeff(), 0.0f);
    }
    void grayscaleAveragesTheChannels()
    {
        const Image gray = grayscale(Image{{Plane::Constant(2, 2, 30), Plane::Constant(2, 2, 60), Plane::Constant(2, 2, 90)}});
        QCOMPARE(gray.channelCount(), 1);
        QCOMPARE(gray.channels[0](1, 1), 60.0f);
    }
};

QTEST_APPLESS_MAIN(TestImageFilter)
#include "test_imagefilter.moc"
