// `neurone-cli perceptron`, run as a process: the course's OR table (seed 004), XOR's
// non-convergence, CSV files, and the error contract (exit 1 bad input, 2 bad usage).
#include "../CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCliPerceptron : public QObject {
    Q_OBJECT
private slots:
    void courseOrTable()
    {
        const CliResult r = runCli({"perceptron", "--data", "or", "--eta", "1", "--weights", "1,-1", "--bias", "0"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList expected = {
            "it\tw1\tw2\tb\tx1\tx2\td\tY\tfY\tw1'\tw2'\tb'",
            "1\t1\t-1\t0\t0\t0\t0\t0\t1\t1\t-1\t-1",
            "2\t1\t-1\t-1\t0\t1\t1\t-2\t0\t1\t0\t0",
            "3\t1\t0\t0\t1\t0\t1\t1\t1\t1\t0\t0",
            "4\t1\t0\t0\t1\t1\t1\t1\t1\t1\t0\t0",
            "5\t1\t0\t0\t0\t0\t0\t0\t1\t1\t0\t-1",
            "6\t1\t0\t-1\t0\t1\t1\t-1\t0\t1\t1\t0",
            "7\t1\t1\t0\t1\t0\t1\t1\t1\t1\t1\t0",
            "8\t1\t1\t0\t1\t1\t1\t2\t1\t1\t1\t0",
            "9\t1\t1\t0\t0\t0\t0\t0\t1\t1\t1\t-1",
            "10\t1\t1\t-1\t0\t1\t1\t0\t1\t1\t1\t-1",
            "11\t1\t1\t-1\t1\t0\t1\t0\t1\t1\t1\t-1",
            "12\t1\t1\t-1\t1\t1\t1\t1\t1\t1\t1\t-1",
            "13\t1\t1\t-1\t0\t0\t0\t-1\t0\t1\t1\t-1",
            "14\t1\t1\t-1\t0\t1\t1\t0\t1\t1\t1\t-1",
            "15\t1\t1\t-1\t1\t0\t1\t0\t1\t1\t1\t-1",
            "16\t1\t1\t-1\t1\t1\t1\t1\t1\t1\t1\t-1",
            "converged after epoch 4: w=(1,1) b=-1",
        };
        QCOMPARE(r.lines(), expected);
    }
    void defaultsAreOrFromZero()
    {
        const CliResult r = runCli({"perceptron"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().value(1), QString("1\t0\t0\t0\t0\t0\t0\t0\t1\t0\t0\t-1"));
        QVERIFY(r.lines().last().startsWith("converged after epoch "));
    }
    void xorDoesNotConverge()
    {
        const CliResult r = runCli({"perceptron", "--data", "xor", "--weights", "1,-1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), 1 + 80 + 1);
        QCOMPARE(r.lines().last(), QString("no convergence after 20 epochs"));
        const CliResult shorter = runCli({"perceptron", "--data", "XOR", "--max-epochs", "3"});
        QCOMPARE(shorter.lines().size(), 1 + 12 + 1);
        QCOMPARE(shorter.lines().last(), QString("no convergence after 3 epochs"));
    }
    void csvWithThreeFeaturesAndNames()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "oui-non.csv", "n1;n2;n3;d\n2;0,8;1,2;Oui\n0,7;1,9;0,1;Non\n\n1,4;3,3;0,8;Oui\n");
        const CliResult r = runCli({"perceptron", "--data", path, "--eta", "0.5"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().first(), QString("it\tw1\tw2\tw3\tb\tx1\tx2\tx3\td\tY\tfY\tw1'\tw2'\tw3'\tb'"));
        // Y = 0 → f = 1 but Oui is class 1: no change; then Non (class 0) at Y = 0: corrected by η = 0.5.
        QCOMPARE(r.lines().value(1), QString("1\t0\t0\t0\t0\t2\t0.8\t1.2\t1\t0\t1\t0\t0\t0\t0"));
        QCOMPARE(r.lines().value(2), QString("2\t0\t0\t0\t0\t0.7\t1.9\t0.1\t0\t0\t1\t-0.35\t-0.95\t-0.05\t-0.5"));
        QVERIFY(r.lines().last().startsWith("converged after epoch ") || r.lines().last().startsWith("no convergence"));
    }
    void raggedCsvIsBadInputNamingTheLine()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "ragged.csv", "x1,x2,d\n0,0,0\n0,1\n1,1,1\n");
        const CliResult r = runCli({"perceptron", "--data", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("line 3"), qPrintable(r.err));
        QVERIFY(r.err.contains("ragged.csv"));
    }
    void nonNumericAndOneClassCsvAreBadInput()
    {
        QTemporaryDir dir;
        const CliResult word = runCli({"perceptron", "--data", writeFile(dir, "word.csv", "0,0,0\n1,x,1\n")});
        QCOMPARE(word.exitCode, 1);
        QVERIFY2(word.err.contains("line 2, column 2"), qPrintable(word.err));
        const CliResult one = runCli({"perceptron", "--data", writeFile(dir, "one.csv", "0,0,1\n1,1,1\n")});
        QCOMPARE(one.exitCode, 1);
        QVERIFY2(one.err.contains("lines 1-2"), qPrintable(one.err));
        const CliResult missing = runCli({"perceptron", "--data", dir.filePath("missing.csv")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("cannot read"));
    }
    void nonPositiveEtaIsBadInput()
    {
        for (const QString eta : {"0", "-1"}) {
            const CliResult r = runCli({"perceptron", "--eta", eta});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains("greater than 0"), qPrintable(r.err));
        }
    }
    void wrongWeightCountIsBadUsage()
    {
        const CliResult r = runCli({"perceptron", "--data", "and", "--weights", "1,2,3"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("expects 2 numbers"), qPrintable(r.err));
        QCOMPARE(runCli({"perceptron", "--weights", "1,abc"}).exitCode, 2);
        QCOMPARE(runCli({"perceptron", "--eta", "fast"}).exitCode, 2);
        QCOMPARE(runCli({"perceptron", "--max-epochs", "0"}).exitCode, 2);
        QCOMPARE(runCli({"perceptron", "--frobnicate"}).exitCode, 2);
    }
    void negativeWeightsAfterTheOption()
    {
        const CliResult r = runCli({"perceptron", "--weights", "-1,1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().value(1).section('\t', 1, 2), QString("-1\t1"));
    }
    void listedInHelp()
    {
        const CliResult r = runCli({"--help"});
        QVERIFY(r.out.contains("perceptron"));
    }
};

QTEST_GUILESS_MAIN(TestCliPerceptron)
#include "test_cli_perceptron.moc"
