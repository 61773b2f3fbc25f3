// The keyword panel's live latency, from the end of an utterance to its result on screen
// (target < 150 ms), through a microphone that adds no more than a real one: a private
// PulseAudio daemon fed through pacat (PulseMicrophone::Rig::lowLatency: 20 ms blocks, not the
// pipe source's 128 ms ones). The real panel, offscreen, listens to an espeak-ng "incendie"
// between two seconds of silence: one warm-up utterance, then N (default 10); each must be
// heard as incendie, service 18.
//   latency = from the word's closing sample (the word's end plus the endpointer's 300 ms
//   hangover: the last sample of the frame after which an offline neurone::Endpointer, fed the
//   same stream frame by frame, returns the word) going into pacat's stdin (the moment the
//   write() of the 10 ms chunk holding it returned), to the result in the banner; "painted" =
//   to the next paint of the banner's labels.
// It includes pacat (reading the pipe, ≤ 10 ms of stream buffer), the daemon (null sink, its
// monitor, the remapped source), Qt's capture (20 ms fragments), the page's hand-off to its
// worker, the endpointer, the classifier and the banner. The app's own share
// (ListenPage::lastLatencyMs: from the arrival of the closing chunk in the page to the result)
// is printed beside it.
// Prints one line per run, then min / median / max. Exit code 1 when a run is not heard as
// incendie (or the rig fails), 2 when the worst run misses the target.
// Run: bench_keyword_latency [runs] (default 10)
#include "../PulseMicrophone.h"

#include "keywords/KeywordsPanel.h"
#include "keywords/ListenPage.h"
#include "keywords/ResultBanner.h"
#include "keywords/UtteranceHistory.h"

#include "audio/Endpointer.h"
#include "core/KeywordsCommand.h"
#include "io/AudioCapture.h"
#include "io/AudioFile.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <span>
#include <variant>
#include <vector>

namespace {

constexpr int rate = neurone::keywordSampleRate;
constexpr double targetMs = 150;

std::int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Processes events for this long (the capture settling, the rig draining).
void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// One second of silence, the word, one second of silence; and the number of the sample that
// closes the word for the endpointer.
struct Stream {
    std::vector<float> samples;
    std::size_t closing = 0;
};

// The sample whose arrival lets the endpointer close the stream's only utterance (its end plus
// the 300 ms hangover): the last of the frame after which an offline endpointer, fed frame by
// frame, returns it. Found this way rather than as Utterance::end + hangover, which holds only
// while the cut's edges are the speech frames themselves. 0 when there is not exactly one.
std::size_t closingSample(const std::vector<float>& samples)
{
    neurone::Endpointer offline;
    const auto frame = std::size_t(offline.settings().frameLength);
    std::vector<neurone::Utterance> words;
    std::size_t closing = 0;
    for (std::size_t at = 0; at + frame <= samples.size(); at += frame)
        for (neurone::Utterance& word : offline.push(std::span(samples).subspan(at, frame))) {
            words.push_back(std::move(word));
            closing = at + frame - 1;
        }
    if (words.size() != 1)
        return 0;
    std::printf("the endpointer closes the word at %.3f s (speech %.3f–%.3f s, then the hangover)\n",
                double(closing) / rate, double(words.front().start) / rate, double(words.front().end) / rate);
    return closing;
}

std::optional<Stream> incendieStream(const QString& folder)
{
    const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
    const QString path = folder + QStringLiteral("/incendie.wav");
    const QStringList arguments{QStringLiteral("-v"), QStringLiteral("fr"), QStringLiteral("-w"), path, QStringLiteral("incendie")};
    if (espeak.isEmpty() || QProcess::execute(espeak, arguments) != 0)
        return std::nullopt;
    auto read = io::readAudioFile(path);
    if (!std::holds_alternative<neurone::AudioClip>(read))
        return std::nullopt;
    const std::vector<float>& word = std::get<neurone::AudioClip>(read).samples;
    Stream stream;
    stream.samples.assign(std::size_t(rate), 0.0f);
    stream.samples.insert(stream.samples.end(), word.begin(), word.end());
    stream.samples.resize(stream.samples.size() + std::size_t(rate), 0.0f);
    stream.closing = closingSample(stream.samples);
    return stream.closing > 0 ? std::optional(stream) : std::nullopt;
}

// The first paint of the banner's labels (the keyword, the service) after arm().
class PaintClock : public QObject {
public:
    explicit PaintClock(ResultBanner* banner)
    {
        for (QLabel* label : banner->findChildren<QLabel*>())
            label->installEventFilter(this);
    }
    void arm()
    {
        armed_ = true;
        paintedNs_ = 0;
    }
    std::int64_t paintedNs() const { return paintedNs_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (armed_ && event->type() == QEvent::Paint) {
            paintedNs_ = steadyNowNs();
            armed_ = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool armed_ = false;
    std::int64_t paintedNs_ = 0;
};

// The blocks the page receives from its capture (the io::AudioCapture among its children): how
// many of each size, and the intervals between them.
class BlockSizes {
public:
    explicit BlockSizes(ListenPage& page)
    {
        if (auto* capture = page.findChild<io::AudioCapture*>())
            connection_ = QObject::connect(capture, &io::AudioCapture::samplesCaptured, [this](const std::vector<float>& samples) {
                const std::int64_t now = steadyNowNs();
                ++counts_[samples.size()];
                if (lastNs_ > 0)
                    gapsMs_.push_back(double(now - lastNs_) / 1e6);
                lastNs_ = now;
            });
    }
    ~BlockSizes() { QObject::disconnect(connection_); }
    BlockSizes(const BlockSizes&) = delete;
    BlockSizes& operator=(const BlockSizes&) = delete;

    void print() const
    {
        std::printf("blocks reaching the page (samples × count):");
        for (const auto& [size, count] : counts_)
            std::printf(" %zu×%d", size, count);
        std::vector<double> gaps = gapsMs_;
        std::sort(gaps.begin(), gaps.end());
        if (!gaps.empty())
            std::printf("; every %.1f / %.1f / %.1f ms (min / median / max)", gaps.front(), gaps[gaps.size() / 2], gaps.back());
        std::printf("\n");
    }

private:
    QMetaObject::Connection connection_;
    std::map<std::size_t, int> counts_;
    std::vector<double> gapsMs_;
    std::int64_t lastNs_ = 0;
};

struct Run {
    bool heard = false;   // as incendie, service 18
    QString verdict;      // what the banner said
    double shownMs = -1;  // closing sample written → result in the banner
    double paintedMs = -1; // closing sample written → the banner's next paint
    double appMs = -1;    // closing chunk's arrival in the page → result
};

// Writes the stream into the microphone and waits for the result (10 s at most), then for the
// stream's last sample to be written, so that the next run starts after silence.
Run listenOnce(ListenPage& page, PulseMicrophone& microphone, const Stream& stream, PaintClock& paint)
{
    // The banner shows something else first: an unchanged label is not repainted.
    page.banner()->showHint(QStringLiteral("Say a keyword"));
    wait(50);
    const std::uint64_t first = microphone.samplesQueued();
    std::int64_t shownNs = 0;
    QEventLoop loop;
    // Connected after the page's own connection: the banner already shows the result here.
    const QMetaObject::Connection shown = QObject::connect(page.history(), &UtteranceHistory::selected, &loop, [&] {
        shownNs = steadyNowNs();
        paint.arm();
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    microphone.write(stream.samples);
    loop.exec();
    QObject::disconnect(shown);
    while (microphone.queuedSeconds() > 0)
        wait(50);
    wait(300); // the rig and the capture deliver the last of the silence

    Run run;
    const std::optional<std::int64_t> closingNs = microphone.writtenAtNs(first + stream.closing);
    if (shownNs == 0 || !closingNs || !page.lastResult())
        return run;
    run.verdict = page.banner()->keywordText();
    run.heard = run.verdict == QStringLiteral("incendie") && page.lastResult()->scores.service == 18;
    run.shownMs = double(shownNs - *closingNs) / 1e6;
    if (paint.paintedNs() > 0)
        run.paintedMs = double(paint.paintedNs() - *closingNs) / 1e6;
    run.appMs = page.lastLatencyMs().value_or(-1);
    return run;
}

void printRun(const char* label, const Run& run)
{
    std::printf("%-8s %-10s latency %6.1f ms  painted %6.1f ms  app's share %5.1f ms  rig and capture %6.1f ms\n", label,
                qPrintable(run.verdict), run.shownMs, run.paintedMs, run.appMs, run.shownMs - run.appMs);
}

void printSummary(const char* what, std::vector<double> values)
{
    if (values.empty())
        return;
    std::sort(values.begin(), values.end());
    std::printf("%-16s min %6.1f  median %6.1f  max %6.1f ms\n", what, values.front(), values[values.size() / 2],
                values.back());
}

// Lists the panel's input devices until the rig's source is there, and listens to it.
bool listenToTheRig(ListenPage& page)
{
    for (int attempt = 0; attempt < 50 && !page.chooseDevice(PulseMicrophone::sourceName); ++attempt)
        wait(100);
    if (page.chosenDeviceId() != PulseMicrophone::sourceName || !page.startListening())
        return false;
    wait(500); // the capture settles on the rig's silence
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // no settings written into the user's folders
    PulseMicrophone microphone(PulseMicrophone::Rig::lowLatency); // before anything touches QMediaDevices
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    if (!microphone.ok()) {
        std::fprintf(stderr, "bench_keyword_latency: %s\n", qPrintable(microphone.error()));
        return 1;
    }
    QTemporaryDir folder;
    const std::optional<Stream> stream = incendieStream(folder.path());
    if (!stream) {
        std::fprintf(stderr, "bench_keyword_latency: espeak-ng's \"incendie\" could not be made into one utterance\n");
        return 1;
    }
    KeywordsPanel panel;
    panel.resize(1280, 800);
    panel.show();
    ListenPage* page = panel.listenPage();
    if (const QString refused = panel.setModelPath(QString::fromLatin1(cli::shippedKeywordModel)); !refused.isEmpty()) {
        std::fprintf(stderr, "bench_keyword_latency: %s\n", qPrintable(refused));
        return 1;
    }
    if (!listenToTheRig(*page)) {
        std::fprintf(stderr, "bench_keyword_latency: cannot listen to %s: %s\n", PulseMicrophone::sourceName,
                     qPrintable(page->message()));
        return 1;
    }
    PaintClock paint(page->banner());
    const BlockSizes blocks(*page);
    printRun("warm-up", listenOnce(*page, microphone, *stream, paint));
    std::vector<double> shown;
    std::vector<double> painted;
    std::vector<double> appShare;
    bool allHeard = true;
    for (int i = 1; i <= runs; ++i) {
        const Run run = listenOnce(*page, microphone, *stream, paint);
        printRun(qPrintable(QStringLiteral("run %1").arg(i)), run);
        allHeard = allHeard && run.heard;
        if (!run.heard)
            continue;
        shown.push_back(run.shownMs);
        if (run.paintedMs >= 0)
            painted.push_back(run.paintedMs);
        appShare.push_back(run.appMs);
    }
    page->stopListening();
    if (shown.empty()) {
        std::printf("no run was heard as incendie\n");
        return 1;
    }
    std::printf("%zu of %d runs heard as incendie (service 18); target: latency under %.0f ms\n", shown.size(), runs,
                targetMs);
    printSummary("latency", shown);
    printSummary("painted", painted);
    printSummary("app's share", appShare);
    blocks.print();
    if (!allHeard)
        return 1;
    return *std::max_element(shown.begin(), shown.end()) < targetMs ? 0 : 2;
}
