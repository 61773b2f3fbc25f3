// The training panel driven offscreen, its worker thread for real: XOR trained through the
// panel gives the engine's numbers bit for bit; steps by batch and epoch; divergence; missing
// datasets explained; models saved, reopened, refused (damaged, another input shape); the MNIST
// digits' confusion matrix, predictions and templates.
#include "training/ConfusionMatrixView.h"
#include "training/DatasetBox.h"
#include "training/DecisionRegionPlot.h"
#include "training/NetworkBuilder.h"
#include "training/PredictionGridView.h"
#include "training/TrainingCurves.h"
#include "training/TrainingPanel.h"
#include "training/TrainingSettingsBox.h"
#include "training/WeightImagesView.h"

#include "data/ToySets.h"
#include "model/ModelFile.h"
#include "model/ModelPresets.h"
#include "train/Trainer.h"

#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using neurone::DatasetKind;
using State = TrainingControls::State;

namespace {

constexpr int wait = 120'000;

std::vector<float> weights(neurone::Sequential network)
{
    std::vector<float> all;
    for (const neurone::ParameterView& p : network.parameters())
        all.insert(all.end(), p.values, p.values + p.size());
    return all;
}

void choose(TrainingPanel& panel, DatasetKind kind)
{
    panel.datasetBox()->setKind(kind);
    QVERIFY(panel.waitUntilIdle(wait));
}

} // namespace

class TestTrainingPanel : public QObject {
    Q_OBJECT
private slots:
    void startsOnXorWithItsPreset()
    {
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.datasetBox()->kind(), DatasetKind::Xor);
        QCOMPARE(panel.state(), State::Idle);
        QCOMPARE(QString::fromStdString(neurone::layerListText(panel.builder()->layers())),
                 QString("dense 2, sigmoid, dense 1, sigmoid"));
        QCOMPARE(panel.builder()->totalParameters(), std::size_t(9));
        QVERIFY(panel.curves()->showsEmptyHint());
        QCOMPARE(panel.settingsBox()->batchDescription(),
                 QString("Batch: the whole training set (4 sample(s)) per iteration."));
    }

    // The panel's run is the engine's run: same settings, same seed, same numbers.
    void xorTrainsExactlyAsTheEngine()
    {
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        const neurone::TrainingSettings settings = panel.settingsBox()->settings();
        panel.run();
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Stopped);
        QCOMPARE(int(panel.history().size()), settings.epochs);

        const neurone::PresetRecipe recipe = neurone::presetRecipe(neurone::ModelPreset::Xor, 2);
        auto model = std::get<neurone::Model>(neurone::makePresetModel(recipe, neurone::Shape::flat(2), {}, settings.seed));
        neurone::Trainer engine(model.network, neurone::xorSet(), settings);
        engine.run();
        QCOMPARE(panel.history().back().trainLoss, engine.history().back().trainLoss);
        QCOMPARE(weights(panel.model().network), weights(engine.network()));
        QVERIFY(panel.history().back().trainLoss < 0.01);
        QCOMPARE(panel.history().back().trainAccuracy, 1.0);
        QVERIFY(panel.message().startsWith(QString("Finished: %1 epoch(s).").arg(settings.epochs)));
        QVERIFY(!panel.curves()->showsEmptyHint());
        QCOMPARE(panel.curves()->series(TrainingCurves::TrainLoss)->data()->size(), settings.epochs);
        // Every batch is on the curve (XOR: one batch per epoch).
        QCOMPARE(panel.curves()->series(TrainingCurves::BatchLoss)->data()->size(), settings.epochs);
        // The history table is what File > Export table writes.
        QAbstractItemModel* table = panel.currentTable();
        QCOMPARE(table->rowCount(), settings.epochs);
        QCOMPARE(table->data(table->index(settings.epochs - 1, 1)).toString(),
                 QString::number(panel.history().back().trainLoss, 'g', 10));
    }

    void stepsByBatchAndEpochAndShowsRegions()
    {
        TrainingPanel panel;
        choose(panel, DatasetKind::Gaussians);
        QCOMPARE(QString::fromStdString(neurone::layerListText(panel.builder()->layers())),
                 QString::fromStdString(neurone::layerListText(neurone::presetRecipe(neurone::ModelPreset::Toy, 2).layers)));
        // 200 points, 10 % held out: 180 to train, batches of the toy preset's size.
        const int batch = panel.settingsBox()->settings().batchSize;
        const int batches = (180 + batch - 1) / batch;
        panel.stepBatch();
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Paused);
        QVERIFY(panel.history().empty());
        QCOMPARE(panel.controls()->positionText(), QString("epoch 1 of %1 · batch 1 of %2")
                                                       .arg(panel.settingsBox()->settings().epochs)
                                                       .arg(batches));
        QCOMPARE(panel.curves()->series(TrainingCurves::BatchLoss)->data()->size(), 1);
        panel.stepEpoch();
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(int(panel.history().size()), 1);
        QCOMPARE(panel.curves()->series(TrainingCurves::BatchLoss)->data()->size(), batches);
        QVERIFY(panel.history().front().validationAccuracy.has_value());
        QVERIFY(panel.regionPlot()->showsPlane());
        QCOMPARE(panel.regionPlot()->regionMap()->data()->keySize(), 60);
        // While paused the settings are locked; Stop unlocks them and keeps the weights.
        QVERIFY(!panel.settingsBox()->isEnabled() || panel.builder()->isReadOnly());
        const auto before = weights(panel.model().network);
        panel.stop();
        QCOMPARE(panel.state(), State::Stopped);
        QVERIFY(!panel.builder()->isReadOnly());
        QCOMPARE(weights(panel.model().network), before);
        panel.reset();
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Idle);
        QVERIFY(panel.history().empty());
        QVERIFY(weights(panel.model().network) != before);
    }

    void divergenceStopsWithTheBatchAndKeepsFiniteWeights()
    {
        TrainingPanel panel;
        choose(panel, DatasetKind::Gaussians);
        QCOMPARE(panel.builder()->applyLayerText("dense 16, relu, dense 16, relu, dense 2"), QString());
        neurone::TrainingSettings s = panel.settingsBox()->settings();
        s.loss = neurone::LossKind::MSE;
        s.optimizer = {neurone::OptimizerKind::Momentum, 10.0};
        s.optimizer.momentum = 0.99;
        s.epochs = 50;
        panel.settingsBox()->setSettings(s);
        panel.run();
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Stopped);
        QVERIFY2(panel.message().startsWith("Diverged at epoch "), qPrintable(panel.message()));
        QVERIFY(panel.message().contains(", batch "));
        for (const float w : weights(panel.model().network))
            QVERIFY(std::isfinite(w));
    }

    void explainsAMissingDataset()
    {
        QTemporaryDir empty;
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        panel.datasetBox()->setDataFolder(empty.path());
        choose(panel, DatasetKind::Mnist);
        QCOMPARE(panel.state(), State::Busy);
        QVERIFY(panel.message().contains("make data"));
        QCOMPARE(panel.curves()->hint(), panel.message());
        QVERIFY(panel.datasetBox()->status().contains("make data"));
        if (const QString dir = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            panel.resize(1200, 760);
            panel.grab().save(dir + "/training-missing.png");
        }
        choose(panel, DatasetKind::FashionMnist);
        QVERIFY(panel.message().contains("sudo apt-get install dataset-fashion-mnist"));
        panel.run(); // nothing to train: nothing happens
        QCOMPARE(panel.state(), State::Busy);
        choose(panel, DatasetKind::Or);
        QCOMPARE(panel.state(), State::Idle);
        QCOMPARE(panel.message(), QString());
    }

    void explainsADamagedDataset()
    {
        QTemporaryDir folder;
        QFile digit(folder.filePath("0.json"));
        QVERIFY(digit.open(QIODevice::WriteOnly));
        digit.write("[[0, 1, 2"); // 0.json alone, and cut short
        digit.close();
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        panel.datasetBox()->setDataFolder(folder.path());
        choose(panel, DatasetKind::Mnist);
        QCOMPARE(panel.state(), State::Busy);
        QVERIFY2(panel.message().startsWith("MNIST digits could not be loaded: "), qPrintable(panel.message()));
        QVERIFY(panel.message().endsWith(". Install it again or choose another dataset."));
        QCOMPARE(panel.datasetBox()->status(), panel.message());
        QCOMPARE(panel.curves()->hint(), panel.message());
        choose(panel, DatasetKind::Xor); // another dataset works at once
        QCOMPARE(panel.state(), State::Idle);
        QCOMPARE(panel.message(), QString());
    }

    void unbuildableNetworkSaysWhatToChange()
    {
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.builder()->applyLayerText("dense 8, tanh, dense 3, softmax"), QString());
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Busy);
        QVERIFY2(panel.message().startsWith("The network does not fit the data: this model has 3 outputs"),
                 qPrintable(panel.message()));
        QVERIFY(panel.message().endsWith(". Change the layers or choose another dataset."));
        QCOMPARE(panel.builder()->applyLayerText("dense 8, maxpool 2, dense 2, softmax"), QString()); // no image to pool
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Busy);
        QVERIFY2(panel.message().startsWith("The network cannot be built: ") && panel.message().contains("layer 2"),
                 qPrintable(panel.message()));
        QVERIFY(panel.message().endsWith(". Change the layers."));
        QCOMPARE(panel.builder()->applyLayerText("dense 8, tanh, dense 2, softmax"), QString());
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.state(), State::Idle);
        QCOMPARE(panel.message(), QString());
    }

    void savesReopensAndRefuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("xor.neurone");
        std::vector<float> trained;
        std::vector<neurone::EpochMetrics> history;
        {
            TrainingPanel panel;
            QVERIFY(panel.waitUntilIdle(wait));
            neurone::TrainingSettings s = panel.settingsBox()->settings();
            s.epochs = 300;
            panel.settingsBox()->setSettings(s);
            panel.run();
            QVERIFY(panel.waitUntilIdle(wait));
            QCOMPARE(panel.saveModel(path), QString());
            trained = weights(panel.model().network);
            history = panel.history();
        }
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(panel.openModel(path), QString());
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(weights(panel.model().network), trained);
        QCOMPARE(int(panel.history().size()), 300);
        QVERIFY(std::abs(panel.history().back().trainLoss - history.back().trainLoss) < 1e-9); // saved as text, 12 digits
        QCOMPARE(panel.settingsBox()->settings().epochs, 300);
        QCOMPARE(panel.state(), State::Stopped);
        QCOMPARE(panel.curves()->series(TrainingCurves::TrainLoss)->data()->size(), 300);
        // Run trains further: the epochs continue the history.
        neurone::TrainingSettings s = panel.settingsBox()->settings();
        s.epochs = 10;
        panel.settingsBox()->setSettings(s);
        panel.run();
        QVERIFY(panel.waitUntilIdle(wait));
        QCOMPARE(int(panel.history().size()), 310);
        QCOMPARE(panel.history().back().epoch, 310);

        // A damaged file and an image model on a 2-D set are refused; nothing changes.
        QFile damaged(dir.filePath("damaged.neurone"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("NEURONE\0garbage", 15);
        damaged.close();
        const auto kept = weights(panel.model().network);
        QVERIFY(!panel.openModel(damaged.fileName()).isEmpty());
        QVERIFY(panel.message().startsWith("The model was not opened."));
        QVERIFY2(panel.message().contains("damaged.neurone") && panel.message().endsWith(". Choose another model file."),
                 qPrintable(panel.message()));
        QCOMPARE(weights(panel.model().network), kept);
        QCOMPARE(int(panel.history().size()), 310);

        const neurone::ModelFile digits{
            std::get<neurone::Model>(neurone::makeModel(neurone::presetRecipe(neurone::ModelPreset::Softmax, 10).layers,
                                                        {1, 28, 28}, {}, 1)),
            {}, {}};
        const std::string bytes = neurone::serializeModelFile(digits);
        QFile image(dir.filePath("digits.neurone"));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(bytes.data(), qint64(bytes.size()));
        image.close();
        const QString refusal = panel.openModel(image.fileName());
        QVERIFY2(refusal.contains("28×28"), qPrintable(refusal));
        QVERIFY(refusal.endsWith("Choose the dataset it was trained on, or another model."));
        QCOMPARE(panel.message(), "The model was not opened. " + refusal);
        QCOMPARE(weights(panel.model().network), kept);

        // Saving over a file that cannot be written keeps the panel as it is and says why.
        const QByteArray saved = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const QString problem = panel.saveModel(dir.filePath("no/such/folder/x.neurone"));
        QVERIFY2(problem.startsWith("The model was not saved: Cannot write "), qPrintable(problem));
        QVERIFY(problem.endsWith(". Choose another folder or file name."));
        QCOMPARE(panel.message(), problem);
        QCOMPARE(weights(panel.model().network), kept);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), saved); // the model saved earlier is untouched
    }

    // The MNIST digits, when installed (make test installs them): one epoch of the softmax model,
    // then the confusion matrix of the 2,000 test digits, 40 predictions, 10 templates.
    void inspectsTheDigitModel()
    {
        TrainingPanel panel;
        QVERIFY(panel.waitUntilIdle(wait));
        choose(panel, DatasetKind::Mnist);
        if (panel.state() == State::Busy)
            QSKIP("the MNIST digits are not installed (make data)");
        QCOMPARE(QString::fromStdString(neurone::layerListText(panel.builder()->layers())),
                 QString("flatten, dense 10, softmax"));
        QCOMPARE(panel.builder()->totalParameters(), std::size_t(7850));
        panel.stepEpoch();
        QVERIFY(panel.waitUntilIdle(wait));
        QVERIFY(panel.inspection().has_value());
        const neurone::Evaluation& e = panel.inspection()->evaluation;
        QCOMPARE(e.confusion.total(), std::size_t(2000));
        QCOMPARE(e.accuracy, *panel.history().back().testAccuracy);
        QVERIFY(e.accuracy > 0.8);
        QVERIFY(!panel.confusionView()->isEmpty());
        QCOMPARE(panel.predictionView()->shownCount(), 40);
        int errors = 0;
        for (int i = 0; i < 40; ++i)
            errors += e.predicted[std::size_t(i)] != panel.inspection()->data.label(std::size_t(i)) ? 1 : 0;
        QCOMPARE(panel.predictionView()->errorCount(), errors);
        QCOMPARE(panel.weightView()->tileCount(), 10);
    }
};

QTEST_MAIN(TestTrainingPanel)
#include "test_trainingpanel.moc"
