// `neurone --screenshot training FILE --state key=value`: the documented states of the panel.
#include "training/TrainingPanel.h"

#include "training/DatasetBox.h"
#include "training/TrainingSettingsBox.h"

#include "model/ModelPresets.h"

#include <QComboBox>
#include <QTabWidget>

namespace {

constexpr int screenshotWaitMilliseconds = 10 * 60 * 1000;

} // namespace

QString TrainingPanel::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    const double number = value.toDouble(&ok);
    neurone::TrainingSettings s = settings_->settings();
    if (key == "dataset") {
        const auto kind = neurone::datasetKindFromName(value.toStdString());
        if (!kind)
            return tr("unknown dataset '%1' (xor, or, circles, spirals, gaussians, mnist, fashion-mnist)").arg(value);
        dataset_->setKind(*kind);
    } else if (key == "points" && ok) {
        dataset_->setPoints(int(number));
    } else if (key == "noise" && ok) {
        dataset_->setNoise(number);
    } else if (key == "validation" && ok) {
        dataset_->setValidationFraction(number);
    } else if (key == "model") {
        const int index = preset_->findData(value);
        if (value.isEmpty() || index < 0)
            return tr("unknown model '%1' (softmax, mlp, cnn, xor, toy)").arg(value);
        waitUntilIdle(screenshotWaitMilliseconds);
        preset_->setCurrentIndex(index);
        presetChosen();
        return {};
    } else if (key == "epochs" && ok && number >= 1) {
        s.epochs = int(number);
        settings_->setSettings(s);
    } else if (key == "batch" && ok && number >= 1) {
        s.batchSize = int(number);
        settings_->setSettings(s);
    } else if (key == "seed" && ok && number >= 0) {
        s.seed = std::uint32_t(number);
        settings_->setSettings(s);
    } else if (key == "lr" && ok && number > 0) {
        s.optimizer.learningRate = number;
        settings_->setSettings(s);
    } else if (key == "optimizer") {
        const auto kind = neurone::optimizerKindFromName(value == "sgd" ? "gd" : value.toStdString());
        if (!kind)
            return tr("unknown optimizer '%1'").arg(value);
        s.optimizer.kind = *kind;
        settings_->setSettings(s);
    } else if (key == "train") {
        waitUntilIdle(screenshotWaitMilliseconds);
        if (value == "run")
            run();
        else if (value == "epoch")
            stepEpoch();
        else if (value == "batch")
            stepBatch();
        else
            return tr("train expects run, epoch or batch");
        waitUntilIdle(screenshotWaitMilliseconds);
    } else if (key == "tab") {
        const QStringList ids = {"curves", "confusion", "predictions", "weights", "features"};
        if (!ids.contains(value))
            return tr("unknown tab '%1' (%2)").arg(value, ids.join(", "));
        tabs_->setCurrentIndex(int(ids.indexOf(value)));
    } else {
        return tr("unknown state '%1=%2'").arg(key, value);
    }
    waitUntilIdle(screenshotWaitMilliseconds);
    return {};
}
