// The keyword demo's engine side: the course's vocabulary and its services, the log-mel image
// the network sees (shape, normalisation, where a tone lands, gain invariance), frozen layers
// (transfer learning: step() leaves them, the head learns), the transfer model's copied
// weights, the augmented dataset (sizes, determinism whatever the thread count) and the
// classifier's scores.
#include "audio/AudioClip.h"
#include "audio/KeywordDataset.h"
#include "audio/KeywordModel.h"
#include "audio/Spectrogram.h"
#include "nn/Activation.h"
#include "nn/Dense.h"
#include "train/Trainer.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace neurone;

namespace {

std::vector<float> tone(double hz, double seconds, double amplitude = 0.5)
{
    std::vector<float> x(std::size_t(seconds * keywordSampleRate));
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = float(amplitude * std::sin(2 * M_PI * hz * double(i) / keywordSampleRate));
    return x;
}

std::vector<float> noise(std::size_t n, std::uint32_t seed, double level = 0.1)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss(0, 1);
    std::vector<float> x(n);
    for (float& v : x)
        v = float(level) * gauss(rng);
    return x;
}

std::vector<float> values(const ParameterView& view) { return {view.values, view.values + view.size()}; }

Model keywordModel(int classes, std::uint32_t seed)
{
    std::vector<std::string> names;
    for (int c = 0; c < classes; ++c)
        names.push_back(std::string{'c', char('0' + c)}); // c0 … c9
    return std::get<Model>(makeModel(keywordNetworkLayers(classes), keywordInputShape(), names, seed));
}

// A small dataset of keyword images: class c is a tone at 300·(c+1) Hz in noise.
Dataset toneSet(int classes, int perClass)
{
    std::vector<LabelledClip> clips;
    for (int c = 0; c < classes; ++c)
        for (int i = 0; i < perClass; ++i) {
            std::vector<float> x = noise(keywordWindowSamples, std::uint32_t(100 * c + i), 0.01);
            const std::vector<float> t = tone(300.0 * (c + 1), 0.5);
            for (std::size_t k = 0; k < t.size(); ++k)
                x[8000 + k] += t[k];
            clips.push_back({x, c, ""});
        }
    std::vector<std::string> names;
    for (int c = 0; c < classes; ++c)
        names.push_back(std::string{'c', char('0' + c)}); // c0 … c9
    return keywordDataset(clips, names, {}, "tones");
}

} // namespace

class TestKeywords : public QObject {
    Q_OBJECT
private slots:
    void courseVocabularyAndServices()
    {
        const KeywordVocabulary v = KeywordVocabulary::course();
        QCOMPARE(v.keywords().size(), std::size_t(12));
        const std::vector<std::string> names = v.classNames();
        QCOMPARE(names.size(), std::size_t(14));
        QCOMPARE(names[0], std::string("malaise"));
        QCOMPARE(names[11], std::string("électrocution"));
        QCOMPARE(names[12], std::string("silence"));
        QCOMPARE(names[13], std::string("unknown"));
        QCOMPARE(v.service("hémorragie"), 15);
        QCOMPARE(v.service("cambriolage"), 17);
        QCOMPARE(v.service("gaz"), 18);
        QCOMPARE(v.service("silence"), 0);
        QCOMPARE(v.service("bonjour"), 0);
    }

    void vocabularyEditing()
    {
        KeywordVocabulary v = KeywordVocabulary::course();
        QCOMPARE(v.add({"vol", 17}).value(), std::string("'vol' is already a keyword"));
        QVERIFY(v.add({"silence", 0}).value().find("reserved") != std::string::npos);
        QVERIFY(v.add({"", 0}).has_value());
        QVERIFY(!v.add({"noyade", 18}).has_value());
        QCOMPARE(v.classNames().size(), std::size_t(15));
        QCOMPARE(v.classNames()[12], std::string("noyade"));
        QVERIFY(!v.rename("noyade", "inondation").has_value());
        QCOMPARE(v.service("inondation"), 18);
        QVERIFY(v.rename("inondation", "gaz").has_value());
        QVERIFY(!v.setService("inondation", 15).has_value());
        QCOMPARE(v.service("inondation"), 15);
        QVERIFY(!v.remove("inondation").has_value());
        QVERIFY(v.remove("inondation").has_value());
        QCOMPARE(v.keywords(), KeywordVocabulary::course().keywords());
    }

    void featureImageShapeAndNormalisation()
    {
        QCOMPARE(keywordInputShape(), (Shape{1, 40, 148}));
        KeywordFeatures features;
        const Batch row = features.features(noise(keywordWindowSamples, 1));
        QCOMPARE(row.rows(), Eigen::Index(1));
        QCOMPARE(row.cols(), Eigen::Index(5920));
        QVERIFY(std::abs(row.mean()) < 1e-4f);
        const float deviation = std::sqrt((row.array() - row.mean()).square().mean());
        QVERIFY(std::abs(deviation - 1.0f) < 1e-2f);
    }

    void aToneLandsInItsMelBand()
    {
        // 1 kHz: the band whose centre is nearest 1 kHz is the brightest row, drawn
        // upside down (row 0 = highest band).
        KeywordFeatures features;
        const Batch row = features.features(tone(1000, 1.5));
        const Eigen::Map<const Batch> image(row.data(), 40, 148);
        Eigen::Index brightest = 0;
        image.rowwise().mean().maxCoeff(&brightest);
        const SpectrogramSettings s;
        int nearest = 0;
        double best = 1e9;
        for (int b = 0; b < s.melBands; ++b) {
            const double low = hzToMel(s.minHz), high = hzToMel(s.maxHz);
            const double centre = melToHz(low + (high - low) * (b + 1) / (s.melBands + 1));
            if (std::abs(centre - 1000) < best) {
                best = std::abs(centre - 1000);
                nearest = b;
            }
        }
        QCOMPARE(int(brightest), 39 - nearest);
    }

    void gainDoesNotChangeTheImage()
    {
        KeywordFeatures features;
        std::vector<float> loud = noise(keywordWindowSamples, 7, 0.3);
        std::vector<float> quiet = loud;
        for (float& v : quiet)
            v *= 0.1f;
        const Batch a = features.features(loud);
        const Batch b = features.features(quiet);
        QVERIFY((a - b).cwiseAbs().maxCoeff() < 1e-3f);
    }

    void frozenLayersKeepTheirWeights()
    {
        Sequential network;
        network.add(std::make_unique<Dense>(3, 4));
        network.add(std::make_unique<ActivationLayer>(ActivationKind::Tanh));
        network.add(std::make_unique<Dense>(4, 4));
        network.add(std::make_unique<ActivationLayer>(ActivationKind::Tanh));
        network.add(std::make_unique<Dense>(4, 2));
        network.initialize(3);
        network.layer(2).setFrozen(true);
        network.setOptimizer({OptimizerKind::GradientDescent, 0.5});
        const std::vector<float> first = values(network.layer(0).parameters()[0]);
        const std::vector<float> middle = values(network.layer(2).parameters()[0]);
        const std::vector<float> last = values(network.layer(4).parameters()[0]);
        Batch x(2, 3), t(2, 2);
        x << 1, 2, 3, -1, 0.5f, 2;
        t << 1, 0, 0, 1;
        network.trainBatch(x, t, LossKind::MSE);
        QCOMPARE(values(network.layer(2).parameters()[0]), middle);
        QVERIFY(values(network.layer(0).parameters()[0]) != first); // below the frozen layer, still learning
        QVERIFY(values(network.layer(4).parameters()[0]) != last);
        const Sequential copy = network;
        QVERIFY(copy.layer(2).frozen());
    }

    void transferCopiesAndFreezesTheBase()
    {
        const Model base = keywordModel(10, 5);
        Model model = transferModel(base, 4, {"a", "b", "c", "d"}, true, 9);
        QCOMPARE(model.outputs(), 4);
        QCOMPARE(model.network.layerCount(), base.network.layerCount());
        Sequential source = base.network;
        // Conv layers 0, 3, 6 and dense 64 (layer 11) copied and frozen; the new dense 4 (13) not.
        for (const std::size_t k : {0u, 3u, 6u, 11u}) {
            QCOMPARE(values(model.network.layer(k).parameters()[0]), values(source.layer(k).parameters()[0]));
            QVERIFY(model.network.layer(k).frozen());
        }
        QVERIFY(!model.network.layer(13).frozen());
        QCOMPARE(model.network.layer(13).parameters()[0].cols, Eigen::Index(4));

        const Dataset data = toneSet(4, 3);
        TrainingSettings settings;
        settings.epochs = 2;
        settings.batchSize = 4;
        settings.optimizer = {OptimizerKind::Adam, 0.01};
        const std::vector<float> convBefore = values(model.network.layer(0).parameters()[0]);
        const std::vector<float> headBefore = values(model.network.layer(13).parameters()[0]);
        Trainer frozen(model.network, data, settings);
        frozen.run();
        QCOMPARE(values(frozen.network().layer(0).parameters()[0]), convBefore);
        QVERIFY(values(frozen.network().layer(13).parameters()[0]) != headBefore);

        Model open = transferModel(base, 4, {"a", "b", "c", "d"}, false, 9);
        Trainer unfrozen(open.network, data, settings);
        unfrozen.run();
        QVERIFY(values(unfrozen.network().layer(0).parameters()[0]) != convBefore);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 transferModel(std::get<Model>(makeModel(keywordNetworkLayers(3), {1, 28, 28}, {}, 1)),
                                               4, {}, true, 1));
    }

    void augmentedDatasetIsDeterministic()
    {
        std::vector<LabelledClip> clips;
        for (int c = 0; c < 3; ++c)
            clips.push_back({tone(400.0 * (c + 1), 0.6), c, "s"});
        AugmentationSettings augmentation;
        augmentation.copies = 2;
        augmentation.seed = 11;
        Eigen::setNbThreads(1);
        const Dataset one = keywordDataset(clips, {"a", "b", "c"}, augmentation, "t");
        Eigen::setNbThreads(2);
        const Dataset two = keywordDataset(clips, {"a", "b", "c"}, augmentation, "t");
        Eigen::setNbThreads(0);
        QCOMPARE(one.size(), std::size_t(9));
        QCOMPARE(one.label(0), 0);
        QCOMPARE(one.label(8), 2);
        const std::vector<std::uint32_t> all = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        QVERIFY(one.features(all) == two.features(all));
        // The augmented copies differ from the original window.
        const std::vector<std::uint32_t> pair0 = {0}, pair1 = {1};
        QVERIFY((one.features(pair0) - one.features(pair1)).cwiseAbs().maxCoeff() > 0.1f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keywordDataset({}, {"a"}, {}, "t"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keywordDataset({{tone(400, 1), 5, ""}}, {"a"}, {}, "t"));
    }

    void classifierScores()
    {
        ModelFile file;
        const KeywordVocabulary vocabulary = KeywordVocabulary::course();
        file.model = std::get<Model>(makeModel(keywordNetworkLayers(14), keywordInputShape(), vocabulary.classNames(), 2));
        file.settings = serviceSettings(vocabulary);
        QCOMPARE(vocabularyOf(file).keywords(), vocabulary.keywords());
        KeywordClassifier classifier(file);
        const KeywordScores s = classifier.classifyRecording(tone(700, 2.0));
        QCOMPARE(s.probabilities.size(), std::size_t(14));
        float sum = 0;
        for (const float p : s.probabilities)
            sum += p;
        QVERIFY(std::abs(sum - 1.0f) < 1e-5f);
        QCOMPARE(s.confidence, s.probabilities[std::size_t(s.best)]);
        QCOMPARE(s.keyword, vocabulary.classNames()[std::size_t(s.best)]);
        QCOMPARE(s.service, vocabulary.service(s.keyword));
        ModelFile other;
        other.model = std::get<Model>(makeModel(keywordNetworkLayers(3), {1, 28, 28}, {"a", "b", "c"}, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KeywordClassifier{other});
    }
};

QTEST_APPLESS_MAIN(TestKeywords)
#include "test_keywords.moc"
