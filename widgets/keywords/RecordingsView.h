// The Keywords panel's "Recordings" page: the vocabulary (the course's 12 keywords grouped by
// service, editable with undo), recording sessions fed by the live microphone path, the examples
// of each keyword (play, delete with undo, import files), and the data augmentation preview.
#pragma once

#include "audio/KeywordVocabulary.h"
#include "common/ViewStyle.h"
#include "io/KeywordRecordings.h"
#include "keywords/RecordingImport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <vector>

class AugmentationPreview;
class KeywordLibrary;
class QLabel;
class QPushButton;
class QUndoStack;
class RecordingSessionBox;
class RecordingsTree;
namespace io {
class AudioPlayer;
}

class RecordingsView : public QWidget {
    Q_OBJECT
public:
    explicit RecordingsView(QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    QString folder() const;
    const neurone::KeywordVocabulary& vocabulary() const;

    // What the buttons do, without their dialogs: "" when done, else the problem (also shown).
    QString addKeyword(const QString& word, int service);
    QString renameKeyword(const QString& from, const QString& to);
    QString removeKeyword(const QString& word);
    // Undo brings a deleted recording back, except a damaged one (it has no sound to keep).
    QString deleteRecording(const io::Recording& recording);
    // Reads the files in another thread, then saves them as examples of `keyword`.
    void importFiles(const QStringList& paths, const QString& keyword);
    void importFolder(const QString& folder, const QString& keyword);
    bool waitUntilIdle(int milliseconds); // imports and the preview (tests)

    RecordingSessionBox* session() const { return session_; }
    RecordingsTree* tree() const { return tree_; }
    AugmentationPreview* augmentationPreview() const { return preview_; }
    QUndoStack* undoStack() const { return undo_; }
    QString message() const;

public slots:
    void addUtterance(const std::vector<float>& window);
    void setVocabulary(const neurone::KeywordVocabulary& vocabulary);
    void setViewStyle(const ViewStyle& style);

signals:
    void vocabularyChanged(const neurone::KeywordVocabulary&);
    void recordingsChanged();
    void statusMessage(const QString&);

private:
    void connectUi();
    QWidget* makeRecordingsBox();
    void refreshTree();
    void selectionChanged();
    void showMessage(const QString& text);
    QString reportProblem(const QString& problem);
    QString unreadableText(const QString& problem) const;
    QString deleteUnreadableRecording(const io::Recording& recording);
    void startImport(std::function<QStringList()> files, const QString& keyword);
    void importFinished();
    void askAddKeyword();
    void askRenameKeyword();
    void askImportFiles();
    void askImportFolder();
    void deleteSelected();
    void playSelected();

    KeywordLibrary* library_;
    QUndoStack* undo_;
    RecordingSessionBox* session_;
    RecordingsTree* tree_;
    AugmentationPreview* preview_;
    io::AudioPlayer* player_;
    QLabel* message_;
    QPushButton* addKeyword_;
    QPushButton* renameKeyword_;
    QPushButton* removeKeyword_;
    QPushButton* undoButton_;
    QPushButton* redoButton_;
    QPushButton* play_;
    QPushButton* delete_;
    QPushButton* importFiles_;
    QPushButton* importFolder_;
    QFutureWatcher<ImportResult> importWatcher_;
    bool importing_ = false;
};
