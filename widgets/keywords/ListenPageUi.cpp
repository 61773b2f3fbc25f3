// The listen page's widgets, layout and wiring.
#include "keywords/ListenPage.h"

#include "common/SidePanel.h"
#include "common/ThreadMailbox.h"
#include "io/AudioCapture.h"
#include "io/AudioPlayer.h"
#include "keywords/ConfidenceBars.h"
#include "keywords/ResultBanner.h"
#include "keywords/SpectrogramView.h"
#include "keywords/UtteranceHistory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

QWidget* ListenPage::makeMicrophoneBox()
{
    auto* box = new QGroupBox(tr("Microphone"), this);
    device_->setToolTip(tr("The input to listen to; the choice is remembered. (Qt 6.4 cannot tell which "
                           "PulseAudio input is the default one: choose it here.)"));
    device_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    device_->setMinimumContentsLength(8);
    listen_->setCheckable(true);
    listen_->setToolTip(tr("Start or stop listening: each word said is cut out and classified"));
    level_->setRange(-60, 0);
    level_->setValue(-60);
    level_->setFormat(tr("%v dBFS"));
    level_->setToolTip(tr("Loudness of the sound coming in (RMS, in dB under full scale)"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(device_);
    layout->addWidget(listen_);
    layout->addWidget(level_);
    layout->addWidget(message_);
    return box;
}

QWidget* ListenPage::makeDisplayBox()
{
    auto* box = new QGroupBox(tr("Display"), this);
    kind_->addItem(tr("log-mel"), int(SpectrogramKind::LogMel));
    kind_->addItem(tr("linear (dB)"), int(SpectrogramKind::Linear));
    kind_->setToolTip(tr("Log-mel (what the network sees): 40 bands spaced like the ear hears, S = ln(Σ F·P + 1e−6). "
                         "Linear: 257 bins of 31.25 Hz, D = 10 log10(P)."));
    kind_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    threshold_->setOrientation(Qt::Horizontal);
    threshold_->setRange(0, 100);
    threshold_->setValue(60);
    threshold_->setToolTip(tr("Under this probability the winner is not trusted: the panel says “not sure”"));
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(threshold_, 1);
    thresholdRow->addWidget(thresholdValue_);
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Spectrogram"), kind_);
    form->addRow(tr("Threshold"), thresholdRow);
    return box;
}

QWidget* ListenPage::makeModelBox()
{
    auto* box = new QGroupBox(tr("Keyword model"), this);
    model_->setWordWrap(true);
    auto* open = new QPushButton(tr("Open &model…"), box);
    open->setToolTip(tr("Use another keyword model (.neurone), e.g. one trained on the Train page"));
    auto* files = new QPushButton(tr("&Classify files…"), box);
    files->setToolTip(tr("Classify WAV, FLAC or OGG recordings as if they had been heard"));
    connect(open, &QPushButton::clicked, this, &ListenPage::askOpenModel);
    connect(files, &QPushButton::clicked, this, &ListenPage::askClassifyFiles);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(model_);
    layout->addWidget(open);
    layout->addWidget(files);
    return box;
}

QWidget* ListenPage::makeExplanation()
{
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<b>How it works</b><br>"
                     "1. Frames of 25 ms every 10 ms, Hann window, FFT of 512: P = |FFT(x·w)|².<br>"
                     "2. 40 mel filters: S = ln(Σ F·P + 10⁻⁶).<br>"
                     "3. Endpointing: a word starts when the energy rises 12 dB over the noise floor "
                     "for 80 ms and ends after 300 ms under it; its edges then go where the energy "
                     "crosses the higher of floor + 3 dB and peak − 25 dB, and it is centred in a "
                     "1.5 s window.<br>"
                     "4. The 40 × 148 image, normalised, goes through three convolution + pooling "
                     "blocks and two dense layers; softmax gives one probability per class.<br>"
                     "5. Under the threshold: “not sure”."));
    return text;
}

void ListenPage::layOut()
{
    auto* left = new QVBoxLayout;
    left->addWidget(banner_);
    left->addWidget(spectrogram_, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(bars_, 5);
    right->addWidget(history_, 4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeSidePanel(this, {makeMicrophoneBox(), makeModelBox(), makeDisplayBox(), makeExplanation()}));
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
}

// Every signal of the page is connected here.
void ListenPage::connectUi()
{
    connect(capture_, &io::AudioCapture::samplesCaptured, this, &ListenPage::captured);
    connect(capture_, &io::AudioCapture::levelChanged, this, [this](double dbfs) { level_->setValue(int(dbfs)); });
    connect(capture_, &io::AudioCapture::devicesChanged, this, &ListenPage::refreshDevices);
    connect(capture_, &io::AudioCapture::errorOccurred, this, &ListenPage::captureFailed);
    connect(backlogTimer_, &QTimer::timeout, this, &ListenPage::postBacklog);

    connect(device_, &QComboBox::activated, this, &ListenPage::deviceActivated);
    connect(listen_, &QPushButton::clicked, this, [this](bool on) {
        if (on)
            startListening();
        else
            stopListening();
    });
    connect(kind_, &QComboBox::activated, this,
            [this](int index) { setSpectrogramKind(SpectrogramKind(kind_->itemData(index).toInt())); });
    connect(threshold_, &QSlider::valueChanged, this, [this](int value) {
        thresholdValue_->setText(QString::number(value / 100.0, 'f', 2));
        bars_->setThreshold(value / 100.0);
        showVerdict();
    });
    connect(history_, &UtteranceHistory::replayRequested, this, [this](const std::vector<float>& window) {
        const QString problem = player_->play({window, neurone::keywordSampleRate});
        if (!problem.isEmpty())
            showMessage(problem, true);
    });

    connect(history_, &UtteranceHistory::selected, this, &ListenPage::show);

    fromListener_->relay(listener_, &KeywordListener::columnsReady, spectrogram_, &SpectrogramView::addColumns);
    fromListener_->relay(listener_, &KeywordListener::utteranceHeard, this, &ListenPage::heard);
    fromListener_->relay(listener_, &KeywordListener::utteranceWindow, this, &ListenPage::utteranceCut);
    fromListener_->relay(listener_, &KeywordListener::fileClassified, this, &ListenPage::fileDone);
    fromListener_->relay(listener_, &KeywordListener::fileFailed, this, &ListenPage::fileFailed);
    fromListener_->relay(listener_, &KeywordListener::failed, [this](const QString& why) { showMessage(why, true); });
}
