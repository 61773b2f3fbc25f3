// Layer lists: parsing with the reason for a bad item, building with the layer that cannot
// take its input named, the presets, and Keras-style parameter counts.
#include "model/ModelPresets.h"
#include "model/NetworkBuilder.h"

#include <QTest>

using namespace neurone;

namespace {

std::string parseError(const std::string& text)
{
    const auto parsed = parseLayerList(text);
    const auto* error = std::get_if<std::string>(&parsed);
    return error ? *error : std::string("(parsed)");
}

std::string buildError(const std::string& text, Shape input)
{
    const auto built = buildNetwork(std::get<std::vector<LayerSpec>>(parseLayerList(text)), input);
    const auto* error = std::get_if<std::string>(&built);
    return error ? *error : std::string("(built)");
}

NetworkSummary summary(const std::vector<LayerSpec>& layers, Shape input)
{
    return std::get<NetworkSummary>(summarizeNetwork(layers, input));
}

} // namespace

class NetworkBuilderTest : public QObject {
    Q_OBJECT
private slots:
    void parsesLayerLists()
    {
        const auto parsed = parseLayerList("conv2d 3×3×16 same; relu\n maxpool 2, flatten, dropout 0.25, dense 10, softmax,");
        const auto& layers = std::get<std::vector<LayerSpec>>(parsed);
        QCOMPARE(layers.size(), std::size_t(7));
        QCOMPARE(layers[0].kind, LayerKind::Conv2D);
        QCOMPARE(layers[0].size, 3);
        QCOMPARE(layers[0].units, 16);
        QVERIFY(layers[0].samePadding);
        QCOMPARE(layers[4].rate, 0.25f);
        QCOMPARE(layerListText(layers), std::string("conv2d 3x3x16 same, relu, maxpool 2, flatten, dropout 0.25, dense 10, softmax"));
        QCOMPARE(layerListText(std::get<std::vector<LayerSpec>>(parseLayerList(layerListText(layers)))), layerListText(layers));
    }

    void refusesBadItems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << " , " << "layer 1 (''): unknown layer '' (dense, conv2d, maxpool, avgpool, flatten, "
                                           "dropout, or an activation: sigmoid, tanh, relu, leaky-relu, elu, softplus, "
                                           "linear, softmax, step)";
        QTest::newRow("nothing") << "" << "the layer list is empty";
        QTest::newRow("typo") << "dense 4, maxpol 2" << "layer 2 ('maxpol 2'): unknown layer 'maxpol' (dense, conv2d, "
                                                        "maxpool, avgpool, flatten, dropout, or an activation: sigmoid, "
                                                        "tanh, relu, leaky-relu, elu, softplus, linear, softmax, step)";
        QTest::newRow("dense size") << "dense" << "layer 1 ('dense'): dense takes a number of neurons, 1 to 65536 (e.g. 'dense 128')";
        QTest::newRow("dense huge") << "dense 99999999999" << "layer 1 ('dense 99999999999'): dense takes a number of neurons, 1 to 65536 (e.g. 'dense 128')";
        QTest::newRow("conv kernel") << "conv2d 3x4x2" << "layer 1 ('conv2d 3x4x2'): conv2d takes FxFxK, K filters of F×F, optionally 'same' (e.g. 'conv2d 3x3x16')";
        QTest::newRow("dropout rate") << "dropout 1" << "layer 1 ('dropout 1'): dropout takes a rate r, 0 ≤ r < 1 (e.g. 'dropout 0.5')";
        QTest::newRow("activation argument") << "relu 3" << "layer 1 ('relu 3'): relu takes no argument";
    }
    void refusesBadItems()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QCOMPARE(QString::fromStdString(parseError(text.toStdString())), reason);
    }

    void namesTheImpossibleLayer()
    {
        QCOMPARE(buildError("conv2d 3x3x16, relu, dense 10", {1, 28, 28}),
                 std::string("layer 3 (dense 10): its input is 16×26×26 feature maps, not plain features: put flatten before it"));
        QCOMPARE(buildError("dense 10", {1, 28, 28}),
                 std::string("layer 1 (dense 10): its input is 28×28 images, not plain features: put flatten before it"));
        QCOMPARE(buildError("conv2d 3x3x16", Shape::flat(2)),
                 std::string("layer 1 (conv2d 3x3x16): it takes images, but its input is 2 features"));
        QCOMPARE(buildError("conv2d 3x3x4, maxpool 2, maxpool 2", {1, 28, 28}),
                 std::string("layer 3 (maxpool 2): on 4×13×13 feature maps: height: (W − F + 2P)/S + 1 = (13 − 2 + 0)/2 + 1 = "
                             "6.5 is not a whole number"));
        QCOMPARE(buildError("conv2d 9x9x1", {1, 5, 5}),
                 std::string("layer 1 (conv2d 9x9x1): on 5×5 images: height: the window (9) is larger than the padded input (5)"));
        QCOMPARE(buildError("dense 65536, dense 65536", Shape::flat(2)),
                 std::string("layer 2 (dense 65536): the network would have more than 67108864 parameters"));
        QCOMPARE(buildError("conv2d 3x3x4 same, flatten, dense 3", {1, 28, 28}), std::string("(built)"));
    }

    void presetsAndTheirParameterCounts()
    {
        // Keras' summary: dense d→N has d·N + N; conv2d F×F×K on C channels has F·F·C·K + K.
        const NetworkSummary softmax = summary(presetRecipe(ModelPreset::Softmax, 10).layers, {1, 28, 28});
        QCOMPARE(softmax.totalParameters, std::size_t(7850)); // 784·10 + 10
        const NetworkSummary mlp = summary(presetRecipe(ModelPreset::Mlp, 10, 0.2f).layers, {1, 28, 28});
        QCOMPARE(mlp.totalParameters, std::size_t(101770)); // 784·128 + 128 + 128·10 + 10
        QCOMPARE(mlp.layers[3].layer, std::string("dropout 0.2"));
        const NetworkSummary cnn = summary(presetRecipe(ModelPreset::Cnn, 10).layers, {1, 28, 28});
        QCOMPARE(cnn.layers.size(), std::size_t(6));
        QCOMPARE(cnn.layers[0].parameters, std::size_t(160)); // 3·3·1·16 + 16
        QCOMPARE(cnn.layers[0].output, (Shape{16, 26, 26}));
        QCOMPARE(cnn.layers[2].output, (Shape{16, 13, 13}));
        QCOMPARE(cnn.layers[3].output, Shape::flat(2704));
        QCOMPARE(cnn.layers[4].parameters, std::size_t(27050)); // 2704·10 + 10
        QCOMPARE(cnn.totalParameters, std::size_t(27210));
        QCOMPARE(summaryText(cnn), std::string("layer\toutput\tparameters\n"
                                               "conv2d 3x3x16\t16×26×26\t160\n"
                                               "relu\t16×26×26\t0\n"
                                               "maxpool 2\t16×13×13\t0\n"
                                               "flatten\t2704\t0\n"
                                               "dense 10\t10\t27050\n"
                                               "softmax\t10\t0\n"
                                               "total parameters\t27210\n"));
        QCOMPARE(summary(presetRecipe(ModelPreset::Xor, 2).layers, Shape::flat(2)).totalParameters, std::size_t(9));
        QCOMPARE(summary(presetRecipe(ModelPreset::Toy, 2).layers, Shape::flat(2)).totalParameters, // 16 tanh units, 2 layers
                 std::size_t(48 + 272 + 34)); // 2·16+16, 16·16+16, 16·2+2
        for (const ModelPreset preset : allModelPresets)
            QCOMPARE(modelPresetFromName(modelPresetName(preset)), std::optional(preset));
    }

    void checksEveryLayerAsItIsBuilt()
    {
        const std::vector<LayerCheck> cnn = checkLayers(presetRecipe(ModelPreset::Cnn, 10).layers, {1, 28, 28});
        QCOMPARE(cnn.size(), std::size_t(6));
        QCOMPARE(cnn[0].layer, std::string("conv2d 3x3x16"));
        QCOMPARE(cnn[0].output, std::optional(Shape{16, 26, 26}));
        QCOMPARE(cnn[0].parameters, std::size_t(160)); // 3·3·1·16 + 16
        QCOMPARE(cnn[1].output, std::optional(Shape{16, 26, 26}));
        QCOMPARE(cnn[2].output, std::optional(Shape{16, 13, 13}));
        QCOMPARE(cnn[2].parameters, std::size_t(0));
        QCOMPARE(cnn[3].output, std::optional(Shape::flat(2704)));
        QCOMPARE(cnn[4].output, std::optional(Shape::flat(10)));
        QCOMPARE(cnn[4].parameters, std::size_t(27050)); // 2704·10 + 10
        QCOMPARE(cnn[5].output, std::optional(Shape::flat(10)));
        for (const LayerCheck& check : cnn)
            QCOMPARE(check.problem, std::string());
        QCOMPARE(totalParameters(cnn), std::size_t(27210));
        QCOMPARE(networkProblem(cnn), std::string());
    }

    void flagsTheFirstImpossibleLayerOnly()
    {
        const auto layers = std::get<std::vector<LayerSpec>>(parseLayerList("conv2d 3x3x16, relu, dense 10, softmax, dense 2"));
        const std::vector<LayerCheck> checks = checkLayers(layers, {1, 28, 28});
        QCOMPARE(checks.size(), std::size_t(5));
        QCOMPARE(checks[1].output, std::optional(Shape{16, 26, 26}));
        QCOMPARE(checks[1].problem, std::string());
        QCOMPARE(checks[2].output, std::optional<Shape>());
        QCOMPARE(checks[2].parameters, std::size_t(0));
        QCOMPARE(checks[2].problem, std::string("its input is 16×26×26 feature maps, not plain features: put flatten before it"));
        for (std::size_t k : {std::size_t(3), std::size_t(4)}) { // unknown: their input is
            QCOMPARE(checks[k].output, std::optional<Shape>());
            QCOMPARE(checks[k].problem, std::string());
            QCOMPARE(checks[k].parameters, std::size_t(0));
        }
        QCOMPARE(totalParameters(checks), std::size_t(160));
        QCOMPARE(networkProblem(checks), buildError("conv2d 3x3x16, relu, dense 10, softmax, dense 2", {1, 28, 28}));
        QCOMPARE(networkProblem(checks),
                 std::string("layer 3 (dense 10): its input is 16×26×26 feature maps, not plain features: put flatten before it"));

        // 26 is not a multiple of 5: (26 − 5)/5 + 1 = 5.2 windows.
        const auto pooled = checkLayers(std::get<std::vector<LayerSpec>>(parseLayerList("conv2d 3x3x16, maxpool 5, flatten")),
                                        {1, 28, 28});
        QCOMPARE(pooled[0].output, std::optional(Shape{16, 26, 26}));
        QCOMPARE(pooled[1].output, std::optional<Shape>());
        QCOMPARE(pooled[1].problem, std::string("on 16×26×26 feature maps: height: (W − F + 2P)/S + 1 = (26 − 5 + 0)/5 + 1 = "
                                                "5.2 is not a whole number"));
        QCOMPARE(pooled[2].output, std::optional<Shape>());
        QCOMPARE(pooled[2].problem, std::string());
        QCOMPARE(networkProblem(pooled), buildError("conv2d 3x3x16, maxpool 5, flatten", {1, 28, 28}));

        QCOMPARE(networkProblem(checkLayers({}, {1, 28, 28})), std::string("a network needs at least one layer"));
        const auto tooBig = checkLayers(std::get<std::vector<LayerSpec>>(parseLayerList("dense 65536, dense 65536")), Shape::flat(2));
        QCOMPARE(tooBig[0].parameters, std::size_t(196608)); // 2·65536 + 65536, counted without allocating
        QCOMPARE(tooBig[1].problem, std::string("the network would have more than 67108864 parameters"));
        QCOMPARE(checkLayers(layers, {0, 28, 28})[0].problem, std::string("an input of 0×28×28 values is not possible"));
    }

    void checksAgreeWithTheBuiltNetworks()
    {
        for (const ModelPreset preset : allModelPresets)
            for (const Shape input : {Shape{1, 28, 28}, Shape::flat(2)}) {
                const std::vector<LayerSpec> layers = presetRecipe(preset, 3, 0.25f).layers;
                const std::vector<LayerCheck> checks = checkLayers(layers, input);
                const auto summarized = summarizeNetwork(layers, input);
                if (const auto* reason = std::get_if<std::string>(&summarized)) {
                    QCOMPARE(networkProblem(checks), *reason);
                    continue;
                }
                const NetworkSummary& built = std::get<NetworkSummary>(summarized);
                QCOMPARE(networkProblem(checks), std::string());
                QCOMPARE(totalParameters(checks), built.totalParameters);
                for (std::size_t k = 0; k < layers.size(); ++k) {
                    QCOMPARE(checks[k].output, std::optional(built.layers[k].output));
                    QCOMPARE(checks[k].parameters, built.layers[k].parameters);
                }
            }
    }

    void weightInitFollowsTheActivation()
    {
        // He before ReLU (limit √(6/784) ≈ 0.0875), Glorot before softmax (√(6/138) ≈ 0.2085).
        auto built = buildNetwork(presetRecipe(ModelPreset::Mlp, 10).layers, {1, 28, 28});
        Sequential& net = std::get<Sequential>(built);
        net.initialize(1);
        const std::vector<ParameterView> p = net.parameters();
        QVERIFY(p[0].value().cwiseAbs().maxCoeff() <= 0.0875f);
        QVERIFY(p[0].value().cwiseAbs().maxCoeff() > 0.085f);
        QVERIFY(p[2].value().cwiseAbs().maxCoeff() <= 0.2086f);
        QVERIFY(p[2].value().cwiseAbs().maxCoeff() > 0.19f);
    }
};

QTEST_APPLESS_MAIN(NetworkBuilderTest)
#include "test_networkbuilder.moc"
