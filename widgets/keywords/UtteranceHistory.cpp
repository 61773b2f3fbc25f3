#include "keywords/UtteranceHistory.h"
#include "keywords/ClassNames.h"

#include "keywords/SpectrogramView.h"

#include "audio/Pcm16.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace {

constexpr std::size_t kept = 50;

} // namespace

UtteranceHistory::UtteranceHistory(QWidget* parent)
    : QWidget(parent),
      list_(new QListWidget(this)),
      replay_(new QPushButton(tr("&Replay"), this)),
      plot_(new QCustomPlot(this))
{
    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setGradient(QCPColorGradient::gpThermal);
    map_->setInterpolate(false);
    plot_->xAxis->setLabel(tr("window time (s)"));
    plot_->setMinimumHeight(150);
    replay_->setToolTip(tr("Play the selected utterance's 1.5 s window"));
    replay_->setEnabled(false);
    list_->setToolTip(tr("Each utterance cut from the microphone, and each file classified; select one to see "
                         "what the network saw"));
    auto* heading = new QHBoxLayout;
    heading->addWidget(new QLabel(tr("Heard"), this), 1);
    heading->addWidget(replay_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(list_, 1);
    layout->addWidget(plot_, 1);
    connectUi();
}

void UtteranceHistory::connectUi()
{
    connect(list_, &QListWidget::currentRowChanged, this, &UtteranceHistory::inspect);
    connect(replay_, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            emit replayRequested(at(row).window);
    });
}

QString UtteranceHistory::describe(const HeardUtterance& utterance) const
{
    const QString when = utterance.source.isEmpty() ? QTime::currentTime().toString("HH:mm:ss") : utterance.source;
    return tr("%1  %2 (%3)")
        .arg(when, shownClassName(utterance.scores.keyword))
        .arg(double(utterance.scores.confidence), 0, 'f', 2);
}

HeardUtterance UtteranceHistory::at(int row) const
{
    const Kept& entry = utterances_.at(std::size_t(row));
    HeardUtterance heard = entry.heard;
    heard.window = neurone::fromPcm16(entry.window);
    return heard;
}

void UtteranceHistory::add(const HeardUtterance& utterance)
{
    Kept entry{utterance, neurone::toPcm16(utterance.window)};
    entry.heard.window = {};
    utterances_.push_front(std::move(entry));
    list_->insertItem(0, describe(utterance));
    if (utterances_.size() > kept) {
        utterances_.pop_back();
        delete list_->takeItem(list_->count() - 1);
    }
    list_->setCurrentRow(0);
}

void UtteranceHistory::clear()
{
    utterances_.clear();
    list_->clear();
    map_->data()->clear();
    replay_->setEnabled(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void UtteranceHistory::select(int row) { list_->setCurrentRow(row); }

int UtteranceHistory::selectedRow() const { return list_->currentRow(); }

void UtteranceHistory::inspect(int row)
{
    replay_->setEnabled(row >= 0);
    if (row < 0 || row >= count())
        return;
    const HeardUtterance utterance = at(row);
    fillColorMap(map_, utterance.kind, utterance.frames, utterance.rows, utterance.spectrogram.data(), 0.0);
    setFrequencyAxis(plot_->yAxis, utterance.kind, utterance.rows);
    plot_->xAxis->setRange(0, 1.5);
    plot_->replot(QCustomPlot::rpQueuedReplot);
    emit selected(utterance);
}

void UtteranceHistory::setViewStyle(const ViewStyle& style)
{
    applyViewStyle(plot_, style);
}
