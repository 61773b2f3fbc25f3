// A microphone for tests on machines without one: a private PulseAudio daemon whose only
// input is a module-pipe-source named "virtmic", fed by write(). Construct it before anything
// touches QMediaDevices: it points this process at the private daemon through
// XDG_RUNTIME_DIR (a fresh temporary directory) and PULSE_SERVER (which also stops libpulse
// from auto-spawning the user's own daemon once this one is killed).
//
// The FIFO is fed by a writer thread at real-time pace, 10 ms at a time, with silence when
// nothing is queued: a real microphone never stops delivering, and the Qt event loop never
// waits for the pipe. The daemon's pipe source passes the audio on in blocks of about 4 kB
// (125–140 ms at 16 kHz, 16-bit; measured 3840–4480 bytes per chunk while the app asked for
// 20 ms fragments): latencies measured through it include up to that much, which a real
// microphone's source (10–25 ms blocks) does not add.
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
#include <QStandardPaths>
#include <QString>
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
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

class PulseMicrophone {
public:
    static constexpr const char* sourceName = "virtmic";
    static constexpr int sampleRate = 16000;

    PulseMicrophone() { start(); }
    ~PulseMicrophone()
    {
        stopWriter();
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
        if (!ok() || fifo_ < 0)
            return false;
        queue_.insert(queue_.end(), samples16k.begin(), samples16k.end());
        return true;
    }

    // Seconds of queued sound not yet written into the FIFO.
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

    // Removes the pipe source from the running daemon, as when a USB microphone is pulled out
    // (needs pactl, from pulseaudio-utils); plugBackIn() adds it again with a fresh FIFO.
    static bool canUnplug() { return !QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty(); }
    bool unplug() { return pactl({QStringLiteral("unload-module"), QStringLiteral("module-pipe-source")}); }
    bool plugBackIn()
    {
        const QStringList arguments = QStringList{QStringLiteral("load-module")} + pipeSourceArguments().split(u' ');
        if (!pactl(arguments))
            return false;
        const int fifo = ::open(QFile::encodeName(fifoPath()).constData(), O_WRONLY | O_NONBLOCK);
        const std::lock_guard lock(mutex_);
        if (fifo_ >= 0)
            ::close(fifo_);
        fifo_ = fifo;
        return fifo_ >= 0;
    }

private:
    static bool pactl(const QStringList& arguments)
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral("pactl"), arguments);
        return process.waitForFinished(5000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString fifoPath() const { return runtimeDir_.filePath(QString::fromLatin1(sourceName)); }
    QString pipeSourceArguments() const
    {
        return QStringLiteral("module-pipe-source source_name=%1 file=%2 format=s16le rate=%3 channels=1")
            .arg(QString::fromLatin1(sourceName), fifoPath())
            .arg(sampleRate);
    }

    void start()
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (exe.isEmpty()) {
            error_ = QStringLiteral("pulseaudio is not installed: the microphone tests need it "
                                    "(`make test` installs it; or apt-get install pulseaudio)");
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
        const QString output = run({QStringLiteral("-n"), QStringLiteral("--daemonize=yes"), QStringLiteral("--exit-idle-time=-1"),
                                    QStringLiteral("--load=module-native-protocol-unix"), QStringLiteral("--load=") + pipeSourceArguments()},
                                   &exitCode_);
        if (exitCode_ != 0) {
            error_ = QStringLiteral("pulseaudio did not start (exit code %1): %2").arg(exitCode_).arg(output);
            return;
        }
        startReaper();
        if (!waitForServer()) {
            error_ = QStringLiteral("pulseaudio started but its socket %1/pulse/native never appeared").arg(runtimeDir_.path());
            return;
        }
        fifo_ = ::open(QFile::encodeName(fifoPath()).constData(), O_WRONLY | O_NONBLOCK);
        if (fifo_ < 0) {
            error_ = QStringLiteral("cannot open the FIFO %1 for writing (errno %2)").arg(fifoPath()).arg(errno);
            return;
        }
        writer_ = std::thread([this] { writeLoop(); });
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
        using clock = std::chrono::steady_clock;
        constexpr int chunk = sampleRate / 100; // 10 ms
        auto next = clock::now();
        std::vector<std::int16_t> pcm(chunk);
        while (!stopping_) {
            {
                const std::lock_guard lock(mutex_);
                for (std::int16_t& s : pcm) {
                    const float x = queue_.empty() ? 0.0f : std::clamp(queue_.front(), -1.0f, 1.0f);
                    if (!queue_.empty())
                        queue_.pop_front();
                    s = std::int16_t(std::clamp(std::lround(x * 32768.0f), -32768L, 32767L));
                }
                // The pipe holds 2 s: a full pipe (EAGAIN) or a dead daemon (EPIPE) drops the chunk.
                [[maybe_unused]] const ssize_t written = ::write(fifo_, pcm.data(), pcm.size() * sizeof(std::int16_t));
            }
            next += std::chrono::milliseconds(10);
            std::this_thread::sleep_until(next);
        }
    }

    void stopWriter()
    {
        stopping_ = true;
        if (writer_.joinable())
            writer_.join();
        if (fifo_ >= 0)
            ::close(fifo_);
        fifo_ = -1;
    }

    QTemporaryDir runtimeDir_{QDir::tempPath() + QStringLiteral("/neurone-pulse-XXXXXX")};
    QString error_;
    int exitCode_ = 0;
    int fifo_ = -1;
    std::thread writer_;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::deque<float> queue_;
};
