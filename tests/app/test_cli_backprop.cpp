// `neurone-cli backprop`, run as a process: the course's golden values (seed 004, "Activité
// (cas de classification binaire)"), the XOR preset, and the error contract.
#include "../CliRunner.h"

#include <QTest>

namespace {

// The value printed for `name`, or "" when there is no such line.
QString valueOf(const CliResult& r, const QString& name)
{
    for (const QString& line : r.lines())
        if (line.section('\t', 0, 0) == name)
            return line.section('\t', 1);
    return {};
}

} // namespace

class TestCliBackprop : public QObject {
    Q_OBJECT
private slots:
    void courseGoldenValues()
    {
        const CliResult r = runCli({"backprop", "--preset", "course-bce"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.lines();
        for (const QString expected : {"f(Z)\t0.513445", "E\t0.666612", "dE/dpsi1\t-0.411716",
                                       "dE/db5\t-0.486555", "dE/dw34\t0.00665191", "dE/db4\t0.000665191"})
            QVERIFY2(lines.contains(expected), qPrintable(expected));
        for (const QString& line : lines)
            QCOMPARE(line.count('\t'), 1);
        QCOMPARE(lines.first(), QString("x1\t7"));
        QVERIFY(lines.contains("Y1\t1.705"));
        QVERIFY(lines.contains("dE/dZ\t-0.486555"));
        QVERIFY(lines.contains("dE/df(Z)\t-1.94763"));
        // η = 0.001: ψ1' = 0.09 − 0.001 · (−0.411716).
        QVERIFY(lines.contains("psi1'\t0.0904117"));
        QCOMPARE(lines.last(), QString("b5'\t0.000486555"));
    }
    void learningRateOption()
    {
        const CliResult r = runCli({"backprop", "--lr", "1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(valueOf(r, "psi1'"), QString("0.501716"));
        QCOMPARE(valueOf(r, "dE/dpsi1"), QString("-0.411716"));
    }
    void defaultIsTheCourse()
    {
        QCOMPARE(runCli({"backprop"}).out, runCli({"backprop", "--preset", "course-bce"}).out);
    }
    void xorAfterTraining()
    {
        const CliResult start = runCli({"backprop", "--preset", "xor"});
        QCOMPARE(start.exitCode, 0);
        QCOMPARE(valueOf(start, "x1"), QString("0"));
        QVERIFY(valueOf(start, "b3").isEmpty()); // no bias in seed 000's network
        QVERIFY(!valueOf(start, "dE/dpsi2").isEmpty());
        // (1, 1) → 0 after 1000 epochs: 0.1997 on x86-64.
        const CliResult trained = runCli({"backprop", "--preset", "xor", "--epochs", "1000", "--observation", "4"});
        QCOMPARE(trained.exitCode, 0);
        const double output = valueOf(trained, "f(Z)").toDouble();
        QVERIFY2(output > 0.18 && output < 0.22, qPrintable(valueOf(trained, "f(Z)")));
    }
    void unknownPresetIsBadUsage()
    {
        const CliResult r = runCli({"backprop", "--preset", "nonsense"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("unknown preset"));
    }
    void badValuesAreBadUsage()
    {
        QCOMPARE(runCli({"backprop", "--lr", "abc"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--lr", "-1"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--lr", "nan"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--epochs", "-3"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--epochs", "1.5"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--observation", "9"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--momentum", "1"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "--bogus"}).exitCode, 2);
        QCOMPARE(runCli({"backprop", "extra"}).exitCode, 2);
        const CliResult r = runCli({"backprop", "--epochs", "x"});
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("--epochs"));
    }
    void helpListsTheCommand()
    {
        QVERIFY(runCli({"--help"}).out.contains("backprop"));
        const CliResult help = runCli({"backprop", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--preset"));
    }
};

QTEST_GUILESS_MAIN(TestCliBackprop)
#include "test_cli_backprop.moc"
