// Augmentation.h: np.roll, seeded noise, pitch / speed / tempo measured on a 440 Hz sine, the
// telephone band's attenuation in and out of 300–3400 Hz, the equaliser's gain at and away from
// its bands, and the reverberation tail.
#include "audio/Augmentation.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>

using namespace neurone;

namespace {

constexpr int rate = 16000;

std::vector<float> sine(double hz, std::size_t n, double amplitude = 0.5)
{
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = float(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / rate));
    return x;
}

// The frequency of the largest |DFT| of x[from, from + n) over 1 Hz steps in [lowHz, highHz].
double dominantHz(const std::vector<float>& x, std::size_t from, std::size_t n, double lowHz, double highHz)
{
    double best = 0, bestHz = 0;
    for (double hz = lowHz; hz <= highHz; hz += 1.0) {
        const std::complex<double> step = std::polar(1.0, -2.0 * std::numbers::pi * hz / rate);
        std::complex<double> phase = 1.0, sum = 0.0;
        for (std::size_t i = 0; i < n; ++i, phase *= step)
            sum += double(x[from + i]) * phase;
        if (std::abs(sum) > best) {
            best = std::abs(sum);
            bestHz = hz;
        }
    }
    return bestHz;
}

double rms(const std::vector<float>& x, std::size_t from, std::size_t to)
{
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += double(x[i]) * x[i];
    return std::sqrt(sum / double(to - from));
}

double standardDeviation(const std::vector<float>& x)
{
    double mean = 0;
    for (const float v : x)
        mean += v;
    mean /= double(x.size());
    double sum = 0;
    for (const float v : x)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / double(x.size() - 1));
}

} // namespace

class TestAugmentation : public QObject {
    Q_OBJECT

private slots:
    void timeShiftIsNpRoll()
    {
        const std::vector<float> x{1, 2, 3, 4, 5};
        QCOMPARE(timeShift(x, 2), (std::vector<float>{4, 5, 1, 2, 3}));
        QCOMPARE(timeShift(x, -1), (std::vector<float>{2, 3, 4, 5, 1}));
        QCOMPARE(timeShift(x, 7), (std::vector<float>{4, 5, 1, 2, 3}));
        QCOMPARE(timeShift(x, -12), (std::vector<float>{3, 4, 5, 1, 2}));
        QCOMPARE(timeShift(x, 0), x);
        QCOMPARE(timeShift(x, 5), x);
        QVERIFY(timeShift({}, 3).empty());
    }

    void addNoiseIsSeeded()
    {
        const std::vector<float> zeros(16000, 0.0f);
        std::mt19937 rng(0);
        const std::vector<float> y = addNoise(zeros, 0.005, rng);
        QCOMPARE(y.size(), zeros.size());
        QVERIFY2(std::abs(standardDeviation(y) - 0.005) < 0.05 * 0.005, qPrintable(QString::number(standardDeviation(y))));
        std::mt19937 same(0);
        QCOMPARE(addNoise(zeros, 0.005, same), y);
        std::mt19937 other(1);
        QVERIFY(addNoise(zeros, 0.005, other) != y);
        // Added to a signal: y = x + f · N(0, 1), the same draws.
        const std::vector<float> x = sine(440, 16000);
        std::mt19937 again(0);
        const std::vector<float> z = addNoise(x, 0.005, again);
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY(std::abs(z[i] - (x[i] + y[i])) < 1e-7f);
        QVERIFY(addNoise({}, 0.1, rng).empty());
    }

    void pitchShiftAnOctaveUp()
    {
        const std::vector<float> x = sine(440, 16000);
        const std::vector<float> y = pitchShift(x, rate, 12);
        QCOMPARE(y.size(), x.size());
        const double hz = dominantHz(y, 4000, 8000, 300, 1500);
        QVERIFY2(std::abs(hz - 880) <= 0.03 * 880, qPrintable(QString::number(hz)));
        QVERIFY(rms(y, 4000, 12000) > 0.1); // the sine is still there, not silence
        const double down = dominantHz(pitchShift(x, rate, -12), 4000, 8000, 100, 800);
        QVERIFY2(std::abs(down - 220) <= 0.03 * 220, qPrintable(QString::number(down)));
        QVERIFY(pitchShift({}, rate, 3).empty());
    }

    void speedChangeIsATape()
    {
        const std::vector<float> x = sine(440, 16000);
        const std::vector<float> y = speedChange(x, rate, 1.25);
        QVERIFY2(std::abs(double(y.size()) - 16000 / 1.25) <= 2, qPrintable(QString::number(y.size())));
        const double hz = dominantHz(y, 2000, 8000, 300, 800);
        QCOMPARE(hz, 550.0);
        QCOMPARE(speedChange(x, rate, 0.5).size(), std::size_t(32000));
        QVERIFY(speedChange({}, rate, 1.25).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, speedChange(x, rate, 0));
    }

    void tempoChangeKeepsPitch()
    {
        const std::vector<float> x = sine(440, 16000);
        const std::vector<float> y = tempoChange(x, rate, 0.8);
        QVERIFY2(std::abs(double(y.size()) - 16000 / 0.8) <= 0.01 * 16000 / 0.8, qPrintable(QString::number(y.size())));
        const double hz = dominantHz(y, 4000, 12000, 300, 800);
        QVERIFY2(std::abs(hz - 440) <= 0.01 * 440, qPrintable(QString::number(hz)));
        const std::vector<float> faster = tempoChange(x, rate, 1.6);
        QVERIFY(std::abs(double(faster.size()) - 10000) <= 100);
        QVERIFY(std::abs(dominantHz(faster, 2000, 6000, 300, 800) - 440) <= 0.01 * 440);
        QVERIFY(tempoChange({}, rate, 0.8).empty());
    }

    void telephoneBandPassesOnlyTheVoiceBand()
    {
        const auto gainDb = [](double hz) {
            const std::vector<float> x = sine(hz, 16000);
            const std::vector<float> y = telephoneBand(x, rate);
            return 20 * std::log10(rms(y, 8000, 16000) / rms(x, 8000, 16000)); // after the transient
        };
        QVERIFY2(gainDb(100) < -20, qPrintable(QString::number(gainDb(100))));
        QVERIFY2(gainDb(6000) < -20, qPrintable(QString::number(gainDb(6000))));
        QVERIFY2(std::abs(gainDb(1000)) < 1, qPrintable(QString::number(gainDb(1000))));
        // Butterworth: −3 dB at both corners.
        QVERIFY2(std::abs(gainDb(300) + 3.01) < 0.3, qPrintable(QString::number(gainDb(300))));
        QVERIFY2(std::abs(gainDb(3400) + 3.01) < 0.3, qPrintable(QString::number(gainDb(3400))));
        QVERIFY(telephoneBand({}, rate).empty());
    }

    void equaliserGivesEachBandItsGain()
    {
        const auto gainDb = [](double hz, const std::vector<EqualiserBand>& bands) {
            const std::vector<float> x = sine(hz, 16000);
            const std::vector<float> y = equalise(x, rate, bands);
            return 20 * std::log10(rms(y, 8000, 16000) / rms(x, 8000, 16000)); // after the transient
        };
        const std::vector<EqualiserBand> boost = {{1000, 12}};
        // RBJ peaking: |H| = A² = 10^(g/20) exactly at f0, and close to 1 far from it.
        QVERIFY2(std::abs(gainDb(1000, boost) - 12) < 0.05, qPrintable(QString::number(gainDb(1000, boost))));
        QVERIFY2(std::abs(gainDb(100, boost)) < 0.5, qPrintable(QString::number(gainDb(100, boost))));
        QVERIFY2(std::abs(gainDb(7000, boost)) < 1, qPrintable(QString::number(gainDb(7000, boost))));
        const std::vector<EqualiserBand> cut = {{4000, -15}};
        QVERIFY2(std::abs(gainDb(4000, cut) + 15) < 0.05, qPrintable(QString::number(gainDb(4000, cut))));
        // A cascade adds its bands' gains in dB.
        const std::vector<EqualiserBand> both = {{1000, 12}, {4000, -15}};
        for (const double hz : {700.0, 1000.0, 2500.0, 4000.0})
            QVERIFY2(std::abs(gainDb(hz, both) - gainDb(hz, boost) - gainDb(hz, cut)) < 0.05, qPrintable(QString::number(hz)));
        // No gain, or a band the sample rate cannot hold: the samples come back as they were.
        const std::vector<float> x = sine(440, 4000);
        const std::vector<EqualiserBand> nothing = {{1000, 0}, {8000, 10}, {12000, -10}};
        QCOMPARE(equalise(x, rate, nothing), x);
        QVERIFY(equalise({}, rate, boost).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, equalise(x, rate, boost, 0.0));
    }

    void reverberationAddsADecayingTail()
    {
        std::vector<float> x = sine(440, 16000);
        std::fill(x.begin() + 8000, x.end(), 0.0f); // 0.5 s of tone, then silence
        std::mt19937 rng(42);
        const std::vector<float> y = reverberate(x, rate, 0.4, 0.5, rng);
        QCOMPARE(y.size(), x.size());
        const double justAfter = rms(y, 8000, 9600);  // 0–100 ms after the tone
        const double later = rms(y, 11200, 12800);    // 200–300 ms after
        QVERIFY2(justAfter > 0.01, qPrintable(QString::number(justAfter)));
        QVERIFY2(later < justAfter / 10, qPrintable(QString::number(later)));
        // Past RT60 the impulse response has ended: nothing is left.
        QVERIFY(rms(y, 8000 + 6400, 16000) < 1e-6);
        float peak = 0;
        for (const float v : y)
            peak = std::max(peak, std::abs(v));
        QVERIFY(peak <= 0.5f + 1e-5f); // never louder than x's peak
        std::mt19937 same(42);
        QCOMPARE(reverberate(x, rate, 0.4, 0.5, same), y);
        std::mt19937 other(43);
        QVERIFY(reverberate(x, rate, 0.4, 0.5, other) != y);
        std::mt19937 dry(42);
        QCOMPARE(reverberate(x, rate, 0.4, 0.0, dry), x);
        QVERIFY(reverberate({}, rate, 0.4, 0.5, rng).empty());
    }
};

QTEST_APPLESS_MAIN(TestAugmentation)
#include "test_augmentation.moc"
