// The perceptron step page: the course's OR table on screen (seed 004), stepping by observation
// and by epoch, XOR's message, the decision line, the data editor and CSV import refusing bad
// input while keeping the previous state.
#include "perceptron/PerceptronDataModel.h"
#include "perceptron/PerceptronPlot.h"
#include "perceptron/PerceptronStepView.h"
#include "perceptron/PerceptronTableModel.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QMimeData>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The golden rows: w1 w2 b | x1 x2 d | Y f(Y) | w1 w2 b (after).
const QStringList golden = {
    "1 -1 0 0 0 0 0 1 1 -1 -1",  "1 -1 -1 0 1 1 -2 0 1 0 0", "1 0 0 1 0 1 1 1 1 0 0",
    "1 0 0 1 1 1 1 1 1 0 0",     "1 0 0 0 0 0 0 1 1 0 -1",   "1 0 -1 0 1 1 -1 0 1 1 0",
    "1 1 0 1 0 1 1 1 1 1 0",     "1 1 0 1 1 1 2 1 1 1 0",    "1 1 0 0 0 0 0 1 1 1 -1",
    "1 1 -1 0 1 1 0 1 1 1 -1",   "1 1 -1 1 0 1 0 1 1 1 -1",  "1 1 -1 1 1 1 1 1 1 1 -1",
    "1 1 -1 0 0 0 -1 0 1 1 -1",  "1 1 -1 0 1 1 0 1 1 1 -1",  "1 1 -1 1 0 1 0 1 1 1 -1",
    "1 1 -1 1 1 1 1 1 1 1 -1",
};

// Row `row` of the step table from column 2 (w1) on, as "w1 w2 b x1 x2 d Y fY w1 w2 b".
QString rowText(const PerceptronTableModel* table, int row)
{
    QStringList cells;
    for (int c = 2; c < table->columnCount(); ++c)
        cells << table->data(table->index(row, c), Qt::DisplayRole).toString();
    return cells.join(' ');
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

class TestPerceptronStep : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheCourseExample()
    {
        PerceptronStepView view;
        const PerceptronTableModel* table = view.stepTable();
        QCOMPARE(view.trainer().data().id, std::string("or"));
        QCOMPARE(view.trainer().settings().learningRate, 1.0);
        QCOMPARE(table->rowCount(), 1); // row 0: the initial weights
        QCOMPARE(table->data(table->index(0, table->afterColumn(0)), Qt::DisplayRole).toString(), QString("1"));
        QCOMPARE(table->data(table->index(0, table->afterColumn(1)), Qt::DisplayRole).toString(), QString("-1"));
        QCOMPARE(table->data(table->index(0, table->afterColumn(2)), Qt::DisplayRole).toString(), QString("0"));
        const QStringList headers = [&] {
            QStringList h;
            for (int c = 0; c < table->columnCount(); ++c)
                h << table->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            return h;
        }();
        QCOMPARE(headers, (QStringList{"epoch", "it", "w1", "w2", "b", "x1", "x2", "d", "Y", "f(Y)", "w1′", "w2′", "b′"}));
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(view.explainText().contains("row 9"));
    }
    void steppingShowsTheGoldenTable()
    {
        PerceptronStepView view;
        const PerceptronTableModel* table = view.stepTable();
        for (int i = 0; i < 16; ++i) {
            view.stepObservation();
            QCOMPARE(table->rowCount(), i + 2);
        }
        for (int i = 0; i < 16; ++i) {
            QCOMPARE(rowText(table, i + 1), golden[i]);
            QCOMPARE(table->data(table->index(i + 1, 1), Qt::DisplayRole).toInt(), i + 1); // it
            QCOMPARE(table->data(table->index(i + 1, 0), Qt::DisplayRole).toInt(), i / 4 + 1); // epoch
        }
        // rows 1, 2, 5, 6, 9 corrected; epochs start on rows 1, 5, 9, 13
        for (int row = 1; row <= 16; ++row) {
            const bool corrected = QList<int>{1, 2, 5, 6, 9}.contains(row);
            QCOMPARE(table->data(table->index(row, 3), PerceptronTableModel::CorrectedRole).toBool(), corrected);
            QCOMPARE(table->data(table->index(row, 3), Qt::BackgroundRole).isValid(), corrected || (row - 1) / 4 % 2 == 1);
            QCOMPARE(table->data(table->index(row, 0), PerceptronTableModel::EpochStartRole).toBool(), row % 4 == 1);
        }
        QVERIFY(view.trainer().converged());
        QVERIFY(view.outcomeText().contains("epoch 4"));
        // row 9's f(Y): Y = 0, so 1 — the tooltip says why the course prints 0
        QVERIFY(table->data(table->index(9, table->outputColumn()), Qt::ToolTipRole).toString().contains("row 9"));
    }
    void stepEpochAdvancesFourRows()
    {
        PerceptronStepView view;
        view.stepEpoch();
        QCOMPARE(view.stepTable()->presented(), 4);
        QCOMPARE(view.trainer().epochsCompleted(), 1);
        view.stepObservation();
        view.stepEpoch(); // finishes epoch 2
        QCOMPARE(view.stepTable()->presented(), 8);
        view.stepEpoch();
        QCOMPARE(view.stepTable()->presented(), 12);
        QCOMPARE(rowText(view.stepTable(), 12), golden[11]);
    }
    void runConvergesAndResetGoesBack()
    {
        PerceptronStepView view;
        view.runToConvergence();
        QCOMPARE(view.stepTable()->presented(), 16);
        QVERIFY(view.outcomeText().startsWith("Converged after epoch 4"));
        QVERIFY(view.outcomeText().contains("w = (1, 1), b = -1"));
        QCOMPARE(view.plot()->misclassifiedShown(), 0);
        view.reset();
        QCOMPARE(view.stepTable()->rowCount(), 1);
        QCOMPARE(view.trainer().state().bias, 0.0);
        QCOMPARE(view.plot()->misclassifiedShown(), 2);
        QCOMPARE(view.applyState("steps", "6"), QString());
        QCOMPARE(view.stepTable()->presented(), 6);
        QCOMPARE(view.applyState("steps", "all"), QString());
        QCOMPARE(view.stepTable()->presented(), 16);
    }
    void xorSaysNoLineSeparatesIt()
    {
        PerceptronStepView view;
        QCOMPARE(view.applyState("data", "xor"), QString());
        QVERIFY(view.outcomeText().contains("No straight line separates XOR"));
        view.runToConvergence();
        QCOMPARE(view.stepTable()->presented(), 80);
        QVERIFY(!view.trainer().converged());
        QVERIFY(view.outcomeText().startsWith("No convergence after 20 epochs."));
        QVERIFY(view.outcomeText().contains("No straight line separates XOR: the perceptron cannot converge. "
                                            "A hidden layer is needed"));
        QVERIFY(view.plot()->misclassifiedShown() > 0);
        QCOMPARE(view.applyState("epochs", "5"), QString());
        view.runToConvergence();
        QCOMPARE(view.stepTable()->presented(), 20);
        QVERIFY(view.outcomeText().startsWith("No convergence after 5 epochs."));
    }
    void andAndNandConverge()
    {
        PerceptronStepView view;
        QCOMPARE(view.applyState("weights", "0,0"), QString());
        QCOMPARE(view.applyState("data", "and"), QString());
        view.runToConvergence();
        QVERIFY(view.outcomeText().contains("w = (2, 1), b = -3"));
        QCOMPARE(view.applyState("data", "nand"), QString());
        view.runToConvergence();
        QVERIFY(view.outcomeText().contains("w = (-2, -1), b = 2"));
    }
    void decisionLineLiesOnTheLine()
    {
        PerceptronStepView view;
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int step = 0; step <= 16; ++step) {
            const neurone::PerceptronState& s = view.trainer().state();
            const auto ends = view.plot()->decisionLineEnds();
            if (s.weights.isZero()) {
                QVERIFY(!ends);
            } else {
                QVERIFY2(ends, qPrintable(QString("no line at step %1").arg(step)));
                for (const QPointF& p : {ends->first, ends->second})
                    QVERIFY(std::abs(s.weights[0] * p.x() + s.weights[1] * p.y() + s.bias) < 1e-9);
                QVERIFY(QLineF(ends->first, ends->second).length() > 0.5);
            }
            view.stepObservation();
        }
        // the line follows a zoom
        view.plot()->xAxis->setRange(-5, 5);
        view.plot()->yAxis->setRange(-5, 5);
        const auto ends = view.plot()->decisionLineEnds();
        QVERIFY(ends && std::abs(ends->first.x() - ends->second.x()) > 8); // from (-4, 5) to (5, -4)
    }
    void nonPositiveEtaIsRefusedAndStateKept()
    {
        PerceptronStepView view;
        view.stepEpoch();
        QCOMPARE(view.applyState("eta", "0"), QString());
        QVERIFY(view.errorText().contains("greater than 0"));
        QCOMPARE(view.trainer().settings().learningRate, 1.0);
        QCOMPARE(view.stepTable()->presented(), 4); // the run goes on
        QCOMPARE(view.findChild<QDoubleSpinBox*>()->value(), 1.0);
        QCOMPARE(view.applyState("eta", "-2"), QString());
        QVERIFY(!view.errorText().isEmpty());
        QCOMPARE(view.applyState("eta", "0.5"), QString());
        QVERIFY(view.errorText().isEmpty());
        QCOMPARE(view.trainer().settings().learningRate, 0.5);
        QVERIFY(!view.applyState("eta", "fast").isEmpty());
    }
    void wrongWeightCountIsRefused()
    {
        PerceptronStepView view;
        QCOMPARE(view.applyState("weights", "1,2,3"), QString());
        QVERIFY(view.errorText().contains("one initial weight per feature"));
        QCOMPARE(view.trainer().settings().initial.weights, Eigen::VectorXd(Eigen::Vector2d(1, -1)));
        auto* weights = view.findChild<QLineEdit*>();
        QCOMPARE(weights->text(), QString("1, -1"));
        // the same weights typed again keep the run; new ones restart it
        view.stepObservation();
        weights->setText("1,-1");
        emit weights->editingFinished();
        QCOMPARE(view.trainer().position(), 1);
        QCOMPARE(weights->text(), QString("1, -1"));
        weights->setText("0.5 0.5");
        emit weights->editingFinished();
        QCOMPARE(view.trainer().position(), 0);
        QCOMPARE(view.trainer().settings().initial.weights, Eigen::VectorXd(Eigen::Vector2d(0.5, 0.5)));
        weights->setText("1, x");
        emit weights->editingFinished();
        QVERIFY(view.errorText().contains("numbers separated by commas"));
        QCOMPARE(weights->text(), QString("0.5, 0.5"));
        QVERIFY(!view.applyState("weights", "a,b").isEmpty());
        QVERIFY(!view.applyState("colour", "red").isEmpty());
    }
    void invalidCellIsFlaggedWithoutCrashing()
    {
        PerceptronStepView view;
        view.stepEpoch();
        PerceptronDataModel* data = view.dataTable();
        QVERIFY(data->setData(data->index(2, 1), "abc", Qt::EditRole));
        QVERIFY2(view.errorText().contains("Row 3, x2"), qPrintable(view.errorText()));
        QCOMPARE(data->invalidCell(), data->index(2, 1));
        QVERIFY(data->data(data->index(2, 1), Qt::BackgroundRole).isValid());
        QCOMPARE(view.trainer().data().id, std::string("or")); // previous data kept
        QCOMPARE(view.stepTable()->presented(), 4);
        view.stepObservation(); // still works
        // every class the same: flagged too
        QVERIFY(data->setData(data->index(2, 1), "0", Qt::EditRole));
        QVERIFY(view.errorText().isEmpty());
        QCOMPARE(view.trainer().data().id, std::string()); // the user's data now
        for (int r = 0; r < data->rowCount(); ++r)
            data->setData(data->index(r, 2), "1", Qt::EditRole);
        QVERIFY(view.errorText().contains("two classes"));
        data->setData(data->index(0, 2), "0", Qt::EditRole);
        QVERIFY(view.errorText().isEmpty());
        // removing every row, then adding features and rows
        data->removeObservations({0, 1, 2, 3});
        QVERIFY(view.errorText().contains("no observation"));
        data->addObservation();
        data->addObservation();
        data->setData(data->index(1, 2), "1", Qt::EditRole);
        QVERIFY(view.errorText().isEmpty());
        data->addFeature();
        QCOMPARE(view.trainer().data().featureCount(), 3);
        QCOMPARE(view.trainer().settings().initial.weights.size(), 3);
        QCOMPARE(view.stepTable()->columnCount(), 7 + 3 * 3);
        QVERIFY(!view.plot()->showsPlane());
        view.runToConvergence();
        QVERIFY(view.trainer().finished());
        data->removeFeature();
        data->removeFeature();
        QCOMPARE(view.trainer().data().featureCount(), 1);
        data->removeFeature(); // one stays
        QCOMPARE(data->featureCount(), 1);
    }
    void csvImportAndItsErrors()
    {
        QTemporaryDir dir;
        PerceptronStepView view;
        QVERIFY(view.loadCsv(writeFile(dir, "iris.csv", "petal_length;petal_width;species\n1,4;0,2;setosa\n"
                                                        "4,7;1,4;versicolor\n1,3;0,2;setosa\n4,5;1,5;versicolor\n")));
        QCOMPARE(view.trainer().data().size(), 4);
        QCOMPARE(view.trainer().settings().initial.weights.size(), 2);
        view.runToConvergence();
        QVERIFY(view.trainer().converged());
        const int rows = view.stepTable()->presented();
        QVERIFY(!view.loadCsv(writeFile(dir, "ragged.csv", "x1,x2,d\n0,0,0\n0,1\n")));
        QVERIFY2(view.errorText().contains("line 3"), qPrintable(view.errorText()));
        QVERIFY(view.errorText().contains("ragged.csv"));
        QVERIFY2(view.errorText().contains("Correct the file or choose another; the previous data is kept."),
                 qPrintable(view.errorText()));
        QCOMPARE(view.trainer().data().size(), 4); // the iris rows are kept
        QCOMPARE(view.stepTable()->presented(), rows);
        QVERIFY(!view.loadCsv(writeFile(dir, "word.csv", "0,0,0\n1,x,1\n")));
        QVERIFY(view.errorText().contains("line 2, column 2"));
        QVERIFY(!view.loadCsv(writeFile(dir, "one.csv", "0,0,1\n1,1,1\n")));
        QVERIFY(view.errorText().contains("lines 1 to 2"));
        QVERIFY(!view.loadCsv(dir.filePath("missing.csv")));
        QVERIFY(view.errorText().contains("Cannot open"));
        QVERIFY2(view.errorText().contains("Choose another file; the previous data is kept."), qPrintable(view.errorText()));
        QCOMPARE(view.trainer().data().size(), 4);
        QFile huge(dir.filePath("huge.csv"));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(17 << 20)); // sparse: 17 MB of nothing
        huge.close();
        QVERIFY(!view.loadCsv(huge.fileName()));
        QVERIFY2(view.errorText().contains("huge.csv is larger than 16 MB"), qPrintable(view.errorText()));
        QVERIFY(view.errorText().contains("Choose a smaller CSV file"));
        QCOMPARE(view.trainer().data().size(), 4);
        QCOMPARE(view.stepTable()->presented(), rows);
    }
    void droppingACsvFileLoadsIt()
    {
        QTemporaryDir dir;
        PerceptronStepView view;
        const QString path = writeFile(dir, "and.csv", "a,b,y\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &drop);
        QCOMPARE(view.trainer().data().featureNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(view.trainer().data().desired, (std::vector<int>{0, 0, 0, 1}));
        view.runToConvergence();
        QVERIFY(view.trainer().converged());
    }
    void largeDataStaysResponsive()
    {
        // 10,000 observations × 20 epochs: the largest table the page accepts.
        QByteArray csv = "x1,x2,d\n";
        for (int i = 0; i < 10000; ++i)
            csv += QByteArray::number(i % 100) + "," + QByteArray::number(i / 100) + "," + (i % 7 < 3 ? "1" : "0") + "\n";
        QTemporaryDir dir;
        PerceptronStepView view;
        QCOMPARE(view.applyState("epochs", "50"), QString());
        QVERIFY(view.loadCsv(writeFile(dir, "big.csv", csv)));
        QCOMPARE(view.trainer().settings().maxEpochs, 20); // lowered to fit 200,000 rows
        QElapsedTimer timer;
        timer.start();
        view.runToConvergence();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(view.stepTable()->presented(), 200000);
        QVERIFY(view.outcomeText().startsWith("No convergence after 20 epochs"));
        QCOMPARE(view.applyState("epochs", "21"), QString()); // more rows than the page keeps
        QVERIFY(view.errorText().contains("200000"));
        QCOMPARE(view.trainer().settings().maxEpochs, 20);
    }
    // Renders the page in the three looks; NEURONE_SCREENSHOT_DIR keeps the PNGs to look at.
    void rendersInEveryStyle()
    {
        const QString directory = qEnvironmentVariable("NEURONE_SCREENSHOT_DIR");
        const QList<std::pair<QString, ViewStyle>> looks = {
            {"light", ViewStyle{}}, {"dark", ViewStyle{true, false}}, {"projector", ViewStyle{false, true}}};
        for (const auto& [name, style] : looks) {
            QApplication::setPalette(style.palette());
            QApplication::setFont(style.font());
            PerceptronStepView page;
            page.setViewStyle(style);
            page.resize(1300, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QCOMPARE(page.applyState("steps", name == "dark" ? "9" : "all"), QString());
            QCoreApplication::processEvents();
            const QImage image = page.grab().toImage();
            QCOMPARE(image.size(), QSize(1300, 800));
            if (!directory.isEmpty())
                QVERIFY(image.save(directory + "/perceptron_" + name + ".png"));
        }
        QApplication::setPalette(ViewStyle{}.palette());
        QApplication::setFont(ViewStyle{}.font());
        PerceptronStepView page;
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.applyState("data", "xor"), QString());
        QCOMPARE(page.applyState("steps", "all"), QString());
        page.dataTable()->setData(page.dataTable()->index(1, 0), "?", Qt::EditRole);
        QCoreApplication::processEvents();
        const QImage image = page.grab().toImage();
        if (!directory.isEmpty())
            QVERIFY(image.save(directory + "/perceptron_xor.png"));
        // three features: no plane, a note instead; η = 0.1 for fractional weights
        page.dataTable()->setData(page.dataTable()->index(1, 0), "0", Qt::EditRole);
        page.dataTable()->addFeature();
        QCOMPARE(page.applyState("eta", "0.1"), QString());
        QCOMPARE(page.applyState("steps", "7"), QString());
        QCoreApplication::processEvents();
        const QImage three = page.grab().toImage();
        QCOMPARE(three.size(), QSize(1300, 800));
        if (!directory.isEmpty())
            QVERIFY(three.save(directory + "/perceptron_3features.png"));
    }
};

QTEST_MAIN(TestPerceptronStep)
#include "test_perceptronstep.moc"
