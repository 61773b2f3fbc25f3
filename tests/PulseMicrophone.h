// A microphone for tests on machines without one: a private PulseAudio daemon whose only
// input is a source named "virtmic", fed by write(). Construct it before anything touches
// QMediaDevices: it points this process at the private daemon through XDG_RUNTIME_DIR (a
// fresh temporary directory) and PULSE_SERVER (which also stops libpulse from auto-spawning
// the user's own daemon once this one is killed).
//
// A writer thread feeds the rig at real-time pace, 10 ms at a time, with silence when nothing
// is queued: a real microphone never stops delivering, and the Qt event loop never waits for
// the pipe. Two rigs (the constructor's argument):
// - Rig::pipeSource (the default): "virtmic" is a module-pipe-source reading a FIFO. The
//   daemon passes the audio on in blocks of about 4 kB (125–140 ms at 16 kHz, 16-bit;
//   measured 3840–4480 bytes per chunk while the app asked for 20 ms fragments): latencies
//   measured through it include up to that much, which a real microphone's source (10–25 ms
//   blocks) does not add.
// - Rig::lowLatency, for latency measurements: the writer feeds the stdin of a child
//   `pacat --latency-msec=10` playing into a module-null-sink "lowlat"; "virtmic" is a
//   module-remap-source of lowlat.monitor (Qt 6.4 lists no monitor source as an input; a
//   remapped one it does). What reaches the app are the fragments it asks for: with 20 ms
//   fragments, measured in six 40 s runs, 320 samples (640 bytes, 20 ms) in 54–99 % of the
//   blocks, 280 or 360 in most of the rest, 240–400 at the extremes, one block every 20 ms
//   (15–24 ms apart). From a sample going into pacat's stdin to the block holding it reaching
//   the app: 12–36 ms (pacat's 10 ms stream buffer, the daemon, then the wait for the end of
//   the fragment it falls in); for one daemon it takes one or two values 10 or 20 ms apart,
//   set by the phase between the writer and the source. --process-time-msec=5 or
//   --latency-msec=5 did not do better. Writing starts once the sink takes pacat's sound
//   (see waitForPlayback()); afterwards, so that a late wake-up of the writer leaves no
//   backlog in front of what is written next, silence is left out while pacat has not read
//   all it was given (when its stream runs dry, the sink plays silence anyway). Needs pacat
//   and pactl (pulseaudio-utils, which the pulseaudio package depends on).
//
// writtenAtNs() tells when a queued sample went into the rig (the FIFO, or pacat's stdin), for
// latencies measured from there.
//
// The destructor stops the daemon (pulseaudio --kill, then SIGKILL); a detached shell stops it
// too if the test process dies first. When pulseaudio is not installed, ok() is false and
// error() says so: tests must fail then.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

class PulseMicrophone {
public:
    // How written sound reaches the source "virtmic" (see the comment at the top).
    enum class Rig { pipeSource, lowLatency };

    static constexpr const char* sourceName = "virtmic";
    static constexpr const char* sinkName = "lowlat"; // Rig::lowLatency: the null sink pacat plays into
    static constexpr int sampleRate = 16000;

    explicit PulseMicrophone(Rig rig = Rig::pipeSource)
        : rig_(rig)
    {
        start();
    }
    ~PulseMicrophone()
    {
        stopWriter(); // closes pacat's stdin: it plays what it holds and exits
        stopPacat();
        kill();
    }
    PulseMicrophone(const PulseMicrophone&) = delete;
    PulseMicrophone& operator=(const PulseMicrophone&) = delete;

    bool ok() const { return error_.isEmpty(); }
    QString error() const { return error_; }
    QString runtimeDir() const { return runtimeDir_.path(); }

    // Queues 16 kHz mono samples ([−1, 1]); they reach the source in real time, after what
    // was queued before. False when the daemon is not running.
    bool write(const std::vector<float>& samples16k)
    {
        const std::lock_guard lock(mutex_);
        if (!ok() || feed_ < 0)
            return false;
        queue_.insert(queue_.end(), samples16k.begin(), samples16k.end());
        queuedTotal_ += samples16k.size();
        return true;
    }

    // Queued samples are numbered from 0 in the order write() queued them: the number the next
    // one will have.
    std::uint64_t samplesQueued() const
    {
        const std::lock_guard lock(mutex_);
        return queuedTotal_;
    }

    // When the sample with this number went into the rig (the FIFO, or pacat's stdin), in ns of
    // std::chrono::steady_clock; none while it waits in the queue, when its chunk was dropped
    // (full pipe, dead daemon), or when it is older than the last 30 s of sound written.
    std::optional<std::int64_t> writtenAtNs(std::uint64_t sample) const
    {
        const std::lock_guard lock(mutex_);
        const auto after = std::upper_bound(written_.begin(), written_.end(), sample,
                                            [](std::uint64_t n, const WrittenChunk& chunk) { return n < chunk.first; });
        if (after == written_.begin() || sample >= std::prev(after)->first + std::prev(after)->count)
            return std::nullopt;
        return std::prev(after)->ns;
    }

    // Seconds of queued sound not yet written into the rig.
    double queuedSeconds() const
    {
        const std::lock_guard lock(mutex_);
        return double(queue_.size()) / sampleRate;
    }

    // Stops the daemon (what a test does to "unplug" the microphone); true when it is gone.
    bool kill()
    {
        const pid_t pid = daemonPid();
        if (pid <= 0)
            return true;
        run({QStringLiteral("--kill")});
        if (waitForExit(pid, 3000))
            return true;
        ::kill(pid, SIGKILL);
        return waitForExit(pid, 2000);
    }

    // Removes the source from the running daemon, as when a USB microphone is pulled out
    // (needs pactl, from pulseaudio-utils); plugBackIn() adds it again (the pipe source with a
    // fresh FIFO; the remapped monitor over the sink pacat still plays into).
    static bool canUnplug() { return !QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty(); }
    bool unplug() { return pactl({QStringLiteral("unload-module"), sourceModule()}); }
    bool plugBackIn()
    {
        const QStringList arguments = QStringList{QStringLiteral("load-module")} + sourceArguments().split(u' ');
        if (!pactl(arguments))
            return false;
        if (rig_ == Rig::lowLatency)
            return true;
        const int fifo = ::open(QFile::encodeName(fifoPath()).constData(), O_WRONLY | O_NONBLOCK);
        const std::lock_guard lock(mutex_);
        if (feed_ >= 0)
            ::close(feed_);
        feed_ = fifo;
        return feed_ >= 0;
    }

private:
    static bool pactl(const QStringList& arguments, QString* output = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // output parsed in English
        process.setProcessEnvironment(environment);
        if (!output)
            process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral("pactl"), arguments);
        const bool done = process.waitForFinished(5000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        return done;
    }

    QString fifoPath() const { return runtimeDir_.filePath(QString::fromLatin1(sourceName)); }
    QString sourceModule() const
    {
        return rig_ == Rig::pipeSource ? QStringLiteral("module-pipe-source") : QStringLiteral("module-remap-source");
    }
    // Spaces separate the arguments (plugBackIn() splits on them): no value may hold one.
    QString sourceArguments() const
    {
        if (rig_ == Rig::lowLatency)
            return QStringLiteral("module-remap-source source_name=%1 master=%2.monitor channels=1")
                .arg(QString::fromLatin1(sourceName), QString::fromLatin1(sinkName));
        return QStringLiteral("module-pipe-source source_name=%1 file=%2 format=s16le rate=%3 channels=1")
            .arg(QString::fromLatin1(sourceName), fifoPath())
            .arg(sampleRate);
    }
    // The modules the daemon starts with, after the native protocol.
    QStringList modules() const
    {
        if (rig_ == Rig::pipeSource)
            return {sourceArguments()};
        const QString sink = QStringLiteral("module-null-sink sink_name=%1 rate=%2 channels=1 format=s16le")
                                 .arg(QString::fromLatin1(sinkName))
                                 .arg(sampleRate);
        return {sink, sourceArguments()};
    }

    void start()
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (exe.isEmpty()) {
            error_ = QStringLiteral("pulseaudio is not installed: the microphone tests need it "
                                    "(`make test` installs it; or apt-get install pulseaudio)");
            return;
        }
        if (rig_ == Rig::lowLatency && (QStandardPaths::findExecutable(QStringLiteral("pacat")).isEmpty() || !canUnplug())) {
            error_ = QStringLiteral("pacat or pactl is not installed: the low-latency microphone needs both "
                                    "(pulseaudio-utils, installed with pulseaudio)");
            return;
        }
        if (!runtimeDir_.isValid()) {
            error_ = QStringLiteral("cannot create a temporary directory: %1").arg(runtimeDir_.errorString());
            return;
        }
        std::signal(SIGPIPE, SIG_IGN); // a write into the FIFO of a dead daemon must not kill the test
        const QByteArray dir = QFile::encodeName(runtimeDir_.path());
        qputenv("XDG_RUNTIME_DIR", dir);
        qputenv("PULSE_RUNTIME_PATH", dir + "/pulse");
        qputenv("PULSE_SERVER", "unix:" + dir + "/pulse/native");
        QStringList arguments{QStringLiteral("-n"), QStringLiteral("--daemonize=yes"), QStringLiteral("--exit-idle-time=-1"),
                              QStringLiteral("--load=module-native-protocol-unix")};
        for (const QString& module : modules())
            arguments << QStringLiteral("--load=") + module;
        const QString output = run(arguments, &exitCode_);
        if (exitCode_ != 0) {
            error_ = QStringLiteral("pulseaudio did not start (exit code %1): %2").arg(exitCode_).arg(output);
            return;
        }
        startReaper();
        if (!waitForServer()) {
            error_ = QStringLiteral("pulseaudio started but its socket %1/pulse/native never appeared").arg(runtimeDir_.path());
            return;
        }
        if (rig_ == Rig::lowLatency ? !startPacat() : !openFifo())
            return;
        writer_ = std::thread([this] { writeLoop(); });
    }

    bool openFifo()
    {
        feed_ = ::open(QFile::encodeName(fifoPath()).constData(), O_WRONLY | O_NONBLOCK);
        if (feed_ < 0)
            error_ = QStringLiteral("cannot open the FIFO %1 for writing (errno %2)").arg(fifoPath()).arg(errno);
        return feed_ >= 0;
    }

    // pacat, its stdin a pipe whose other end is feed_. The pipe's ends are close-on-exec, so
    // no other child holds the write end: pacat sees the end of its input when this process
    // closes it or dies. It inherits PULSE_SERVER, so it plays into the private daemon.
    bool startPacat()
    {
        int ends[2];
        if (::pipe2(ends, O_CLOEXEC) != 0) {
            error_ = QStringLiteral("cannot create a pipe for pacat (errno %1)").arg(errno);
            return false;
        }
        const std::vector<QByteArray> arguments{"pacat", "--playback", "--raw", "--format=s16le",
                                                "--rate=" + QByteArray::number(sampleRate), "--channels=1",
                                                "--latency-msec=10", QByteArray("--device=") + sinkName,
                                                "--client-name=PulseMicrophone"};
        std::vector<char*> argv;
        for (const QByteArray& argument : arguments)
            argv.push_back(const_cast<char*>(argument.constData()));
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO); // dup2 clears close-on-exec
        const int spawned = ::posix_spawnp(&pacat_, "pacat", &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(ends[0]);
        feed_ = ends[1];
        ::fcntl(feed_, F_SETFL, O_NONBLOCK);
        if (spawned != 0) {
            pacat_ = 0;
            error_ = QStringLiteral("cannot start pacat (error %1)").arg(spawned);
            return false;
        }
        return waitForPlayback();
    }

    // The writer starts once pacat plays into the sink and the sink's lead is gone. Idle, the
    // null sink renders up to 2 s ahead ("configured 2000000 usec"); a stream that connects then
    // is not rewound: the sink takes nothing from it until real time has caught up, and what was
    // written meanwhile would stay in the pipe, a backlog in front of everything after it
    // (measured: 0.5–1.8 s, depending on when pacat connected).
    bool waitForPlayback()
    {
        QElapsedTimer clock;
        clock.start();
        while (!sinkKeepsUp()) {
            if (clock.elapsed() > 5000 || ::waitpid(pacat_, nullptr, WNOHANG) == pacat_) {
                error_ = QStringLiteral("pacat did not start playing into the sink %1").arg(QString::fromLatin1(sinkName));
                return false;
            }
            QThread::msleep(20);
        }
        return true;
    }

    // pacat's stream is in the sink, and the sink is less than 50 ms ahead of real time.
    static bool sinkKeepsUp()
    {
        QString inputs;
        QString sinks;
        if (!pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sink-inputs")}, &inputs) || inputs.isEmpty()
            || !pactl({QStringLiteral("list"), QStringLiteral("sinks")}, &sinks))
            return false;
        const QRegularExpressionMatch latency = QRegularExpression(QStringLiteral("\\n\\s*Latency: (\\d+) usec")).match(sinks);
        return latency.hasMatch() && latency.captured(1).toLongLong() < 50000;
    }

    // After stopWriter(): pacat has the end of its input, or lost its daemon, and exits.
    void stopPacat()
    {
        if (pacat_ <= 0)
            return;
        QElapsedTimer clock;
        clock.start();
        while (::waitpid(pacat_, nullptr, WNOHANG) == 0) {
            if (clock.elapsed() > 2000) {
                ::kill(pacat_, SIGKILL);
                ::waitpid(pacat_, nullptr, 0);
                break;
            }
            QThread::msleep(10);
        }
        pacat_ = 0;
    }

    // Runs `pulseaudio ARGS` with this process's environment plus a private HOME (the daemon
    // writes its cookie there, not into the user's home). Returns its output.
    QString run(const QStringList& arguments, int* exitCode = nullptr) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), runtimeDir_.path());
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("pulseaudio"), arguments);
        const bool finished = process.waitForStarted(5000) && process.waitForFinished(10000);
        if (exitCode)
            *exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromLocal8Bit(process.readAll()).trimmed();
    }

    // --exit-idle-time=-1 keeps the daemon alive until it is told to stop, even when the test
    // crashes or is killed by a timeout: a detached shell watches this process and, when it
    // has died with the directory still there, stops the daemon and removes the directory.
    void startReaper() const
    {
        const QString script = QStringLiteral(
            "while kill -0 %1 2>/dev/null; do [ -d \"$D\" ] || exit 0; sleep 1; done; "
            "[ -f \"$D/pulse/pid\" ] && kill \"$(cat \"$D/pulse/pid\")\" 2>/dev/null; sleep 1; rm -rf \"$D\"")
                                   .arg(QCoreApplication::applicationPid());
        QProcess reaper;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("D"), runtimeDir_.path());
        reaper.setProcessEnvironment(environment);
        reaper.setProgram(QStringLiteral("sh"));
        reaper.setArguments({QStringLiteral("-c"), script});
        reaper.setStandardOutputFile(QProcess::nullDevice());
        reaper.setStandardErrorFile(QProcess::nullDevice());
        reaper.startDetached();
    }

    // --daemonize returns once the daemon is initialised; the socket is checked anyway.
    bool waitForServer() const
    {
        QElapsedTimer clock;
        clock.start();
        const QString socket = runtimeDir_.filePath(QStringLiteral("pulse/native"));
        while (!QFile::exists(socket) || daemonPid() <= 0) {
            if (clock.elapsed() > 5000)
                return false;
            QThread::msleep(20);
        }
        return true;
    }

    pid_t daemonPid() const
    {
        QFile file(runtimeDir_.filePath(QStringLiteral("pulse/pid")));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const pid_t pid = pid_t(file.readAll().trimmed().toLongLong());
        return pid > 0 && ::kill(pid, 0) == 0 ? pid : 0;
    }

    static bool waitForExit(pid_t pid, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (::kill(pid, 0) == 0) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QThread::msleep(20);
        }
        return true;
    }

    void writeLoop()
    {
        auto next = std::chrono::steady_clock::now();
        while (!stopping_) {
            writeChunk();
            next += std::chrono::milliseconds(10);
            std::this_thread::sleep_until(next);
        }
    }

    // One 10 ms chunk: what is queued, then silence.
    void writeChunk()
    {
        const std::lock_guard lock(mutex_);
        const std::size_t taken = std::min(queue_.size(), pcm_.size());
        if (taken == 0 && rig_ == Rig::lowLatency && unreadBytes() > 0)
            return; // pacat is behind: silence would only delay what comes next
        for (std::size_t i = 0; i < pcm_.size(); ++i) {
            const float x = i < taken ? std::clamp(queue_[i], -1.0f, 1.0f) : 0.0f;
            pcm_[i] = std::int16_t(std::clamp(std::lround(x * 32768.0f), -32768L, 32767L));
        }
        queue_.erase(queue_.begin(), queue_.begin() + std::ptrdiff_t(taken));
        const std::uint64_t first = writtenTotal_;
        writtenTotal_ += taken;
        // The pipe holds 2 s: a full pipe (EAGAIN) or a dead daemon (EPIPE) drops the chunk.
        const auto bytes = ssize_t(pcm_.size() * sizeof(std::int16_t));
        if (::write(feed_, pcm_.data(), std::size_t(bytes)) != bytes || taken == 0)
            return;
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        written_.push_back({first, taken, std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()});
        if (written_.size() > maxWrittenChunks)
            written_.pop_front();
    }

    // Bytes in the pipe that its reader (pacat, or the daemon) has not read yet.
    int unreadBytes() const
    {
        int bytes = 0;
        return ::ioctl(feed_, FIONREAD, &bytes) == 0 ? bytes : 0;
    }

    void stopWriter()
    {
        stopping_ = true;
        if (writer_.joinable())
            writer_.join();
        if (feed_ >= 0)
            ::close(feed_);
        feed_ = -1;
    }

    // A chunk of queued samples written into the rig: their numbers and when.
    struct WrittenChunk {
        std::uint64_t first;
        std::size_t count;
        std::int64_t ns;
    };
    static constexpr std::size_t maxWrittenChunks = 3000; // 30 s

    const Rig rig_;
    QTemporaryDir runtimeDir_{QDir::tempPath() + QStringLiteral("/neurone-pulse-XXXXXX")};
    QString error_;
    int exitCode_ = 0;
    int feed_ = -1; // the FIFO, or pacat's stdin
    pid_t pacat_ = 0;
    std::thread writer_;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::deque<float> queue_;
    std::uint64_t queuedTotal_ = 0;  // samples ever queued
    std::uint64_t writtenTotal_ = 0; // of them, taken out of the queue
    std::deque<WrittenChunk> written_;
    std::vector<std::int16_t> pcm_ = std::vector<std::int16_t>(sampleRate / 100); // 10 ms
};
