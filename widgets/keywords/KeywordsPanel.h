// The keyword panel (seed 000 "La reconnaissance de mots-clés", the course project): emergency
// calls sorted by 12 French keywords, live from the microphone.
//   Listen      the live demo: spectrogram, utterances cut and classified, the service to call
//   Recordings  the vocabulary and the examples recorded for each keyword
//   Train       training (or transfer learning of) the keyword network on those recordings;
//               a model trained there replaces the one the Listen page uses
// The shipped model is the Qt resource :/models/keywords.neurone (linked into the application,
// not into the widgets library): the panel loads it by path, and says so when it is missing.
#pragma once

#include "common/Panel.h"

class KeywordTrainingView;
class ListenPage;
class QTabWidget;
class RecordingsView;

inline constexpr const char* shippedKeywordModel = ":/models/keywords.neurone";

class KeywordsPanel : public Panel {
    Q_OBJECT
public:
    explicit KeywordsPanel(QWidget* parent = nullptr);

    QString panelId() const override { return "keywords"; }
    QString title() const override;
    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override { return nullptr; }
    void setViewStyle(const ViewStyle& style) override;
    // tab=listen|recordings|train; file=PATH, spectrogram=mel|linear, threshold=0…1 (ListenPage).
    QString applyState(const QString& key, const QString& value) override;
    // File > Open: a keyword model (.neurone), or recordings to classify (WAV, FLAC, OGG).
    QString openFilter() const override;
    QString openFile(const QString& path) override;

    // Loads the model the Listen page classifies with: "" or why not (then the page says that
    // there is no model and keeps working).
    QString setModelPath(const QString& path);
    QString modelPath() const { return modelPath_; }

    ListenPage* listenPage() const { return listen_; }
    RecordingsView* recordingsView() const { return recordings_; }
    KeywordTrainingView* trainingView() const { return training_; }
    QTabWidget* tabs() const { return tabs_; }

private:
    void connectUi();

    QTabWidget* tabs_;
    ListenPage* listen_;
    RecordingsView* recordings_;
    KeywordTrainingView* training_;
    QString modelPath_;
};
