// The surface page: optimisers raced on a contour map (seed 000, seed 004 "Optimiseur").
// Every number the page shows must be the engine's; inputs that cannot be used keep the
// previous state; dragging on the map moves the start point.
#include "common/PlaybackControls.h"
#include "descent/Descent.h"
#include "descent/DescentPresets.h"
#include "descent/SurfaceDescentView.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStandardItemModel>
#include <QtTest>
#include <qcustomplot.h>

using neurone::OptimizerKind;

namespace {

int rowOf(const QAbstractItemModel* table, const QString& optimizer)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->index(row, 0).data(Qt::UserRole).toString() == optimizer)
            return row;
    return -1;
}

double cell(const QAbstractItemModel* table, int row, int column)
{
    return table->index(row, column).data().toDouble();
}

int curveCount(QCustomPlot* plot)
{
    int count = 0;
    for (int i = 0; i < plot->plottableCount(); ++i)
        count += qobject_cast<QCPCurve*>(plot->plottable(i)) != nullptr;
    return count;
}

// The legend is a grid that wraps: count its filled cells.
int legendEntries(const QCustomPlot* plot)
{
    int count = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        count += plot->legend->item(i) != nullptr;
    return count;
}

QList<QPointF> curvePoints(const QCPCurve* curve)
{
    QList<QPointF> points;
    for (const QCPCurveData& p : *curve->data())
        points << QPointF(p.key, p.value);
    return points;
}

neurone::DescentTrace engineTrace(const neurone::DescentPreset& preset, OptimizerKind kind)
{
    const auto formula = std::get<neurone::Formula>(neurone::Formula::parse(preset.formula, {"x", "y"}));
    Eigen::VectorXd start(2);
    start << preset.startX, preset.startY;
    neurone::StoppingRule rule;
    rule.maxSteps = preset.maxSteps;
    rule.minGradient = preset.epsilon;
    return neurone::descend(neurone::objectiveOf(formula), start,
                            {.kind = kind, .learningRate = preset.learningRate, .momentum = preset.momentum},
                            rule);
}

} // namespace

class TestSurfaceDescent : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheIllConditionedRace()
    {
        SurfaceDescentView page;
        QCOMPARE(page.formulaText(), QString("x^2+10*y^2"));
        QCOMPARE(curveCount(page.currentPlot()), 3); // GD, momentum, Adam
        QVERIFY(page.curve(OptimizerKind::GradientDescent));
        QVERIFY(page.curve(OptimizerKind::Momentum));
        QVERIFY(page.curve(OptimizerKind::Adam));
        QCOMPARE(page.currentTable()->rowCount(), 3);
        // The whole race is shown at first open.
        QCOMPARE(page.playback()->position(), page.playback()->length());
        QVERIFY(page.playback()->length() > 0);
    }

    void gradientDescentRowIsTheEnginesDescent()
    {
        SurfaceDescentView page;
        QCOMPARE(page.applyState("preset", "rosenbrock"), QString());
        QCOMPARE(page.applyState("preset", "ill-conditioned"), QString());
        const neurone::DescentPreset& preset = *neurone::findPreset(neurone::surfacePresets(), "ill-conditioned");
        const neurone::DescentTrace expected = engineTrace(preset, OptimizerKind::GradientDescent);
        QCOMPARE(expected.outcome, neurone::DescentOutcome::Converged);

        const QAbstractItemModel* table = page.currentTable();
        const int row = rowOf(table, "gd");
        QVERIFY(row >= 0);
        QCOMPARE(table->index(row, 1).data().toInt(), expected.stepCount());
        QCOMPARE(cell(table, row, 2), expected.last().point[0]);
        QCOMPARE(cell(table, row, 3), expected.last().point[1]);
        // ‖∇f‖∞ ≤ ε on x² + 10y² puts the end within ε of the minimum (0, 0).
        QVERIFY(std::abs(cell(table, row, 2)) <= preset.epsilon);
        QVERIFY(std::abs(cell(table, row, 3)) <= preset.epsilon);
        QCOMPARE(page.curve(OptimizerKind::GradientDescent)->dataCount(), int(expected.steps.size()));

        const neurone::DescentTrace momentum = engineTrace(preset, OptimizerKind::Momentum);
        QCOMPARE(table->index(rowOf(table, "momentum"), 1).data().toInt(), momentum.stepCount());
    }

    void checkBoxAddsAndRemovesACurve()
    {
        SurfaceDescentView page;
        auto* nesterov = page.findChild<QCheckBox*>("optimizer-nesterov");
        QVERIFY(nesterov && !nesterov->isChecked());
        nesterov->setChecked(true);
        QCOMPARE(curveCount(page.currentPlot()), 4);
        QVERIFY(page.curve(OptimizerKind::Nesterov)->dataCount() > 1);
        QVERIFY(rowOf(page.currentTable(), "nesterov") >= 0);
        page.findChild<QCheckBox*>("optimizer-gd")->setChecked(false);
        QCOMPARE(curveCount(page.currentPlot()), 3);
        QVERIFY(!page.curve(OptimizerKind::GradientDescent));
        QCOMPARE(rowOf(page.currentTable(), "gd"), -1);
        QCOMPARE(page.applyState("optimizers", "gd,momentum,nesterov,adagrad,rmsprop,adam"), QString());
        QCOMPARE(curveCount(page.currentPlot()), 6);
        QCOMPARE(legendEntries(page.currentPlot()), 7); // six paths and the start point
    }

    void invalidFormulaKeepsThePreviousState()
    {
        SurfaceDescentView page;
        const QList<QPointF> before = curvePoints(page.curve(OptimizerKind::GradientDescent));
        auto* edit = page.findChild<QLineEdit*>("formulaEdit");
        edit->setText("x^2+*y");
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(page.formulaText(), QString("x^2+10*y^2"));
        QCOMPARE(curvePoints(page.curve(OptimizerKind::GradientDescent)), before);
        QVERIFY2(page.errorText().contains("Cannot read this formula"), qPrintable(page.errorText()));
        QVERIFY(page.errorText().contains("Correct it"));
        QCOMPARE(page.findChild<QLabel*>("errorLabel")->text(), page.errorText());

        // Not a number at the start point (−4.5, 1.5): refused as well.
        QVERIFY(!page.applyState("formula", "sqrt(x)+y^2").isEmpty());
        QVERIFY2(page.errorText().contains("not a number at the start point"), qPrintable(page.errorText()));
        QVERIFY(page.errorText().contains("change the formula, or first drag the start point elsewhere"));
        QCOMPARE(page.formulaText(), QString("x^2+10*y^2"));
        QCOMPARE(curvePoints(page.curve(OptimizerKind::GradientDescent)), before);

        // A good formula is taken and clears the message.
        QCOMPARE(page.applyState("formula", "(x-1)^2+(y+0.5)^2"), QString());
        QCOMPARE(page.formulaText(), QString("(x-1)^2+(y+0.5)^2"));
        QVERIFY(page.errorText().isEmpty());
        QVERIFY(curvePoints(page.curve(OptimizerKind::GradientDescent)) != before);
    }

    void draggingOnTheMapMovesTheStart()
    {
        SurfaceDescentView page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCustomPlot* plot = page.currentPlot();
        plot->replot();
        const auto pixelOf = [plot](double x, double y) {
            return QPoint(int(std::lround(plot->xAxis->coordToPixel(x))),
                          int(std::lround(plot->yAxis->coordToPixel(y))));
        };
        const double xPixel = plot->xAxis->range().size() / plot->axisRect()->width();
        const double yPixel = plot->yAxis->range().size() / plot->axisRect()->height();

        QTest::mousePress(plot, Qt::LeftButton, {}, pixelOf(2.0, -1.0));
        QVERIFY(std::abs(page.startPoint().x() - 2.0) <= xPixel);
        QVERIFY(std::abs(page.startPoint().y() + 1.0) <= yPixel);
        QTest::mouseMove(plot, pixelOf(-1.0, 2.0));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, pixelOf(-1.0, 2.0));
        QVERIFY(std::abs(page.startPoint().x() + 1.0) <= xPixel);
        QVERIFY(std::abs(page.startPoint().y() - 2.0) <= yPixel);
        // Every path now starts there.
        const neurone::DescentTrace* gd = page.trace(OptimizerKind::GradientDescent);
        QCOMPARE(gd->steps.front().point[0], page.startPoint().x());
        QCOMPARE(gd->steps.front().point[1], page.startPoint().y());
        const QCPCurveData first = *page.curve(OptimizerKind::Adam)->data()->constBegin();
        QCOMPARE(first.key, page.startPoint().x());
        QCOMPARE(first.value, page.startPoint().y());

        // Moving after the release does not drag.
        QTest::mouseMove(plot, pixelOf(0.0, 0.0));
        QVERIFY(std::abs(page.startPoint().x() + 1.0) <= xPixel);
    }

    void learningRateSliderIsLogarithmic()
    {
        SurfaceDescentView page;
        auto* slider = page.findChild<QSlider*>("learningRateSlider");
        QCOMPARE(slider->minimum(), 0);
        QCOMPARE(slider->maximum(), 400);
        slider->setValue(0);
        QVERIFY(qFuzzyCompare(page.learningRate(), 1e-4));
        slider->setValue(400);
        QVERIFY(qFuzzyCompare(page.learningRate(), 1.0));
        slider->setValue(200);
        QVERIFY(qFuzzyCompare(page.learningRate(), 1e-2));
        slider->setValue(250);
        QVERIFY(qFuzzyCompare(page.learningRate(), std::pow(10.0, -1.5)));
        // The first GD step is x₁ = x₀ − t∇f(x₀) with that t.
        const neurone::DescentTrace* gd = page.trace(OptimizerKind::GradientDescent);
        const Eigen::VectorXd step = gd->steps[0].point - gd->steps[1].point;
        QVERIFY((step - page.learningRate() * gd->steps[0].gradient).norm() < 1e-12);

        // A preset's own rate is kept exactly, and the slider shows where it lies.
        QCOMPARE(page.applyState("preset", "ill-conditioned"), QString());
        QCOMPARE(page.learningRate(), 0.07);
        QCOMPARE(slider->value(), SurfaceDescentView::learningRateScale.positionOf(0.07));

        auto* gamma = page.findChild<QSlider*>("momentumSlider");
        gamma->setValue(80);
        QCOMPARE(page.momentum(), 0.8);
    }

    void playbackRevealsTheRace()
    {
        SurfaceDescentView page;
        QCOMPARE(page.applyState("steps", "3"), QString());
        for (const OptimizerKind kind : {OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Adam})
            QCOMPARE(page.curve(kind)->dataCount(), 4); // x₀ … x₃
        page.playback()->step();
        QCOMPARE(page.curve(OptimizerKind::Adam)->dataCount(), 5);
        page.playback()->reset();
        QCOMPARE(page.curve(OptimizerKind::Adam)->dataCount(), 1);
        QCOMPARE(page.applyState("steps", "all"), QString());
        const neurone::DescentTrace* gd = page.trace(OptimizerKind::GradientDescent);
        QCOMPARE(page.curve(OptimizerKind::GradientDescent)->dataCount(), int(gd->steps.size()));
        int longest = 0;
        for (const OptimizerKind kind : {OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Adam})
            longest = std::max(longest, page.trace(kind)->stepCount());
        QCOMPARE(page.playback()->length(), longest);
    }

    void divergenceIsNamedAndNeverNaN()
    {
        SurfaceDescentView page;
        // t = 1 on x² + 10y²: the y coordinate is multiplied by 1 − 20t = −19 at each step.
        QCOMPARE(page.applyState("lr", "1"), QString());
        const neurone::DescentTrace* gd = page.trace(OptimizerKind::GradientDescent);
        QCOMPARE(gd->outcome, neurone::DescentOutcome::Diverged);
        QCPCurve* curve = page.curve(OptimizerKind::GradientDescent);
        QVERIFY(curve->name().contains("diverged"));
        QVERIFY(curve->name().contains(QString::number(gd->stepCount())));
        for (const QCPCurveData& p : *curve->data())
            QVERIFY(std::isfinite(p.key) && std::isfinite(p.value));
        const QAbstractItemModel* table = page.currentTable();
        QCOMPARE(table->index(rowOf(table, "gd"), 5).data().toString(), QString("diverged"));
        // The results under the map say what to do.
        const QString results = page.findChild<QLabel*>("resultsLabel")->text();
        QVERIFY2(results.contains(QString("diverged after %1 steps: lower the learning rate t").arg(gd->stepCount())),
                 qPrintable(results));
    }

    void badStatesAreRefused()
    {
        SurfaceDescentView page;
        QVERIFY(!page.applyState("preset", "nope").isEmpty());
        QVERIFY(!page.applyState("optimizers", "gd,sgdx").isEmpty());
        QVERIFY(!page.applyState("start", "1").isEmpty());
        QVERIFY(!page.applyState("gamma", "1.5").isEmpty());
        QVERIFY(!page.applyState("lr", "-1").isEmpty());
        QVERIFY(!page.applyState("colour", "red").isEmpty());
        QCOMPARE(page.applyState("start", "1,-1"), QString());
        QCOMPARE(page.startPoint(), Eigen::Vector2d(1, -1));
        QCOMPARE(page.applyState("gamma", "0.9"), QString());
        QCOMPARE(page.momentum(), 0.9);
    }

    // Renders the page in the three looks; NEURONE_SCREENSHOT_DIR keeps the PNGs to look at.
    void rendersInEveryStyle()
    {
        const QString directory = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR");
        const QList<std::pair<QString, ViewStyle>> looks = {
            {"light", ViewStyle{}}, {"dark", ViewStyle{true, false}}, {"projector", ViewStyle{false, true}}};
        for (const auto& [name, style] : looks) {
            SurfaceDescentView page;
            page.setViewStyle(style);
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.applyState("optimizers", "gd,momentum,nesterov,adam");
            QCoreApplication::processEvents();
            const QImage image = page.grab().toImage();
            QCOMPARE(image.size(), QSize(1200, 800));
            if (!directory.isEmpty())
                QVERIFY(image.save(directory + "/surface_" + name + ".png"));
        }
        for (const QString preset : {"rosenbrock", "two-minima"}) {
            SurfaceDescentView page;
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QCOMPARE(page.applyState("preset", preset), QString());
            QCOMPARE(page.applyState("optimizers", "gd,momentum,nesterov,adagrad,rmsprop,adam"), QString());
            QCoreApplication::processEvents();
            const QImage image = page.grab().toImage();
            QVERIFY(!image.isNull());
            if (!directory.isEmpty())
                QVERIFY(image.save(directory + "/surface_" + preset + ".png"));
        }
    }
};

QTEST_MAIN(TestSurfaceDescent)
#include "test_surfacedescent.moc"
