// Plays a 16 kHz mono clip (QAudioSink) on the default output, for replaying recordings.
// When there is no output device, play() returns the message to show instead.
#pragma once

#include "audio/AudioClip.h"

#include <QBuffer>
#include <QObject>
#include <QString>

#include <memory>

class QAudioSink;

namespace io {

class AudioPlayer : public QObject {
    Q_OBJECT
public:
    explicit AudioPlayer(QObject* parent = nullptr);
    ~AudioPlayer() override;

    // Empty when playing, else why not ("no audio output device").
    QString play(const neurone::AudioClip& clip);
    void stop();
    bool isPlaying() const;

signals:
    void finished();

private:
    void finishPlaying();

    std::unique_ptr<QAudioSink> sink_;
    QBuffer buffer_;
};

} // namespace io
