// The batch page: stochastic, mini-batch and full-batch descent on a noisy line (seed 000,
// seed 004 "Variantes de descente de gradient"). Update counts follow the course's
// epoch / batch size / iteration; the paths are the engine's; playback reveals epochs.
#include "common/PlaybackControls.h"
#include "descent/BatchDescentView.h"
#include "descent/BatchRegression.h"

#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

#include <numeric>
#include <qcustomplot.h>

namespace {

constexpr int updatesColumn = 2;

int updates(const BatchDescentView& page, BatchDescentView::Variant variant)
{
    return page.currentTable()->index(int(variant), updatesColumn).data().toInt();
}

double cell(const BatchDescentView& page, BatchDescentView::Variant variant, int column)
{
    return page.currentTable()->index(int(variant), column).data().toDouble();
}

} // namespace

class TestBatchDescent : public QObject {
    Q_OBJECT
private slots:
    void opensWithThreeDescents()
    {
        BatchDescentView page;
        QCOMPARE(page.currentTable()->rowCount(), 3);
        QCOMPARE(page.dataPlot()->graph(0)->dataCount(), page.pointCount());
        QCOMPARE(page.playback()->length(), page.epochs());
        QCOMPARE(page.playback()->position(), page.epochs());
        for (const auto variant : BatchDescentView::variants) {
            QVERIFY(page.curve(variant)->dataCount() > 1);
            QCOMPARE(page.curve(variant)->dataCount(), int(page.path(variant).size()));
        }
    }

    void updateCountsFollowTheBatchSize()
    {
        BatchDescentView page;
        const int n = page.pointCount();
        QCOMPARE(page.applyState("epochs", "7"), QString());
        QCOMPARE(updates(page, BatchDescentView::Stochastic), n * 7);
        QCOMPARE(updates(page, BatchDescentView::FullBatch), 7);
        QCOMPARE(page.applyState("batch", "1"), QString());
        QCOMPARE(updates(page, BatchDescentView::MiniBatch), n * 7);
        QCOMPARE(page.applyState("batch", QString::number(n)), QString());
        QCOMPARE(updates(page, BatchDescentView::MiniBatch), 7);
        // 100 points in batches of 30: K = 4 iterations per epoch (the last batch has 10).
        QCOMPARE(page.applyState("points", "100"), QString());
        QCOMPARE(page.applyState("batch", "30"), QString());
        QCOMPARE(page.updatesPerEpoch(BatchDescentView::MiniBatch), 4);
        QCOMPARE(updates(page, BatchDescentView::MiniBatch), 28);
        QVERIFY(!page.applyState("batch", "101").isEmpty()); // more than N
    }

    void pathsAreTheEngines()
    {
        BatchDescentView page;
        QCOMPARE(page.applyState("seed", "123"), QString());
        QCOMPARE(page.applyState("lr", "0.05"), QString());
        QCOMPARE(page.applyState("batch", "5"), QString());
        const neurone::RegressionData data = neurone::makeNoisyLine(page.pointCount(), 2.0, 0.5, page.noise(), 123);
        QCOMPARE(page.data().x, data.x);
        QCOMPARE(page.data().y, data.y);
        for (const auto variant : BatchDescentView::variants) {
            const auto expected = neurone::batchDescentPath(data, page.start(), 0.05, page.batchSize(variant),
                                                            page.epochs(), 123);
            QCOMPARE(page.path(variant).size(), expected.size());
            QCOMPARE(page.path(variant).back(), expected.back());
            QCOMPARE(cell(page, variant, 3), expected.back()[0]);
            QCOMPARE(cell(page, variant, 4), expected.back()[1]);
            QCOMPARE(cell(page, variant, 5), neurone::regressionLoss(data, expected.back()[0], expected.back()[1]));
        }
        // After 20 epochs at η = 0.05 the stochastic fit is near the true line y = 2x + 0.5.
        QVERIFY(std::abs(cell(page, BatchDescentView::Stochastic, 3) - 2.0) < 0.4);
        QVERIFY(std::abs(cell(page, BatchDescentView::Stochastic, 4) - 0.5) < 0.3);
    }

    void playbackRevealsEpochs()
    {
        BatchDescentView page;
        const int n = page.pointCount();
        const int k = page.updatesPerEpoch(BatchDescentView::MiniBatch);
        QCOMPARE(page.applyState("steps", "3"), QString());
        QCOMPARE(page.curve(BatchDescentView::Stochastic)->dataCount(), 1 + 3 * n);
        QCOMPARE(page.curve(BatchDescentView::MiniBatch)->dataCount(), 1 + 3 * k);
        QCOMPARE(page.curve(BatchDescentView::FullBatch)->dataCount(), 4);
        page.playback()->step();
        QCOMPARE(page.curve(BatchDescentView::FullBatch)->dataCount(), 5);
        QCOMPARE(page.curve(BatchDescentView::Stochastic)->dataCount(), 1 + 4 * n);
        page.playback()->reset();
        for (const auto variant : BatchDescentView::variants)
            QCOMPARE(page.curve(variant)->dataCount(), 1);
        // The fitted line of the data plot is the revealed (a, b): at 0 epochs, the start.
        const QCPGraph* line = page.dataPlot()->graph(1 + int(BatchDescentView::FullBatch));
        const Eigen::Vector2d start = page.start();
        QCOMPARE(line->data()->at(1)->value, start[0] + start[1]); // ŷ(1) = a + b
        QCOMPARE(page.applyState("steps", "all"), QString());
        QCOMPARE(page.curve(BatchDescentView::Stochastic)->dataCount(), 1 + page.epochs() * n);
    }

    void seedAndNoiseMakeNewData()
    {
        BatchDescentView page;
        const Eigen::VectorXd before = page.data().y;
        auto* seed = page.findChild<QSpinBox*>("seedSpin");
        QVERIFY(seed);
        seed->setValue(seed->value() + 1);
        QVERIFY(page.data().y != before);
        QCOMPARE(page.applyState("noise", "0"), QString());
        // Without noise every point lies on y = 2x + 0.5.
        const Eigen::VectorXd residual = page.data().y - (2.0 * page.data().x.array() + 0.5).matrix();
        QVERIFY(residual.cwiseAbs().maxCoeff() < 1e-12);
        QCOMPARE(page.applyState("points", "40"), QString());
        QCOMPARE(page.dataPlot()->graph(0)->dataCount(), 40);
        QCOMPARE(page.batchSize(BatchDescentView::FullBatch), 40);
        QCOMPARE(updates(page, BatchDescentView::Stochastic), 40 * page.epochs());
    }

    void learningRateSliderIsLogarithmic()
    {
        BatchDescentView page;
        auto* slider = page.findChild<QSlider*>("learningRateSlider");
        QCOMPARE(slider->maximum(), 300);
        slider->setValue(0);
        QVERIFY(qFuzzyCompare(page.learningRate(), 1e-3));
        slider->setValue(100);
        QVERIFY(qFuzzyCompare(page.learningRate(), 1e-2));
        slider->setValue(300);
        QVERIFY(qFuzzyCompare(page.learningRate(), 1.0));
        // The first full-batch update is (a, b) − η ∇E at the start.
        const auto& path = page.path(BatchDescentView::FullBatch);
        std::vector<int> all(std::size_t(page.pointCount()));
        std::iota(all.begin(), all.end(), 0);
        const Eigen::Vector2d expected = page.start() - 1.0 * neurone::regressionGradient(page.data(), page.start(), all);
        QVERIFY((path[1] - expected).norm() < 1e-12);
    }

    void divergenceIsCutAndNamed()
    {
        BatchDescentView page;
        QCOMPARE(page.applyState("lr", "5"), QString());
        const auto& path = page.path(BatchDescentView::Stochastic);
        QVERIFY(int(path.size()) - 1 < page.pointCount() * page.epochs());
        for (const QCPCurveData& p : *page.curve(BatchDescentView::Stochastic)->data())
            QVERIFY(std::isfinite(p.key) && std::isfinite(p.value));
        QVERIFY(page.curve(BatchDescentView::Stochastic)->name().contains("diverged"));
        const QString results = page.findChild<QLabel*>("resultsLabel")->text();
        QVERIFY2(results.contains("(diverged: η is too large; lower the learning rate)"), qPrintable(results));
    }

    void badStatesAreRefused()
    {
        BatchDescentView page;
        QVERIFY(!page.applyState("batch", "0").isEmpty());
        QVERIFY(!page.applyState("epochs", "x").isEmpty());
        QVERIFY(!page.applyState("lr", "0").isEmpty());
        QVERIFY(!page.applyState("steps", "-2").isEmpty());
        QVERIFY(!page.applyState("colour", "red").isEmpty());
    }

    // Renders the page in the three looks; NEURONE_SCREENSHOT_DIR keeps the PNGs to look at.
    void rendersInEveryStyle()
    {
        const QString directory = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR");
        const QList<std::pair<QString, ViewStyle>> looks = {
            {"light", ViewStyle{}}, {"dark", ViewStyle{true, false}}, {"projector", ViewStyle{false, true}}};
        for (const auto& [name, style] : looks) {
            BatchDescentView page;
            page.setViewStyle(style);
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QCoreApplication::processEvents();
            const QImage image = page.grab().toImage();
            QCOMPARE(image.size(), QSize(1200, 800));
            if (!directory.isEmpty())
                QVERIFY(image.save(directory + "/batch_" + name + ".png"));
        }
    }
};

QTEST_MAIN(TestBatchDescent)
#include "test_batchdescent.moc"
