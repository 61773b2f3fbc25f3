// A scripted GUI soak: the main window, offscreen, for --minutes (default 10), cycling through
// what a class does with it:
//   every panel shown in turn; an image loaded into the convolution panel; training started
//   (spirals, and MNIST every third cycle), the panel switched away and back while it trains,
//   then stopped; in the keyword panel, listening to a private PulseAudio microphone fed a
//   spoken keyword, and a recording session saving what it hears.
// It fails (exit code 1) on a Qt warning about threads (cross-thread timers, parents, events,
// pixmaps), when nothing was trained or heard, and — unless --no-rss-check — when the resident
// memory grew by more than --max-growth percent (default 10) from the end of the warm-up
// (the first minute: fonts, models, datasets, caches) to the end. Memory is compared at the
// same point of the three-cycle rhythm (after a spirals cycle that follows an MNIST one), as
// MNIST cycles briefly hold the dataset. Prints one line per cycle:
//   cycle 12  t=245 s  RSS 312.4 MB  epochs 58  heard 11/12  recordings 8  warnings 0
#include "../PulseMicrophone.h"
#include "common/Panel.h"
#include "core/MemoryPolicy.h"
#include "convolution/ConvolutionPanel.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "io/AudioFile.h"
#include "keywords/KeywordsPanel.h"
#include "keywords/ListenPage.h"
#include "keywords/RecordingSession.h"
#include "keywords/RecordingsView.h"
#include "training/TrainingPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <map>
#include <mutex>
#include <unistd.h>

namespace {

// Qt warnings seen, by text; the handler may be called from any thread.
struct WarningLog {
    std::mutex mutex;
    std::map<QString, int> counts;
};
WarningLog* warningLog = nullptr; // set once in main, before any thread starts

void collectWarning(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const std::lock_guard lock(warningLog->mutex);
    ++warningLog->counts[message];
    std::fprintf(stderr, "Qt: %s\n", qPrintable(message));
}

bool isThreadWarning(const QString& message)
{
    return message.contains("thread", Qt::CaseInsensitive) || message.contains("QPixmap")
           || message.contains("QBasicTimer") || message.contains("QSocketNotifier")
           || message.contains("Cannot send events");
}

double residentMegabytes()
{
    QFile statm("/proc/self/statm");
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1 << 20) : 0;
}

// A 640×480 picture with shapes, so that every filter has edges to find.
QString writeTestImage(const QString& folder, int variant)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(variant ? Qt::white : Qt::darkBlue);
    QPainter painter(&image);
    painter.setBrush(variant ? Qt::red : Qt::yellow);
    painter.drawEllipse(80 + 40 * variant, 60, 300, 200);
    painter.fillRect(350, 250, 200, 150, Qt::green);
    painter.end();
    const QString path = folder + QString("/picture%1.png").arg(variant);
    image.save(path);
    return path;
}

// A keyword spoken by espeak-ng, 16 kHz mono, between silences.
std::vector<float> spokenKeyword(const QString& folder, const QString& word)
{
    const QString wav = folder + "/" + word + ".wav";
    if (QProcess::execute("espeak-ng", {"-v", "fr", "-w", wav, word}) != 0)
        return {};
    const auto clip = io::readAudioFile(wav);
    if (!std::holds_alternative<neurone::AudioClip>(clip))
        return {};
    std::vector<float> stream(neurone::keywordSampleRate, 0.0f); // 1 s before
    const std::vector<float>& samples = std::get<neurone::AudioClip>(clip).samples;
    stream.insert(stream.end(), samples.begin(), samples.end());
    stream.insert(stream.end(), std::size_t(neurone::keywordSampleRate), 0.0f); // 1 s after
    return stream;
}

int countRecordings(const QString& folder)
{
    int count = 0;
    for (QDirIterator it(folder, {"*.wav"}, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++count;
    return count;
}

struct Figures {
    int epochs = 0;
    int spoken = 0;
    int heard = 0;
};

class Soak {
public:
    Soak(MainWindow& window, PulseMicrophone& microphone, const QString& folder)
        : window_(window), microphone_(microphone), folder_(folder)
    {
        images_ = {writeTestImage(folder, 0), writeTestImage(folder, 1)};
        for (const QString word : {"incendie", "malaise", "cambriolage"})
            words_.push_back(spokenKeyword(folder, word));
    }

    QString cycle(int n, Figures& figures)
    {
        for (const QString& id : window_.panelIds()) { // every panel, as a student clicks through
            window_.showPanel(id);
            QTest::qWait(200);
        }
        if (const QString why = convolution(n); !why.isEmpty())
            return why;
        if (const QString why = training(n, figures); !why.isEmpty())
            return why;
        return keywords(n, figures);
    }

private:
    template <typename P>
    P* show(const QString& id)
    {
        window_.showPanel(id);
        return qobject_cast<P*>(window_.currentPanel());
    }

    QString convolution(int n)
    {
        auto* panel = show<ConvolutionPanel>("convolution");
        if (!panel)
            return "no convolution panel";
        if (const QString why = panel->openFile(images_[std::size_t(n % 2)]); !why.isEmpty())
            return "convolution: " + why;
        panel->applyState("page", n % 2 ? "volume" : "filter");
        QTest::qWait(500);
        return {};
    }

    QString training(int n, Figures& figures)
    {
        auto* panel = show<TrainingPanel>("training");
        if (!panel)
            return "no training panel";
        if (const QString why = panel->applyState("dataset", n % 3 == 2 ? "mnist" : "spirals"); !why.isEmpty())
            return "training: " + why;
        if (!panel->waitUntilIdle(60000))
            return "training: the dataset did not load within 60 s";
        panel->applyState("epochs", "100000"); // still training when the panel is switched away
        const std::size_t before = panel->history().size();
        panel->reset();
        panel->run();
        QTest::qWait(1500);
        show<Panel>("keywords"); // away while it trains…
        QTest::qWait(700);
        show<Panel>("training"); // …and back
        QTest::qWait(700);
        panel->stop();
        if (!panel->waitUntilIdle(30000))
            return "training: did not stop within 30 s";
        figures.epochs += int(panel->history().size()) - int(std::min(before, panel->history().size()));
        return {};
    }

    QString keywords(int n, Figures& figures)
    {
        auto* panel = show<KeywordsPanel>("keywords");
        if (!panel)
            return "no keyword panel";
        panel->applyState("tab", n % 4 == 3 ? "recordings" : "listen");
        ListenPage* page = panel->listenPage();
        if (!page->isListening()) {
            page->chooseDevice(PulseMicrophone::sourceName);
            if (!page->startListening())
                return "keywords: cannot listen: " + page->message();
        }
        RecordingSessionBox* session = panel->recordingsView()->session();
        if (n % 4 == 0) {
            session->stop();
            session->setExamplesPerKeyword(1);
            session->start(); // what it hears from now on is saved
        }
        const std::vector<float>& word = words_[std::size_t(n) % words_.size()];
        const auto* previous = page->lastResult() ? &*page->lastResult() : nullptr;
        const double previousStart = previous ? previous->startSeconds : -1;
        microphone_.write(word);
        ++figures.spoken;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 8000
               && !(page->lastResult() && page->lastResult()->startSeconds != previousStart))
            QTest::qWait(50);
        if (page->lastResult() && page->lastResult()->startSeconds != previousStart)
            ++figures.heard;
        if (n % 5 == 4)
            page->stopListening(); // and started again next cycle
        panel->applyState("tab", "train");
        QTest::qWait(300);
        return {};
    }

    MainWindow& window_;
    PulseMicrophone& microphone_;
    QString folder_;
    std::vector<QString> images_;
    std::vector<std::vector<float>> words_;
};

} // namespace

int main(int argc, char* argv[])
{
    neurone::keepFreedMemoryForReuse(); // the allocator policy of the app's main()
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home; // recordings and settings go here, never into the user's folders
    qputenv("XDG_DATA_HOME", (home.path() + "/data").toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + "/config").toUtf8());
    PulseMicrophone microphone; // before anything touches QMediaDevices
    WarningLog log;
    warningLog = &log;
    qInstallMessageHandler(collectWarning);
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"minutes", "how long to run (default 10)", "M", "10"});
    parser.addOption({"max-growth", "largest resident memory growth after warm-up, in percent (default 10)", "P", "10"});
    parser.addOption({"no-rss-check", "report the memory growth without failing on it (short runs)"});
    parser.process(app);
    const double minutes = parser.value("minutes").toDouble();
    if (!microphone.ok()) {
        std::fprintf(stderr, "soak: no pipe microphone: %s\n", qPrintable(microphone.error()));
        return 1;
    }

    Language language;
    MainWindow window(language, nullptr);
    window.resize(1280, 800);
    window.show();
    Soak soak(window, microphone, home.path());
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    double warmRss = 0, lastRss = 0; // sampled at cycles 3, 6, 9, …
    int cycles = 0;
    for (; clock.elapsed() < minutes * 60000; ++cycles) {
        if (const QString why = soak.cycle(cycles, figures); !why.isEmpty()) {
            std::fprintf(stderr, "soak: cycle %d: %s\n", cycles, qPrintable(why));
            return 1;
        }
        const double rss = residentMegabytes();
        if (cycles % 3 == 0 && cycles > 0) {
            lastRss = rss;
            if (warmRss == 0 && clock.elapsed() >= 60000)
                warmRss = rss;
        }
        int warnings = 0;
        {
            const std::lock_guard lock(log.mutex);
            for (const auto& [text, count] : log.counts)
                warnings += count;
        }
        std::printf("cycle %3d  t=%4.0f s  RSS %6.1f MB  epochs %4d  heard %d/%d  recordings %d  warnings %d\n",
                    cycles, double(clock.elapsed()) / 1000, rss, figures.epochs, figures.heard,
                    figures.spoken, countRecordings(home.path() + "/data"), warnings);
        std::fflush(stdout);
    }
    window.close();

    bool failed = false;
    const double growth = warmRss > 0 ? 100.0 * (lastRss - warmRss) / warmRss : 0;
    std::printf("soak: %d cycles in %.0f s; RSS %.1f MB after warm-up, %.1f MB at the end (%+.1f %%); "
                "%d epochs trained; %d of %d keywords heard\n",
                cycles, double(clock.elapsed()) / 1000, warmRss, lastRss, growth, figures.epochs,
                figures.heard, figures.spoken);
    for (const auto& [text, count] : log.counts) {
        const bool threads = isThreadWarning(text);
        failed |= threads;
        std::printf("%s Qt warning ×%d: %s\n", threads ? "FAIL" : "note", count, qPrintable(text));
    }
    if (figures.epochs == 0 || figures.heard == 0) {
        std::printf("FAIL: nothing was %s\n", figures.epochs == 0 ? "trained" : "heard");
        failed = true;
    }
    if (!parser.isSet("no-rss-check") && warmRss == 0) {
        std::printf("FAIL: too short to measure memory after a minute of warm-up\n");
        failed = true;
    }
    if (!parser.isSet("no-rss-check") && growth > parser.value("max-growth").toDouble()) {
        std::printf("FAIL: resident memory grew by %.1f %% (limit %s %%)\n", growth, qPrintable(parser.value("max-growth")));
        failed = true;
    }
    return failed ? 1 : 0;
}
