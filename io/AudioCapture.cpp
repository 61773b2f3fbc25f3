#include "io/AudioCapture.h"

#include "audio/Resample.h"

#include <QAudioSource>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>

namespace io {

namespace {

// Watchdog: a started source delivers a chunk every few tens of milliseconds. Qt 6.4 does not
// always tell when the sound server or the device goes away, so a device missing from the
// list, or no chunk for noDataTimeoutMs, counts as a failure.
constexpr int watchdogIntervalMs = 500;
constexpr qint64 noDataTimeoutMs = 2000;
// Qt's PulseAudio source asks for 50 ms fragments and polls every 50 ms unless told otherwise:
// up to 100 ms before a word's last sample reaches the app. 20 ms fragments cut that to 40 ms.
constexpr qint64 fragmentUs = 20000;

// 16 kHz mono 16-bit when the device offers it (PulseAudio converts anything); else the
// device's own format at 16 kHz; else its preferred format, converted here.
QAudioFormat captureFormat(const QAudioDevice& device)
{
    QAudioFormat wanted;
    wanted.setSampleRate(neurone::keywordSampleRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(wanted))
        return wanted;
    QAudioFormat atKeywordRate = device.preferredFormat();
    atKeywordRate.setSampleRate(neurone::keywordSampleRate);
    if (device.isFormatSupported(atKeywordRate))
        return atKeywordRate;
    return device.preferredFormat();
}

template <typename T>
void convert(const QByteArray& bytes, std::vector<float>& out, float scale, float offset)
{
    const std::size_t n = std::size_t(bytes.size()) / sizeof(T);
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        T value;
        std::memcpy(&value, bytes.constData() + i * sizeof(T), sizeof(T));
        out[i] = (float(value) - offset) * scale;
    }
}

std::vector<float> toFloat(const QByteArray& bytes, QAudioFormat::SampleFormat format)
{
    std::vector<float> out;
    switch (format) {
    case QAudioFormat::UInt8: convert<quint8>(bytes, out, 1.0f / 128, 128); break;
    case QAudioFormat::Int16: convert<qint16>(bytes, out, 1.0f / 32768, 0); break;
    case QAudioFormat::Int32: convert<qint32>(bytes, out, 1.0f / 2147483648.0f, 0); break;
    case QAudioFormat::Float: convert<float>(bytes, out, 1.0f, 0); break;
    default: break;
    }
    return out;
}

double rmsDbfs(const std::vector<float>& samples)
{
    double sum = 0;
    for (float s : samples)
        sum += double(s) * s;
    const double rms = samples.empty() ? 0.0 : std::sqrt(sum / double(samples.size()));
    return 20.0 * std::log10(rms + 1e-10);
}

QString errorReason(QAudio::Error error)
{
    switch (error) {
    case QAudio::OpenError: return QCoreApplication::translate("AudioCapture", "it could not be opened");
    case QAudio::IOError: return QCoreApplication::translate("AudioCapture", "reading from it failed");
    case QAudio::UnderrunError: return QCoreApplication::translate("AudioCapture", "it stopped delivering sound");
    case QAudio::FatalError: return QCoreApplication::translate("AudioCapture", "the sound system failed");
    default: return QCoreApplication::translate("AudioCapture", "it stopped delivering sound");
    }
}

} // namespace

AudioCapture::AudioCapture(QObject* parent)
    : QObject(parent)
    , mediaDevices_(std::make_unique<QMediaDevices>())
    , watchdog_(new QTimer(this))
{
    connect(mediaDevices_.get(), &QMediaDevices::audioInputsChanged, this, [this] {
        emit devicesChanged();
        checkDeviceStillThere();
    });
    watchdog_->setInterval(watchdogIntervalMs);
    connect(watchdog_, &QTimer::timeout, this, &AudioCapture::checkStillDelivering);
}

AudioCapture::~AudioCapture()
{
    stop();
}

QList<QAudioDevice> AudioCapture::inputDevices()
{
    return QMediaDevices::audioInputs();
}

QAudioDevice AudioCapture::deviceById(const QByteArray& id)
{
    const QList<QAudioDevice> inputs = inputDevices();
    for (const QAudioDevice& device : inputs)
        if (device.id() == id)
            return device;
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    if (!fallback.isNull())
        return fallback;
    return inputs.isEmpty() ? QAudioDevice() : inputs.first();
}

bool AudioCapture::start(const QAudioDevice& device)
{
    stop();
    if (device.isNull()) {
        emit errorOccurred(QCoreApplication::translate("AudioCapture", "No microphone is available. Connect one or choose another input."));
        return false;
    }
    const QAudioFormat format = captureFormat(device);
    if (!format.isValid() || toFloat(QByteArray(format.bytesPerSample(), '\0'), format.sampleFormat()).empty()) {
        emit errorOccurred(QCoreApplication::translate("AudioCapture", "The microphone %1 uses a sound format Neurone cannot read. Choose another input.").arg(device.description()));
        return false;
    }
    device_ = device;
    deviceRate_ = format.sampleRate();
    deviceChannels_ = format.channelCount();
    sampleFormat_ = format.sampleFormat();
    frameBytes_ = format.bytesPerFrame();
    source_ = std::make_unique<QAudioSource>(device, format);
    source_->setBufferSize(format.bytesForDuration(fragmentUs));
    connect(source_.get(), &QAudioSource::stateChanged, this, &AudioCapture::sourceStateChanged);
    stream_ = source_->start();
    if (!stream_ || source_->error() != QAudio::NoError) {
        const QString reason = errorReason(source_->error());
        stop();
        emit errorOccurred(QCoreApplication::translate("AudioCapture", "The microphone %1 cannot be used: %2. Choose another input.").arg(device.description(), reason));
        return false;
    }
    connect(stream_, &QIODevice::readyRead, this, &AudioCapture::readAvailable);
    sinceLastData_.start();
    watchdog_->start();
    return true;
}

void AudioCapture::stop()
{
    watchdog_->stop();
    pending_.clear();
    if (!source_)
        return;
    if (stream_)
        disconnect(stream_, nullptr, this, nullptr);
    disconnect(source_.get(), nullptr, this, nullptr);
    source_->stop();
    source_.reset();
    stream_ = nullptr;
}

bool AudioCapture::isCapturing() const
{
    return source_ != nullptr;
}

void AudioCapture::readAvailable()
{
    if (!stream_)
        return;
    pending_ += stream_->readAll();
    const qsizetype usable = pending_.size() / frameBytes_ * frameBytes_;
    if (usable == 0)
        return;
    const QByteArray frames = pending_.left(usable);
    pending_.remove(0, usable);
    sinceLastData_.restart();
    try {
        std::vector<float> samples = toFloat(frames, sampleFormat_);
        if (deviceChannels_ > 1)
            samples = neurone::mixToMono(samples, deviceChannels_);
        if (deviceRate_ != neurone::keywordSampleRate)
            samples = neurone::resample(samples, deviceRate_, neurone::keywordSampleRate);
        emit samplesCaptured(samples);
        emit levelChanged(rmsDbfs(samples));
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
    }
}

void AudioCapture::checkDeviceStillThere()
{
    if (!isCapturing())
        return;
    const QList<QAudioDevice> inputs = inputDevices();
    const bool present = std::any_of(inputs.begin(), inputs.end(), [this](const QAudioDevice& d) { return d.id() == device_.id(); });
    if (!present)
        fail(QCoreApplication::translate("AudioCapture", "the device is no longer available"));
}

// Qt 6.4 on PulseAudio neither stops the source nor emits audioInputsChanged when the source
// is removed (the device list itself is up to date), and a dead sound server may go unnoticed:
// both are checked here, every watchdogIntervalMs.
void AudioCapture::checkStillDelivering()
{
    checkDeviceStillThere();
    if (isCapturing() && source_->state() != QAudio::SuspendedState && sinceLastData_.elapsed() > noDataTimeoutMs)
        fail(QCoreApplication::translate("AudioCapture", "no sound has arrived for %1 seconds").arg(noDataTimeoutMs / 1000));
}

// Called from the source's own signal: the source is deleted later, from the event loop.
void AudioCapture::sourceStateChanged(QAudio::State state)
{
    if (state != QAudio::StoppedState || !source_ || source_->error() == QAudio::NoError)
        return;
    const QString reason = errorReason(source_->error());
    QMetaObject::invokeMethod(
        this, [this, source = source_.get(), reason] {
            if (source_.get() == source)
                fail(reason);
        },
        Qt::QueuedConnection);
}

void AudioCapture::fail(const QString& reason)
{
    const QString name = device_.description();
    stop();
    emit errorOccurred(QCoreApplication::translate("AudioCapture", "The microphone %1 was disconnected or stopped working: %2. Choose another input.").arg(name, reason));
}

} // namespace io
