#include "core/EvaluateCommand.h"

#include "model/TrainingPlan.h"

#include "core/TrainCommand.h"
#include "train/Evaluation.h"

namespace cli {

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    addDatasetOptions(parser);
    parser.addOptions({
        {"model", "the model file to evaluate", "file"},
        {"split", "test (default, when the dataset has one) or train", "name"},
        {"normalize", "print each true class's row of the confusion matrix as fractions"},
    });
}

void printReport(const neurone::Evaluation& result, const std::vector<std::string>& classNames, bool normalize,
                 QTextStream& out)
{
    const neurone::ConfusionMatrix& cm = result.confusion;
    const auto name = [&](int c) {
        return std::size_t(c) < classNames.size() ? QString::fromStdString(classNames[std::size_t(c)]) : QString::number(c);
    };
    out << "accuracy\t" << number(result.accuracy) << '\n'
        << "loss\t" << number(result.loss) << '\n'
        << "samples\t" << cm.total() << '\n'
        << "true\\predicted";
    for (int p = 0; p < cm.classes(); ++p)
        out << '\t' << name(p);
    out << '\n';
    for (int t = 0; t < cm.classes(); ++t) {
        out << name(t);
        for (int p = 0; p < cm.classes(); ++p)
            out << '\t' << (normalize ? number(cm.normalized(t, p)) : QString::number(cm.count(t, p)));
        out << '\n';
    }
    out << "class\tprecision\trecall\tf1\tsupport\n";
    for (int c = 0; c < cm.classes(); ++c)
        out << name(c) << '\t' << number(cm.precision(c)) << '\t' << number(cm.recall(c)) << '\t' << number(cm.f1(c))
            << '\t' << cm.trueCount(c) << '\n';
}

} // namespace

int runEvaluate(const QStringList& arguments, Streams streams)
{
    using namespace neurone;
    QCommandLineParser parser;
    parser.setApplicationDescription("Accuracy, confusion matrix, precision, recall and F1 of a saved model.");
    addOptions(parser);
    const auto fail = [&](const CommandFailure& f) {
        streams.err << "neurone-cli evaluate: " << f.message << '\n';
        return f.code;
    };
    if (const auto done = parseArguments(parser, arguments, "evaluate", streams))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail({BadUsage, "unexpected argument '" + parser.positionalArguments().first() + "'"});
    if (!parser.isSet("model"))
        return fail({BadUsage, "--model FILE is required"});
    const QString split = parser.value("split");
    if (!split.isEmpty() && split != "test" && split != "train")
        return fail({BadUsage, "--split expects test or train"});

    auto read = readModelFile(parser.value("model"));
    if (auto* failure = std::get_if<CommandFailure>(&read))
        return fail(*failure);
    ModelFile& file = std::get<ModelFile>(read);
    QString datasetName = parser.value("dataset");
    for (const auto& [key, value] : file.settings)
        if (key == "dataset" && datasetName.isEmpty())
            datasetName = QString::fromStdString(value);
    auto request = datasetRequest(parser, datasetName);
    if (auto* failure = std::get_if<CommandFailure>(&request))
        return fail(*failure);
    auto loaded = loadRequestedDataset(std::get<DatasetRequest>(request));
    if (auto* failure = std::get_if<CommandFailure>(&loaded))
        return fail(*failure);
    const DataSplits& data = std::get<DataSplits>(loaded);
    const Dataset& measured = data.test && split != "train" ? *data.test : data.train;
    if (split == "test" && !data.test)
        return fail({BadUsage, QString::fromStdString("the " + data.train.name() + " set has no test split")});
    if (const auto reason = whyModelDoesNotFit(file.model, measured))
        return fail({BadInput, QString::fromStdString(*reason)});

    const Evaluation result = evaluateNetwork(file.model.network, measured, neurone::savedSettings(file.settings, file.model.layers).loss);
    printReport(result, file.model.classNames.empty() ? measured.classNames() : file.model.classNames,
                parser.isSet("normalize"), streams.out);
    return Success;
}

} // namespace cli
