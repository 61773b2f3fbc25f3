// Spectrogram.h and Resample.h: the mel scale, the Hann window, the filter bank, the frame count,
// the power spectrum against a naive DFT, where a 1 kHz sine lands, and sample-rate conversion.
#include "audio/Pcm16.h"
#include "audio/Resample.h"
#include "audio/Spectrogram.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>
#include <random>

using namespace neurone;

namespace {

std::vector<float> sine(double hz, int sampleRate, std::size_t n, double amplitude = 0.5)
{
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = float(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / sampleRate));
    return x;
}

// The frequency (Hz) of the largest |DFT| over 1 Hz steps between lowHz and highHz.
double dominantHz(const std::vector<float>& x, int sampleRate, double lowHz, double highHz)
{
    double best = 0, bestHz = 0;
    for (double hz = lowHz; hz <= highHz; hz += 1.0) {
        std::complex<double> sum = 0;
        for (std::size_t i = 0; i < x.size(); ++i)
            sum += double(x[i]) * std::polar(1.0, -2.0 * std::numbers::pi * hz * double(i) / sampleRate);
        if (std::abs(sum) > best) {
            best = std::abs(sum);
            bestHz = hz;
        }
    }
    return bestHz;
}

} // namespace

class TestAudioFeatures : public QObject {
    Q_OBJECT

private slots:
    void pcm16RoundsClipsAndComesBackExactly()
    {
        const std::vector<float> samples{0.0f, 0.5f, -0.5f, 1.0f, -1.0f, 1.5f, -2.0f, 1.0f / 65536.0f,
                                         3.0f / 65536.0f, -3.0f / 65536.0f, 0.1f, std::nanf(""), INFINITY};
        const std::vector<std::int16_t> pcm = toPcm16(samples);
        const std::vector<std::int16_t> expected{0, 16384, -16384, 32767, -32768, 32767, -32768, 1, 2, -2, 3277, 0, 0};
        QCOMPARE(pcm, expected); // 0.5 step rounds away from zero (lround), 0.1·32768 = 3276.8 → 3277
        const std::vector<float> back = fromPcm16(pcm);
        QCOMPARE(back[1], 0.5f);
        QCOMPARE(back[4], -1.0f);
        QCOMPARE(back[3], 32767.0f / 32768.0f);
        QCOMPARE(back[10], 3277.0f / 32768.0f); // within half a step of 0.1
        QVERIFY(std::abs(back[10] - 0.1f) <= 0.5f / 32768.0f);
        // Samples that came from PCM16 (a WAV file, an Int16 microphone) go back unchanged.
        std::vector<std::int16_t> every(65536);
        for (int s = -32768; s <= 32767; ++s)
            every[std::size_t(s + 32768)] = std::int16_t(s);
        QCOMPARE(toPcm16(fromPcm16(every)), every);
    }
    void melScaleIsHtk()
    {
        QVERIFY(std::abs(hzToMel(1000) - 2595.0 * std::log10(1.0 + 1000.0 / 700.0)) < 1e-9);
        QVERIFY(std::abs(hzToMel(1000) - 999.985) < 1e-3);
        QCOMPARE(hzToMel(0), 0.0);
        for (const double hz : {20.0, 300.0, 1000.0, 4321.5, 8000.0})
            QVERIFY(std::abs(melToHz(hzToMel(hz)) - hz) < 1e-9 * hz);
    }

    void periodicHannWindow()
    {
        const std::vector<float> w = periodicHann(400);
        QCOMPARE(w.size(), std::size_t(400));
        QCOMPARE(w[0], 0.0f);
        QCOMPARE(w[200], 1.0f);
        QVERIFY(std::abs(w[100] - 0.5f) < 1e-6f);
        for (std::size_t n = 1; n < 400; ++n)
            QVERIFY(std::abs(w[n] - w[400 - n]) < 1e-6f);
    }

    void melFilterBankShape()
    {
        const SpectrogramSettings s;
        const Batch f = melFilterBank(s);
        QCOMPARE(f.rows(), 40);
        QCOMPARE(f.cols(), 257);
        QVERIFY(f.minCoeff() >= 0.0f);
        QVERIFY(f.maxCoeff() <= 1.0f);
        const double binHz = 16000.0 / 512; // 31.25 Hz
        QCOMPARE(f.col(0).sum(), 0.0f); // 0 Hz is below 20 Hz
        QCOMPARE(f.col(256).sum(), 0.0f); // 8000 Hz is the last filter's right edge
        // Edges: 42 points equally spaced in mel from 20 Hz to 8000 Hz.
        const double step = (hzToMel(8000) - hzToMel(20)) / 41;
        for (int b = 0; b < 40; ++b) {
            const double left = melToHz(hzToMel(20) + b * step);
            const double centre = melToHz(hzToMel(20) + (b + 1) * step);
            const double right = melToHz(hzToMel(20) + (b + 2) * step);
            Eigen::Index peakBin = 0;
            const float peak = f.row(b).maxCoeff(&peakBin);
            // The peak is at one of the two bins around the centre, worth the triangle there
            // (1 at the centre itself; the slopes differ, so not always at the nearer bin).
            QVERIFY(peakBin == Eigen::Index(std::floor(centre / binHz)) || peakBin == Eigen::Index(std::ceil(centre / binHz)));
            const double distance = std::abs(peakBin * binHz - centre);
            const double half = peakBin * binHz < centre ? centre - left : right - centre;
            QVERIFY(std::abs(peak - (1.0 - distance / half)) < 1e-5);
            QVERIFY(peak > 0.6f);
            for (Eigen::Index k = 0; k < 257; ++k)
                if (k * binHz <= left || k * binHz >= right)
                    QCOMPARE(f(b, k), 0.0f);
        }
        // With bins 0.24 Hz apart, every filter reaches (nearly) its peak of 1 at its centre.
        SpectrogramSettings fine = s;
        fine.fftSize = 1 << 16;
        const Batch g = melFilterBank(fine);
        for (int b = 0; b < 40; ++b)
            QVERIFY(g.row(b).maxCoeff() > 0.99f);
    }

    void impossibleSettingsThrow()
    {
        SpectrogramSettings s;
        s.windowLength = 600; // longer than the FFT
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SpectrogramAnalyzer{s});
        s = {};
        s.maxHz = 9000; // above Nyquist
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SpectrogramAnalyzer{s});
    }

    void frameCount()
    {
        const SpectrogramSettings s;
        QCOMPARE(s.frameCount(16000), 98);
        QCOMPARE(s.frameCount(24000), 148);
        QCOMPARE(s.frameCount(400), 1);
        QCOMPARE(s.frameCount(399), 0);
        SpectrogramAnalyzer a;
        QCOMPARE(a.logMel(std::vector<float>(16000, 0.0f)).rows(), 98);
        QCOMPARE(a.logMel(std::vector<float>(16000, 0.0f)).cols(), 40);
        QCOMPARE(a.power(std::vector<float>{}).rows(), 0);
        QCOMPARE(a.logMel(std::vector<float>(100, 0.1f)).rows(), 0);
    }

    void powerMatchesNaiveDft()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> u(-1.0f, 1.0f);
        std::vector<float> x(1000);
        for (float& v : x)
            v = u(rng);
        SpectrogramAnalyzer a;
        const Batch p = a.power(x);
        QCOMPARE(p.rows(), 4);
        QCOMPARE(p.cols(), 257);
        const std::vector<float> w = periodicHann(400);
        for (int m = 0; m < 4; ++m) {
            for (int k = 0; k < 257; ++k) {
                std::complex<double> sum = 0;
                for (int n = 0; n < 400; ++n) // samples 400 … 511 are the zero padding
                    sum += double(x[std::size_t(m * 160 + n)] * w[std::size_t(n)])
                         * std::polar(1.0, -2.0 * std::numbers::pi * k * n / 512.0);
                const double expected = std::norm(sum);
                QVERIFY2(std::abs(p(m, k) - expected) <= 1e-3 * expected + 1e-4,
                         qPrintable(QString("frame %1 bin %2: %3 vs %4").arg(m).arg(k).arg(p(m, k)).arg(expected)));
            }
        }
    }

    void sineLandsOnItsBinAndBand()
    {
        SpectrogramAnalyzer a;
        const std::vector<float> x = sine(1000, 16000, 16000);
        const Batch p = a.power(x);
        for (Eigen::Index m = 0; m < p.rows(); ++m) {
            Eigen::Index bin = 0;
            p.row(m).maxCoeff(&bin);
            QCOMPARE(bin, Eigen::Index(32)); // 1000 / 31.25
        }
        // The band whose centre is nearest 1000 Hz.
        const double step = (hzToMel(8000) - hzToMel(20)) / 41;
        int nearest = 0;
        for (int b = 1; b < 40; ++b)
            if (std::abs(melToHz(hzToMel(20) + (b + 1) * step) - 1000)
                < std::abs(melToHz(hzToMel(20) + (nearest + 1) * step) - 1000))
                nearest = b;
        const Batch s = a.logMel(x);
        QCOMPARE(s.rows(), 98);
        for (Eigen::Index m = 0; m < s.rows(); ++m) {
            Eigen::Index band = 0;
            s.row(m).maxCoeff(&band);
            QCOMPARE(int(band), nearest);
        }
        // log-mel of silence is ln(1e−6).
        const Batch quiet = a.logMel(std::vector<float>(800, 0.0f));
        QVERIFY(std::abs(quiet(0, 0) - std::log(1e-6f)) < 1e-4f);
    }

    void logMelIsTheLogOfFilteredPower()
    {
        std::mt19937 rng(11);
        std::normal_distribution<float> g(0.0f, 0.1f);
        std::vector<float> x(24000);
        for (float& v : x)
            v = g(rng);
        SpectrogramAnalyzer a;
        const Batch p = a.power(x);
        const Batch expected = ((p * a.melFilters().transpose()).array() + 1e-6f).log().matrix();
        const Batch s = a.logMel(x);
        QCOMPARE(s.rows(), 148);
        QCOMPARE(s.cols(), 40);
        QVERIFY((s - expected).cwiseAbs().maxCoeff() < 1e-4f);
    }

    void linearDbOfSilence()
    {
        SpectrogramAnalyzer a;
        const Batch d = a.linearDb(std::vector<float>(4000, 0.0f));
        QCOMPARE(d.rows(), 23);
        QVERIFY(std::abs(d.maxCoeff() + 100.0f) < 1e-3f);
        QVERIFY(std::abs(d.minCoeff() + 100.0f) < 1e-3f);
        // A full-scale 1 kHz sine: |X[32]|² ≈ (Σ w / 2)² = (200 / 2)² → 40 dB.
        const Batch loud = a.linearDb(sine(1000, 16000, 400, 1.0));
        QVERIFY(std::abs(loud(0, 32) - 40.0f) < 0.1f);
    }

    void resampleLengthAndFrequency()
    {
        QCOMPARE(resample(std::vector<float>{}, 16000, 8000).size(), std::size_t(0));
        const std::vector<float> y = resample(sine(440, 16000, 16000), 16000, 8000);
        QVERIFY(std::abs(long(y.size()) - 8000) <= 1);
        QCOMPARE(resample(sine(440, 16000, 1000), 16000, 16000), sine(440, 16000, 1000));

        const std::vector<float> x = sine(440, 44100, 44100);
        const std::vector<float> z = resample(x, 44100, 16000);
        QCOMPARE(z.size(), std::size_t(16000));
        QCOMPARE(dominantHz(std::vector<float>(z.begin() + 1000, z.begin() + 9000), 16000, 300, 600), 440.0);
        // Amplitude kept: the RMS of the middle is 0.5 / √2.
        double sum = 0;
        for (std::size_t i = 2000; i < 14000; ++i)
            sum += double(z[i]) * z[i];
        QVERIFY(std::abs(std::sqrt(sum / 12000) - 0.5 / std::sqrt(2.0)) < 0.005);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resample(x, 0, 16000));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resample(x, 44100, -1));
    }

    void mixToMonoAverages()
    {
        const std::vector<float> stereo{0.1f, 0.3f, -0.5f, 0.25f, 1.0f, 1.0f};
        const std::vector<float> mono = mixToMono(stereo, 2);
        QCOMPARE(mono.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(mono[i], (stereo[2 * i] + stereo[2 * i + 1]) / 2.0f);
        QCOMPARE(mixToMono(stereo, 1), stereo);
        const std::vector<float> three = mixToMono(stereo, 3);
        QCOMPARE(three.size(), std::size_t(2));
        QVERIFY(std::abs(three[0] - (-0.1f / 3.0f)) < 1e-7f);
        QVERIFY(std::abs(three[1] - (2.25f / 3.0f)) < 1e-7f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mixToMono(stereo, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mixToMono(stereo, 4));
        QVERIFY(mixToMono(std::vector<float>{}, 2).empty());
    }

    void resampledClip()
    {
        const AudioClip clip{sine(440, 48000, 4800), 48000};
        const AudioClip out = resampled(clip);
        QCOMPARE(out.sampleRate, 16000);
        QCOMPARE(out.samples.size(), std::size_t(1600));
        QCOMPARE(out.seconds(), 0.1);
        QCOMPARE(resampled(out).samples, out.samples);
    }
};

QTEST_APPLESS_MAIN(TestAudioFeatures)
#include "test_audiofeatures.moc"
