// The Keywords panel's "Train" page (seed 000, "La reconnaissance de mots-clés"): the user's
// recordings, augmented, train the keyword network — from scratch, or by transfer learning from
// the shipped model (its convolution layers frozen, a new head for this vocabulary) — with live
// loss and accuracy curves; then the held-out recordings measure it: accuracy, confusion matrix,
// accuracy per speaker. The trained model goes to the Listen page (modelTrained) and can be saved.
#pragma once

#include "audio/KeywordVocabulary.h"
#include "common/ViewStyle.h"
#include "keywords/KeywordTrainingWorker.h"
#include "model/ModelFile.h"

#include <QThread>
#include <QWidget>

#include <optional>

class ConfusionMatrixView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class ThreadMailbox;
class TrainingCurves;

class KeywordTrainingView : public QWidget {
    Q_OBJECT
public:
    explicit KeywordTrainingView(QWidget* parent = nullptr);
    ~KeywordTrainingView() override;

    // The model transfer learning starts from (default: the shipped ":/models/keywords.neurone").
    // When it cannot be read, transfer learning is disabled and says why.
    void setBaseModelPath(const QString& path);
    KeywordTrainingOptions options() const;
    void setOptions(const KeywordTrainingOptions& options);

    bool canTrain() const;
    bool isTraining() const { return training_; }
    QString message() const;
    // "" when saved, else why not (also shown).
    QString saveModel(const QString& path);
    bool waitUntilIdle(int milliseconds); // tests

    TrainingCurves* curves() const { return curves_; }
    ConfusionMatrixView* confusionView() const { return confusion_; }
    QTableWidget* speakerTable() const { return speakers_; }
    const std::optional<KeywordTrainingResult>& lastResult() const { return result_; }

public slots:
    void setRecordingsFolder(const QString& folder);
    void setVocabulary(const neurone::KeywordVocabulary&);
    // Lists the recordings again (they may have changed on the Recordings page).
    void refresh();
    void train();
    void cancel();
    void setViewStyle(const ViewStyle& style);

signals:
    void modelTrained(const neurone::ModelFile& file);
    void statusMessage(const QString&);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectUi();
    QWidget* makeSettingsBox();
    QWidget* makeEvaluationPage();
    void showMessage(const QString& text, bool warning = false);
    void updateButtons();
    void received(const TrainingProgress& progress);
    void finished(const KeywordTrainingResult& result);
    void stopped(const QString& reason);
    void showEvaluation(const KeywordTrainingResult& result);
    void askSaveModel();

    QString folder_;
    neurone::KeywordVocabulary vocabulary_ = neurone::KeywordVocabulary::course();
    std::optional<neurone::Model> base_;
    QString recordingsProblem_;
    QComboBox* heldOut_;
    QSpinBox* copies_;
    QSpinBox* epochs_;
    QCheckBox* transfer_;
    QCheckBox* unfreeze_;
    QPushButton* train_;
    QPushButton* cancel_;
    QPushButton* save_;
    QLabel* message_;
    QLabel* summary_;
    TrainingCurves* curves_;
    ConfusionMatrixView* confusion_;
    QLabel* accuracy_;
    QTableWidget* speakers_;
    KeywordTrainingWorker* worker_; // lives in thread_, deleted when it finishes
    ThreadMailbox* toWorker_;       // the worker's child, in thread_: the jobs
    ThreadMailbox* fromWorker_;     // this view's child: the worker's reports
    QThread thread_;
    std::optional<KeywordTrainingResult> result_;
    bool training_ = false;
    ViewStyle style_;
};
