// The backpropagation inspector page, driven offscreen: the course's golden values in the
// table, editing weights in place, stepping and training, architecture limits, and the graph
// painted at 1300×800 in light, dark and projector styles (PNGs in $NEURONE_SCREENSHOT_DIR).
#include "common/PlaybackControls.h"
#include "perceptron/BackpropArchitectureBox.h"
#include "perceptron/BackpropInspectorView.h"
#include "perceptron/BackpropTrainingPlot.h"
#include "perceptron/BackpropValueModel.h"
#include "perceptron/NetworkGraph.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include <cmath>

namespace {

double tableValue(const BackpropInspectorView& view, const QString& name)
{
    const BackpropValueModel* model = view.valueModel();
    const int row = model->rowOf(name);
    if (row < 0)
        return std::nan("");
    return model->data(model->index(row, 1), BackpropValueModel::RawValueRole).toDouble();
}

bool close(double value, double expected, double relative = 1.5e-6)
{
    return std::abs(value - expected) <= relative * std::abs(expected);
}

void grab(QWidget& widget, const QString& name)
{
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + "/backprop-" + name + ".png"));
}

} // namespace

class TestBackpropInspector : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheCourseActivity()
    {
        BackpropInspectorView view;
        QCOMPARE(view.playback()->position(), 0);
        QCOMPARE(view.network().architecture.sizes, std::vector<int>({3, 4, 1}));
        QCOMPARE(view.network().learningRate, 0.001);
        QVERIFY(view.statusText().contains("observation 3 of 4"));
        QVERIFY(view.currentPlot() != nullptr);
        QVERIFY(view.currentTable() != nullptr);
        QVERIFY(close(tableValue(view, "w34"), 0.088));
        view.playback()->step();
        QCOMPARE(view.graph()->data().phase, GraphPhase::Forward);
        QVERIFY(close(tableValue(view, "f(Z)"), 0.513445));
        QVERIFY(close(tableValue(view, "E"), 0.666612));
        QCOMPARE(view.valueModel()->rowOf("dE/dpsi1"), -1); // backward not shown yet
    }

    void backwardShowsTheGoldenValues()
    {
        BackpropInspectorView view;
        QCOMPARE(view.applyState("phase", "backward"), QString());
        QCOMPARE(view.graph()->data().phase, GraphPhase::Backward);
        QVERIFY(close(tableValue(view, "f(Z)"), 0.513445));
        QVERIFY(close(tableValue(view, "E"), 0.666612));
        QVERIFY(close(tableValue(view, "dE/dpsi1"), -0.411716));
        QVERIFY(close(tableValue(view, "∂E/∂ψ1"), -0.411716)); // as displayed
        QVERIFY(close(tableValue(view, "dE/db5"), -0.486555));
        QVERIFY(close(tableValue(view, "dE/dw34"), 0.00665191));
        QVERIFY(close(tableValue(view, "dE/db4"), 0.000665191));
        QCOMPARE(view.valueModel()->rowOf("w34'"), -1);
        QCOMPARE(view.applyState("phase", "update"), QString());
        QVERIFY(close(tableValue(view, "psi1'"), 0.0904117, 1e-6));
        QVERIFY(close(view.network().weights[1](0, 0), 0.0904117, 1e-6));
    }

    void editingAWeightChangesTheOutput()
    {
        BackpropInspectorView view;
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.applyState("phase", "forward");
        const double before = tableValue(view, "f(Z)");
        NetworkGraph* graph = view.graph();
        graph->editWeight(2, 0, 0); // ψ1
        QVERIFY(graph->editor()->isVisible());
        graph->editor()->setText("1.5");
        QTest::keyClick(graph->editor(), Qt::Key_Return);
        QVERIFY(!graph->editor()->isVisible());
        QCOMPARE(view.network().weights[1](0, 0), 1.5f);
        QCOMPARE(view.graph()->data().phase, GraphPhase::Forward); // the phase is kept
        const double after = tableValue(view, "f(Z)");
        QVERIFY(after > before + 0.1);
        // A bias, through a click on the neuron's circle.
        const QPointF centre = graph->geometry().centres[1][3];
        QTest::mouseClick(graph, Qt::LeftButton, {}, centre.toPoint());
        QVERIFY(graph->editor()->isVisible());
        graph->editor()->setText("-2,5"); // a French decimal comma
        QTest::keyClick(graph->editor(), Qt::Key_Return);
        QCOMPARE(view.network().biases[0](0, 3), -2.5f);
        // Escape cancels.
        graph->editWeight(1, 2, 3);
        graph->editor()->setText("9");
        QTest::keyClick(graph->editor(), Qt::Key_Escape);
        QCOMPARE(view.network().weights[0](2, 3), 0.088f);
        // Not a number: the editor stays open, nothing changes.
        graph->editWeight(1, 2, 3);
        graph->editor()->setText("abc");
        QTest::keyClick(graph->editor(), Qt::Key_Return);
        QVERIFY(graph->editor()->isVisible());
        QCOMPARE(view.network().weights[0](2, 3), 0.088f);
        QTest::keyClick(graph->editor(), Qt::Key_Escape);
        QVERIFY(!graph->editor()->isVisible());
        // In the update phase the edit applies to the updated weights, then stepping restarts.
        view.applyState("phase", "update");
        graph->editWeight(1, 2, 3);
        graph->editor()->setText("0.5");
        QTest::keyClick(graph->editor(), Qt::Key_Return);
        QCOMPARE(view.network().weights[0](2, 3), 0.5f);
        QCOMPARE(view.playback()->position(), 0);
        QVERIFY(view.statusText().contains("observation 4 of 4"));
    }

    void steppingAnEpochAndTraining()
    {
        BackpropInspectorView view;
        QCOMPARE(view.applyState("preset", "xor"), QString());
        QCOMPARE(view.network().momentum, 0.5);
        QVERIFY(!view.network().architecture.useBias);
        for (int i = 0; i < 12; ++i)
            view.playback()->step();
        QCOMPARE(view.epochs(), 1);
        view.playback()->step(); // into the next epoch
        QCOMPARE(view.playback()->position(), 13);
        QVERIFY(view.statusText().contains("observation 1 of 4"));
        view.playback()->reset();
        QCOMPARE(view.epochs(), 0);

        QCOMPARE(view.applyState("epochs", "300"), QString());
        QCOMPARE(view.epochs(), 300);
        QCOMPARE(view.trainingPlot()->outputCurveCount(), 4);
        const QCPGraph* first = view.trainingPlot()->graph(1);
        QCOMPARE(first->data()->size(), 301);
        const double last = (first->data()->constEnd() - 1)->value;
        QVERIFY2(std::abs(last - 0.3256) < 0.02, qPrintable(QString::number(last)));
        QCOMPARE(view.applyState("phase", "forward"), QString());
        QVERIFY(std::abs(tableValue(view, "f(Z)") - 0.3256) < 0.02);
        QCOMPARE(view.applyState("lr", "0.25"), QString());
        QCOMPARE(view.network().learningRate, 0.25);
        QCOMPARE(view.graph()->data().phase, GraphPhase::Forward);
    }

    void architectureStaysWithinLimits()
    {
        BackpropInspectorView view;
        BackpropArchitectureBox* box = view.architectureBox();
        box->inputs()->setValue(9);
        box->hiddenLayers()->setValue(5);
        box->neurons(0)->setValue(7);
        box->neurons(1)->setValue(7);
        box->outputs()->setValue(8);
        const auto& sizes = view.network().architecture.sizes;
        QCOMPARE(sizes, std::vector<int>({4, 4, 4, 3}));
        box->activation(2)->setCurrentIndex(box->activation(2)->findData(int(neurone::ActivationKind::Softmax)));
        box->loss()->setCurrentIndex(box->loss()->findData(int(neurone::LossKind::CategoricalCrossEntropy)));
        QCOMPARE(view.graph()->data().edges.size(), std::size_t(4 * 4 + 4 * 4 + 4 * 3));
        view.applyState("phase", "backward");
        QVERIFY(!std::isnan(tableValue(view, "dE/dw1_34")));
        QVERIFY(!std::isnan(tableValue(view, "dE/dz3_1")));
        QVERIFY(std::isnan(tableValue(view, "dE/da3_1"))); // softmax + CE fused
        box->hiddenLayers()->setValue(0);
        QCOMPARE(view.network().architecture.sizes, std::vector<int>({4, 3}));
        // The seed is visible and decides the weights.
        const neurone::Batch w = view.network().weights[0];
        box->seedBox()->setValue(box->seedBox()->value() + 1);
        QVERIFY(view.network().weights[0] != w);
    }

    void statesAndErrors()
    {
        BackpropInspectorView view;
        QVERIFY(!view.applyState("preset", "nonsense").isEmpty());
        QVERIFY(!view.applyState("phase", "sideways").isEmpty());
        QVERIFY(!view.applyState("epochs", "many").isEmpty());
        QVERIFY(!view.applyState("lr", "-1").isEmpty());
        QVERIFY(!view.applyState("colour", "red").isEmpty());
        QCOMPARE(view.applyState("observation", "1"), QString());
        QVERIFY(view.statusText().contains("observation 1 of 4"));
        QVERIFY(view.explainText().contains("w = w − η ∂E/∂w"));
        // A learning rate far too large makes ReLU weights blow up: said plainly.
        BackpropArchitectureBox* box = view.architectureBox();
        box->activation(0)->setCurrentIndex(box->activation(0)->findData(int(neurone::ActivationKind::Linear)));
        box->activation(2)->setCurrentIndex(box->activation(2)->findData(int(neurone::ActivationKind::Linear)));
        box->loss()->setCurrentIndex(box->loss()->findData(int(neurone::LossKind::MSE)));
        view.applyState("lr", "10");
        view.applyState("epochs", "200");
        QVERIFY2(view.errorText().contains("diverged"), qPrintable(view.errorText()));
    }

    void paintsInEveryStyle_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("projector");
        QTest::addColumn<QString>("preset");
        QTest::newRow("light") << false << false << "course-bce";
        QTest::newRow("dark") << true << false << "course-bce";
        QTest::newRow("projector") << false << true << "course-bce";
        QTest::newRow("xor-dark-projector") << true << true << "xor";
    }
    void paintsInEveryStyle()
    {
        QFETCH(bool, dark);
        QFETCH(bool, projector);
        QFETCH(QString, preset);
        BackpropInspectorView view;
        view.resize(1300, 800);
        view.setViewStyle({dark, projector});
        view.applyState("preset", preset);
        if (preset == "xor")
            view.applyState("epochs", "300");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QString phase : {"forward", "backward", "update"}) {
            QCOMPARE(view.applyState("phase", phase), QString());
            QApplication::processEvents();
            const NetworkGraphGeometry& g = view.graph()->geometry();
            const QRectF area = QRectF(view.graph()->rect());
            for (std::size_t a = 0; a < g.labelRects.size(); ++a) {
                QVERIFY2(area.contains(g.labelRects[a]), qPrintable(QString("label %1 outside").arg(a)));
                for (std::size_t b = a + 1; b < g.labelRects.size(); ++b)
                    QVERIFY2(!g.labelRects[a].intersects(g.labelRects[b]),
                             qPrintable(QString("labels %1 and %2 overlap in %3").arg(a).arg(b).arg(phase)));
            }
            grab(view, QString("%1-%2").arg(QTest::currentDataTag(), phase));
        }
    }

    void deepNetworkPaintsInProjectorMode()
    {
        BackpropInspectorView view;
        view.resize(1300, 800);
        view.setViewStyle({false, true});
        BackpropArchitectureBox* box = view.architectureBox();
        box->inputs()->setValue(4);
        box->hiddenLayers()->setValue(2);
        box->neurons(0)->setValue(4);
        box->neurons(1)->setValue(4);
        box->outputs()->setValue(3);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.applyState("phase", "backward");
        QApplication::processEvents();
        const NetworkGraphGeometry& g = view.graph()->geometry();
        QVERIFY(g.radius >= 8);
        grab(view, "deep-projector-backward");
    }
};

QTEST_MAIN(TestBackpropInspector)
#include "test_backpropinspector.moc"
