#include "RecordingsView.h"

#include "common/Sentence.h"
#include "io/AudioFile.h"
#include "io/AudioPlayer.h"
#include "keywords/AugmentationPreview.h"
#include "keywords/KeywordLibrary.h"
#include "keywords/RecordingCommands.h"
#include "keywords/RecordingSession.h"
#include "keywords/RecordingsTree.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

RecordingsView::RecordingsView(QWidget* parent)
    : QWidget(parent),
      library_(new KeywordLibrary(this)),
      undo_(new QUndoStack(this)),
      session_(new RecordingSessionBox(library_, this)),
      tree_(new RecordingsTree(this)),
      preview_(new AugmentationPreview(this)),
      player_(new io::AudioPlayer(this)),
      message_(new QLabel(this)),
      addKeyword_(new QPushButton(tr("Add keyword…"), this)),
      renameKeyword_(new QPushButton(tr("Rename…"), this)),
      removeKeyword_(new QPushButton(tr("Remove keyword"), this)),
      undoButton_(new QPushButton(tr("Undo"), this)),
      redoButton_(new QPushButton(tr("Redo"), this)),
      play_(new QPushButton(tr("Play"), this)),
      delete_(new QPushButton(tr("Delete"), this)),
      importFiles_(new QPushButton(tr("Import files…"), this)),
      importFolder_(new QPushButton(tr("Import folder…"), this))
{
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    importFiles_->setToolTip(tr("WAV, FLAC or OGG files of any sample rate, as examples of the selected keyword"));
    removeKeyword_->setToolTip(tr("Its recordings stay on disk; Undo brings the keyword back"));

    auto* sessionBox = new QGroupBox(tr("Recording session"), this);
    (new QVBoxLayout(sessionBox))->addWidget(session_);
    auto* previewBox = new QGroupBox(tr("Data augmentation (the course's four kinds)"), this);
    (new QVBoxLayout(previewBox))->addWidget(preview_);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(sessionBox);
    right->addWidget(previewBox);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(makeRecordingsBox());
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600});
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(message_);
    connectUi();
    setFolder(io::KeywordRecordings::defaultFolder());
}

QWidget* RecordingsView::makeRecordingsBox()
{
    auto* box = new QGroupBox(tr("Vocabulary and examples"), this);
    // Buttons in rows of three and two, so that the page fits a 1280-px window.
    const auto grid = [](std::initializer_list<QPushButton*> buttons, int columns) {
        auto* layout = new QGridLayout;
        int at = 0;
        for (QPushButton* button : buttons) {
            layout->addWidget(button, at / columns, at % columns);
            ++at;
        }
        return layout;
    };
    auto* vocabularyRow = grid({addKeyword_, renameKeyword_, removeKeyword_, undoButton_, redoButton_}, 3);
    auto* examplesRow = grid({play_, delete_, importFiles_, importFolder_}, 2);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(vocabularyRow);
    layout->addWidget(tree_, 1);
    layout->addLayout(examplesRow);
    return box;
}

void RecordingsView::connectUi()
{
    connect(library_, &KeywordLibrary::vocabularyChanged, this, [this](const neurone::KeywordVocabulary& v) {
        refreshTree();
        emit vocabularyChanged(v);
    });
    connect(library_, &KeywordLibrary::recordingsChanged, this, [this] {
        refreshTree();
        emit recordingsChanged();
    });
    connect(session_, &RecordingSessionBox::statusMessage, this, &RecordingsView::showMessage);
    connect(preview_, &AugmentationPreview::statusMessage, this, &RecordingsView::showMessage);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &RecordingsView::selectionChanged);
    connect(&importWatcher_, &QFutureWatcher<ImportResult>::finished, this, &RecordingsView::importFinished);
    connect(addKeyword_, &QPushButton::clicked, this, &RecordingsView::askAddKeyword);
    connect(renameKeyword_, &QPushButton::clicked, this, &RecordingsView::askRenameKeyword);
    connect(removeKeyword_, &QPushButton::clicked, this, [this] { removeKeyword(tree_->selectedClass()); });
    connect(undoButton_, &QPushButton::clicked, undo_, &QUndoStack::undo);
    connect(redoButton_, &QPushButton::clicked, undo_, &QUndoStack::redo);
    connect(undo_, &QUndoStack::canUndoChanged, undoButton_, &QPushButton::setEnabled);
    connect(undo_, &QUndoStack::canRedoChanged, redoButton_, &QPushButton::setEnabled);
    // The buttons, not `this`: the undo stack emits these while the view is being destroyed.
    connect(undo_, &QUndoStack::undoTextChanged, undoButton_,
            [button = undoButton_](const QString& text) { button->setToolTip(tr("Undo %1").arg(text)); });
    connect(undo_, &QUndoStack::redoTextChanged, redoButton_,
            [button = redoButton_](const QString& text) { button->setToolTip(tr("Redo %1").arg(text)); });
    connect(play_, &QPushButton::clicked, this, &RecordingsView::playSelected);
    connect(delete_, &QPushButton::clicked, this, &RecordingsView::deleteSelected);
    connect(importFiles_, &QPushButton::clicked, this, &RecordingsView::askImportFiles);
    connect(importFolder_, &QPushButton::clicked, this, &RecordingsView::askImportFolder);
}

void RecordingsView::setFolder(const QString& folder)
{
    session_->stop();
    undo_->clear(); // its commands name files of the previous folder
    library_->setFolder(folder);
    selectionChanged();
}

QString RecordingsView::folder() const { return library_->folder(); }
const neurone::KeywordVocabulary& RecordingsView::vocabulary() const { return library_->vocabulary(); }

void RecordingsView::setVocabulary(const neurone::KeywordVocabulary& vocabulary)
{
    reportProblem(library_->setVocabulary(vocabulary));
}

void RecordingsView::addUtterance(const std::vector<float>& window) { session_->addUtterance(window); }

void RecordingsView::refreshTree()
{
    tree_->setContents(library_->vocabulary(), library_->recordings());
    selectionChanged();
}

void RecordingsView::selectionChanged()
{
    const std::optional<io::Recording> recording = tree_->selectedRecording();
    const QString selected = tree_->selectedClass();
    const bool isKeyword = library_->vocabulary().find(selected.toStdString()).has_value();
    renameKeyword_->setEnabled(isKeyword);
    removeKeyword_->setEnabled(isKeyword);
    play_->setEnabled(recording.has_value());
    delete_->setEnabled(recording.has_value());
    importFiles_->setEnabled(!selected.isEmpty() && !importing_);
    importFolder_->setEnabled(!selected.isEmpty() && !importing_);
    if (!recording) {
        preview_->setClip({});
        return;
    }
    auto clip = io::readAudioFile(recording->path);
    if (auto* problem = std::get_if<QString>(&clip)) {
        showMessage(unreadableText(*problem));
        preview_->setClip({});
        return;
    }
    preview_->setClip(std::get<neurone::AudioClip>(clip).samples);
}

void RecordingsView::showMessage(const QString& text)
{
    message_->setText(text);
    emit statusMessage(text);
}

QString RecordingsView::message() const { return message_->text(); }

QString RecordingsView::unreadableText(const QString& problem) const
{
    return tr("%1 Delete this recording and record it again.").arg(asSentence(problem));
}

QString RecordingsView::reportProblem(const QString& problem)
{
    if (!problem.isEmpty())
        showMessage(problem);
    return problem;
}

QString RecordingsView::addKeyword(const QString& word, int service)
{
    const neurone::Keyword keyword{word.trimmed().toStdString(), service};
    if (const QString problem = library_->addKeyword(keyword); !problem.isEmpty())
        return reportProblem(tr("«%1» cannot be added: %2").arg(word, problem));
    undo_->push(new AddKeywordCommand(library_, keyword, [this](const QString& p) { showMessage(p); }));
    tree_->selectClass(word.trimmed());
    showMessage(tr("«%1» added: record or import examples of it.").arg(word.trimmed()));
    return {};
}

QString RecordingsView::renameKeyword(const QString& from, const QString& to)
{
    if (const QString problem = library_->renameKeyword(from, to); !problem.isEmpty())
        return reportProblem(tr("«%1» cannot be renamed: %2").arg(from, problem));
    undo_->push(new RenameKeywordCommand(library_, from, to.trimmed(), [this](const QString& p) { showMessage(p); }));
    tree_->selectClass(to.trimmed());
    showMessage(tr("«%1» renamed to «%2».").arg(from, to.trimmed()));
    return {};
}

QString RecordingsView::removeKeyword(const QString& word)
{
    const auto position = library_->vocabulary().find(word.toStdString());
    if (!position)
        return reportProblem(tr("«%1» is not a keyword.").arg(word));
    const neurone::Keyword keyword = library_->vocabulary().keywords()[*position];
    if (const QString problem = library_->removeKeyword(word); !problem.isEmpty())
        return reportProblem(tr("«%1» cannot be removed: %2").arg(word, problem));
    undo_->push(new RemoveKeywordCommand(library_, keyword, *position, [this](const QString& p) { showMessage(p); }));
    showMessage(tr("«%1» removed from the vocabulary; its recordings stay on disk.").arg(word));
    return {};
}

QString RecordingsView::deleteRecording(const io::Recording& recording)
{
    auto clip = io::readAudioFile(recording.path); // kept in memory for Undo
    if (std::holds_alternative<QString>(clip))
        return deleteUnreadableRecording(recording);
    if (const QString problem = library_->removeRecording(recording); !problem.isEmpty())
        return reportProblem(problem);
    undo_->push(new DeleteRecordingCommand(library_, recording, std::get<neurone::AudioClip>(std::move(clip)),
                                           [this](const QString& p) { showMessage(p); }));
    showMessage(tr("Recording deleted (Undo brings it back)."));
    return {};
}

// A damaged recording has no sound to keep for Undo; deleting it is the way out it was offered.
QString RecordingsView::deleteUnreadableRecording(const io::Recording& recording)
{
    if (const QString problem = library_->removeRecording(recording); !problem.isEmpty())
        return reportProblem(problem);
    showMessage(tr("Damaged recording deleted (Undo cannot bring it back: it could not be read)."));
    return {};
}

void RecordingsView::deleteSelected()
{
    if (const std::optional<io::Recording> recording = tree_->selectedRecording())
        deleteRecording(*recording);
}

void RecordingsView::playSelected()
{
    const std::optional<io::Recording> recording = tree_->selectedRecording();
    if (!recording)
        return;
    auto clip = io::readAudioFile(recording->path);
    if (auto* problem = std::get_if<QString>(&clip)) {
        showMessage(unreadableText(*problem));
        return;
    }
    reportProblem(player_->play(std::get<neurone::AudioClip>(clip)));
}

bool RecordingsView::waitUntilIdle(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (importing_ && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    return !importing_ && preview_->waitUntilIdle(int(std::max<qint64>(0, deadline.remainingTime())));
}

void RecordingsView::setViewStyle(const ViewStyle& style)
{
    preview_->setViewStyle(style);
    session_->setProjector(style.projector);
}
