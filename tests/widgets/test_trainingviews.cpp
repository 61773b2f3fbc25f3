// The training panel's inspection views: the numbers they show for known inputs — the
// confusion matrix's cells and metrics, the prediction grid's error count, the decision
// plot's colour-map cells, the weight tiles and the feature-map rows.
// With NEURONE_VIEWS_PNG=1 (and Fashion-MNIST installed) each view is also rendered to
// /tmp/views-<name>.png at 900×600 with trained networks, for a visual check.
#include "data/FashionMnist.h"
#include "data/ToySets.h"
#include "inspect/DecisionRegions.h"
#include "model/Model.h"
#include "model/ModelPresets.h"
#include "nn/Activation.h"
#include "nn/Dense.h"
#include "nn/Flatten.h"
#include "train/Trainer.h"
#include "training/ConfusionMatrixView.h"
#include "training/DecisionRegionPlot.h"
#include "training/FeatureMapsView.h"
#include "training/PredictionGridView.h"
#include "training/TrainingCurves.h"
#include "training/WeightImagesView.h"

#include <QAbstractItemModel>
#include <QTest>

#include <numeric>

using namespace neurone;

namespace {

// n images 1×28×28 (pixel p of image i is (i + p) mod 256), labelled i mod 10.
Dataset imageSet(int n)
{
    std::vector<std::uint8_t> pixels(std::size_t(n) * 784);
    std::vector<std::uint8_t> labels(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        labels[std::size_t(i)] = std::uint8_t(i % 10);
        for (int p = 0; p < 784; ++p)
            pixels[std::size_t(i) * 784 + std::size_t(p)] = std::uint8_t((i + p) % 256);
    }
    std::vector<std::string> names;
    for (int c = 0; c < 10; ++c)
        names.push_back("class " + std::to_string(c));
    return Dataset::fromPixels("test images", {1, 28, 28}, pixels, labels, names);
}

Model presetModel(ModelPreset preset, Shape input, int classes)
{
    auto built = makeModel(presetRecipe(preset, classes).layers, input, std::vector<std::string>(std::size_t(classes), "c"), 5);
    if (!std::holds_alternative<Model>(built))
        qFatal("%s", std::get<std::string>(built).c_str());
    return std::get<Model>(std::move(built));
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

std::vector<std::uint32_t> firstIndices(std::size_t n)
{
    std::vector<std::uint32_t> indices(n);
    std::iota(indices.begin(), indices.end(), 0u);
    return indices;
}

void save(QWidget& view, const QString& name)
{
    view.resize(900, 600);
    view.show();
    QCoreApplication::processEvents();
    if (auto* plot = qobject_cast<QCustomPlot*>(&view))
        plot->replot();
    const QString path = QStringLiteral("/tmp/views-%1.png").arg(name);
    QVERIFY(view.grab().save(path));
    qInfo("wrote %s", qPrintable(path));
}

} // namespace

class TrainingViewsTest : public QObject {
    Q_OBJECT
private slots:
    // CM = [[3, 1], [2, 4]]: recall 3/4, 4/6; precision 3/5, 4/5; accuracy 7/10.
    void confusionMatrixShowsCountsRatiosAndMetrics()
    {
        ConfusionMatrix cm(2);
        cm.add({0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, {0, 0, 0, 1, 0, 0, 1, 1, 1, 1});
        ConfusionMatrixView view;
        QVERIFY(view.isEmpty());
        view.setConfusion(cm, {"cat", "dog"});
        QVERIFY(!view.isEmpty());
        const QAbstractItemModel* matrix = view.matrixModel();
        QCOMPARE(matrix->rowCount(), 2);
        QCOMPARE(cell(matrix, 0, 0), QString("3"));
        QCOMPARE(cell(matrix, 1, 0), QString("2"));
        QCOMPARE(matrix->headerData(1, Qt::Horizontal).toString(), QString("dog"));
        view.setNormalised(true);
        QVERIFY(view.normalised());
        QCOMPARE(cell(matrix, 0, 0), QString("0.750"));
        QCOMPARE(cell(matrix, 0, 1), QString("0.250"));
        QCOMPARE(cell(matrix, 1, 1), QString("0.667"));
        view.setNormalised(false);
        QCOMPARE(cell(matrix, 1, 1), QString("4"));

        const QAbstractItemModel* metrics = view.metricsModel();
        QCOMPARE(metrics->rowCount(), 3); // two classes and the accuracy
        QCOMPARE(cell(metrics, 0, 0), QString("0.600")); // precision(cat) = 3/5
        QCOMPARE(cell(metrics, 0, 1), QString("0.750")); // recall(cat) = 3/4
        QCOMPARE(cell(metrics, 0, 2), QString("0.667")); // F1 = 2·0.6·0.75/1.35
        QCOMPARE(cell(metrics, 0, 3), QString("4"));
        QCOMPARE(cell(metrics, 1, 0), QString("0.800"));
        QCOMPARE(cell(metrics, 1, 1), QString("0.667"));
        QCOMPARE(cell(metrics, 1, 2), QString("0.727")); // 2·0.8·(2/3)/(0.8 + 2/3)
        QCOMPARE(cell(metrics, 1, 3), QString("6"));
        QCOMPARE(metrics->headerData(2, Qt::Vertical).toString(), QString("accuracy"));
        QCOMPARE(cell(metrics, 2, 2), QString("0.700"));
        QCOMPARE(cell(metrics, 2, 3), QString("10"));
        QVERIFY(view.accuracyText().contains("0.700"));
        QVERIFY(view.accuracyText().contains("7 of 10"));

        view.clear();
        QVERIFY(view.isEmpty());
        QCOMPARE(view.matrixModel()->rowCount(), 0);
        QCOMPARE(view.metricsModel()->rowCount(), 0);
    }

    // Errors at samples 3, 17 and 39 among the first 40; the one at 45 is not shown.
    void predictionGridCountsTheErrorsShown()
    {
        const Dataset test = imageSet(50);
        std::vector<int> predicted(50);
        for (int i = 0; i < 50; ++i)
            predicted[std::size_t(i)] = i % 10;
        for (const int wrong : {3, 17, 39, 45})
            predicted[std::size_t(wrong)] = (wrong + 1) % 10;
        PredictionGridView view;
        QVERIFY(view.isEmpty());
        view.setPredictions(test, predicted);
        QCOMPARE(view.shownCount(), 40);
        QCOMPARE(view.errorCount(), 3);
        QVERIFY(view.caption().startsWith("3 error"));
        QVERIFY(view.isError(17));
        QVERIFY(!view.isError(16));
        QCOMPARE(view.tileText(3), QString("class 4 (class 3)"));
        QCOMPARE(view.tileText(5), QString("class 5 (class 5)"));

        view.setPredictions(test.subset(firstIndices(12)), predicted);
        QCOMPARE(view.shownCount(), 12);
        QCOMPARE(view.errorCount(), 1);

        view.setPredictions(twoSpirals({}), std::vector<int>(200, 0));
        QVERIFY(view.isEmpty());
        QVERIFY(view.emptyText().contains("2 features"));
    }

    // p = σ(4x₁ − 2): each colour-map cell holds the grid's probability.
    void decisionPlotShowsTheGridValues()
    {
        Sequential net;
        auto dense = std::make_unique<Dense>(2, 1);
        Batch w(2, 1), b(1, 1);
        w << 4, 0;
        b << -2;
        dense->setWeights(w);
        dense->setBias(b);
        net.add(std::move(dense));
        net.add(std::make_unique<ActivationLayer>(ActivationKind::Sigmoid));

        DecisionRegionPlot plot;
        plot.setPoints(xorSet());
        QVERIFY(plot.showsPlane());
        QCOMPARE(plot.bounds(), (RegionBounds{-0.1, 1.1, -0.1, 1.1}));
        QCOMPARE(plot.graphCount(), 2);
        QCOMPARE(plot.graph(0)->dataCount(), 2);
        const RegionGrid grid = decisionRegions(net, plot.bounds(), 60, 60);
        plot.setRegions(grid);
        QCPColorMapData* data = plot.regionMap()->data();
        QCOMPARE(data->keySize(), 60);
        QCOMPARE(data->valueSize(), 60);
        for (const auto& [c, r] : {std::pair{0, 0}, std::pair{29, 7}, std::pair{59, 59}, std::pair{31, 40}})
            QCOMPARE(data->cell(c, r), double(grid.probabilityAt(c, r)));
        QCOMPARE(data->keyRange().lower, grid.x(0));
        QCOMPARE(data->valueRange().upper, grid.y(59));
        // Cell 30's centre: x = −0.1 + 30.5·1.2/60 = 0.51, p = σ(0.04)
        QVERIFY(std::abs(data->cell(30, 0) - 1 / (1 + std::exp(-0.04))) < 1e-5);
        QCOMPARE(plot.regionMap()->dataRange(), QCPRange(0, 1));

        plot.setPoints(imageSet(3));
        QVERIFY(!plot.showsPlane());
    }

    void decisionPlotEncodesClassAndStrengthForManyClasses()
    {
        RegionGrid grid;
        grid.columns = 2;
        grid.rows = 1;
        grid.classes = 3;
        grid.predicted = {2, 0};
        grid.probability = {1.0f, 0.5f};
        QCOMPARE(DecisionRegionPlot::cellValue(grid, 0, 0), 2.999); // sure: just below 3
        QVERIFY(std::abs(DecisionRegionPlot::cellValue(grid, 1, 0) - 0.25) < 1e-6); // (0.5 − ⅓)/(⅔)
    }

    void weightViewShowsOneTilePerNeuron()
    {
        Sequential net;
        net.add(std::make_unique<Flatten>());
        auto dense = std::make_unique<Dense>(784, 10);
        Batch w = Batch::Zero(784, 10);
        w(0, 0) = -0.5f;
        w(100, 9) = 0.25f;
        dense->setWeights(w);
        net.add(std::move(dense));
        WeightImagesView view;
        QVERIFY(view.isEmpty());
        view.setNetwork(net, {1, 28, 28}, fashionMnistClassNames());
        QVERIFY(!view.isEmpty());
        QCOMPARE(view.tileCount(), 10);
        QCOMPARE(view.tileTitles().at(9), QString("Ankle boot"));
        QCOMPARE(view.colourRange(), 0.5f);

        const Model cnn = presetModel(ModelPreset::Cnn, {1, 28, 28}, 10);
        view.setNetwork(cnn.network, cnn.input, fashionMnistClassNames());
        QCOMPARE(view.tileCount(), 16);
        QCOMPARE(view.tileTitles().at(2), QString("filter 3"));

        const Model toy = presetModel(ModelPreset::Toy, Shape::flat(2), 2);
        view.setNetwork(toy.network, toy.input);
        QVERIFY(view.isEmpty());
        QVERIFY(view.emptyText().contains("2 features"));
        view.clear();
        QCOMPARE(view.tileCount(), 0);
    }

    void featureMapsViewShowsTheImageLayers()
    {
        const Model cnn = presetModel(ModelPreset::Cnn, {1, 28, 28}, 10);
        const Dataset images = imageSet(5);
        FeatureMapsView view;
        QVERIFY(view.isEmpty());
        view.setNetwork(cnn.network, cnn.input);
        view.setImages(images);
        QVERIFY(!view.isEmpty());
        QCOMPARE(view.layerRowCount(), 3);
        QCOMPARE(view.tileCount(0), 16);
        QCOMPARE(view.tileCount(2), 16);
        QVERIFY(view.layerTitle(0).contains("conv2d 3x3x16"));
        QVERIFY(view.layerTitle(2).contains("13×13"));
        QCOMPARE(view.layers()[2].shape, (Shape{16, 13, 13}));
        QVERIFY(view.predictionText().contains("true class: class 0"));
        view.setImageIndex(3);
        QCOMPARE(view.imageIndex(), 3);
        QVERIFY(view.predictionText().contains("true class: class 3"));
        // The maps follow the image: the first conv map of image 3 differs from image 0's.
        Sequential copy = cnn.network;
        std::vector<std::uint32_t> three = {3};
        const auto expected = featureMaps(copy, cnn.input, images.features(three));
        QCOMPARE(view.layers()[0].maps[5](4, 6), expected[0].maps[5](4, 6));

        const Model softmax = presetModel(ModelPreset::Softmax, {1, 28, 28}, 10);
        view.setNetwork(softmax.network, softmax.input);
        QVERIFY(view.isEmpty());
        QVERIFY(view.emptyText().contains("no layer whose output is an image"));
        view.clear();
        QCOMPARE(view.layerRowCount(), 0);
    }

    void curvesFitTheirEpochLabelsAndLegendToTheWidth()
    {
        TrainingCurves curves;
        std::vector<EpochMetrics> history;
        for (int e = 1; e <= 2000; ++e)
            history.push_back({e, 1.0 / e, 0.5, std::nullopt, std::nullopt, std::nullopt, 0.01});
        curves.setHistory(history);
        curves.show(); // resize events reach a shown widget
        QVERIFY(QTest::qWaitForWindowExposed(&curves));
        // 330 px is the plot's width in the French layout at 1280 px, where "600 1200 1800" ran together.
        for (const int width : {330, 500, 900}) {
            curves.resize(width, 400);
            curves.replot();
            for (QCPAxisRect* rect : {curves.lossRect(), curves.accuracyRect()}) {
                QCPAxis* epochs = rect->axis(QCPAxis::atBottom);
                const QFontMetrics metrics(epochs->tickLabelFont());
                const QVector<QString> labels = epochs->tickVectorLabels();
                int shown = 0, written = 0;
                for (int i = 0; i < labels.size(); ++i)
                    if (epochs->range().contains(epochs->tickVector()[i])) {
                        ++shown;
                        const int labelWidth = metrics.horizontalAdvance(labels[i]);
                        written += labelWidth + metrics.horizontalAdvance(QStringLiteral("0"));
                        // Inside the widget: a label that would cross its edge is not drawn.
                        QVERIFY(epochs->coordToPixel(epochs->tickVector()[i]) + labelWidth / 2.0 <= width);
                    }
                QVERIFY2(written <= rect->width(),
                         qPrintable(QStringLiteral("%1 px: labels %2 px in %3 px").arg(width).arg(written).arg(rect->width())));
                QVERIFY2(shown >= (width >= 900 ? 3 : 2), qPrintable(QStringLiteral("%1 px: %2 labels").arg(width).arg(shown)));
            }
            // The legend's two columns fit, or it lists its series in one.
            const int legendWidth = curves.legend->minimumOuterSizeHint().width(); // its items unclipped
            QVERIFY2(legendWidth <= width, qPrintable(QStringLiteral("%1 px: legend %2 px").arg(width).arg(legendWidth)));
            if (width != 500) // at 500 px, either (it depends on the font)
                QCOMPARE(curves.legend->wrap(), width == 900 ? 2 : 1);
        }
    }

    // Realistic renders for a visual check (not run by ctest unless asked).
    void renderViews()
    {
        if (qEnvironmentVariableIsEmpty("NEURONE_VIEWS_PNG"))
            QSKIP("set NEURONE_VIEWS_PNG=1 to render /tmp/views-*.png");
        const auto loaded = loadFashionMnist({fashionMnistSystemFolder});
        if (!std::holds_alternative<DataSplits>(loaded))
            QSKIP("Fashion-MNIST is not installed");
        const DataSplits& fashion = std::get<DataSplits>(loaded);
        const Dataset train = fashion.train.subset(firstIndices(6000));
        const Dataset test = *fashion.test;

        // A toy network trained on two spirals.
        const Dataset spirals = twoSpirals({300, 0.1f, 3});
        Model toy = presetModel(ModelPreset::Toy, Shape::flat(2), 2);
        const PresetRecipe toyRecipe = presetRecipe(ModelPreset::Toy, 2);
        TrainingSettings toySettings;
        toySettings.optimizer = toyRecipe.optimizer;
        toySettings.batchSize = toyRecipe.batchSize;
        toySettings.epochs = 150;
        Trainer toyTrainer(toy.network, spirals, toySettings);
        toyTrainer.run();
        DecisionRegionPlot plot;
        plot.setViewStyle(ViewStyle{});
        plot.setPoints(spirals);
        Sequential toyNet = toyTrainer.network();
        plot.setRegions(decisionRegions(toyNet, plot.bounds(), 60, 60));
        save(plot, "decisionregions");
        plot.setViewStyle(ViewStyle{true, true}); // dark, projector
        save(plot, "decisionregions-dark");

        for (const ModelPreset preset : {ModelPreset::Softmax, ModelPreset::Cnn}) {
            Model model = presetModel(preset, {1, 28, 28}, 10);
            const PresetRecipe recipe = presetRecipe(preset, 10);
            TrainingSettings settings;
            settings.optimizer = recipe.optimizer;
            settings.batchSize = recipe.batchSize;
            settings.epochs = preset == ModelPreset::Cnn ? 1 : 3;
            Trainer trainer(model.network, train, settings);
            trainer.run();
            const Evaluation evaluation = trainer.evaluate(test);
            qInfo("%s: test accuracy %.3f", preset == ModelPreset::Cnn ? "cnn" : "softmax", evaluation.accuracy);
            const QString suffix = preset == ModelPreset::Cnn ? "-cnn" : "-softmax";

            WeightImagesView weights;
            weights.setViewStyle(ViewStyle{});
            weights.setNetwork(trainer.network(), {1, 28, 28}, fashionMnistClassNames());
            save(weights, "weights" + suffix);
            if (preset == ModelPreset::Softmax) {
                ConfusionMatrixView confusion;
                confusion.setViewStyle(ViewStyle{});
                confusion.setConfusion(evaluation.confusion, fashionMnistClassNames());
                save(confusion, "confusion");
                confusion.setNormalised(true);
                save(confusion, "confusion-normalised");
                confusion.setViewStyle(ViewStyle{true, true});
                save(confusion, "confusion-dark");
                PredictionGridView grid;
                grid.setViewStyle(ViewStyle{});
                grid.setPredictions(test, evaluation.predicted);
                save(grid, "predictions");
                grid.setViewStyle(ViewStyle{true, true});
                save(grid, "predictions-dark");
            } else {
                FeatureMapsView maps;
                maps.setViewStyle(ViewStyle{});
                maps.setNetwork(trainer.network(), {1, 28, 28});
                maps.setImages(test);
                save(maps, "featuremaps");
                maps.setViewStyle(ViewStyle{true, true});
                save(maps, "featuremaps-dark");
            }
        }
    }
};

QTEST_MAIN(TrainingViewsTest)
#include "test_trainingviews.moc"
