// The Keywords panel's Train page, offscreen, its worker thread for real: a tiny synthetic task
// (sine bursts at 400 Hz and 1500 Hz, silence, 3500 Hz "unknown" bursts) trained from scratch
// recognises its held-out recordings; transfer learning with frozen layers keeps the base's
// convolution weights bit for bit and retrains the head; unfrozen, every layer moves; too few
// recordings disable Train and say what to record; the saved model carries the services.
#include "keywords/KeywordTrainingView.h"

#include "audio/KeywordModel.h"
#include "io/KeywordRecordings.h"
#include "io/ModelStorage.h"
#include "training/TrainingCurves.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

namespace {

constexpr int wait = 300'000;

neurone::KeywordVocabulary vocabulary() { return neurone::KeywordVocabulary({{"grave", 15}, {"aigu", 18}}); }

// 1.5 s: a 0.5 s burst of `hz` (0 = none) in quiet noise, its start and level varied.
std::vector<float> burst(double hz, std::mt19937& rng)
{
    std::vector<float> samples(24000);
    std::normal_distribution<float> noise(0, 0.003f);
    std::uniform_int_distribution<int> start(3000, 12000);
    std::uniform_real_distribution<double> level(0.2, 0.6), detune(0.97, 1.03);
    const int from = start(rng);
    const double amplitude = level(rng), f = hz * detune(rng);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        samples[i] = noise(rng);
        const int t = int(i) - from;
        if (hz > 0 && t >= 0 && t < 8000)
            samples[i] += float(amplitude * std::sin(2 * std::numbers::pi * f * t / 16000.0));
    }
    return samples;
}

void writeTask(const QString& folder, int perClass)
{
    io::KeywordRecordings recordings(folder);
    std::mt19937 rng(42);
    const std::vector<std::pair<QString, double>> classes = {{"grave", 400}, {"aigu", 1500}, {"silence", 0},
                                                             {"unknown", 3500}};
    for (const auto& [label, hz] : classes)
        for (int i = 0; i < perClass; ++i)
            QVERIFY(std::holds_alternative<io::Recording>(
                recordings.add(label, i % 2 ? "ben" : "ana", {burst(hz, rng), 16000})));
}

std::vector<std::vector<float>> tensors(neurone::Sequential network)
{
    std::vector<std::vector<float>> all;
    for (const neurone::ParameterView& p : network.parameters())
        all.emplace_back(p.values, p.values + p.size());
    return all;
}

neurone::Model baseModel()
{
    auto built = neurone::makeModel(neurone::keywordNetworkLayers(5), neurone::keywordInputShape(),
                                    {"a", "b", "c", "silence", "unknown"}, 7);
    return std::get<neurone::Model>(std::move(built));
}

KeywordTrainingOptions quick(bool transfer, bool unfreeze)
{
    KeywordTrainingOptions options;
    options.copies = 0;
    options.epochs = 2;
    options.transfer = transfer;
    options.unfreezeAll = unfreeze;
    return options;
}

} // namespace

class TestKeywordTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutTheShippedModelTransferIsDisabled()
    {
        KeywordTrainingView view; // no :/models resource in the widget tests
        QVERIFY(!view.options().transfer);
        const auto* transfer = view.findChild<QCheckBox*>("transfer");
        QVERIFY(transfer != nullptr);
        QVERIFY(!transfer->isEnabled());
        QVERIFY(transfer->toolTip().contains("from scratch"));
    }

    void tooFewRecordingsSayWhatToRecord()
    {
        QTemporaryDir dir;
        KeywordTrainingView view;
        view.setVocabulary(vocabulary());
        view.setRecordingsFolder(dir.path());
        QVERIFY(!view.canTrain());
        QVERIFY2(view.message().contains("Record at least 2 examples"), qPrintable(view.message()));

        io::KeywordRecordings recordings(dir.path());
        std::mt19937 rng(1);
        recordings.add("grave", "ana", {burst(400, rng), 16000});
        for (int i = 0; i < 3; ++i)
            recordings.add("aigu", "ana", {burst(1500, rng), 16000});
        view.refresh();
        QVERIFY(!view.canTrain());
        QVERIFY2(view.message().contains("«grave» (1 recorded)"), qPrintable(view.message()));
        const auto* train = view.findChild<QPushButton*>("train");
        QVERIFY(train != nullptr);
        QVERIFY(!train->isEnabled());
        view.train(); // refused, nothing starts
        QVERIFY(!view.isTraining());

        recordings.add("grave", "ana", {burst(400, rng), 16000});
        view.refresh();
        QVERIFY(view.canTrain());
        QVERIFY(train->isEnabled());
    }

    void learnsTheSyntheticTaskFromScratch()
    {
        QTemporaryDir dir;
        writeTask(dir.path(), 10);
        KeywordTrainingView view;
        view.setVocabulary(vocabulary());
        view.setRecordingsFolder(dir.path());
        QVERIFY(view.canTrain());
        KeywordTrainingOptions options = quick(false, false);
        options.copies = 2;
        options.epochs = 8;
        view.setOptions(options);
        QSignalSpy trained(&view, &KeywordTrainingView::modelTrained);
        view.train();
        QVERIFY(view.waitUntilIdle(wait));
        QVERIFY2(view.lastResult().has_value(), qPrintable(view.message()));
        QCOMPARE(trained.count(), 1);

        const KeywordTrainingResult& result = *view.lastResult();
        QCOMPARE(result.heldOutCount, std::size_t(8)); // every 5th of 10, for 4 classes
        QVERIFY(result.heldOut.has_value());
        QCOMPARE(result.heldOut->confusion.total(), result.heldOutCount);
        QVERIFY2(result.heldOut->accuracy >= 0.9, qPrintable(QString::number(result.heldOut->accuracy)));
        QCOMPARE(result.trainingSamples, std::size_t(32 * 3));
        QCOMPARE(int(result.file.history.size()), 8);
        QVERIFY(view.curves()->series(TrainingCurves::TrainAccuracy)->dataCount() >= 8);
        QVERIFY(view.curves()->series(TrainingCurves::ValidationAccuracy)->dataCount() >= 8);
        QVERIFY(view.curves()->series(TrainingCurves::BatchLoss)->dataCount() >= 8);
        QCOMPARE(view.speakerTable()->rowCount(), 2); // ana and ben

        // Saved, reopened, with the services.
        const QString path = dir.filePath("model.neurone");
        QCOMPARE(view.saveModel(path), QString());
        auto reopened = io::readModelFile(path);
        QVERIFY(std::holds_alternative<neurone::ModelFile>(reopened));
        const neurone::ModelFile& file = std::get<neurone::ModelFile>(reopened);
        QCOMPARE(file.model.classNames, vocabulary().classNames());
        QCOMPARE(neurone::vocabularyOf(file).service("grave"), 15);
        QCOMPARE(neurone::vocabularyOf(file).service("aigu"), 18);

        // A folder that does not exist: refused with what to do, the model saved before untouched.
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        saved.close();
        const QString problem = view.saveModel(dir.filePath("no/such/folder/model.neurone"));
        QVERIFY2(problem.startsWith("The model was not saved: Cannot write "), qPrintable(problem));
        QVERIFY(problem.endsWith(". Choose another folder or file name."));
        QCOMPARE(view.message(), problem);
        QVERIFY(view.lastResult().has_value()); // still there to save elsewhere
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
    }

    // A recording damaged on disk stops the training with its name and what to do.
    void damagedRecordingStopsTheTrainingAndSaysWhatToDo()
    {
        QTemporaryDir dir;
        writeTask(dir.path(), 3);
        const io::Recording victim = io::KeywordRecordings(dir.path()).list("grave").front();
        QFile file(victim.path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("RIFF\x10\0\0\0WAVEjunk", 16);
        file.close();
        KeywordTrainingView view;
        view.setVocabulary(vocabulary());
        view.setRecordingsFolder(dir.path());
        view.setOptions(quick(false, false));
        QVERIFY(view.canTrain());
        view.train();
        QVERIFY(view.waitUntilIdle(wait));
        QVERIFY(!view.lastResult().has_value());
        QVERIFY2(view.message().contains(QFileInfo(victim.path).fileName()), qPrintable(view.message()));
        QVERIFY(view.message().endsWith("Delete this recording on the Recordings page (or record it again), then train again."));
        QVERIFY(view.canTrain()); // nothing else changed: Train is offered again
    }

    void heldOutSpeaker()
    {
        QTemporaryDir dir;
        writeTask(dir.path(), 6);
        KeywordTrainingView view;
        view.setVocabulary(vocabulary());
        view.setRecordingsFolder(dir.path());
        KeywordTrainingOptions options = quick(false, false);
        options.heldOutSpeaker = "ben";
        view.setOptions(options);
        QCOMPARE(view.options().heldOutSpeaker, QString("ben"));
        view.train();
        QVERIFY(view.waitUntilIdle(wait));
        QVERIFY2(view.lastResult().has_value(), qPrintable(view.message()));
        QCOMPARE(view.lastResult()->heldOutCount, std::size_t(12));
        QCOMPARE(view.lastResult()->speakers.size(), std::size_t(1));
        QCOMPARE(view.lastResult()->speakers[0].speaker, QString("ben"));
    }

    void transferWithFrozenLayersRetrainsOnlyTheHead()
    {
        QTemporaryDir dir;
        writeTask(dir.path(), 5);
        const neurone::Model base = baseModel();
        const QString basePath = dir.filePath("base.neurone");
        QCOMPARE(io::writeModelFile({base, {}, {}}, basePath), QString());

        for (const bool unfreeze : {false, true}) {
            KeywordTrainingView view;
            view.setBaseModelPath(basePath);
            view.setVocabulary(vocabulary());
            view.setRecordingsFolder(dir.path());
            view.setOptions(quick(true, unfreeze));
            QVERIFY(view.options().transfer);
            view.train();
            QVERIFY(view.waitUntilIdle(wait));
            QVERIFY2(view.lastResult().has_value(), qPrintable(view.message()));

            const auto before = tensors(base.network);
            const auto start = tensors(neurone::transferModel(base, 4, vocabulary().classNames(), !unfreeze, 1).network);
            const auto after = tensors(view.lastResult()->file.model.network);
            QCOMPARE(after.size(), before.size());
            const std::size_t head = after.size() - 2; // the new last dense layer: W, b
            QVERIFY(after[head] != start[head]);       // the head learned
            if (!unfreeze) {
                for (std::size_t t = 0; t < head; ++t)
                    QVERIFY2(after[t] == before[t], qPrintable(QString("tensor %1 changed").arg(t)));
            } else {
                QVERIFY(after[0] != before[0]); // the first convolution moved too
            }
        }
    }

    void cancelStopsWithAMessage()
    {
        QTemporaryDir dir;
        writeTask(dir.path(), 5);
        KeywordTrainingView view;
        view.setVocabulary(vocabulary());
        view.setRecordingsFolder(dir.path());
        KeywordTrainingOptions options = quick(false, false);
        options.epochs = 200;
        view.setOptions(options);
        QSignalSpy trained(&view, &KeywordTrainingView::modelTrained);
        view.train();
        QTRY_VERIFY_WITH_TIMEOUT(view.curves()->series(TrainingCurves::BatchLoss)->dataCount() > 0, wait);
        view.cancel();
        QVERIFY(view.waitUntilIdle(wait));
        QVERIFY2(view.message().contains("cancelled"), qPrintable(view.message()));
        QCOMPARE(trained.count(), 0);
        QVERIFY(view.canTrain());
    }
};

QTEST_MAIN(TestKeywordTraining)
#include "test_keywordtraining.moc"
