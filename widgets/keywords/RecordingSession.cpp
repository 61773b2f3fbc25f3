#include "keywords/RecordingSession.h"

#include "common/Sentence.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

RecordingPlan::RecordingPlan(QStringList keywords, int perKeyword)
    : keywords_(std::move(keywords)), perKeyword_(std::max(1, perKeyword))
{
}

QString RecordingPlan::keyword() const
{
    return finished() ? QString() : keywords_.at(position_ / perKeyword_);
}

int RecordingPlan::exampleNumber() const { return finished() ? 0 : position_ % perKeyword_ + 1; }

void RecordingPlan::advance()
{
    if (!finished())
        ++position_;
}

void RecordingPlan::back()
{
    if (position_ > 0)
        --position_;
}

RecordingSessionBox::RecordingSessionBox(KeywordLibrary* library, QWidget* parent)
    : QWidget(parent),
      library_(library),
      speaker_(new QLineEdit(this)),
      examples_(new QSpinBox(this)),
      startStop_(new QPushButton(tr("Start session"), this)),
      skip_(new QPushButton(tr("Skip"), this)),
      redoLast_(new QPushButton(tr("Redo last"), this)),
      prompt_(new QLabel(this)),
      progress_(new QLabel(this)),
      bar_(new QProgressBar(this))
{
    speaker_->setPlaceholderText(tr("your name (optional)"));
    speaker_->setToolTip(tr("Saved in each file name, so that the Train page can hold out one speaker"));
    examples_->setRange(1, 50);
    examples_->setValue(5);
    examples_->setToolTip(tr("How many times each keyword is asked for"));
    skip_->setToolTip(tr("Go to the next prompt without saving anything"));
    redoLast_->setToolTip(tr("Delete the last saved example and ask for it again"));
    prompt_->setAlignment(Qt::AlignCenter);
    prompt_->setWordWrap(true);
    setProjector(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Speaker"), speaker_);
    form->addRow(tr("Examples per keyword"), examples_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(startStop_);
    buttons->addWidget(skip_);
    buttons->addWidget(redoLast_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(prompt_);
    layout->addWidget(progress_);
    layout->addWidget(bar_);
    connectUi();
    showState();
}

void RecordingSessionBox::connectUi()
{
    connect(startStop_, &QPushButton::clicked, this, [this] { active_ ? stop() : start(); });
    connect(skip_, &QPushButton::clicked, this, &RecordingSessionBox::skip);
    connect(redoLast_, &QPushButton::clicked, this, &RecordingSessionBox::redoLast);
}

QString RecordingSessionBox::speaker() const { return speaker_->text().trimmed(); }
void RecordingSessionBox::setSpeaker(const QString& speaker) { speaker_->setText(speaker); }
void RecordingSessionBox::setExamplesPerKeyword(int examples) { examples_->setValue(examples); }

void RecordingSessionBox::setProjector(bool projector)
{
    QFont font = prompt_->font();
    font.setPointSize(projector ? 34 : 22);
    font.setBold(true);
    prompt_->setFont(font);
}

void RecordingSessionBox::start()
{
    QStringList words;
    for (const neurone::Keyword& keyword : library_->vocabulary().keywords())
        words << QString::fromStdString(keyword.word);
    if (words.isEmpty()) {
        emit statusMessage(tr("Add a keyword before recording."));
        return;
    }
    plan_ = RecordingPlan(words, examples_->value());
    history_.clear();
    saved_ = 0;
    active_ = true;
    showState();
    emit statusMessage(tr("Session started: say each word when asked, one at a time."));
}

void RecordingSessionBox::stop()
{
    if (!active_)
        return;
    active_ = false;
    showState();
    emit statusMessage(tr("Session stopped: %n example(s) saved.", nullptr, saved_));
}

void RecordingSessionBox::addUtterance(const std::vector<float>& window)
{
    if (!active_ || plan_.finished())
        return; // outside a session the Listen page has the microphone
    auto added = library_->addRecording(plan_.keyword(), speaker(), {window, neurone::keywordSampleRate});
    if (auto* problem = std::get_if<QString>(&added)) {
        emit statusMessage(tr("%1 Check that the recordings folder can be written, then say «%2» again.")
                               .arg(asSentence(*problem), plan_.keyword()));
        return; // the same prompt stays: nothing was saved
    }
    history_.push_back(std::get<io::Recording>(added));
    ++saved_;
    plan_.advance();
    finishIfDone();
    showState();
}

void RecordingSessionBox::skip()
{
    if (!active_)
        return;
    history_.push_back(std::nullopt);
    plan_.advance();
    finishIfDone();
    showState();
}

void RecordingSessionBox::redoLast()
{
    if (!active_ || history_.empty())
        return;
    if (const std::optional<io::Recording> last = history_.back()) {
        if (const QString problem = library_->removeRecording(*last); !problem.isEmpty()) {
            emit statusMessage(problem);
            return;
        }
        --saved_;
    }
    history_.pop_back();
    plan_.back();
    showState();
}

void RecordingSessionBox::finishIfDone()
{
    if (!plan_.finished())
        return;
    active_ = false;
    emit statusMessage(tr("Session done: %n example(s) saved.", nullptr, saved_));
}

QString RecordingSessionBox::prompt() const { return prompt_->text(); }
QString RecordingSessionBox::progressText() const { return progress_->text(); }

void RecordingSessionBox::showState()
{
    startStop_->setText(active_ ? tr("Stop session") : tr("Start session"));
    skip_->setEnabled(active_);
    redoLast_->setEnabled(active_ && !history_.empty());
    speaker_->setEnabled(!active_);
    examples_->setEnabled(!active_);
    if (active_)
        prompt_->setText(tr("Say «%1»… %2/%3").arg(plan_.keyword()).arg(plan_.exampleNumber()).arg(plan_.perKeyword()));
    else if (plan_.total() > 0 && plan_.finished())
        prompt_->setText(tr("Done, thank you!"));
    else
        prompt_->setText(tr("Press Start session to record examples."));
    const int shown = std::min(plan_.position() + (active_ ? 1 : 0), plan_.total());
    progress_->setText(plan_.total() > 0 ? tr("Example %1/%2 of the session · %n saved", nullptr, saved_)
                                               .arg(shown).arg(plan_.total())
                                         : QString());
    bar_->setRange(0, std::max(1, plan_.total()));
    bar_->setValue(plan_.position());
}
