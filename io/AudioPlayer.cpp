#include "io/AudioPlayer.h"

#include "audio/Pcm16.h"
#include "audio/Resample.h"

#include <QAudioSink>
#include <QCoreApplication>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <exception>

namespace io {

namespace {

QAudioFormat playbackFormat()
{
    QAudioFormat format;
    format.setSampleRate(neurone::keywordSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

QByteArray toInt16Bytes(const std::vector<float>& samples)
{
    const std::vector<std::int16_t> pcm = neurone::toPcm16(samples);
    return QByteArray(reinterpret_cast<const char*>(pcm.data()), qsizetype(pcm.size() * sizeof(std::int16_t)));
}

} // namespace

AudioPlayer::AudioPlayer(QObject* parent)
    : QObject(parent)
{
}

AudioPlayer::~AudioPlayer()
{
    stop();
}

QString AudioPlayer::play(const neurone::AudioClip& clip)
{
    stop();
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull())
        return QCoreApplication::translate("AudioPlayer", "No audio output device: the recording cannot be played. Connect speakers or headphones.");
    const QAudioFormat format = playbackFormat();
    if (!output.isFormatSupported(format))
        return QCoreApplication::translate("AudioPlayer", "The audio output %1 cannot play 16 kHz sound: the recording cannot be played. Choose another output in the system's sound settings.").arg(output.description());
    try {
        buffer_.setData(toInt16Bytes(neurone::resampled(clip, neurone::keywordSampleRate).samples));
    } catch (const std::exception& e) {
        return QCoreApplication::translate("AudioPlayer", "The recording cannot be played: %1").arg(QString::fromUtf8(e.what()));
    }
    buffer_.open(QIODevice::ReadOnly);
    sink_ = std::make_unique<QAudioSink>(output, format);
    connect(sink_.get(), &QAudioSink::stateChanged, this, [this, sink = sink_.get()](QAudio::State state) {
        // Idle: every byte has been played. Stopped with an error: the device went away.
        if (state == QAudio::IdleState || (state == QAudio::StoppedState && sink_ && sink_->error() != QAudio::NoError))
            QMetaObject::invokeMethod(
                this, [this, sink] { if (sink_.get() == sink) finishPlaying(); }, Qt::QueuedConnection);
    });
    sink_->start(&buffer_);
    if (sink_->error() != QAudio::NoError) {
        stop();
        return QCoreApplication::translate("AudioPlayer", "The audio output %1 cannot be opened: the recording cannot be played. Choose another output in the system's sound settings, or close the programs using it.").arg(output.description());
    }
    return {};
}

void AudioPlayer::stop()
{
    if (sink_) {
        disconnect(sink_.get(), nullptr, this, nullptr);
        sink_->stop();
        sink_.reset();
    }
    buffer_.close();
}

bool AudioPlayer::isPlaying() const
{
    return sink_ && sink_->state() == QAudio::ActiveState;
}

void AudioPlayer::finishPlaying()
{
    if (!sink_)
        return;
    stop();
    emit finished();
}

} // namespace io
