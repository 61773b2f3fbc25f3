// The Train page's run: the job handed to the worker thread, its reports, the evaluation shown
// afterwards and the model saved (KeywordTrainingView.h).
#include "keywords/KeywordTrainingView.h"
#include "keywords/ClassNames.h"

#include "audio/KeywordModel.h"
#include "common/Export.h"
#include "common/ThreadMailbox.h"
#include "io/ModelStorage.h"
#include "training/ConfusionMatrixView.h"
#include "training/TrainingCurves.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QTableWidget>

void KeywordTrainingView::train()
{
    refresh();
    if (!canTrain())
        return;
    KeywordTrainingJob job{folder_, vocabulary_, options(), std::nullopt};
    if (job.options.transfer)
        job.base = base_;
    training_ = true;
    result_.reset();
    curves_->clear();
    curves_->setHint(tr("Preparing the recordings…"));
    confusion_->clear();
    speakers_->hide();
    accuracy_->setText(tr("Training…"));
    showMessage(tr("Preparing the recordings…"));
    updateButtons();
    toWorker_->post([worker = worker_, job = std::move(job)]() mutable { worker->train(std::move(job)); });
}

void KeywordTrainingView::cancel()
{
    if (training_)
        worker_->requestCancel();
}

void KeywordTrainingView::received(const TrainingProgress& progress)
{
    curves_->addProgress(progress);
    if (progress.epoch > 0)
        summary_->setText(tr("Epoch %1 of %2 · batch %3 of %4")
                              .arg(progress.epoch)
                              .arg(progress.epochsPlanned)
                              .arg(progress.batchInEpoch)
                              .arg(progress.batchesPerEpoch));
}

void KeywordTrainingView::finished(const KeywordTrainingResult& result)
{
    training_ = false;
    result_ = result;
    showEvaluation(result);
    showMessage(tr("Trained on %n image(s): %1. The Listen page now uses this model; save it to keep it.", nullptr,
                   int(result.trainingSamples))
                    .arg(result.stopReason));
    updateButtons();
    emit modelTrained(result.file);
}

void KeywordTrainingView::stopped(const QString& reason)
{
    training_ = false;
    curves_->setHint(reason);
    accuracy_->setText(tr("No model: %1").arg(reason));
    showMessage(reason, true);
    updateButtons();
}

void KeywordTrainingView::showEvaluation(const KeywordTrainingResult& result)
{
    if (!result.heldOut) {
        accuracy_->setText(tr("No recording was held out: record more examples to measure the model."));
        confusion_->clear();
        speakers_->hide();
        return;
    }
    const neurone::ConfusionMatrix& confusion = result.heldOut->confusion;
    std::size_t recognised = 0;
    for (int i = 0; i < confusion.classes(); ++i)
        recognised += confusion.count(i, i);
    accuracy_->setText(tr("Held-out accuracy: %1 % (%2 of %n recording(s) recognised)", nullptr,
                          int(result.heldOutCount))
                           .arg(100 * result.heldOut->accuracy, 0, 'f', 1)
                           .arg(qulonglong(recognised)));
    confusion_->setConfusion(confusion, shownClassNames(result.file.model.classNames));
    speakers_->setRowCount(int(result.speakers.size()));
    for (int row = 0; row < int(result.speakers.size()); ++row) {
        const SpeakerAccuracy& s = result.speakers[std::size_t(row)];
        speakers_->setItem(row, 0, new QTableWidgetItem(s.speaker));
        speakers_->setItem(row, 1, new QTableWidgetItem(QString::number(s.recordings)));
        speakers_->setItem(row, 2, new QTableWidgetItem(tr("%1 %").arg(100 * s.accuracy, 0, 'f', 1)));
    }
    speakers_->setVisible(!result.speakers.empty());
}

QString KeywordTrainingView::saveModel(const QString& path)
{
    if (!result_) {
        const QString problem = tr("Train a model before saving it.");
        showMessage(problem, true);
        return problem;
    }
    if (const QString text = saveModelFile(result_->file, path); !text.isEmpty()) {
        showMessage(text, true);
        return text;
    }
    showMessage(tr("Model saved to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void KeywordTrainingView::askSaveModel()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the keyword model"),
                                                QStringLiteral("keywords.%1").arg(io::modelFileSuffix),
                                                tr("Neurone models (*.%1)").arg(io::modelFileSuffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + QString::fromLatin1(io::modelFileSuffix);
    saveModel(path);
}

bool KeywordTrainingView::waitUntilIdle(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (training_ && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    QCoreApplication::processEvents(); // the last queued reports
    return !training_;
}
