// The 1-D descent page: the course's numbers on screen, presets, bad input keeping the state,
// playback and picking the start point on the curve.
#include "common/PlaybackControls.h"
#include "descent/CurveDescentView.h"
#include "descent/DescentColumn.h"
#include "descent/DescentTableModel.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>
#include <qcustomplot.h>

class TestCurveDescent : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheCourseExample()
    {
        CurveDescentView view;
        QCOMPARE(view.plainTrace().stepCount(), 12);
        QVERIFY(std::abs(view.plainTrace().last().point[0] - 0.705332) < 5e-7);
        QCOMPARE(view.momentumTrace().stepCount(), 5);
        QVERIFY(std::abs(view.momentumTrace().last().point[0] - 0.744553) < 5e-7);
        QVERIFY(view.plainColumn()->outcomeText().contains("0.705332"));
        QVERIFY(view.momentumColumn()->outcomeText().contains("0.744553"));
        QVERIFY(view.errorText().isEmpty());
    }
    void playbackRevealsTheTableRowByRow()
    {
        CurveDescentView view;
        DescentTableModel* table = view.plainColumn()->model();
        QCOMPARE(view.playback()->position(), 0);
        QCOMPARE(table->rowCount(), 1);
        view.playback()->step();
        view.playback()->step();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(view.plainColumn()->revealedPoints(), 3);
        QCOMPARE(table->data(table->index(1, 1), Qt::DisplayRole).toString(), QString("0.23"));
        QCOMPARE(table->data(table->index(2, 4), Qt::DisplayRole).toString(), QString("-0.104"));
        view.playback()->showAll();
        QCOMPARE(view.playback()->length(), 12);
        QCOMPARE(table->rowCount(), 13);
        QCOMPARE(view.momentumColumn()->model()->rowCount(), 6); // momentum stopped after 5
        view.playback()->reset();
        QCOMPARE(table->rowCount(), 1);
    }
    void runAnimatesToTheEnd()
    {
        CurveDescentView view;
        view.playback()->setSpeed(30);
        view.playback()->run();
        QTRY_COMPARE_WITH_TIMEOUT(view.playback()->position(), 12, 5000);
        QVERIFY(!view.playback()->isRunning());
    }
    void divergenceIsShownWithoutNaN()
    {
        CurveDescentView view;
        QCOMPARE(view.applyState("preset", "diverging"), QString());
        QCOMPARE(view.plainTrace().outcome, neurone::DescentOutcome::Diverged);
        QVERIFY(view.plainColumn()->outcomeText().startsWith("Diverged"));
        view.playback()->showAll();
        const DescentTableModel* table = view.plainColumn()->model();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c) {
                const QString cell = table->data(table->index(r, c), Qt::DisplayRole).toString();
                QVERIFY2(!cell.contains("nan") && !cell.contains("inf"), qPrintable(cell));
            }
    }
    void momentumEscapesTheLocalMinimum()
    {
        CurveDescentView view;
        QCOMPARE(view.applyState("preset", "local-minimum"), QString());
        QVERIFY(std::abs(view.plainTrace().last().point[0] - 1.13) < 0.01);
        QVERIFY(std::abs(view.momentumTrace().last().point[0] - -1.30) < 0.01);
    }
    void unparsableFormulaKeepsThePreviousState()
    {
        CurveDescentView view;
        const int steps = view.plainTrace().stepCount();
        QCOMPARE(view.applyState("function", "(x-0.75"), QString());
        QVERIFY2(view.errorText().contains("Cannot read f(x) = (x-0.75: Missing parenthesis."), qPrintable(view.errorText()));
        QVERIFY(view.errorText().contains("Correct the formula"));
        QVERIFY(view.errorText().contains("the previous function is kept"));
        QCOMPARE(view.formulaText(), QString("(x-0.75)^2"));
        QCOMPARE(view.plainTrace().stepCount(), steps);
        // a good formula afterwards clears the message
        QCOMPARE(view.applyState("function", "(x-2)^2"), QString());
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(std::abs(view.plainTrace().last().point[0] - 2.0) < 0.06);
    }
    void nanAtTheStartKeepsThePreviousState()
    {
        CurveDescentView view;
        QCOMPARE(view.applyState("function", "sqrt(x)"), QString());
        QCOMPARE(view.applyState("x0", "-1"), QString());
        QVERIFY(view.errorText().contains("not defined"));
        QVERIFY(view.errorText().contains("Pick another start point"));
        QCOMPARE(view.plainTrace().steps.front().point[0], 0.1);
    }
    void hugeLearningRateIsRefused()
    {
        CurveDescentView view;
        QCOMPARE(view.applyState("lr", "1000000"), QString());
        QVERIFY(view.errorText().contains("learning rate"));
        QVERIFY2(view.errorText().contains("was refused. Type a learning rate in that range"),
                 qPrintable(view.errorText()));
        QCOMPARE(view.plainTrace().stepCount(), 12);
        QCOMPARE(view.findChildren<QDoubleSpinBox*>().at(1)->value(), 0.1); // control restored
    }
    void clickingTheCurvePicksTheStart()
    {
        CurveDescentView view;
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot* plot = view.plainColumn()->plot();
        plot->replot();
        const QPoint at(int(plot->xAxis->coordToPixel(1.2)), int(plot->yAxis->coordToPixel(0.2)));
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        const double x0 = view.plainTrace().steps.front().point[0];
        const double pixel = std::abs(plot->xAxis->pixelToCoord(1) - plot->xAxis->pixelToCoord(0));
        QVERIFY2(std::abs(x0 - 1.2) <= pixel, qPrintable(QString::number(x0)));
        QCOMPARE(view.plainTrace().outcome, neurone::DescentOutcome::Converged);
    }
};

QTEST_MAIN(TestCurveDescent)
#include "test_curvedescent.moc"
