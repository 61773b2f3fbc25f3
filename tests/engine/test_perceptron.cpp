// The perceptron's delta rule on the course's OR table (seed 004, "Exemple introductif"), the
// other logic tables, and the data files a class brings: CSV errors name their line.
#include "perceptron/Perceptron.h"
#include "perceptron/PerceptronData.h"

#include <QTest>

using namespace neurone;

namespace {

PerceptronSettings courseSettings()
{
    PerceptronSettings s;
    s.learningRate = 1;
    s.initial.weights = Eigen::Vector2d(1, -1);
    s.initial.bias = 0;
    return s;
}

PerceptronDataset parsed(const std::string& csv)
{
    auto result = parsePerceptronCsv(csv);
    if (auto* error = std::get_if<DataError>(&result))
        qFatal("unexpected CSV error: %s", error->message.c_str());
    return std::get<PerceptronDataset>(result);
}

DataError parseError(const std::string& csv)
{
    auto result = parsePerceptronCsv(csv);
    if (!std::holds_alternative<DataError>(result))
        qFatal("CSV accepted but should not be:\n%s", csv.c_str());
    return std::get<DataError>(result);
}

// Each row: w1 w2 b | x1 x2 d | Y f(Y) | w1 w2 b (after), from the issue (the course's table
// with f(Y) = 1 on row 9, since Y = 0 there).
constexpr double golden[16][11] = {
    {1, -1, 0, 0, 0, 0, 0, 1, 1, -1, -1},   {1, -1, -1, 0, 1, 1, -2, 0, 1, 0, 0},
    {1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0},      {1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0},
    {1, 0, 0, 0, 0, 0, 0, 1, 1, 0, -1},     {1, 0, -1, 0, 1, 1, -1, 0, 1, 1, 0},
    {1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0},      {1, 1, 0, 1, 1, 1, 2, 1, 1, 1, 0},
    {1, 1, 0, 0, 0, 0, 0, 1, 1, 1, -1},     {1, 1, -1, 0, 1, 1, 0, 1, 1, 1, -1},
    {1, 1, -1, 1, 0, 1, 0, 1, 1, 1, -1},    {1, 1, -1, 1, 1, 1, 1, 1, 1, 1, -1},
    {1, 1, -1, 0, 0, 0, -1, 0, 1, 1, -1},   {1, 1, -1, 0, 1, 1, 0, 1, 1, 1, -1},
    {1, 1, -1, 1, 0, 1, 0, 1, 1, 1, -1},    {1, 1, -1, 1, 1, 1, 1, 1, 1, 1, -1},
};

} // namespace

class TestPerceptron : public QObject {
    Q_OBJECT
private slots:
    void courseOrTableRowByRow()
    {
        const PerceptronRun run = trainPerceptron(*findBuiltInDataset("or"), courseSettings());
        QCOMPARE(int(run.rows.size()), 16);
        for (int i = 0; i < 16; ++i) {
            const PerceptronRow& r = run.rows[std::size_t(i)];
            const double* g = golden[i];
            const double actual[11] = {r.before.weights[0], r.before.weights[1], r.before.bias, r.x[0], r.x[1],
                                       double(r.desired), r.sum, double(r.output), r.after.weights[0],
                                       r.after.weights[1], r.after.bias};
            for (int c = 0; c < 11; ++c)
                QVERIFY2(actual[c] == g[c], qPrintable(QString("row %1, column %2: %3 instead of %4")
                                                           .arg(i + 1).arg(c + 1).arg(actual[c]).arg(g[c])));
            QCOMPARE(r.iteration, i + 1);
            QCOMPARE(r.epoch, i / 4 + 1);
            QCOMPARE(r.observation, i % 4);
        }
        QVERIFY(run.converged);
        QCOMPARE(run.epochs, 4);
        QCOMPARE(run.final.weights, Eigen::VectorXd(Eigen::Vector2d(1, 1)));
        QCOMPARE(run.final.bias, -1.0);
        QCOMPARE(describeRun(run), std::string("converged after epoch 4: w=(1,1) b=-1"));
    }
    void trainerStepsEpochsAndResets()
    {
        PerceptronTrainer trainer(*findBuiltInDataset("or"), courseSettings());
        QCOMPARE(trainer.position(), 0);
        const auto first = trainer.step();
        QVERIFY(first && first->corrected());
        QCOMPARE(trainer.state().bias, -1.0);
        QCOMPARE(int(trainer.epoch().size()), 3); // finishes epoch 1
        QCOMPARE(trainer.position(), 4);
        QCOMPARE(int(trainer.epoch().size()), 4); // a whole epoch 2
        QCOMPARE(trainer.epochsCompleted(), 2);
        QVERIFY(!trainer.converged());
        QVERIFY(trainer.runToConvergence());
        QCOMPARE(trainer.convergedAfterEpoch(), 4);
        QCOMPARE(trainer.position(), 16);
        QVERIFY(!trainer.step()); // finished: the weights are stable
        QVERIFY(trainer.misclassified().empty());
        trainer.reset();
        QCOMPARE(trainer.position(), 0);
        QCOMPARE(trainer.state().weights, Eigen::VectorXd(Eigen::Vector2d(1, -1)));
        QCOMPARE(trainer.misclassified(), (std::vector<int>{0, 1})); // Y = 0 → 1 on (0,0); Y = −1 → 0 on (0,1)
    }
    void xorNeverConverges()
    {
        PerceptronSettings s = courseSettings();
        const PerceptronRun run = trainPerceptron(*findBuiltInDataset("xor"), s);
        QVERIFY(!run.converged);
        QCOMPARE(run.epochs, 20);
        QCOMPARE(int(run.rows.size()), 80);
        QCOMPARE(describeRun(run), std::string("no convergence after 20 epochs"));
        QCOMPARE(findBuiltInDataset("xor")->linearlySeparable, std::optional<bool>(false));
        s.maxEpochs = 500;
        const PerceptronRun longer = trainPerceptron(*findBuiltInDataset("xor"), s);
        QVERIFY(!longer.converged);
        QCOMPARE(longer.epochs, 500);
        // the last epoch still corrects something
        int corrections = 0;
        for (std::size_t i = longer.rows.size() - 4; i < longer.rows.size(); ++i)
            corrections += longer.rows[i].corrected();
        QVERIFY(corrections > 0);
    }
    void andAndNandConverge()
    {
        // AND from w = 0, b = 0, η = 1 (checked by hand):
        //  e1: (0,0,0) Y=0 f=1 → b=-1; (0,1,0) Y=-1 ok; (1,0,0) Y=-1 ok; (1,1,1) Y=-1 f=0 → w=(1,1) b=0
        //  e2: (0,0) Y=0 f=1 → b=-1; (0,1) Y=0 f=1 → w=(1,0) b=-2; (1,0) Y=-1 ok; (1,1) Y=-1 f=0 → w=(2,1) b=-1
        //  e3: (0,0) Y=-1 ok; (0,1) Y=0 f=1 → w=(2,0) b=-2; (1,0) Y=0 f=1 → w=(1,0) b=-3; (1,1) Y=-2 → w=(2,1) b=-2
        //  e4: (0,0) ok; (0,1) Y=-1 ok; (1,0) Y=0 f=1 → w=(1,1) b=-3; (1,1) Y=-1 → w=(2,2) b=-2
        //  e5: (0,0) ok; (0,1) Y=0 f=1 → w=(2,1) b=-3; (1,0) Y=-1 ok; (1,1) Y=0 ok
        //  e6: Y = -3, -2, -1, 0: no correction.
        PerceptronSettings s;
        s.initial.weights = Eigen::Vector2d(0, 0);
        const PerceptronRun andRun = trainPerceptron(*findBuiltInDataset("and"), s);
        QVERIFY(andRun.converged);
        QCOMPARE(andRun.epochs, 6);
        QCOMPARE(describeRun(andRun), std::string("converged after epoch 6: w=(2,1) b=-3"));
        // NAND from 0: e1 (0,0,1) Y=0 ok; (0,1,1) ok; (1,0,1) ok; (1,1,0) Y=0 f=1 → w=(-1,-1) b=-1
        //  e2: (0,0) Y=-1 f=0 → b=0; (0,1) Y=-1 → w=(-1,0) b=1; (1,0) Y=0 ok; (1,1) Y=0 → w=(-2,-1) b=0
        //  e3: (0,0) Y=0 ok; (0,1) Y=-1 → w=(-2,0) b=1; (1,0) Y=-1 → w=(-1,0) b=2; (1,1) Y=1 → w=(-2,-1) b=1
        //  e4: (0,0) ok; (0,1) Y=0 ok; (1,0) Y=-1 → w=(-1,-1) b=2; (1,1) Y=0 → w=(-2,-2) b=1
        //  e5: (0,0) ok; (0,1) Y=-1 → w=(-2,-1) b=2; (1,0) Y=0 ok; (1,1) Y=-1 ok
        //  e6: Y = 2, 1, 0, -1: no correction.
        const PerceptronRun nandRun = trainPerceptron(*findBuiltInDataset("nand"), s);
        QVERIFY(nandRun.converged);
        QCOMPARE(describeRun(nandRun), std::string("converged after epoch 6: w=(-2,-1) b=2"));
        for (const PerceptronRun* run : {&andRun, &nandRun})
            QVERIFY(PerceptronTrainer(run == &andRun ? *findBuiltInDataset("and") : *findBuiltInDataset("nand"),
                                      {1, run->final, 20})
                        .misclassified()
                        .empty());
    }
    void settingsAreChecked()
    {
        const PerceptronDataset& data = *findBuiltInDataset("or");
        PerceptronSettings s = courseSettings();
        QVERIFY(!settingsError(data, s));
        s.learningRate = 0;
        QVERIFY(settingsError(data, s)->find("greater than 0") != std::string::npos);
        s.learningRate = -1;
        QVERIFY(settingsError(data, s));
        s = courseSettings();
        s.initial.weights = Eigen::Vector3d(1, 2, 3);
        QVERIFY(settingsError(data, s)->find("expected 2") != std::string::npos);
        s = courseSettings();
        s.maxEpochs = 0;
        QVERIFY(settingsError(data, s));
    }
    void decisionLineLiesInTheBox()
    {
        PerceptronState state{Eigen::Vector2d(1, 1), -1};
        const Box box{-0.5, 1.5, -0.5, 1.5};
        const auto segment = decisionSegment(state, box);
        QVERIFY(segment);
        for (const Eigen::Vector2d& p : {segment->from, segment->to}) {
            QVERIFY(std::abs(p.x() + p.y() - 1) < 1e-12);
            QVERIFY(p.x() >= box.xMin && p.x() <= box.xMax && p.y() >= box.yMin && p.y() <= box.yMax);
        }
        QVERIFY((segment->from - segment->to).norm() > 2.5); // from (-0.5, 1.5) to (1.5, -0.5)
        // vertical line x1 = 0.5 (w2 = 0)
        const auto vertical = decisionSegment({Eigen::Vector2d(2, 0), -1}, box);
        QVERIFY(vertical);
        QCOMPARE(vertical->from.x(), 0.5);
        QCOMPARE(vertical->to.x(), 0.5);
        QVERIFY(!decisionSegment({Eigen::Vector2d(0, 0), -1}, box)); // no line at all
        QVERIFY(!decisionSegment({Eigen::Vector2d(1, 1), -10}, box)); // outside the box
        // The region where f(Y) = 1 is the triangle above x1 + x2 = 1.
        const auto region = positiveRegion(state, box);
        QCOMPARE(int(region.size()), 3);
        for (const Eigen::Vector2d& p : region)
            QVERIFY(p.x() + p.y() - 1 >= -1e-12);
        QCOMPARE(int(positiveRegion({Eigen::Vector2d(0, 0), 1}, box).size()), 4);
        QVERIFY(positiveRegion({Eigen::Vector2d(0, 0), -1}, box).empty());
    }
    void csvWithHeaderAndNumbers()
    {
        const PerceptronDataset data = parsed("x1,x2,d\n0,0,0\n\n0,1,1\r\n1,0,1\n1,1,1\n");
        QCOMPARE(data.size(), 4);
        QCOMPARE(data.featureCount(), 2);
        QCOMPARE(data.featureNames, (std::vector<std::string>{"x1", "x2"}));
        QCOMPARE(data.desired, (std::vector<int>{0, 1, 1, 1}));
        QCOMPARE(classMapping(data), std::string());
        const PerceptronRun run = trainPerceptron(data, courseSettings());
        QCOMPARE(describeRun(run), std::string("converged after epoch 4: w=(1,1) b=-1"));
        // no header: x1, x2, …
        const PerceptronDataset bare = parsed("0.5,1.5,2.5,1\n-1,2,3e2,0\n");
        QCOMPARE(bare.featureCount(), 3);
        QCOMPARE(bare.featureNames, (std::vector<std::string>{"x1", "x2", "x3"}));
        QCOMPARE(bare.inputs(1, 2), 300.0);
    }
    void namesAsClassesAreMapped()
    {
        const PerceptronDataset data =
            parsed("petal_length,petal_width,species\n1.4,0.2,setosa\n4.7,1.4,versicolor\n1.3,0.2,setosa\n");
        QCOMPARE(data.classNames, (std::vector<std::string>{"setosa", "versicolor"}));
        QCOMPARE(data.desired, (std::vector<int>{0, 1, 0}));
        QCOMPARE(data.featureNames, (std::vector<std::string>{"petal_length", "petal_width"}));
        QCOMPARE(classMapping(data), std::string("class 0 = setosa, class 1 = versicolor"));
        // Sorted, not first-seen: "Non" is class 0 even when "Oui" comes first (seed 004's activity).
        const PerceptronDataset ouiNon = parsed("n1,n2,n3,d\n2,0.8,1.2,Oui\n0.7,1.9,0.1,Non\n");
        QCOMPARE(ouiNon.desired, (std::vector<int>{1, 0}));
        // two numeric labels other than 0/1 are ordered as numbers
        const PerceptronDataset signs = parsed("1,2,1\n3,4,-1\n");
        QCOMPARE(signs.desired, (std::vector<int>{1, 0}));
    }
    void semicolonSeparatorAndDecimalComma()
    {
        const PerceptronDataset data = parsed("taille;poids;classe\n1,5;60;oui\n1,8;90;non\n");
        QCOMPARE(data.featureCount(), 2);
        QCOMPARE(data.inputs(0, 0), 1.5);
        QCOMPARE(data.inputs(1, 1), 90.0);
        QCOMPARE(data.desired, (std::vector<int>{1, 0}));
        const PerceptronDataset plain = parsed("0;0;0\n1;1;1\n");
        QCOMPARE(plain.size(), 2);
    }
    void raggedRowNamesItsLine()
    {
        const DataError e = parseError("x1,x2,d\n0,0,0\n\n0,1\n1,1,1\n");
        QCOMPARE(e.problem, DataProblem::Ragged);
        QCOMPARE(e.line, 4); // the empty line counts
        QCOMPARE(e.expected, 3);
        QCOMPARE(e.found, 2);
        QVERIFY2(e.message.find("line 4") == 0, e.message.c_str());
    }
    void nonNumericCellNamesItsLine()
    {
        const DataError e = parseError("x1,x2,d\n0,0,0\n0,abc,1\n");
        QCOMPARE(e.problem, DataProblem::NotANumber);
        QCOMPARE(e.line, 3);
        QCOMPARE(e.column, 2);
        QVERIFY2(e.message.find("line 3, column 2") == 0, e.message.c_str());
        QVERIFY(e.message.find("'abc'") != std::string::npos);
        QCOMPARE(parseError("0,0,0\n1,nan,1\n").line, 2);
        QCOMPARE(parseError("0,0,0\n1,1e300,1\n").problem, DataProblem::TooLarge);
    }
    void oneClassNamesTheLines()
    {
        const DataError e = parseError("x1,x2,d\n0,0,1\n0,1,1\n1,1,1\n");
        QCOMPARE(e.problem, DataProblem::OneClass);
        QCOMPARE(e.line, 2);
        QCOMPARE(e.lastLine, 4);
        QVERIFY2(e.message.find("lines 2-4") == 0, e.message.c_str());
        const DataError third = parseError("0,0,a\n0,1,b\n1,1,c\n");
        QCOMPARE(third.problem, DataProblem::ThirdClass);
        QCOMPARE(third.line, 3);
        QVERIFY(third.message.find("line 3") == 0);
    }
    void emptyAndDegenerateFiles()
    {
        QCOMPARE(parseError("").problem, DataProblem::NoObservations);
        QCOMPARE(parseError("\n\n  \n").problem, DataProblem::NoObservations);
        QCOMPARE(parseError("x1,x2,d\n").problem, DataProblem::NoObservations);
        QCOMPARE(parseError("0\n1\n").problem, DataProblem::NoFeatures);
        QCOMPARE(parseError("0,0,\n1,1,1\n").problem, DataProblem::EmptyClass);
        // a quoted name keeps its comma
        const PerceptronDataset quotedNames = parsed("1,2,\"yes, sure\"\n3,4,no\n");
        QCOMPARE(quotedNames.classNames[1], std::string("yes, sure"));
    }
    void numberLists()
    {
        QCOMPARE(parseNumberList("1,-1"), std::optional<std::vector<double>>({1, -1}));
        QCOMPARE(parseNumberList(" 1 ; -1 "), std::optional<std::vector<double>>({1, -1}));
        QCOMPARE(parseNumberList("0.5 2"), std::optional<std::vector<double>>({0.5, 2}));
        QVERIFY(!parseNumberList("1,x"));
        QCOMPARE(parseNumberList(""), std::optional<std::vector<double>>(std::vector<double>{}));
        QCOMPARE(parseNumber("-0").value(), 0.0);
        QVERIFY(!std::signbit(*parseNumber("-0")));
    }
};

QTEST_APPLESS_MAIN(TestPerceptron)
#include "test_perceptron.moc"
