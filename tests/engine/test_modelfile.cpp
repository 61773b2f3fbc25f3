// Model files: a round trip predicts the same, every damaged byte is refused, other versions
// and truncations are refused with their reason, and a model must fit its dataset.
#include "data/ToySets.h"
#include "model/ModelFile.h"
#include "model/ModelPresets.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace neurone;

namespace {

std::vector<LayerSpec> layers(const std::string& text) { return std::get<std::vector<LayerSpec>>(parseLayerList(text)); }

ModelFile smallCnnFile()
{
    Model model = std::get<Model>(makeModel(layers("conv2d 3x3x2, relu, maxpool 2, flatten, dropout 0.2, dense 3, softmax"),
                                            {1, 8, 8}, {"cat", "dog", "ankle boot"}, 7));
    EpochMetrics first{1, 0.9, 0.5, 0.8, 0.55, std::nullopt, 0.25};
    EpochMetrics second{2, 0.7, 0.625, 0.75, 0.6, 0.58, 0.5};
    return {std::move(model), {{"loss", "ce"}, {"optimizer", "adam"}, {"learning_rate", "0.001"}}, {first, second}};
}

ModelFile xorFile()
{
    return {std::get<Model>(makeModel(presetRecipe(ModelPreset::Xor, 2).layers, Shape::flat(2), {"0", "1"}, 1)), {}, {}};
}

std::string errorOf(std::string_view bytes)
{
    const auto parsed = parseModelFile(bytes);
    const auto* error = std::get_if<std::string>(&parsed);
    return error ? *error : std::string("(loaded)");
}

// The checksum the file ends with, recomputed by a plain bitwise CRC-32 after an edit.
void resealed(std::string& bytes)
{
    std::uint32_t crc = 0xffffffffu;
    for (std::size_t k = 0; k + 4 < bytes.size(); ++k) {
        crc ^= std::uint8_t(bytes[k]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    crc = ~crc;
    for (int k = 0; k < 4; ++k)
        bytes[bytes.size() - 4 + std::size_t(k)] = char((crc >> (8 * k)) & 0xff);
}

} // namespace

class ModelFileTest : public QObject {
    Q_OBJECT
private slots:
    void roundTripPredictsTheSame()
    {
        const ModelFile original = smallCnnFile();
        const std::string bytes = serializeModelFile(original);
        QVERIFY(bytes.starts_with(std::string("NEURONE\0", 8)));
        const auto parsed = parseModelFile(bytes);
        QVERIFY2(std::holds_alternative<ModelFile>(parsed), errorOf(bytes).c_str());
        ModelFile loaded = std::get<ModelFile>(parsed);
        QCOMPARE(layerListText(loaded.model.layers), layerListText(original.model.layers));
        QCOMPARE(loaded.model.input, (Shape{1, 8, 8}));
        QCOMPARE(loaded.model.classNames, original.model.classNames);
        QCOMPARE(loaded.settings, original.settings);
        QCOMPARE(loaded.history.size(), std::size_t(2));
        QCOMPARE(loaded.history[1].validationLoss, std::optional(0.75));
        QCOMPARE(loaded.history[1].testAccuracy, std::optional(0.58));
        QVERIFY(!loaded.history[0].testAccuracy);
        QCOMPARE(loaded.history[0].seconds, 0.25);
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
        const Batch x = Batch::NullaryExpr(5, 64, [&] { return uniform(rng); });
        Sequential originalNetwork = original.model.network;
        QCOMPARE(loaded.model.network.predict(x), originalNetwork.predict(x)); // bit for bit
        // Saving the loaded model gives the same bytes.
        QCOMPARE(serializeModelFile(loaded), bytes);
    }

    void everyDamagedByteIsRefused()
    {
        // Every byte is significant (no padding) and covered by the CRC-32, which detects every
        // error confined to one byte.
        const std::string bytes = serializeModelFile(xorFile());
        for (std::size_t at = 0; at < bytes.size(); ++at)
            for (const int flip : {0x01, 0x80, 0xff}) {
                std::string damaged = bytes;
                damaged[at] = char(damaged[at] ^ flip);
                QVERIFY2(std::holds_alternative<std::string>(parseModelFile(damaged)),
                         qPrintable(QString("byte %1 ^ %2 was accepted").arg(at).arg(flip)));
            }
    }

    void refusesOtherFilesWithTheReason()
    {
        const std::string bytes = serializeModelFile(xorFile());
        std::string magic = bytes;
        magic[0] = 'n';
        QCOMPARE(errorOf(magic), std::string("not a Neurone model file (no NEURONE signature)"));
        std::string future = bytes;
        future[8] = 99;
        QCOMPARE(errorOf(future), std::string("model format 99 is not supported: this version of Neurone reads format 1 "
                                              "(the file is from a newer Neurone)"));
        std::string flipped = bytes;
        flipped[bytes.size() / 2] ^= 0x10;
        QCOMPARE(errorOf(flipped), std::string("the model file is damaged or truncated (its checksum does not match)"));
        for (std::size_t length = 0; length < bytes.size(); length += 7) {
            const std::string error = errorOf(std::string_view(bytes).substr(0, length));
            QVERIFY2(error.starts_with("too short to be a Neurone model") || error.starts_with("not a Neurone model")
                         || error.starts_with("the model file is damaged or truncated"),
                     qPrintable(QString("%1 bytes: %2").arg(length).arg(QString::fromStdString(error))));
        }
        QCOMPARE(errorOf(""), std::string("too short to be a Neurone model (0 bytes)"));
        QCOMPARE(errorOf("garbage that is not a model at all"), std::string("not a Neurone model file (no NEURONE signature)"));
    }

    void refusesEpochNumbersThatAreNotWholeInts()
    {
        // Found by fuzz_model: "epoch=1222…2" (1.2e68) was cast to int (undefined behaviour).
        for (const std::string number : {"1222222222222222222222222222222222222222222222222222222222222222222222",
                                         "2.5", "-1", "nan", "inf"}) {
            std::string bytes = serializeModelFile(smallCnnFile());
            const std::size_t at = bytes.find("epoch=1 ") + 6;
            bytes.replace(at, 1, number);
            std::uint32_t headerLength = 0;
            std::memcpy(&headerLength, bytes.data() + 12, 4); // little-endian, as this machine
            headerLength += std::uint32_t(number.size() - 1);
            std::memcpy(bytes.data() + 12, &headerLength, 4);
            resealed(bytes);
            QVERIFY2(errorOf(bytes).find("history line 'epoch=" + number) != std::string::npos, errorOf(bytes).c_str());
        }
    }
    void refusesFiniteWeightsWhoseOutputsOverflow()
    {
        // Found by fuzz_model: a convolution bias of 1.7e15 and dense weights of 1.9e33, each
        // finite, gave ∞ after the dense layer and NaN after the softmax.
        ModelFile file = smallCnnFile();
        std::vector<ParameterView> tensors = file.model.network.parameters(); // conv W, b; dense W, b
        QCOMPARE(int(tensors.size()), 4);
        tensors[1].values[0] = 1.7e15f;
        tensors[2].values[0] = 1.9e33f;
        QVERIFY(std::holds_alternative<ModelFile>(parseModelFile(serializeModelFile(smallCnnFile()))));
        const std::string large = serializeModelFile(file);
        QCOMPARE(errorOf(large), std::string("the model's weights are so large that its outputs overflow (they are "
                                             "not finite numbers): it cannot predict anything"));
        // Large but harmless weights still load, and keep their values.
        tensors[2].values[0] = 1.0e3f;
        auto parsed = parseModelFile(serializeModelFile(file));
        QVERIFY(std::holds_alternative<ModelFile>(parsed));
        QCOMPARE(std::get<ModelFile>(parsed).model.network.parameters()[1].values[0], 1.7e15f);
    }
    void refusesSealedFilesThatDoNotFitTheirLayers()
    {
        // Files with a correct checksum but inconsistent contents (a writer's bug, or made by hand).
        const std::string bytes = serializeModelFile(xorFile());
        const auto edited = [&](const std::string& from, const std::string& to) {
            std::string copy = bytes;
            const auto at = copy.find(from);
            copy.replace(at, from.size(), to);
            resealed(copy);
            return errorOf(copy);
        };
        QCOMPARE(edited("layers=dense 2,", "layers=dense 3,"),
                 std::string("weight tensor 1 (W) is 2×2 in the file; the layers need 2×3"));
        QCOMPARE(edited("input=2\n", "input=3\n"), std::string("weight tensor 1 (W) is 2×2 in the file; the layers need 3×2"));
        QCOMPARE(edited("input=2\n", "input=x\n"), std::string("the model's input shape 'x' is not valid"));
        QCOMPARE(edited("layers=dense 2,", "layers=dense 0,"),
                 std::string("the model's layer list is not valid: layer 1 ('dense 0'): dense takes a number of neurons, "
                             "1 to 65536 (e.g. 'dense 128')"));
        QCOMPARE(edited("layers=dense 2, sigmoid", "layers=conv2d 1x1x2 "),
                 std::string("the model's layers cannot be built: layer 1 (conv2d 1x1x2): it takes images, but its "
                             "input is 2 features"));
        // Layers needing more weights than the file holds are refused before anything is allocated:
        // the 4 + 4·8 + 9·4 bytes after the header hold at most 18 values; dense 9 alone needs 27.
        QCOMPARE(edited("layers=dense 2,", "layers=dense 9,"),
                 std::string("the model's layers cannot be built: layer 1 (dense 9): the network would have more than "
                             "18 parameters"));
        // A non-finite weight: the first weight's four bytes become a NaN.
        std::string nan = bytes;
        const std::size_t firstWeight = 16 + std::size_t(std::uint8_t(bytes[12])) + 4 + 8;
        const float notANumber = std::nanf("");
        std::memcpy(nan.data() + firstWeight, &notANumber, 4);
        resealed(nan);
        QCOMPARE(errorOf(nan), std::string("weight tensor 1 holds a value that is not a finite number"));
        std::string longer = bytes;
        longer.insert(longer.size() - 4, "\0\0\0\0", 4);
        resealed(longer);
        QCOMPARE(errorOf(longer), std::string("the model file has 4 unexpected bytes after its weights"));
    }

    void modelMustFitTheDataset()
    {
        const Model images = std::get<Model>(makeModel(presetRecipe(ModelPreset::Softmax, 10).layers, {1, 28, 28}, {}, 1));
        const Dataset spirals = twoSpirals({20, 0.1f, 1});
        QCOMPARE(whyModelDoesNotFit(images, spirals), std::optional<std::string>(
                                                          "this model takes 28×28 images; the two spirals set has 2 features"));
        const Model tenClasses = std::get<Model>(makeModel(layers("dense 10, softmax"), Shape::flat(2), {}, 1));
        QCOMPARE(whyModelDoesNotFit(tenClasses, spirals),
                 std::optional<std::string>("this model has 10 outputs; the two spirals set has 2 classes"));
        const Model xor2 = std::get<Model>(makeModel(presetRecipe(ModelPreset::Xor, 2).layers, Shape::flat(2), {}, 1));
        QVERIFY(!whyModelDoesNotFit(xor2, spirals)); // one output for two classes
        QVERIFY(!whyModelDoesNotFit(xor2, xorSet()));
    }
};

QTEST_APPLESS_MAIN(ModelFileTest)
#include "test_modelfile.moc"
