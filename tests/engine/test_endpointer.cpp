// Endpointer.h: a synthetic stream (−60 dBFS noise, tone bursts at −20 dBFS) cut into exactly the
// utterances it holds, whatever the chunking; hangover bridging a short gap; the 3 s limit on an
// endless utterance; bounded memory on a 10 minute stream; the edges placed by the second
// threshold, alike with and without background noise; cutUtterance on whole recordings,
// including one that starts with speech.
#include "audio/Endpointer.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace neurone;

namespace {

constexpr int rate = 16000;

std::vector<float> noise(std::size_t n, unsigned seed, double rms = 0.001) // −60 dBFS
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0.0, rms);
    std::vector<float> x(n);
    for (float& v : x)
        v = float(g(rng));
    return x;
}

// Adds a 300 Hz tone of RMS −20 dBFS (or rmsDb) over [from, from + n).
void addTone(std::vector<float>& x, std::size_t from, std::size_t n, double rmsDb = -20)
{
    const double amplitude = std::pow(10.0, rmsDb / 20) * std::sqrt(2.0);
    for (std::size_t i = 0; i < n; ++i)
        x[from + i] += float(amplitude * std::sin(2.0 * std::numbers::pi * 300.0 * double(i) / rate));
}

// 0.503 s noise, 0.5 s tone, 1 s noise, 0.2 s tone, 0.15 s gap, 0.2 s tone, 1 s noise.
struct Stream {
    std::vector<float> samples;
    std::size_t firstStart = 8050, firstEnd = 16050;
    std::size_t secondStart = 32050, secondEnd = 40850;
};

Stream makeStream()
{
    Stream s;
    s.samples = noise(56850, 1);
    addTone(s.samples, s.firstStart, 8000);
    addTone(s.samples, s.secondStart, 3200);
    addTone(s.samples, s.secondStart + 3200 + 2400, 3200);
    return s;
}

std::vector<Utterance> runInChunks(const std::vector<float>& x, std::size_t chunk)
{
    Endpointer e;
    std::vector<Utterance> all;
    for (std::size_t at = 0; at < x.size(); at += chunk) {
        const std::size_t n = std::min(chunk, x.size() - at);
        for (Utterance& u : e.push(std::span<const float>(x).subspan(at, n)))
            all.push_back(std::move(u));
    }
    if (auto last = e.flush())
        all.push_back(std::move(*last));
    return all;
}

// [first, last) of the non-zero samples.
std::pair<std::size_t, std::size_t> nonZeroRegion(const std::vector<float>& w)
{
    std::size_t first = 0, last = w.size();
    while (first < w.size() && w[first] == 0.0f)
        ++first;
    while (last > first && w[last - 1] == 0.0f)
        --last;
    return {first, last};
}

bool within(std::size_t value, std::size_t truth, std::size_t tolerance)
{
    return value + tolerance >= truth && value <= truth + tolerance;
}

} // namespace

class TestEndpointer : public QObject {
    Q_OBJECT

private slots:
    void centreInWindowPadsOrCuts()
    {
        const std::vector<float> speech{1, 2, 3};
        QCOMPARE(centreInWindow(speech, 7), (std::vector<float>{0, 0, 1, 2, 3, 0, 0}));
        QCOMPARE(centreInWindow(speech, 6), (std::vector<float>{0, 1, 2, 3, 0, 0}));
        QCOMPARE(centreInWindow(std::vector<float>{1, 2, 3, 4, 5, 6}, 2), (std::vector<float>{3, 4}));
        QCOMPARE(centreInWindow({}, 3), (std::vector<float>{0, 0, 0}));
    }

    void streamGivesTwoUtterances()
    {
        const Stream s = makeStream();
        const std::vector<Utterance> u = runInChunks(s.samples, s.samples.size());
        QCOMPARE(u.size(), std::size_t(2)); // the 0.15 s gap is bridged by the 0.3 s hangover
        constexpr std::size_t tolerance = 320; // 20 ms
        QVERIFY2(within(u[0].start, s.firstStart, tolerance), qPrintable(QString::number(u[0].start)));
        QVERIFY2(within(u[0].end, s.firstEnd, tolerance), qPrintable(QString::number(u[0].end)));
        QVERIFY2(within(u[1].start, s.secondStart, tolerance), qPrintable(QString::number(u[1].start)));
        QVERIFY2(within(u[1].end, s.secondEnd, tolerance), qPrintable(QString::number(u[1].end)));
        for (const Utterance& x : u) {
            QCOMPARE(x.window.size(), std::size_t(24000));
            const std::size_t length = x.end - x.start;
            const auto [first, last] = nonZeroRegion(x.window);
            QCOMPARE(first, (24000 - length) / 2);
            QCOMPARE(last, first + length);
            // The window holds exactly the stream's speech samples.
            QVERIFY(std::equal(x.window.begin() + std::ptrdiff_t(first), x.window.begin() + std::ptrdiff_t(last),
                               s.samples.begin() + std::ptrdiff_t(x.start)));
        }
    }

    void chunkingDoesNotMatter()
    {
        const Stream s = makeStream();
        const std::vector<Utterance> whole = runInChunks(s.samples, s.samples.size());
        for (const std::size_t chunk : {1, 160, 1000, 7777}) {
            const std::vector<Utterance> u = runInChunks(s.samples, chunk);
            QCOMPARE(u.size(), whole.size());
            for (std::size_t i = 0; i < u.size(); ++i) {
                QCOMPARE(u[i].start, whole[i].start);
                QCOMPARE(u[i].end, whole[i].end);
                QCOMPARE(u[i].window, whole[i].window);
            }
        }
    }

    void flushReturnsTheOpenUtterance()
    {
        std::vector<float> x = noise(16000, 2);
        addTone(x, 8000, 8000); // still speaking when the stream ends
        Endpointer e;
        QVERIFY(e.push(x).empty());
        QVERIFY(e.inSpeech());
        const std::optional<Utterance> u = e.flush();
        QVERIFY(u.has_value());
        QCOMPARE(u->start, std::size_t(8000));
        QCOMPARE(u->end, std::size_t(16000));
        QVERIFY(!e.inSpeech());
        QVERIFY(!e.flush().has_value());
        e.reset();
        QCOMPARE(e.push(x).size(), std::size_t(0));
        QCOMPARE(e.flush()->start, std::size_t(8000)); // positions count from the reset
    }

    void silenceGivesNothing()
    {
        Endpointer e;
        QVERIFY(e.push(std::vector<float>(48000, 0.0f)).empty());
        QVERIFY(!e.flush().has_value());
        QCOMPARE(e.noiseFloorDb(), -70.0); // digital silence (−100 dB) is clamped to floorDb
        QVERIFY(std::abs(e.lastFrameDb() + 100.0) < 1e-9);
        QVERIFY(runInChunks(noise(48000, 3), 480).empty());
        QVERIFY(e.push({}).empty());
    }

    void noiseFloorFollowsTheBackground()
    {
        Endpointer e;
        e.push(noise(16000, 4));
        QVERIFY(std::abs(e.noiseFloorDb() + 60.0) < 1.5);
        // The background rises by 10 dB (below the 12 dB threshold): the floor climbs after it
        // at 0.05 dB per frame, and no utterance is reported.
        QVERIFY(e.push(noise(48000, 5, 0.001 * std::sqrt(10.0))).empty());
        QVERIFY(std::abs(e.noiseFloorDb() + 50.0) < 1.5);
    }

    void endlessSpeechIsCutEveryThreeSeconds()
    {
        std::vector<float> x = noise(8000 + 60 * rate, 6);
        addTone(x, 8000, 60 * rate);
        const std::vector<Utterance> u = runInChunks(x, 1234);
        QCOMPARE(u.size(), std::size_t(20));
        for (std::size_t i = 0; i < u.size(); ++i) {
            QCOMPARE(u[i].start, 8000 + i * 48000);
            QCOMPARE(u[i].end, u[i].start + 48000);
            // Longer than the window: its central 1.5 s.
            QVERIFY(std::equal(u[i].window.begin(), u[i].window.end(), x.begin() + std::ptrdiff_t(u[i].start + 12000)));
        }
    }

    void tenMinutesOfNoiseStayBounded()
    {
        QElapsedTimer timer;
        timer.start();
        Endpointer e;
        std::size_t found = 0;
        const std::vector<float> chunk = noise(16000, 7);
        for (int second = 0; second < 600; ++second)
            found += e.push(chunk).size();
        QCOMPARE(found, std::size_t(0));
        QVERIFY(!e.flush().has_value());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // A "word": 100 ms weak onset at −32 dBFS, 500 ms at −20 dBFS, 100 ms tail at −50 dBFS.
    // In digital silence (floor −70 dB) the tail passes the onset test (> −58 dB) but is more
    // than 25 dB under the peak: cut off. Under −40 dBFS noise the onset is only 8.6 dB over the
    // floor, under the 12 dB onset test, but over floor + 3 dB: kept. Both cuts are the same.
    void edgesAreTheSameWithAndWithoutNoise()
    {
        const std::size_t weak = 8000, loud = weak + 1600, tail = loud + 8000, after = tail + 1600;
        std::vector<float> clean(after + 24000, 0.0f);
        addTone(clean, weak, 1600, -32);
        addTone(clean, loud, 8000);
        addTone(clean, tail, 1600, -50);
        std::vector<float> noisy = noise(clean.size(), 11, 0.01);
        for (std::size_t i = 0; i < noisy.size(); ++i)
            noisy[i] += clean[i];
        for (const std::vector<float>* x : {&clean, &noisy}) {
            const std::vector<Utterance> u = runInChunks(*x, 321);
            QCOMPARE(u.size(), std::size_t(1));
            QCOMPARE(u[0].start, weak);
            QCOMPARE(u[0].end, tail);
            const auto centred = u[0].window.begin() + std::ptrdiff_t((24000 - (tail - weak)) / 2);
            QVERIFY(std::equal(centred, centred + std::ptrdiff_t(tail - weak), x->begin() + std::ptrdiff_t(weak)));
        }
        // Without the second threshold (edges at the onset test), the noisy cut would start at
        // the loud part and the clean one would keep the tail.
        EndpointerSettings onsetOnly;
        onsetOnly.edgeDb = onsetOnly.thresholdDb;
        onsetOnly.edgeBelowPeakDb = 100;
        Endpointer e(onsetOnly);
        QCOMPARE(e.push(noisy).front().start, loud);
        e.reset();
        QCOMPARE(e.push(clean).front().end, after);
    }

    void cutUtterancePicksTheLoudest()
    {
        const Stream s = makeStream();
        const std::vector<float> w = cutUtterance(s.samples);
        QCOMPARE(w.size(), std::size_t(24000));
        const auto [first, last] = nonZeroRegion(w);
        QVERIFY2(within(last - first, 8000, 320), qPrintable(QString::number(last - first)));
        QVERIFY(within(first, 8000, 160));
        QCOMPARE(w, runInChunks(s.samples, 160).front().window);
    }

    void cutUtteranceWhenSpeechStartsAtOnce()
    {
        // No leading silence: the first frame is the word, the floor must still be the noise.
        std::vector<float> x = noise(16000, 8);
        addTone(x, 0, 6400);
        const std::vector<float> w = cutUtterance(x);
        QCOMPARE(w.size(), std::size_t(24000));
        const auto [first, last] = nonZeroRegion(w);
        QVERIFY2(within(last - first, 6400, 160), qPrintable(QString::number(last - first)));
        QCOMPARE(first, (24000 - (last - first)) / 2);
        QVERIFY(std::equal(w.begin() + std::ptrdiff_t(first), w.begin() + std::ptrdiff_t(last), x.begin()));
    }

    void cutUtteranceOfSilenceIsTheCentre()
    {
        const std::vector<float> quiet = noise(16000, 9);
        const std::vector<float> w = cutUtterance(quiet);
        QCOMPARE(nonZeroRegion(w), (std::pair<std::size_t, std::size_t>{4000, 20000}));
        QVERIFY(std::equal(quiet.begin(), quiet.end(), w.begin() + 4000));
        const std::vector<float> longQuiet = noise(32000, 10);
        QVERIFY(std::equal(longQuiet.begin() + 4000, longQuiet.begin() + 28000, cutUtterance(longQuiet).begin()));
        QCOMPARE(cutUtterance({}), std::vector<float>(24000, 0.0f));
        QCOMPARE(cutUtterance(std::vector<float>(100, 0.5f)).size(), std::size_t(24000));
    }
};

QTEST_APPLESS_MAIN(TestEndpointer)
#include "test_endpointer.moc"
