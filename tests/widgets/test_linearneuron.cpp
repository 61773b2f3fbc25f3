// The linear neuron page (seed 000, NeuroneLineaire.py): the course's run on screen, the four
// learning-rate presets, playback revealing the table, and a refused learning rate.
#include "common/PlaybackControls.h"
#include "perceptron/LinearNeuronView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QTest>

class TestLinearNeuronView : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheCourseRun()
    {
        LinearNeuronView view;
        QCOMPARE(view.settings().learningRate, 0.1);
        QCOMPARE(view.settings().target, 0.75);
        QCOMPARE(view.trace().stepCount(), 12);
        QVERIFY(view.outcomeText().contains("0.705332"));
        QCOMPARE(view.currentTable()->rowCount(), 1);
        QCOMPARE(view.pathPointsShown(), 1);
        QVERIFY(view.errorText().isEmpty());
        const QAbstractItemModel* table = view.currentTable();
        QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), QString("wₖ"));
        QCOMPARE(table->data(table->index(0, 1)).toString(), QString("0.1"));
        QCOMPARE(table->data(table->index(0, 2)).toString(), QString("0.4225"));
        QCOMPARE(table->data(table->index(0, 3)).toString(), QString("-1.3"));
    }
    void playbackRevealsTheSteps()
    {
        LinearNeuronView view;
        view.playback()->step();
        view.playback()->step();
        const QAbstractItemModel* table = view.currentTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(view.pathPointsShown(), 3);
        QCOMPARE(table->data(table->index(1, 1)).toString(), QString("0.23"));
        QCOMPARE(table->data(table->index(2, 1)).toString(), QString("0.334"));
        QVERIFY(view.explainText().contains("Next step, k = 3"));
        QVERIFY(view.explainText().contains("2·(0.334·1 − 0.75)·1 = -0.832"));
        QCOMPARE(view.applyState("steps", "all"), QString());
        QCOMPARE(table->rowCount(), 13);
        QCOMPARE(table->data(table->index(12, 1)).toString(), QString("0.705332"));
        view.playback()->reset();
        QCOMPARE(table->rowCount(), 1);
    }
    void presetsBehaveAsNamed()
    {
        LinearNeuronView view;
        QCOMPARE(view.applyState("preset", "slow"), QString());
        QCOMPARE(view.trace().stepCount(), 12);
        QCOMPARE(view.applyState("preset", "good"), QString());
        QCOMPARE(view.trace().stepCount(), 1);
        QVERIFY(std::abs(view.trace().last().point[0] - 0.75) < 1e-12);
        QCOMPARE(view.applyState("preset", "oscillating"), QString());
        QCOMPARE(view.trace().outcome, neurone::DescentOutcome::Converged);
        for (int k = 1; k <= view.trace().stepCount(); ++k)
            QVERIFY((view.trace().steps[std::size_t(k)].point[0] - 0.75)
                        * (view.trace().steps[std::size_t(k - 1)].point[0] - 0.75) < 0);
        QVERIFY(view.outcomeText().contains("overshooting"));
        QCOMPARE(view.applyState("preset", "divergent"), QString());
        QCOMPARE(view.trace().outcome, neurone::DescentOutcome::Diverged);
        QVERIFY(view.outcomeText().startsWith("Diverged"));
        QCOMPARE(view.applyState("steps", "all"), QString());
        const QAbstractItemModel* table = view.currentTable();
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c) {
                const QString cell = table->data(table->index(r, c)).toString();
                QVERIFY2(!cell.contains("nan") && !cell.contains("inf"), qPrintable(cell));
            }
        QVERIFY(!view.applyState("preset", "fast").isEmpty());
    }
    void nonPositiveLearningRateIsRefused()
    {
        LinearNeuronView view;
        view.playback()->step();
        QCOMPARE(view.applyState("lr", "0"), QString());
        QVERIFY(view.errorText().contains("learning rate"));
        QCOMPARE(view.settings().learningRate, 0.1);
        QCOMPARE(view.trace().stepCount(), 12);
        QCOMPARE(view.playback()->position(), 1);
        QCOMPARE(view.findChildren<QDoubleSpinBox*>().at(3)->value(), 0.1); // control restored
        QCOMPARE(view.applyState("lr", "-1"), QString());
        QVERIFY(!view.errorText().isEmpty());
        QCOMPARE(view.applyState("lr", "0.5"), QString());
        QVERIFY(view.errorText().isEmpty());
        QCOMPARE(view.trace().stepCount(), 1);
        QVERIFY(!view.applyState("lr", "fast").isEmpty());
        QVERIFY(!view.applyState("gamma", "1").isEmpty());
    }
    void ownValuesRecompute()
    {
        LinearNeuronView view;
        QCOMPARE(view.applyState("x", "2"), QString());
        QCOMPARE(view.applyState("lr", "0.125"), QString());
        QCOMPARE(view.trace().stepCount(), 1);
        QVERIFY(std::abs(view.trace().last().point[0] - 0.375) < 1e-12);
        QCOMPARE(view.applyState("w0", "3"), QString());
        QCOMPARE(view.trace().steps.front().point[0], 3.0);
    }
    void rendersInEveryStyle()
    {
        const QString directory = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR");
        const QList<std::pair<QString, ViewStyle>> looks = {
            {"light", ViewStyle{}}, {"dark", ViewStyle{true, false}}, {"projector", ViewStyle{false, true}}};
        for (const auto& [name, style] : looks) {
            QApplication::setPalette(style.palette());
            QApplication::setFont(style.font());
            LinearNeuronView page;
            page.setViewStyle(style);
            page.resize(1300, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QCOMPARE(page.applyState("preset", name == "dark" ? "oscillating" : name == "projector" ? "divergent" : "slow"),
                     QString());
            QCOMPARE(page.applyState("steps", name == "projector" ? "all" : "5"), QString());
            QCoreApplication::processEvents();
            const QImage image = page.grab().toImage();
            QCOMPARE(image.size(), QSize(1300, 800));
            if (!directory.isEmpty())
                QVERIFY(image.save(directory + "/linearneuron_" + name + ".png"));
        }
        QApplication::setPalette(ViewStyle{}.palette());
        QApplication::setFont(ViewStyle{}.font());
    }
};

QTEST_MAIN(TestLinearNeuronView)
#include "test_linearneuron.moc"
