// The microphone (Qt Multimedia): a QAudioSource on the chosen input device, delivering 16 kHz
// mono float samples. Devices are chosen and remembered by QAudioDevice::id(), because Qt 6.4
// on PulseAudio never marks an input as the default one. Lives on the thread that uses it
// (the GUI thread: QAudioSource delivers through the event loop in small chunks).
//   level = RMS of the last chunk, in dBFS: 20 log10(rms + 1e−10)
// Signals: samplesCaptured for every chunk; levelChanged; devicesChanged on hot-plug
// (QMediaDevices::audioInputsChanged); errorOccurred with a translatable message when the
// device fails or disappears while capturing (capture then stops; nothing captured is lost,
// the receiver already has every chunk).
#pragma once

#include <QAudio>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QAudioSource;
class QMediaDevices;
class QTimer;

namespace io {

class AudioCapture : public QObject {
    Q_OBJECT
public:
    explicit AudioCapture(QObject* parent = nullptr);
    ~AudioCapture() override;

    static QList<QAudioDevice> inputDevices();
    // The device with this id, else the system default, else the first input; null when none.
    static QAudioDevice deviceById(const QByteArray& id);

    // Starts capturing from `device` (stops any capture first). False, with errorOccurred,
    // when the device cannot be opened.
    bool start(const QAudioDevice& device);
    void stop();
    bool isCapturing() const;
    QAudioDevice device() const { return device_; }

signals:
    void samplesCaptured(const std::vector<float>& samples); // 16 kHz mono, [−1, 1]
    void levelChanged(double dbfs);
    void devicesChanged();
    void errorOccurred(const QString& message);

private:
    void readAvailable();
    void checkDeviceStillThere();
    void checkStillDelivering();
    void sourceStateChanged(QAudio::State state);
    void fail(const QString& reason); // stops, then errorOccurred

    QAudioDevice device_;
    std::unique_ptr<QMediaDevices> mediaDevices_;
    std::unique_ptr<QAudioSource> source_;
    QPointer<QIODevice> stream_; // owned by source_, which may delete it when it fails
    int deviceRate_ = 16000;
    int deviceChannels_ = 1;
    QAudioFormat::SampleFormat sampleFormat_ = QAudioFormat::Int16;
    int frameBytes_ = 2;
    QByteArray pending_; // bytes of an incomplete frame
    QTimer* watchdog_;   // child
    QElapsedTimer sinceLastData_;
};

} // namespace io
