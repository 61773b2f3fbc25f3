#include "keywords/ListenPage.h"

#include "common/Sentence.h"
#include "common/ThreadMailbox.h"
#include "io/AudioCapture.h"
#include "io/AudioPlayer.h"
#include "io/ModelStorage.h"
#include "keywords/ConfidenceBars.h"
#include "keywords/ResultBanner.h"
#include "keywords/SpectrogramView.h"
#include "keywords/UtteranceHistory.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cmath>
#include <stdexcept>

namespace {

// Back-pressure: while this many chunks wait for the worker, new sound is merged into one
// chunk; more than 5 s of it waiting means the machine cannot keep up, and the oldest is skipped.
constexpr int maxPendingChunks = 4;
constexpr std::size_t maxUnsentSamples = 5 * neurone::keywordSampleRate;
constexpr int backlogMilliseconds = 5; // how often held-back sound is offered to the worker again

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

ListenPage::ListenPage(QWidget* parent)
    : PanelPage(parent),
      capture_(new io::AudioCapture(this)),
      player_(new io::AudioPlayer(this)),
      device_(new QComboBox(this)),
      listen_(new QPushButton(tr("&Listen"), this)),
      level_(new QProgressBar(this)),
      message_(new QLabel(this)),
      kind_(new QComboBox(this)),
      threshold_(new QSlider(this)),
      thresholdValue_(new QLabel("0.60", this)),
      model_(new QLabel(this)),
      spectrogram_(new SpectrogramView(this)),
      bars_(new ConfidenceBars(this)),
      banner_(new ResultBanner(this)),
      history_(new UtteranceHistory(this)),
      listener_(new KeywordListener),
      toListener_(new ThreadMailbox(listener_)),
      fromListener_(new ThreadMailbox(this)),
      lister_(&io::AudioCapture::inputDevices),
      backlogTimer_(new QTimer(this))
{
    backlogTimer_->setInterval(backlogMilliseconds);
    backlogTimer_->setSingleShot(true);
    listener_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, listener_, &QObject::deleteLater);
    thread_.setObjectName("keywords");
    thread_.start();
    layOut();
    connectUi();
    setViewStyle({});
    showNoModel();
    refreshDevices();
}

ListenPage::~ListenPage()
{
    capture_->stop();
    thread_.quit();
    thread_.wait();
}

QCustomPlot* ListenPage::currentPlot() const { return spectrogram_; }

// --- model ---------------------------------------------------------------------------------

QString ListenPage::loadModel(const QString& path)
{
    auto read = io::readModelFile(path);
    if (const auto* problem = std::get_if<QString>(&read))
        return *problem;
    neurone::ModelFile file = std::get<neurone::ModelFile>(std::move(read));
    try {
        neurone::KeywordClassifier check(file);
    } catch (const std::invalid_argument& error) {
        return tr("%1 is not a keyword model: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(error.what()));
    }
    setModel(file, QFileInfo(path).fileName());
    return {};
}

void ListenPage::setModel(const neurone::ModelFile& file, const QString& name)
{
    toListener_->post([listener = listener_, file] { listener->setModel(file); });
    const neurone::KeywordVocabulary vocabulary = neurone::vocabularyOf(file);
    std::vector<int> services;
    for (const std::string& name : file.model.classNames)
        services.push_back(vocabulary.service(name));
    bars_->setClasses(file.model.classNames, services);
    hasModel_ = true;
    model_->setText(tr("%1: %n classes", nullptr, int(file.model.classNames.size())).arg(name));
    last_.reset();
    showIdleHint();
}

void ListenPage::showNoModel()
{
    hasModel_ = false;
    model_->setText(tr("No keyword model: train one on the Train page or open a model file."));
    banner_->showHint(model_->text());
}

QString ListenPage::modelText() const { return model_->text(); }

void ListenPage::askOpenModel()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a keyword model"), QString(), tr("Neurone models (*.neurone)"));
    if (path.isEmpty())
        return;
    openModel(path);
}

QString ListenPage::openModel(const QString& path)
{
    const QString problem = loadModel(path);
    if (problem.isEmpty()) {
        showMessage({}, false);
        return {};
    }
    const QString text = tr("%1 The previous model is kept: choose another keyword model, or train one on the Train page.")
                             .arg(asSentence(problem));
    showMessage(text, true);
    return text;
}

void ListenPage::captured(const std::vector<float>& samples) { feedSamples(samples); }

void ListenPage::feedSamples(const std::vector<float>& samples)
{
    unsent_.insert(unsent_.end(), samples.begin(), samples.end());
    if (listener_->pendingChunks() < maxPendingChunks) {
        postSamples();
        return;
    }
    backlogTimer_->start();
    if (unsent_.size() > maxUnsentSamples) {
        const std::size_t excess = unsent_.size() - maxUnsentSamples;
        unsent_.erase(unsent_.begin(), unsent_.begin() + std::ptrdiff_t(excess));
        skippedSamples_ += excess;
        showMessage(tr("This computer cannot keep up: %1 s of sound skipped. Close other programs, or stop "
                       "listening for a moment.")
                        .arg(double(skippedSamples_) / neurone::keywordSampleRate, 0, 'f', 1),
                    true);
    }
}

void ListenPage::postBacklog()
{
    if (listener_->pendingChunks() < maxPendingChunks)
        postSamples();
    else
        backlogTimer_->start();
}

void ListenPage::postSamples()
{
    backlogTimer_->stop();
    if (unsent_.empty())
        return;
    listener_->chunkPosted();
    toListener_->post([listener = listener_, samples = std::move(unsent_), arrival = steadyNowNs()] {
        listener->process(samples, arrival);
    });
    unsent_.clear();
}

void ListenPage::finishStream()
{
    postSamples();
    listener_->chunkPosted();
    toListener_->post([listener = listener_] { listener->finishStream(); });
}

void ListenPage::classifyFiles(const QStringList& paths)
{
    filesPending_ += int(paths.size());
    toListener_->post([listener = listener_, paths] { listener->classifyFiles(paths); });
}

void ListenPage::askClassifyFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Classify recordings"), QString(),
                                                            tr("Recordings (*.wav *.flac *.ogg)"));
    if (!paths.isEmpty())
        classifyFiles(paths);
}

bool ListenPage::waitUntilIdle(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    const auto busy = [this] { return filesPending_ > 0 || listener_->pendingChunks() > 0 || !unsent_.empty(); };
    while (busy() && clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    QCoreApplication::processEvents(); // the last results, posted before the count dropped
    return !busy();
}

// --- results -------------------------------------------------------------------------------

void ListenPage::heard(const HeardUtterance& utterance)
{
    history_->add(utterance); // selects it: the bars and the banner show it
    if (utterance.arrivalNs > 0)
        lastLatencyMs_ = double(steadyNowNs() - utterance.arrivalNs) / 1e6;
}

void ListenPage::fileDone(const HeardUtterance& utterance)
{
    filesPending_ = std::max(filesPending_ - 1, 0);
    showMessage({}, false);
    history_->add(utterance);
}

void ListenPage::fileFailed(const QString& text)
{
    filesPending_ = std::max(filesPending_ - 1, 0);
    showMessage(text, true);
}

void ListenPage::show(const HeardUtterance& utterance)
{
    last_ = utterance;
    bars_->setScores(utterance.scores);
    showVerdict();
}

void ListenPage::showVerdict()
{
    if (last_)
        banner_->showScores(last_->scores, threshold(), last_->source);
}

void ListenPage::showIdleHint()
{
    if (last_ || !hasModel_)
        return;
    banner_->showHint(isListening() ? tr("Say one of the keywords…")
                                    : tr("Press Listen and say a keyword, or classify recordings."));
}

// --- settings and style ----------------------------------------------------------------------

double ListenPage::threshold() const { return threshold_->value() / 100.0; }

void ListenPage::setThreshold(double threshold) { threshold_->setValue(int(std::lround(threshold * 100))); }

SpectrogramKind ListenPage::spectrogramKind() const { return SpectrogramKind(kind_->currentData().toInt()); }

void ListenPage::setSpectrogramKind(SpectrogramKind kind)
{
    kind_->setCurrentIndex(kind_->findData(int(kind)));
    toListener_->post([listener = listener_, kind] { listener->setSpectrogramKind(kind); });
}

QString ListenPage::message() const { return message_->isHidden() ? QString() : message_->text(); }

void ListenPage::showMessage(const QString& text, bool problem)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    message_->setStyleSheet(problem ? QString("color: %1; font-weight: bold;").arg(style_.warning().name()) : QString());
    if (!text.isEmpty())
        emit statusMessage(text);
}

void ListenPage::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    spectrogram_->setViewStyle(style);
    bars_->setViewStyle(style);
    banner_->setViewStyle(style);
    history_->setViewStyle(style);
    if (!message_->styleSheet().isEmpty())
        message_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
}

QString ListenPage::applyState(const QString& key, const QString& value)
{
    if (key == "file") {
        classifyFiles({value});
        if (!waitUntilIdle(60000))
            return tr("the file %1 took too long to classify").arg(value);
        spectrogram_->refresh();
        return last_ && last_->source == QFileInfo(value).fileName() ? QString() : message();
    }
    if (key == "spectrogram") {
        if (value != "mel" && value != "linear")
            return tr("unknown spectrogram '%1' (mel, linear)").arg(value);
        setSpectrogramKind(value == "mel" ? SpectrogramKind::LogMel : SpectrogramKind::Linear);
        return {};
    }
    if (key == "threshold") {
        bool ok = false;
        const double t = value.toDouble(&ok);
        if (!ok || t < 0 || t > 1)
            return tr("the threshold is a number from 0 to 1, not '%1'").arg(value);
        setThreshold(t);
        return {};
    }
    return tr("unknown state '%1' (tab, file, spectrogram, threshold)").arg(key);
}
