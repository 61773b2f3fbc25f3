#include "core/TrainCommand.h"

#include "data/FashionMnist.h"
#include "io/DatasetPlaces.h"
#include "io/ModelStorage.h"
#include "data/ToySets.h"
#include "model/ModelPresets.h"
#include "model/NetworkBuilder.h"
#include "model/TrainingPlan.h"
#include "train/Trainer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <functional>
#include <type_traits>

namespace cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    addDatasetOptions(parser);
    parser.addOptions({
        {"model", "softmax, mlp, cnn, xor, toy, or a model file to train further (default: by dataset)", "name|file"},
        {"layers", "a layer list instead, e.g. \"dense 8, tanh, dense 2, softmax\"", "list"},
        {"epochs", "number of epochs", "N"},
        {"batch", "batch size: 1 = stochastic, N = full batch, between = mini-batch", "B"},
        {"optimizer", "sgd, momentum, nesterov, adagrad, rmsprop or adam", "name"},
        {"lr", "learning rate", "L"},
        {"momentum", "gamma, for momentum and nesterov (implies momentum unless --optimizer is given)", "G"},
        {"loss", "mse, bce or ce (default: ce after a softmax, else mse)", "name"},
        {"l1", "L1 penalty factor alpha1 on the weights", "A"},
        {"l2", "L2 penalty factor alpha2 on the weights", "A"},
        {"dropout", "dropout rate of the mlp (default 0.2) and cnn (default 0) presets", "R"},
        {"early-stopping", "stop when the monitored value has not improved for PATIENCE epochs", "patience"},
        {"monitor", "what early stopping watches: val_loss (default) or val_acc", "name"},
        {"no-restore", "keep the last weights when early stopping (default: restore the best epoch's)"},
        {"threads", "threads for Eigen (0: its default)", "T"},
        {"val", "fraction of the training set held out for validation (default 0.1; 0 for xor and or)", "F"},
        {"save", "write the trained model to this file", "file"},
        {"summary", "print the layers, their output shapes and parameter counts, and stop"},
    });
}

// Reads number options within bounds, remembering the first malformed one.
class NumberOptions {
public:
    explicit NumberOptions(const QCommandLineParser& parser) : parser_(parser) {}

    template <typename T>
    std::optional<T> read(const QString& name, T low, T high)
    {
        if (!parser_.isSet(name))
            return std::nullopt;
        bool ok = false;
        const QString text = parser_.value(name);
        if constexpr (std::is_integral_v<T>) {
            const qlonglong value = text.toLongLong(&ok);
            if (ok && value >= qlonglong(low) && value <= qlonglong(high))
                return T(value);
            refuse(name, QString::number(qlonglong(low)), QString::number(qlonglong(high)), text);
        } else {
            const double value = text.toDouble(&ok);
            if (ok && value >= low && value <= high)
                return T(value);
            refuse(name, number(low), number(high), text);
        }
        return std::nullopt;
    }

    std::optional<CommandFailure> failure;

private:
    void refuse(const QString& name, const QString& low, const QString& high, const QString& text)
    {
        if (!failure)
            failure = CommandFailure{BadUsage,
                                     QString("--%1 expects a number from %2 to %3, not '%4'").arg(name, low, high, text)};
    }

    const QCommandLineParser& parser_;
};

QString jsonNumber(double value) { return std::isfinite(value) ? number(value) : QString("null"); }

QString jsonString(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == '"' || c == '\\')
            escaped += QString('\\') + c;
        else if (c.unicode() < 0x20)
            escaped += QString::asprintf("\\u%04x", c.unicode());
        else
            escaped += c;
    }
    return '"' + escaped + '"';
}


struct Plan {
    neurone::ModelFile file;
    neurone::TrainingSettings settings;
    bool fromFile = false;
};

std::variant<neurone::OptimizerKind, CommandFailure> optimizerOption(const QString& name)
{
    if (name == "sgd")
        return neurone::OptimizerKind::GradientDescent;
    if (const auto kind = neurone::optimizerKindFromName(name.toStdString()))
        return *kind;
    return CommandFailure{BadUsage,
                          "--optimizer expects sgd, momentum, nesterov, adagrad, rmsprop or adam, not '" + name + "'"};
}

// The model to train and the settings its preset or file suggests.
std::variant<Plan, CommandFailure> chooseModel(const QCommandLineParser& parser, neurone::DatasetKind kind,
                                               const neurone::Dataset& data, std::uint32_t seed)
{
    using namespace neurone;
    NumberOptions numbers(parser);
    const std::optional<double> dropout = numbers.read("dropout", 0.0, 0.95);
    if (numbers.failure)
        return *numbers.failure;
    Plan plan;
    std::vector<LayerSpec> layers;
    std::optional<ModelPreset> preset;
    if (parser.isSet("layers") && parser.isSet("model"))
        return CommandFailure{BadUsage, "give either --model or --layers"};
    const QString name = parser.value("model");
    if (!parser.isSet("layers") && (name.isEmpty() || modelPresetFromName(name.toStdString())))
        preset = name.isEmpty() ? defaultPreset(kind) : *modelPresetFromName(name.toStdString());
    if (dropout && !(preset && takesDropout(*preset)))
        return CommandFailure{BadUsage, "--dropout applies to the mlp and cnn presets (or add 'dropout R' to --layers)"};
    if (parser.isSet("layers")) {
        auto parsed = parseLayerList(parser.value("layers").toStdString());
        if (auto* error = std::get_if<std::string>(&parsed))
            return CommandFailure{BadUsage, "--layers: " + QString::fromStdString(*error)};
        layers = std::get<std::vector<LayerSpec>>(parsed);
    } else if (preset) {
        const float rate = float(dropout.value_or(defaultDropoutRate(*preset)));
        const PresetRecipe recipe = presetRecipe(*preset, data.classCount(), rate);
        plan.settings = trainingSettings(recipe);
        auto made = makePresetModel(recipe, data.shape(), data.classNames(), seed);
        if (auto* error = std::get_if<std::string>(&made))
            return CommandFailure{BadInput, QString::fromStdString(*error)};
        plan.file.model = std::get<Model>(std::move(made));
    } else {
        auto read = readModelFile(name);
        if (auto* failure = std::get_if<CommandFailure>(&read))
            return *failure;
        plan.file = std::get<ModelFile>(std::move(read));
        plan.fromFile = true;
        plan.settings = savedSettings(plan.file.settings, plan.file.model.layers);
    }
    if (!plan.fromFile && !preset) {
        auto made = makeModel(layers, data.shape(), data.classNames(), seed);
        if (auto* error = std::get_if<std::string>(&made))
            return CommandFailure{BadInput, QString::fromStdString(*error)};
        plan.file.model = std::get<Model>(std::move(made));
        plan.settings.loss = neurone::defaultLoss(plan.file.model.layers);
    }
    if (const auto reason = whyModelDoesNotFit(plan.file.model, data))
        return CommandFailure{BadInput, QString::fromStdString(*reason)};
    return plan;
}

// Options override what the preset or file suggests.
std::optional<CommandFailure> applyOptions(const QCommandLineParser& parser, neurone::TrainingSettings& s)
{
    using namespace neurone;
    NumberOptions numbers(parser);
    const auto epochs = numbers.read("epochs", 1, 1000000);
    const auto batch = numbers.read("batch", 1, 100000000);
    const auto lr = numbers.read("lr", 1e-12, 1e12);
    const auto gamma = numbers.read("momentum", 0.0, 0.999999);
    const auto l1 = numbers.read("l1", 0.0, 1e3);
    const auto l2 = numbers.read("l2", 0.0, 1e3);
    const auto patience = numbers.read("early-stopping", 0, 1000000);
    const auto threads = numbers.read("threads", 0, 1024);
    if (numbers.failure)
        return numbers.failure;
    s.epochs = epochs.value_or(s.epochs);
    s.batchSize = batch.value_or(s.batchSize);
    s.l1 = l1.value_or(s.l1);
    s.l2 = l2.value_or(s.l2);
    s.threads = threads.value_or(0);
    if (parser.isSet("optimizer")) {
        auto kind = optimizerOption(parser.value("optimizer"));
        if (auto* failure = std::get_if<CommandFailure>(&kind))
            return *failure;
        s.optimizer.kind = std::get<OptimizerKind>(kind);
    } else if (gamma) {
        s.optimizer.kind = OptimizerKind::Momentum;
    }
    s.optimizer.learningRate = lr.value_or(s.optimizer.learningRate);
    s.optimizer.momentum = gamma.value_or(s.optimizer.momentum);
    if (parser.isSet("loss")) {
        const auto loss = lossKindFromName(parser.value("loss").toStdString());
        if (!loss)
            return CommandFailure{BadUsage, "--loss expects mse, bce or ce"};
        s.loss = *loss;
    }
    if (patience) {
        s.earlyStopping = {true, Monitor::ValidationLoss, *patience, !parser.isSet("no-restore")};
        if (parser.isSet("monitor")) {
            const auto monitor = monitorFromName(parser.value("monitor").toStdString());
            if (!monitor)
                return CommandFailure{BadUsage, "--monitor expects val_loss or val_acc"};
            s.earlyStopping.monitor = *monitor;
        }
    } else if (parser.isSet("monitor") || parser.isSet("no-restore")) {
        return CommandFailure{BadUsage, "--monitor and --no-restore go with --early-stopping PATIENCE"};
    }
    return std::nullopt;
}

int train(const QCommandLineParser& parser, Streams streams, const std::function<int(const CommandFailure&)>& fail)
{
    using namespace neurone;
    auto request = datasetRequest(parser, parser.value("dataset"));
    if (auto* failure = std::get_if<CommandFailure>(&request))
        return fail(*failure);
    const DatasetRequest& wanted = std::get<DatasetRequest>(request);
    auto loaded = loadRequestedDataset(wanted);
    if (auto* failure = std::get_if<CommandFailure>(&loaded))
        return fail(*failure);
    const DataSplits& data = std::get<DataSplits>(loaded);
    auto planned = chooseModel(parser, wanted.kind, data.train, wanted.seed);
    if (auto* failure = std::get_if<CommandFailure>(&planned))
        return fail(*failure);
    Plan& plan = std::get<Plan>(planned);
    if (parser.isSet("summary")) {
        auto summary = summarizeNetwork(plan.file.model.layers, plan.file.model.input);
        streams.out << QString::fromStdString(summaryText(std::get<NetworkSummary>(summary)));
        return Success;
    }
    if (auto failure = applyOptions(parser, plan.settings))
        return fail(*failure);
    plan.settings.seed = wanted.seed;
    NumberOptions numbers(parser);
    const std::optional<double> val = numbers.read("val", 0.0, 0.9);
    if (numbers.failure)
        return fail(*numbers.failure);
    const double fraction = val.value_or(data.train.size() < 20 ? 0.0 : 0.1); // xor, or: all 4 points train
    const ValidationSplit split = splitValidation(data.train, fraction, wanted.seed);
    if (plan.settings.earlyStopping.enabled && split.validation.empty())
        return fail({BadUsage, "early stopping watches the validation set: give --val F with F > 0"});

    std::optional<Trainer> trainer;
    try {
        trainer.emplace(plan.file.model.network, split.train, plan.settings,
                        split.validation.empty() ? std::nullopt : std::optional(split.validation), data.test);
    } catch (const std::invalid_argument& error) {
        return fail({BadUsage, QString::fromUtf8(error.what())});
    }
    double seconds = 0;
    trainer->setHooks({{}, [&](const EpochMetrics& m) {
                           seconds += m.seconds;
                           streams.out << epochLine(m) << '\n';
                           streams.out.flush();
                       }});
    trainer->run();

    plan.file.model.network = trainer->network();
    const Evaluation final = trainer->evaluate(split.train);
    QString done = QString("{\"done\": true, \"epochs\": %1, \"train_loss\": %2, \"train_acc\": %3")
                       .arg(trainer->completedEpochs())
                       .arg(jsonNumber(final.loss), jsonNumber(final.accuracy));
    if (trainer->validationSet()) {
        const Evaluation v = trainer->evaluate(*trainer->validationSet());
        done += QString(", \"val_loss\": %1, \"val_acc\": %2").arg(jsonNumber(v.loss), jsonNumber(v.accuracy));
    }
    if (data.test)
        done += QString(", \"test_acc\": %1").arg(jsonNumber(trainer->evaluate(*data.test).accuracy));
    done += QString(", \"seconds\": %1").arg(jsonNumber(seconds));
    const QString reason = QString::fromStdString(trainer->stopReason());
    done += trainer->state() == Trainer::State::Diverged ? QString(", \"diverged\": %1").arg(jsonString(reason))
                                                         : QString(", \"stopped\": %1").arg(jsonString(reason));
    streams.out << done << "}\n";

    if (parser.isSet("save")) {
        plan.file.settings = settingsKeyValues(plan.settings);
        plan.file.settings.emplace_back("dataset", std::string(datasetKindName(wanted.kind)));
        const int earlier = int(plan.file.history.size()); // a file trained further continues its history
        for (EpochMetrics m : trainer->history()) {
            m.epoch += earlier;
            plan.file.history.push_back(m);
        }
        if (auto failure = writeModelFile(plan.file, parser.value("save")))
            return fail(*failure);
    }
    return Success;
}

} // namespace

void addDatasetOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"dataset", "xor, or, circles, spirals, gaussians, mnist or fashion-mnist", "name"},
        {"data-dir", "where the MNIST digits or Fashion-MNIST files are", "dir"},
        {"points", "number of points of a toy set (default 200)", "N"},
        {"noise", "noise sigma of a toy set (default 0.1; 0.5 for gaussians)", "S"},
        {"seed", "random seed: weights, sample order, validation split, toy points (default 1)", "S"},
    });
}

std::variant<neurone::DatasetRequest, CommandFailure> datasetRequest(const QCommandLineParser& parser,
                                                                     const QString& datasetName)
{
    using namespace neurone;
    const auto kind = datasetKindFromName(datasetName.toStdString());
    if (!kind)
        return CommandFailure{BadUsage, "--dataset expects xor, or, circles, spirals, gaussians, mnist or fashion-mnist"
                                            + (datasetName.isEmpty() ? QString() : ", not '" + datasetName + "'")};
    NumberOptions numbers(parser);
    const auto points = numbers.read("points", 2, maxToyPoints);
    const auto noise = numbers.read("noise", 0.0, 10.0);
    const auto seed = numbers.read("seed", 0LL, 4294967295LL);
    if (numbers.failure)
        return *numbers.failure;
    DatasetRequest request;
    request.kind = *kind;
    request.points = points.value_or(200);
    if (noise)
        request.noise = float(*noise);
    request.seed = std::uint32_t(seed.value_or(1));
    if (parser.isSet("data-dir")) {
        request.places = {parser.value("data-dir").toStdString()};
        return request;
    }
    request.places = io::datasetPlaces(*kind);
    return request;
}

std::variant<neurone::DataSplits, CommandFailure> loadRequestedDataset(const neurone::DatasetRequest& request)
{
    auto loaded = neurone::loadDataset(request);
    if (auto* error = std::get_if<std::string>(&loaded))
        return CommandFailure{BadInput, QString::fromStdString(*error)};
    return std::get<neurone::DataSplits>(std::move(loaded));
}

QString epochLine(const neurone::EpochMetrics& m)
{
    QString line = QString("{\"epoch\": %1, \"train_loss\": %2, \"train_acc\": %3")
                       .arg(m.epoch)
                       .arg(jsonNumber(m.trainLoss), jsonNumber(m.trainAccuracy));
    if (m.validationLoss)
        line += QString(", \"val_loss\": %1, \"val_acc\": %2")
                    .arg(jsonNumber(*m.validationLoss), jsonNumber(*m.validationAccuracy));
    if (m.testAccuracy)
        line += QString(", \"test_acc\": %1").arg(jsonNumber(*m.testAccuracy));
    return line + QString(", \"seconds\": %1}").arg(jsonNumber(m.seconds));
}

std::variant<neurone::ModelFile, CommandFailure> readModelFile(const QString& path)
{
    auto read = io::readModelFile(path);
    if (auto* error = std::get_if<QString>(&read)) {
        const bool missing = !QFileInfo::exists(path);
        return CommandFailure{BadInput, *error + (missing ? " Presets: softmax, mlp, cnn, xor, toy." : "")};
    }
    return std::get<neurone::ModelFile>(std::move(read));
}

std::optional<CommandFailure> writeModelFile(const neurone::ModelFile& model, const QString& path)
{
    if (const QString error = io::writeModelFile(model, path); !error.isEmpty())
        return CommandFailure{BadInput, error};
    return std::nullopt;
}

int runTrain(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Trains a network and prints one JSON object per epoch.");
    addOptions(parser);
    const auto fail = [&](const CommandFailure& f) {
        streams.err << "neurone-cli train: " << f.message << '\n';
        return f.code;
    };
    if (const auto done = parseArguments(parser, arguments, "train", streams))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail({BadUsage, "unexpected argument '" + parser.positionalArguments().first() + "'"});
    return train(parser, streams, fail);
}

int fail(const CommandFailure& failure, Streams streams)
{
    streams.err << failure.message << '\n';
    return failure.code;
}

} // namespace cli
