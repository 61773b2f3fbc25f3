// The microphone, for real: a private PulseAudio daemon with a pipe source ("virtmic") is the
// input; a 1 kHz tone written into its FIFO must come out of AudioCapture at 16 kHz with its
// frequency and level intact; killing the daemon mid-capture must end in errorOccurred.
#include "../PulseMicrophone.h"

#include "io/AudioCapture.h"
#include "io/AudioPlayer.h"

#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <numbers>

namespace {

constexpr double toneHz = 1000;
constexpr double toneDbfs = -6; // peak level
const double toneAmplitude = std::pow(10.0, toneDbfs / 20);

std::vector<float> sine(double hz, double amplitude, double seconds)
{
    std::vector<float> out(std::size_t(seconds * PulseMicrophone::sampleRate));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = float(amplitude * std::sin(2 * std::numbers::pi * hz * double(i) / PulseMicrophone::sampleRate));
    return out;
}

// [first, last] indices of samples louder than `threshold`, or {-1, -1}.
std::pair<long, long> loudSpan(const std::vector<float>& x, float threshold)
{
    long first = -1, last = -1;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::abs(x[i]) > threshold) {
            if (first < 0)
                first = long(i);
            last = long(i);
        }
    return {first, last};
}

double rms(const float* x, std::size_t n)
{
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += double(x[i]) * x[i];
    return std::sqrt(sum / double(n));
}

// The frequency, on a 5 Hz grid, whose DFT magnitude is largest.
double dominantFrequency(const float* x, std::size_t n, int rate)
{
    double best = 0, bestHz = 0;
    for (double hz = 50; hz < rate / 2.0; hz += 5) {
        double re = 0, im = 0;
        const double w = 2 * std::numbers::pi * hz / rate;
        for (std::size_t i = 0; i < n; ++i) {
            re += x[i] * std::cos(w * double(i));
            im -= x[i] * std::sin(w * double(i));
        }
        if (re * re + im * im > best) {
            best = re * re + im * im;
            bestHz = hz;
        }
    }
    return bestHz;
}

} // namespace

class TestAudioCapture : public QObject {
    Q_OBJECT
private:
    // Starts `capture` on the pipe microphone and waits for its first chunk of sound.
    bool startAndHear(io::AudioCapture& capture)
    {
        int chunks = 0;
        const QMetaObject::Connection counting =
            connect(&capture, &io::AudioCapture::samplesCaptured, this, [&] { ++chunks; });
        const bool heard = capture.start(virtmic()) && QTest::qWaitFor([&] { return chunks > 0; }, 5000);
        disconnect(counting);
        return heard;
    }

private slots:
    void initTestCase()
    {
        // Before anything touches QMediaDevices.
        microphone_ = std::make_unique<PulseMicrophone>();
        QVERIFY2(microphone_->ok(), qPrintable(microphone_->error()));
    }

    void findsTheVirtualMicrophone()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!virtmic().isNull(), 5000);
        QCOMPARE(io::AudioCapture::deviceById(virtmic().id()), virtmic());
        const QAudioDevice fallback = io::AudioCapture::deviceById("nonsense");
        QVERIFY(fallback.isNull() || io::AudioCapture::inputDevices().contains(fallback));
    }

    void refusesANullDevice()
    {
        io::AudioCapture capture;
        QSignalSpy errors(&capture, &io::AudioCapture::errorOccurred);
        QVERIFY(!capture.start(QAudioDevice()));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(!capture.isCapturing());
    }

    void capturesAToneAtItsFrequencyAndLevel()
    {
        io::AudioCapture capture;
        std::vector<float> captured;
        std::vector<double> levels;
        QSignalSpy errors(&capture, &io::AudioCapture::errorOccurred);
        connect(&capture, &io::AudioCapture::samplesCaptured, this,
            [&](const std::vector<float>& s) { captured.insert(captured.end(), s.begin(), s.end()); });
        connect(&capture, &io::AudioCapture::levelChanged, this, [&](double dbfs) { levels.push_back(dbfs); });
        QVERIFY(capture.start(virtmic()));
        QVERIFY(capture.isCapturing());
        QTRY_VERIFY_WITH_TIMEOUT(!captured.empty(), 5000); // the stream is running

        std::vector<float> written = sine(toneHz, toneAmplitude, 1.0);
        written.resize(written.size() + PulseMicrophone::sampleRate / 2, 0.0f);
        QVERIFY(microphone_->write(written));
        // The whole tone, then ≥ 0.2 s of silence after it.
        const float threshold = float(toneAmplitude / 2);
        QTRY_VERIFY_WITH_TIMEOUT(loudSpan(captured, threshold).second > 0
                && long(captured.size()) - loudSpan(captured, threshold).second > PulseMicrophone::sampleRate / 5,
            10000);
        capture.stop();
        QCOMPARE(errors.count(), 0);

        const auto [first, last] = loudSpan(captured, threshold);
        const double toneSeconds = double(last - first + 1) / PulseMicrophone::sampleRate;
        QVERIFY2(toneSeconds >= 0.9 && toneSeconds <= 1.05, qPrintable(QString::number(toneSeconds)));
        const float* middle = captured.data() + first + 800; // skip 50 ms at each end
        const std::size_t n = std::size_t(last - first + 1 - 1600);
        const double levelDb = 20 * std::log10(rms(middle, n));
        const double expectedDb = toneDbfs - 20 * std::log10(std::sqrt(2.0)); // RMS of a sine
        QVERIFY2(std::abs(levelDb - expectedDb) < 1.0, qPrintable(QStringLiteral("%1 dBFS").arg(levelDb)));
        const double hz = dominantFrequency(middle, std::min<std::size_t>(n, 8000), PulseMicrophone::sampleRate);
        QVERIFY2(std::abs(hz - toneHz) <= 20, qPrintable(QStringLiteral("%1 Hz").arg(hz)));

        QVERIFY(!levels.empty());
        const double loudest = *std::max_element(levels.begin(), levels.end());
        QVERIFY2(std::abs(loudest - expectedDb) < 1.5, qPrintable(QStringLiteral("%1 dBFS").arg(loudest)));
        QVERIFY(*std::min_element(levels.begin(), levels.end()) < -60); // the silence
    }

    void noOutputDeviceIsAMessageNotACrash()
    {
        // The private daemon has a source and no sink: nothing to play on.
        QVERIFY(QMediaDevices::audioOutputs().isEmpty());
        io::AudioPlayer player;
        const QString message = player.play({sine(440, 0.5, 0.2), 16000});
        QVERIFY(message.contains(QStringLiteral("No audio output device")));
        QVERIFY(!player.isPlaying());
    }

    // Qt 6.4 neither stops the source nor emits audioInputsChanged when a PulseAudio source
    // is removed; AudioCapture notices the device gone from the list.
    void reportsTheMicrophoneBeingUnplugged()
    {
        if (!PulseMicrophone::canUnplug())
            QSKIP("pactl (pulseaudio-utils) is not installed");
        io::AudioCapture capture;
        QSignalSpy errors(&capture, &io::AudioCapture::errorOccurred);
        QVERIFY(startAndHear(capture));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(microphone_->unplug());
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() == 1, 5000);
        qInfo("errorOccurred %lld ms after the source was removed: %s", qint64(clock.elapsed()),
            qPrintable(errors.first().first().toString()));
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("Choose another input")));
        QVERIFY(!capture.isCapturing());
        QVERIFY(microphone_->plugBackIn());
        QTRY_VERIFY_WITH_TIMEOUT(!virtmic().isNull(), 5000);
    }

    // Last: the daemon is gone afterwards.
    void reportsTheMicrophoneGoingAway()
    {
        io::AudioCapture capture;
        QSignalSpy errors(&capture, &io::AudioCapture::errorOccurred);
        QVERIFY(startAndHear(capture));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(microphone_->kill());
        const qint64 killMs = clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() == 1, 5000);
        qInfo("daemon stopped in %lld ms; errorOccurred %lld ms later: %s", killMs, qint64(clock.elapsed()),
            qPrintable(errors.first().first().toString()));
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(!capture.isCapturing());
    }

    void cleanupTestCase() { microphone_.reset(); }

private:
    static QAudioDevice virtmic()
    {
        for (const QAudioDevice& device : io::AudioCapture::inputDevices())
            if (device.id().contains(PulseMicrophone::sourceName) || device.description().contains(QLatin1String(PulseMicrophone::sourceName)))
                return device;
        return {};
    }

    std::unique_ptr<PulseMicrophone> microphone_;
};

QTEST_GUILESS_MAIN(TestAudioCapture)
#include "test_audiocapture.moc"
