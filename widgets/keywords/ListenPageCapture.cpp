// The listen page's microphone: the input devices (chosen and remembered by id, refreshed on
// hot-plug), starting and stopping the capture, and a device lost while listening.
#include "keywords/ListenPage.h"

#include "io/AudioCapture.h"

#include <QComboBox>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

namespace {

constexpr const char* deviceSettingsKey = "keywords/inputDevice";

} // namespace

// --- devices -------------------------------------------------------------------------------

void ListenPage::setDeviceLister(std::function<QList<QAudioDevice>()> lister)
{
    lister_ = std::move(lister);
    refreshDevices();
}

void ListenPage::refreshDevices()
{
    const QByteArray chosen = chosenDeviceId();
    devices_ = lister_();
    device_->clear();
    for (const QAudioDevice& device : devices_)
        device_->addItem(device.description(), device.id());
    const QString noMicrophone = tr("No microphone found. Files can still be classified; to try the live demo "
                                    "without a microphone, see the README: a PulseAudio pipe source lets you feed recordings.");
    device_->setEnabled(!devices_.isEmpty());
    listen_->setEnabled(!devices_.isEmpty() || isListening());
    if (devices_.isEmpty()) {
        device_->addItem(tr("no microphone"));
        showMessage(noMicrophone, true);
        return;
    }
    if (message() == noMicrophone)
        showMessage({}, false);
    const QByteArray remembered = QSettings().value(deviceSettingsKey).toByteArray();
    const QByteArray fallback = QMediaDevices::defaultAudioInput().id();
    for (const QByteArray& id : {chosen, remembered, fallback})
        if (const int index = device_->findData(id); !id.isEmpty() && index >= 0) {
            device_->setCurrentIndex(index);
            return;
        }
    device_->setCurrentIndex(0);
}

QByteArray ListenPage::chosenDeviceId() const { return device_->currentData().toByteArray(); }

bool ListenPage::chooseDevice(const QByteArray& id, bool remember)
{
    if (device_->findData(id) < 0)
        refreshDevices(); // plugged in since the list was made
    const int index = device_->findData(id);
    if (index < 0)
        return false;
    device_->setCurrentIndex(index);
    if (remember)
        QSettings().setValue(deviceSettingsKey, id);
    if (isListening())
        return startListening();
    return true;
}

void ListenPage::deviceActivated(int index) { chooseDevice(device_->itemData(index).toByteArray(), true); }

// --- listening -----------------------------------------------------------------------------

bool ListenPage::isListening() const { return capture_->isCapturing(); }

bool ListenPage::startListening()
{
    const int index = device_->currentIndex();
    const bool started = index >= 0 && index < devices_.size() && capture_->start(devices_[index]);
    listen_->setChecked(started);
    listen_->setText(started ? tr("&Stop listening") : tr("&Listen"));
    if (started) {
        showMessage({}, false);
        showIdleHint();
    }
    return started;
}

void ListenPage::stopListening()
{
    capture_->stop();
    listen_->setChecked(false);
    listen_->setText(tr("&Listen"));
    level_->setValue(level_->minimum());
    finishStream();
    showIdleHint();
}

void ListenPage::captureFailed(const QString& text)
{
    const bool wasListening = listen_->isChecked();
    listen_->setChecked(false);
    listen_->setText(tr("&Listen"));
    level_->setValue(level_->minimum());
    showMessage(text, true);
    if (wasListening)
        finishStream();
    refreshDevices();
    if (devices_.isEmpty())
        showMessage(text, true); // the loss matters more than the empty list
}
