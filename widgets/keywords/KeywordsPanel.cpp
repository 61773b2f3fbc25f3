#include "keywords/KeywordsPanel.h"

#include "keywords/KeywordTrainingView.h"
#include "keywords/ListenPage.h"
#include "keywords/RecordingsView.h"

#include <QFileInfo>
#include <QTabWidget>
#include <QVBoxLayout>

KeywordsPanel::KeywordsPanel(QWidget* parent)
    : Panel(parent),
      tabs_(new QTabWidget(this)),
      listen_(new ListenPage(this)),
      recordings_(new RecordingsView(this)),
      training_(new KeywordTrainingView(this))
{
    tabs_->addTab(listen_, tr("Listen"));
    tabs_->setTabToolTip(0, tr("The live demo: say a keyword, see its spectrogram and the service to call"));
    tabs_->addTab(recordings_, tr("Recordings"));
    tabs_->setTabToolTip(1, tr("The vocabulary and the examples recorded for each keyword"));
    tabs_->addTab(training_, tr("Train"));
    tabs_->setTabToolTip(2, tr("Train the keyword network on the recordings, or retrain only its last layer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tabs_);
    connectUi();
    training_->setRecordingsFolder(recordings_->folder());
    training_->setVocabulary(recordings_->vocabulary());
    setModelPath(shippedKeywordModel);
}

QString KeywordsPanel::title() const { return tr("Keywords"); }

// Every signal of the panel is connected here.
void KeywordsPanel::connectUi()
{
    connect(listen_, &PanelPage::statusMessage, this, &Panel::statusMessage);
    connect(recordings_, &RecordingsView::statusMessage, this, &Panel::statusMessage);
    connect(training_, &KeywordTrainingView::statusMessage, this, &Panel::statusMessage);
    // The recordings page records what the microphone cuts. Its vocabulary (saved with the
    // recordings) is the user's: a model opened on the Listen page does not overwrite it.
    connect(listen_, &ListenPage::utteranceCut, recordings_, &RecordingsView::addUtterance);
    connect(recordings_, &RecordingsView::vocabularyChanged, training_, &KeywordTrainingView::setVocabulary);
    connect(recordings_, &RecordingsView::recordingsChanged, training_,
            [this] { training_->setRecordingsFolder(recordings_->folder()); });
    connect(training_, &KeywordTrainingView::modelTrained, this, [this](const neurone::ModelFile& file) {
        listen_->setModel(file, tr("trained on the Train page"));
        emit statusMessage(tr("The Listen page now uses the model just trained."));
    });
}

QString KeywordsPanel::setModelPath(const QString& path)
{
    modelPath_ = path;
    const QString problem = listen_->loadModel(path);
    if (!problem.isEmpty())
        listen_->showNoModel();
    return problem;
}

QCustomPlot* KeywordsPanel::currentPlot() const
{
    return tabs_->currentWidget() == listen_ ? listen_->currentPlot() : nullptr;
}

void KeywordsPanel::setViewStyle(const ViewStyle& style)
{
    listen_->setViewStyle(style);
    recordings_->setViewStyle(style);
    training_->setViewStyle(style);
}

QString KeywordsPanel::openFilter() const
{
    return tr("Keyword models (*.neurone);;Recordings (*.wav *.flac *.ogg)");
}

QString KeywordsPanel::openFile(const QString& path)
{
    tabs_->setCurrentWidget(listen_); // where the model, the result or the refusal shows
    if (QFileInfo(path).suffix().compare("neurone", Qt::CaseInsensitive) == 0)
        return listen_->openModel(path);
    listen_->classifyFiles({path});
    return {};
}

QString KeywordsPanel::applyState(const QString& key, const QString& value)
{
    if (key == "tab") {
        const QList<std::pair<QString, QWidget*>> pages = {{"listen", listen_}, {"recordings", recordings_}, {"train", training_}};
        for (const auto& [id, page] : pages)
            if (id == value) {
                tabs_->setCurrentWidget(page);
                return {};
            }
        return tr("unknown tab '%1' (listen, recordings, train)").arg(value);
    }
    return listen_->applyState(key, value);
}
