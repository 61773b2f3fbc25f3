// `neurone-cli descent`, run as a process: the course's golden values and the error contract.
#include "../CliRunner.h"

#include <QTest>

class TestCliDescent : public QObject {
    Q_OBJECT
private slots:
    void courseTableWithoutMomentum()
    {
        const CliResult r = runCli({"descent", "--function", "(x-0.75)^2", "--x0", "0.1", "--lr", "0.1", "--eps", "0.1"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.lines();
        QCOMPARE(lines.first(), QString("k\tx\tf\tgrad\tvelocity"));
        QCOMPARE(lines.size(), 1 + 13 + 1);
        QCOMPARE(lines[1], QString("0\t0.1\t0.4225\t-1.3\t0"));
        QCOMPARE(lines[2].section('\t', 1, 1), QString("0.23"));
        QCOMPARE(lines[3].section('\t', 1, 1), QString("0.334"));
        QCOMPARE(lines[4].section('\t', 1, 1), QString("0.4172"));
        QCOMPARE(lines[5].section('\t', 1, 1), QString("0.48376"));
        QCOMPARE(lines.last(), QString("converged after 12 steps at x=0.705332"));
        QVERIFY(r.err.isEmpty());
    }
    void courseWithMomentum()
    {
        const CliResult r = runCli({"descent", "--function", "(x-0.75)^2", "--x0", "0.1", "--lr", "0.1",
                                    "--eps", "0.1", "--momentum", "0.5"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().last(), QString("converged after 5 steps at x=0.744553"));
        // ω2 = 0.5·(−0.13) + 0.1·(−1.04) = −0.169
        QCOMPARE(r.lines()[3], QString("2\t0.399\t0.123201\t-0.702\t-0.169"));
    }
    void largeLearningRateDiverges()
    {
        const CliResult r = runCli({"descent", "--lr", "1.5"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lines().last().startsWith("diverged after "));
        QVERIFY(!r.out.contains("nan", Qt::CaseInsensitive));
        QVERIFY(!r.out.contains("inf", Qt::CaseInsensitive));
    }
    void maximumStepsStops()
    {
        const CliResult r = runCli({"descent", "--max-steps", "3"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().last(), QString("stopped after 3 steps"));
    }
    void everyOptimizerRuns()
    {
        for (const QString name : {"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"}) {
            const CliResult r = runCli({"descent", "--optimizer", name, "--max-steps", "2000", "--lr", "0.1"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.lines().last().startsWith("converged after"), qPrintable(name + ": " + r.lines().last()));
        }
    }
    void surfacePresetPrintsBothCoordinates()
    {
        const CliResult r = runCli({"descent", "--preset", "ill-conditioned", "--optimizer", "momentum"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().first(), QString("k\tx\ty\tf\tgrad_x\tgrad_y\tvelocity_x\tvelocity_y"));
        QVERIFY(r.lines().last().startsWith("converged after"));
        QVERIFY(r.lines().last().contains("(x,y)=("));
    }
    void unparsableFormulaIsBadInput()
    {
        const CliResult r = runCli({"descent", "--function", "(x-0.75"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("cannot read the function"));
    }
    void nanAtTheStartIsBadInput()
    {
        const CliResult r = runCli({"descent", "--function", "sqrt(x)", "--x0", "-1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("start point"));
    }
    void hugeLearningRateIsBadInput()
    {
        const CliResult r = runCli({"descent", "--lr", "1e6"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("learning rate"));
    }
    void badUsageExitsWithTwo()
    {
        QCOMPARE(runCli({"descent", "--bogus"}).exitCode, 2);
        QCOMPARE(runCli({"descent", "--x0", "abc"}).exitCode, 2);
        QCOMPARE(runCli({"descent", "--optimizer", "lbfgs"}).exitCode, 2);
        QCOMPARE(runCli({"nonsense"}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
    }
    void helpAndVersion()
    {
        const CliResult help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("descent"));
        const CliResult version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("neurone-cli "));
        QCOMPARE(runCli({"descent", "--help"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDescent)
#include "test_cli_descent.moc"
