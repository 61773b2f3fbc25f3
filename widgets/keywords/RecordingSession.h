// A recording session: the speaker says each keyword N times, prompted one example at a time
// ("Say «incendie»… 3/5"). Each utterance the microphone path cuts out (1.5 s at 16 kHz)
// arrives through addUtterance() and is saved at once (KeywordLibrary::addRecording: an atomic
// WAV), then the prompt moves on. Skip moves on without saving; Redo last deletes the last
// saved example (or undoes a skip) and asks for it again.
#pragma once

#include "keywords/KeywordLibrary.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// Where a session is: keyword-major order, each keyword `perKeyword` times.
class RecordingPlan {
public:
    RecordingPlan() = default;
    RecordingPlan(QStringList keywords, int perKeyword);

    int total() const { return int(keywords_.size()) * perKeyword_; }
    int position() const { return position_; } // prompts done (saved or skipped)
    bool finished() const { return position_ >= total(); }
    QString keyword() const;                   // the word asked for now
    int exampleNumber() const;                 // 1 … perKeyword, within the keyword
    int perKeyword() const { return perKeyword_; }
    void advance();
    void back();

private:
    QStringList keywords_;
    int perKeyword_ = 0;
    int position_ = 0;
};

class RecordingSessionBox : public QWidget {
    Q_OBJECT
public:
    explicit RecordingSessionBox(KeywordLibrary* library, QWidget* parent = nullptr);

    bool active() const { return active_; }
    QString prompt() const;
    QString progressText() const;
    QString speaker() const;
    void setSpeaker(const QString& speaker);
    void setExamplesPerKeyword(int examples);

public slots:
    void start();
    void stop();
    void addUtterance(const std::vector<float>& window);
    void skip();
    void redoLast();
    void setProjector(bool projector);

signals:
    void statusMessage(const QString& message);

private:
    void connectUi();
    void showState();
    void finishIfDone();

    KeywordLibrary* library_;
    QLineEdit* speaker_;
    QSpinBox* examples_;
    QPushButton* startStop_;
    QPushButton* skip_;
    QPushButton* redoLast_;
    QLabel* prompt_;
    QLabel* progress_;
    QProgressBar* bar_;
    RecordingPlan plan_;
    bool active_ = false;
    int saved_ = 0;
    std::vector<std::optional<io::Recording>> history_; // one per prompt done: saved or skipped
};
