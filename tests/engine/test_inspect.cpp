// The inspection views' maths: decision regions of hand-set networks (values computed by hand),
// the first layer's weights as images (known pixels of W's columns and of conv filters), and
// the feature maps of a hand-set convolution (a pixel equals the hand-computed window sum).
#include "conv/Conv2D.h"
#include "conv/Pool2D.h"
#include "data/ToySets.h"
#include "inspect/DecisionRegions.h"
#include "inspect/FeatureMaps.h"
#include "inspect/WeightImages.h"
#include "model/Model.h"
#include "model/ModelPresets.h"
#include "nn/Activation.h"
#include "nn/Dense.h"
#include "nn/Flatten.h"

#include <QTest>

#include <cmath>

using namespace neurone;

namespace {

float logistic(double y) { return float(1 / (1 + std::exp(-y))); }

Batch matrix(int rows, int cols, std::initializer_list<float> values)
{
    Batch m(rows, cols);
    auto it = values.begin();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = *it++;
    return m;
}

// Dense in→out with exact W and b.
std::unique_ptr<Dense> dense(int in, int out, const Batch& w, const Batch& b)
{
    auto layer = std::make_unique<Dense>(in, out);
    layer->setWeights(w);
    layer->setBias(b);
    return layer;
}

} // namespace

class InspectTest : public QObject {
    Q_OBJECT
private slots:
    void boundsOfXorWidenByTheMargin()
    {
        const RegionBounds b = regionBounds(xorSet(), 0.1);
        QCOMPARE(b.xMin, -0.1);
        QCOMPARE(b.xMax, 1.1);
        QCOMPARE(b.yMin, -0.1);
        QCOMPARE(b.yMax, 1.1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, regionBounds(Dataset(), 0.1));
    }

    // p = σ(x₁): cell centres x = −1.5, −0.5, 0.5, 1.5 and y = −0.5, 0.5.
    void oneSigmoidOutputGivesItsValue()
    {
        Sequential net;
        net.add(dense(2, 1, matrix(2, 1, {1, 0}), matrix(1, 1, {0})));
        net.add(std::make_unique<ActivationLayer>(ActivationKind::Sigmoid));
        const RegionGrid grid = decisionRegions(net, {-2, 2, -1, 1}, 4, 2);
        QCOMPARE(grid.classes, 2);
        QCOMPARE(grid.probability.size(), std::size_t(8));
        QCOMPARE(grid.x(0), -1.5);
        QCOMPARE(grid.y(1), 0.5);
        const float expected[4] = {logistic(-1.5), logistic(-0.5), logistic(0.5), logistic(1.5)};
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(grid.probabilityAt(c, r), expected[c]);
                QCOMPARE(grid.predictedAt(c, r), c < 2 ? 0 : 1);
            }
        QCOMPARE(grid.probabilityAt(3, 0), 0.81757448f);
    }

    // Logits (x₂, −x₂): P(class 1) = e^{−y}/(e^{y} + e^{−y}) = 1/(1 + e^{2y}), with or without the
    // final softmax layer.
    void twoSoftmaxOutputsGiveTheProbabilityOfClassOne()
    {
        for (const bool withSoftmax : {true, false}) {
            Sequential net;
            net.add(dense(2, 2, matrix(2, 2, {0, 0, 1, -1}), matrix(1, 2, {0, 0})));
            if (withSoftmax)
                net.add(std::make_unique<ActivationLayer>(ActivationKind::Softmax));
            const RegionGrid grid = decisionRegions(net, {0, 1, -1, 1}, 1, 2);
            QCOMPARE(grid.classes, 2);
            QVERIFY(std::abs(grid.probabilityAt(0, 0) - logistic(1.0)) < 1e-6f); // y = −0.5
            QVERIFY(std::abs(grid.probabilityAt(0, 1) - logistic(-1.0)) < 1e-6f); // y = +0.5
            QCOMPARE(grid.predictedAt(0, 0), 1);
            QCOMPARE(grid.predictedAt(0, 1), 0);
        }
    }

    // Logits (x₁, x₂, 0): the top class and its probability.
    void moreClassesGiveTheTopClass()
    {
        Sequential net;
        net.add(dense(2, 3, matrix(2, 3, {1, 0, 0, 0, 1, 0}), matrix(1, 3, {0, 0, 0})));
        net.add(std::make_unique<ActivationLayer>(ActivationKind::Softmax));
        // Cells: (−1, −1), (1, −1), (−1, 1), (1, 1) in row order (bottom row first).
        const RegionGrid grid = decisionRegions(net, {-2, 2, -2, 2}, 2, 2);
        QCOMPARE(grid.classes, 3);
        const double e = std::exp(1.0), ei = std::exp(-1.0);
        QCOMPARE(grid.predictedAt(0, 0), 2);
        QVERIFY(std::abs(grid.probabilityAt(0, 0) - float(1 / (1 + 2 * ei))) < 1e-6f);
        QCOMPARE(grid.predictedAt(1, 0), 0);
        QVERIFY(std::abs(grid.probabilityAt(1, 0) - float(e / (e + ei + 1))) < 1e-6f);
        QCOMPARE(grid.predictedAt(0, 1), 1);
        QCOMPARE(grid.predictedAt(1, 1), 0); // a tie (e, e, 1): the first
        QVERIFY(std::abs(grid.probabilityAt(1, 1) - float(e / (2 * e + 1))) < 1e-6f);
    }

    void regionsRefuseWhatCannotBeDrawn()
    {
        Sequential net;
        net.add(std::make_unique<Dense>(3, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionRegions(net, {0, 1, 0, 1}, 4, 4));
        Sequential two;
        two.add(std::make_unique<Dense>(2, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionRegions(two, {0, 1, 0, 1}, 0, 4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionRegions(two, {1, 0, 0, 1}, 4, 4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, decisionRegions(two, {0, 1, 0, 1}, 2000, 2000));
    }

    // W(i, j) = ±(i + 1000 j), minus for odd j: template j's pixel (y, x) is W(28y + x, j).
    void denseTemplatesAreColumnsOfW()
    {
        Sequential net;
        net.add(std::make_unique<Flatten>());
        Batch w(784, 10);
        for (int i = 0; i < 784; ++i)
            for (int j = 0; j < 10; ++j)
                w(i, j) = float((j % 2 ? -1 : 1) * (i + 1000 * j));
        net.add(dense(784, 10, w, Batch::Zero(1, 10)));
        net.add(std::make_unique<ActivationLayer>(ActivationKind::Softmax));
        const WeightImages images = firstLayerWeightImages(net, {1, 28, 28});
        QVERIFY(images.refusal.empty());
        QCOMPARE(images.kind, WeightImageKind::DenseTemplates);
        QCOMPARE(images.units, 10);
        QCOMPARE(images.channels, 1);
        QCOMPARE(images.planes.size(), std::size_t(10));
        QCOMPARE(images.plane(3, 0).rows(), 28);
        QCOMPARE(images.plane(3, 0).cols(), 28);
        QCOMPARE(images.plane(3, 0)(5, 7), -3147.0f); // −(5·28 + 7 + 3000)
        QCOMPARE(images.plane(0, 0)(27, 27), 783.0f);
        QCOMPARE(images.plane(8, 0)(0, 1), 8001.0f);
        QCOMPARE(symmetricRange(images.planes), 9783.0f); // |−(783 + 9000)|
    }

    // W(k, c·9 + p) = 100k + 10c + p: filter k, channel c, pixel p = 3y + x.
    void convFiltersArePlanesPerFilterAndChannel()
    {
        Sequential net;
        auto conv = std::make_unique<Conv2D>(Shape{2, 5, 5}, 3, 3, 3);
        Batch k(3, 18);
        for (int f = 0; f < 3; ++f)
            for (int c = 0; c < 2; ++c)
                for (int p = 0; p < 9; ++p)
                    k(f, c * 9 + p) = float(100 * f + 10 * c + p);
        conv->setKernels(k);
        net.add(std::move(conv));
        const WeightImages images = firstLayerWeightImages(net, {2, 5, 5});
        QCOMPARE(images.kind, WeightImageKind::ConvFilters);
        QCOMPARE(images.units, 3);
        QCOMPARE(images.channels, 2);
        QCOMPARE(images.planes.size(), std::size_t(6));
        QCOMPARE(images.plane(2, 1).rows(), 3);
        QCOMPARE(images.plane(2, 1)(1, 2), 215.0f);
        QCOMPARE(images.plane(1, 0)(2, 0), 106.0f);
        QCOMPARE(symmetricRange(images.planes), 218.0f);
    }

    void weightImagesOfThePresets()
    {
        const std::vector<std::string> names(10, "c");
        for (const auto& [preset, planes, side] : {std::tuple{ModelPreset::Softmax, 10, 28}, std::tuple{ModelPreset::Cnn, 16, 3}}) {
            auto built = makeModel(presetRecipe(preset, 10).layers, {1, 28, 28}, names, 7);
            QVERIFY(std::holds_alternative<Model>(built));
            const WeightImages images = firstLayerWeightImages(std::get<Model>(built).network, {1, 28, 28});
            QCOMPARE(int(images.planes.size()), planes);
            QCOMPARE(int(images.planes.front().rows()), side);
            QVERIFY(symmetricRange(images.planes) > 0);
        }
    }

    void weightImagesRefusePlainFeatures()
    {
        Sequential net;
        net.add(std::make_unique<Dense>(2, 8));
        const WeightImages images = firstLayerWeightImages(net, Shape::flat(2));
        QVERIFY(images.empty());
        QCOMPARE(images.kind, WeightImageKind::None);
        QVERIFY(!images.refusal.empty());
        QCOMPARE(symmetricRange({}), 0.0f);
    }

    // Input x(y, x) = 5y + x on 5×5; kernel [1 2; 3 −4], b = 0.5:
    //   Y(oy, ox) = v + 2(v + 1) + 3(v + 5) − 4(v + 6) + 0.5 = 2v − 6.5 with v = 5oy + ox.
    void featureMapsFollowTheLayers()
    {
        Sequential net;
        auto conv = std::make_unique<Conv2D>(Shape{1, 5, 5}, 1, 2, 2);
        conv->setKernels(matrix(1, 4, {1, 2, 3, -4}));
        conv->setBias(matrix(1, 1, {0.5f}));
        net.add(std::move(conv));
        net.add(std::make_unique<ActivationLayer>(ActivationKind::ReLU));
        net.add(std::make_unique<Pool2D>(Shape{1, 4, 4}, PoolMode::Max));
        net.add(std::make_unique<Flatten>());
        net.add(std::make_unique<Dense>(4, 2));
        Batch sample(1, 25);
        for (int i = 0; i < 25; ++i)
            sample(0, i) = float(i);

        const std::vector<LayerMaps> maps = featureMaps(net, {1, 5, 5}, sample);
        QCOMPARE(maps.size(), std::size_t(3));
        QCOMPARE(maps[0].description, std::string("conv2d 2x2x1"));
        QCOMPARE(maps[1].description, std::string("relu"));
        QCOMPARE(maps[2].description, std::string("maxpool 2"));
        QCOMPARE(maps[2].layerIndex, std::size_t(2));
        QCOMPARE(maps[0].shape, (Shape{1, 4, 4}));
        QCOMPARE(maps[0].maps.size(), std::size_t(1));
        QCOMPARE(maps[0].maps[0](1, 2), 7.5f);   // v = 7
        QCOMPARE(maps[0].maps[0](0, 0), -6.5f);  // v = 0
        QCOMPARE(maps[1].maps[0](0, 0), 0.0f);   // relu
        QCOMPARE(maps[1].maps[0](3, 3), 29.5f);  // v = 18
        QCOMPARE(maps[2].shape, (Shape{1, 2, 2}));
        QCOMPARE(maps[2].maps[0](0, 0), 5.5f);   // max over v ≤ 6
        QCOMPARE(maps[2].maps[0](1, 1), 29.5f);

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, featureMaps(net, {1, 5, 5}, Batch::Zero(1, 24)));
    }

    void featureMapsOfTheCnnPresetHaveItsShapes()
    {
        auto built = makeModel(presetRecipe(ModelPreset::Cnn, 10, 0.25f).layers, {1, 28, 28}, {}, 3);
        QVERIFY(std::holds_alternative<Model>(built));
        const std::vector<LayerMaps> maps = featureMaps(std::get<Model>(built).network, {1, 28, 28}, Batch::Ones(1, 784));
        QCOMPARE(maps.size(), std::size_t(3)); // conv2d, relu, maxpool (dropout comes after flatten)
        QCOMPARE(maps[0].description, std::string("conv2d 3x3x16"));
        QCOMPARE(maps[0].shape, (Shape{16, 26, 26}));
        QCOMPARE(maps[2].shape, (Shape{16, 13, 13}));
        QCOMPARE(maps[2].maps.size(), std::size_t(16));
    }

    void plainNetworksHaveNoFeatureMaps()
    {
        Sequential net;
        net.add(std::make_unique<Dense>(2, 8));
        net.add(std::make_unique<ActivationLayer>(ActivationKind::Tanh));
        QVERIFY(featureMaps(net, Shape::flat(2), Batch::Zero(1, 2)).empty());
    }
};

QTEST_APPLESS_MAIN(InspectTest)
#include "test_inspect.moc"
