// The keyword panel driven offscreen, its worker thread for real: a file classified through the
// panel gives the engine's scores bit for bit; the spectrogram's rows (40 mel, 257 linear) and
// columns (100 a second); a synthetic stream gives exactly one 1.5 s utterance, shown with the
// classifier's verdict or "not sure"; no input device; and the whole microphone path through a
// private PulseAudio daemon ("virtmic") with an espeak-ng "incendie", its latency printed.
#include "../PulseMicrophone.h"

#include "keywords/ConfidenceBars.h"
#include "keywords/KeywordsPanel.h"
#include "keywords/ListenPage.h"
#include "keywords/ResultBanner.h"
#include "keywords/SpectrogramView.h"
#include "keywords/UtteranceHistory.h"

#include "audio/KeywordModel.h"
#include "io/AudioFile.h"
#include "io/ModelStorage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <random>

namespace {

constexpr int rate = neurone::keywordSampleRate;

std::vector<float> silence(double seconds) { return std::vector<float>(std::size_t(seconds * rate), 0.0f); }

// A vowel-like burst: 220 Hz and its harmonics with a little noise, amplitude 0.3.
std::vector<float> burst(double seconds)
{
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 0.02f);
    std::vector<float> samples(std::size_t(seconds * rate));
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const double t = double(n) / rate;
        samples[n] = float(0.15 * std::sin(2 * M_PI * 220 * t) + 0.1 * std::sin(2 * M_PI * 660 * t)
                           + 0.05 * std::sin(2 * M_PI * 1320 * t)) + noise(random);
    }
    return samples;
}

void feedInChunks(ListenPage& page, const std::vector<float>& samples, std::size_t chunk = 320)
{
    for (std::size_t at = 0; at < samples.size(); at += chunk)
        page.feedSamples({samples.begin() + std::ptrdiff_t(at),
                          samples.begin() + std::ptrdiff_t(std::min(at + chunk, samples.size()))});
}

// What the banner says for these scores at this threshold.
QString expectedBanner(const neurone::KeywordScores& scores, double threshold)
{
    if (scores.confidence < threshold)
        return "not sure";
    if (scores.keyword == neurone::silenceClass)
        return "silence";
    if (scores.keyword == neurone::unknownClass)
        return "not a keyword";
    return QString::fromStdString(scores.keyword);
}

} // namespace

class TestKeywordsPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Before anything touches QMediaDevices: this process then sees only the private daemon.
        microphone_ = std::make_unique<PulseMicrophone>();
        QVERIFY2(microphone_->ok(), qPrintable(microphone_->error()));
        QVERIFY(dir_.isValid());

        const QString espeak = QStandardPaths::findExecutable("espeak-ng");
        QVERIFY2(!espeak.isEmpty(), "espeak-ng is not installed (apt-get install espeak-ng)");
        clipPath_ = dir_.filePath("incendie.wav");
        QCOMPARE(QProcess::execute(espeak, {"-v", "fr", "-w", clipPath_, "incendie"}), 0);

        const neurone::KeywordVocabulary vocabulary = neurone::KeywordVocabulary::course();
        auto built = neurone::makeModel(neurone::keywordNetworkLayers(14), neurone::keywordInputShape(),
                                        vocabulary.classNames(), 11);
        QVERIFY(std::holds_alternative<neurone::Model>(built));
        const neurone::ModelFile tiny{std::get<neurone::Model>(std::move(built)), neurone::serviceSettings(vocabulary), {}};
        tinyModelPath_ = dir_.filePath("tiny.neurone");
        QCOMPARE(io::writeModelFile(tiny, tinyModelPath_), QString());

        shippedModelPath_ = QFINDTESTDATA("../../resources/models/keywords.neurone");
        qInfo() << "shipped model:" << (shippedModelPath_.isEmpty() ? QString("absent") : shippedModelPath_);
    }

    void withoutTheShippedResourceSaysThereIsNoModel()
    {
        KeywordsPanel panel; // widget tests do not link the application's resources
        QCOMPARE(panel.listenPage()->hasModel(), false);
        QCOMPARE(panel.listenPage()->modelText(),
                 QString("No keyword model: train one on the Train page or open a model file."));
        QVERIFY(!panel.setModelPath(dir_.filePath("missing.neurone")).isEmpty());
        QCOMPARE(panel.setModelPath(tinyModelPath_), QString());
        QCOMPARE(panel.listenPage()->hasModel(), true);
        QCOMPARE(panel.listenPage()->confidenceBars()->classCount(), 14);
    }

    void fileClassifiedThroughThePanelGivesTheClassifiersScores()
    {
        const QString modelPath = shippedModelPath_.isEmpty() ? tinyModelPath_ : shippedModelPath_;
        KeywordsPanel panel;
        QCOMPARE(panel.setModelPath(modelPath), QString());
        QCOMPARE(panel.applyState("file", clipPath_), QString());

        auto model = io::readModelFile(modelPath);
        auto clip = io::readAudioFile(clipPath_);
        QVERIFY(std::holds_alternative<neurone::ModelFile>(model));
        QVERIFY(std::holds_alternative<neurone::AudioClip>(clip));
        neurone::KeywordClassifier classifier(std::get<neurone::ModelFile>(model));
        const neurone::KeywordScores expected = classifier.classifyRecording(std::get<neurone::AudioClip>(clip).samples);

        ListenPage* page = panel.listenPage();
        QVERIFY(page->lastResult().has_value());
        const neurone::KeywordScores& shown = page->lastResult()->scores;
        QCOMPARE(shown.keyword, expected.keyword);
        QVERIFY2(shown.confidence == expected.confidence, // exactly, not fuzzily
                 qPrintable(QString("%1 != %2").arg(double(shown.confidence), 0, 'g', 9).arg(double(expected.confidence), 0, 'g', 9)));
        QVERIFY(shown.probabilities == expected.probabilities);
        QCOMPARE(page->lastResult()->source, QString("incendie.wav"));
        QCOMPARE(page->lastResult()->window.size(), std::size_t(neurone::keywordWindowSamples));
        // The history keeps the window as PCM16: the resampled file's samples come back within
        // half a step.
        const std::vector<float> window = neurone::cutUtterance(std::get<neurone::AudioClip>(clip).samples);
        float largestError = 0;
        for (std::size_t i = 0; i < window.size(); ++i)
            largestError = std::max(largestError, std::abs(page->lastResult()->window[i] - window[i]));
        QVERIFY2(largestError <= 0.5f / 32768.0f, qPrintable(QString::number(double(largestError))));
        QCOMPARE(page->banner()->keywordText(), expectedBanner(expected, page->threshold()));
        for (int c = 0; c < int(expected.probabilities.size()); ++c)
            QCOMPARE(page->confidenceBars()->shownProbability(c), double(expected.probabilities[std::size_t(c)]));
        QCOMPARE(page->history()->count(), 1);
        QCOMPARE(page->history()->inspectMap()->data()->keySize(), 148); // the 1.5 s window's frames
        QVERIFY(page->spectrogramView()->columnCount() > 0);
        qInfo() << "file" << clipPath_ << "→" << QString::fromStdString(expected.keyword) << expected.confidence;
    }

    void historyKeepsWindowsAsPcm16AndSpectrogramsAsTheyWere()
    {
        UtteranceHistory history;
        QSignalSpy replays(&history, &UtteranceHistory::replayRequested);
        for (int n = 0; n < 52; ++n) { // two more than it keeps
            HeardUtterance heard;
            heard.scores.keyword = "gaz";
            heard.scores.confidence = 0.5f + 0.01f * float(n);
            heard.window.assign(std::size_t(neurone::keywordWindowSamples), 0.1f * float(n % 3));
            heard.window[0] = 2.0f; // clipped to the PCM16 range
            heard.frames = 3;
            heard.rows = 2;
            heard.spectrogram = {-80.5f, 1e-7f, 3.25f, float(n), 0.0f, -1.0f};
            history.add(heard);
        }
        QCOMPARE(history.count(), 50);
        const HeardUtterance newest = history.at(0); // n = 51: 0.1·(51 mod 3) = 0
        QCOMPARE(newest.scores.confidence, 0.5f + 0.01f * 51.0f);
        QCOMPARE(newest.window.size(), std::size_t(neurone::keywordWindowSamples));
        QCOMPARE(newest.window[0], 32767.0f / 32768.0f);
        QCOMPARE(newest.window[1], 0.0f);
        const HeardUtterance older = history.at(1); // n = 50: 0.2 → round(6553.6) = 6554
        QCOMPARE(older.window[1], 6554.0f / 32768.0f);
        QVERIFY(std::abs(older.window[1] - 0.2f) <= 0.5f / 32768.0f);
        QVERIFY(older.spectrogram == std::vector<float>({-80.5f, 1e-7f, 3.25f, 50.0f, 0.0f, -1.0f})); // exact
        QCOMPARE(history.at(49).scores.confidence, 0.5f + 0.01f * 2.0f); // n = 0 and 1 are gone
        history.select(1);
        QCOMPARE(history.inspectMap()->data()->cell(1, 1), 50.0); // frame 1, row 1: value 1·2 + 1
        QCOMPARE(history.inspectMap()->data()->cell(2, 0), 0.0);
        const auto replay = history.findChild<QPushButton*>();
        QVERIFY(replay && replay->isEnabled());
        replay->click();
        QCOMPARE(replays.count(), 1);
        QVERIFY(replays.at(0).at(0).value<std::vector<float>>() == older.window);
    }

    void spectrogramRowsAndColumns()
    {
        ListenPage page;
        SpectrogramView* view = page.spectrogramView();
        feedInChunks(page, burst(1.0));
        QVERIFY(page.waitUntilIdle(10000));
        view->refresh();
        QCOMPARE(view->rowCount(), 40);
        const int oneSecond = view->columnCount();
        QCOMPARE(oneSecond, 98); // 1 + ⌊(16000 − 400) / 160⌋
        feedInChunks(page, burst(1.0), 1000);
        QVERIFY(page.waitUntilIdle(10000));
        view->refresh();
        QCOMPARE(view->columnCount(), oneSecond + 100);
        feedInChunks(page, silence(2.0), 4000);
        QVERIFY(page.waitUntilIdle(10000));
        view->refresh();
        QCOMPARE(view->columnCount(), oneSecond + 300);

        page.setSpectrogramKind(SpectrogramKind::Linear);
        feedInChunks(page, burst(1.0));
        QVERIFY(page.waitUntilIdle(10000));
        view->refresh();
        QCOMPARE(view->rowCount(), 257);
        QCOMPARE(view->columnCount(), 100); // a new picture: the rows changed
        feedInChunks(page, burst(7.0), 1600);
        QVERIFY(page.waitUntilIdle(10000));
        view->refresh();
        QCOMPARE(view->columnCount(), shownColumns); // the last 6 s
    }

    void syntheticStreamGivesOneUtteranceAndItsVerdict()
    {
        ListenPage page;
        QCOMPARE(page.loadModel(tinyModelPath_), QString());
        QSignalSpy cut(&page, &ListenPage::utteranceCut);
        std::vector<float> stream = silence(1.0);
        const std::vector<float> word = burst(0.6);
        stream.insert(stream.end(), word.begin(), word.end());
        const std::vector<float> after = silence(1.0);
        stream.insert(stream.end(), after.begin(), after.end());
        page.setThreshold(0.0);
        feedInChunks(page, stream);
        QVERIFY(page.waitUntilIdle(10000));

        QCOMPARE(cut.count(), 1);
        const auto window = cut.first().first().value<std::vector<float>>();
        QCOMPARE(window.size(), std::size_t(24000));
        auto model = io::readModelFile(tinyModelPath_);
        neurone::KeywordClassifier classifier(std::get<neurone::ModelFile>(model));
        const neurone::KeywordScores expected = classifier.classifyWindow(window);
        QVERIFY(page.lastResult().has_value());
        QCOMPARE(page.lastResult()->scores.keyword, expected.keyword);
        QVERIFY(page.lastResult()->scores.probabilities == expected.probabilities);
        QCOMPARE(page.banner()->keywordText(), expectedBanner(expected, 0.0));
        QVERIFY(page.lastLatencyMs().has_value());

        QVERIFY(expected.confidence < 0.99f); // an untrained network is never that sure
        page.setThreshold(0.99);
        QCOMPARE(page.banner()->keywordText(), QString("not sure"));
        page.setThreshold(double(expected.confidence) - 0.01);
        QCOMPARE(page.banner()->keywordText(), expectedBanner(expected, 0.0));

        page.finishStream(); // nothing open: no second utterance
        QVERIFY(page.waitUntilIdle(10000));
        QCOMPARE(cut.count(), 1);
    }

    void withoutAnInputDeviceFilesStillWork()
    {
        KeywordsPanel panel;
        ListenPage* page = panel.listenPage();
        page->setDeviceLister([] { return QList<QAudioDevice>(); });
        QVERIFY(page->message().startsWith("No microphone found."));
        QVERIFY(page->message().contains("No microphone found. Files can still be classified"));
        QVERIFY(!page->startListening());
        QCOMPARE(panel.setModelPath(tinyModelPath_), QString());
        QCOMPARE(panel.applyState("file", clipPath_), QString());
        QVERIFY(page->lastResult().has_value());
        QCOMPARE(page->lastResult()->source, QString("incendie.wav"));
        QVERIFY(!page->banner()->keywordText().isEmpty());
        QVERIFY(!panel.applyState("file", dir_.filePath("missing.wav")).isEmpty());
        QVERIFY2(page->message().contains("missing.wav"), qPrintable(page->message()));
        QVERIFY(page->message().endsWith(" Choose a WAV, FLAC or OGG recording."));
        QCOMPARE(page->lastResult()->source, QString("incendie.wav")); // the last result stays
    }

    // File > Open and Classify: a refused model or file is said on the Listen page, with what to
    // do, and the model in use stays.
    void refusedModelsAndFilesSayWhatToDo()
    {
        KeywordsPanel panel;
        ListenPage* page = panel.listenPage();
        const QString classify = panel.applyState("file", clipPath_); // no model yet
        QVERIFY2(page->message().startsWith("incendie.wav: no keyword model to classify it with."),
                 qPrintable(page->message()));
        QVERIFY(page->message().endsWith(" Open a model file, or train one on the Train page."));
        QCOMPARE(classify, page->message());

        QCOMPARE(panel.openFile(tinyModelPath_), QString());
        QCOMPARE(page->message(), QString());
        const QString modelText = page->modelText();
        QFile damaged(dir_.filePath("damaged.neurone"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("NEURONE\0garbage", 15);
        damaged.close();
        const QString refusal = panel.openFile(damaged.fileName());
        QVERIFY2(refusal.contains("damaged.neurone"), qPrintable(refusal));
        QVERIFY(refusal.endsWith(" The previous model is kept: choose another keyword model, or train one on the "
                                 "Train page."));
        QCOMPARE(page->message(), refusal);
        QVERIFY(page->hasModel());
        QCOMPARE(page->modelText(), modelText);
        QCOMPARE(panel.applyState("file", clipPath_), QString()); // the tiny model still classifies
    }

    void incendieThroughTheMicrophone()
    {
        if (shippedModelPath_.isEmpty())
            QSKIP("resources/models/keywords.neurone is not there yet: the live test needs the shipped model");
        KeywordsPanel panel;
        ListenPage* page = panel.listenPage();
        QCOMPARE(panel.setModelPath(shippedModelPath_), QString());
        QTRY_VERIFY_WITH_TIMEOUT(page->chooseDevice(PulseMicrophone::sourceName), 5000);
        QVERIFY2(page->startListening(), qPrintable(page->message()));
        QTest::qWait(500); // the capture settles on the daemon's silence

        auto read = io::readAudioFile(clipPath_);
        QVERIFY(std::holds_alternative<neurone::AudioClip>(read));
        std::vector<float> stream = silence(1.0);
        const std::vector<float>& word = std::get<neurone::AudioClip>(read).samples;
        stream.insert(stream.end(), word.begin(), word.end());
        const std::vector<float> after = silence(1.0);
        stream.insert(stream.end(), after.begin(), after.end());
        // Where the endpointer closes the word: the frame after which it reports it (the word's
        // last speech frame plus the 300 ms hangover; the cut's edges may lie elsewhere).
        neurone::Endpointer offline;
        const auto frame = std::size_t(offline.settings().frameLength);
        std::size_t closing = 0;
        int words = 0;
        for (std::size_t at = 0; at + frame <= stream.size(); at += frame)
            if (!offline.push(std::span<const float>(stream).subspan(at, frame)).empty() && words++ == 0)
                closing = at + frame;
        QCOMPARE(words, 1);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(microphone_->write(stream));
        while (!page->lastResult() && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const double shownMs = double(clock.nsecsElapsed()) / 1e6;
        QVERIFY2(page->lastResult().has_value(), "no utterance heard within 10 s");
        QCOMPARE(page->banner()->keywordText(), QString("incendie"));
        QCOMPARE(page->banner()->serviceText(), QString("18 · Pompiers"));
        QCOMPARE(page->lastResult()->scores.service, 18);
        qInfo("latency: %.1f ms from the word's closing sample written into the FIFO to the banner "
              "(pipe, PulseAudio and QAudioSource buffering included); %.1f ms from the arrival of the "
              "closing chunk in the panel to the banner",
              shownMs - 1000.0 * double(closing) / rate, page->lastLatencyMs().value_or(-1));
        page->stopListening();
    }

    // Last: it stops the daemon.
    void unpluggedWhileListening()
    {
        KeywordsPanel panel;
        ListenPage* page = panel.listenPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->chooseDevice(PulseMicrophone::sourceName), 5000);
        QVERIFY(page->startListening());
        QTest::qWait(300);
        QVERIFY(microphone_->kill());
        QTRY_VERIFY_WITH_TIMEOUT(page->message().contains("disconnected or stopped working"), 8000);
        QVERIFY(!page->isListening());
    }

private:
    std::unique_ptr<PulseMicrophone> microphone_;
    QTemporaryDir dir_;
    QString clipPath_;
    QString tinyModelPath_;
    QString shippedModelPath_;
};

QTEST_MAIN(TestKeywordsPanel)
#include "test_keywordspanel.moc"
