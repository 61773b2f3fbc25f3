#include "core/PerceptronCommand.h"

#include "perceptron/Perceptron.h"
#include "perceptron/PerceptronData.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>
#include <optional>

namespace cli {

namespace {

// A file larger than this is not a perceptron exercise (10,000 rows of 100 numbers fit).
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

void addOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {"data", "or, and, nand, xor, or a CSV file (header optional, class in the last column; "
                 "default or)", "name|file"},
        {"eta", "learning rate eta, greater than 0 (default 1)", "eta"},
        {"weights", "initial weights, one per feature, e.g. 1,-1 (default all 0)", "w1,w2,..."},
        {"bias", "initial bias b (default 0)", "b"},
        {"max-epochs", "stop after this many epochs without convergence (default 20)", "N"},
    });
}

// The dataset named or read from a file; on failure writes the message and sets the exit code.
std::optional<neurone::PerceptronDataset> loadData(const QString& name, QTextStream& err, int& code)
{
    if (const auto* builtIn = neurone::findBuiltInDataset(name.toLower().toStdString()))
        return *builtIn;
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "neurone-cli perceptron: cannot read '" << name << "': " << file.errorString()
            << " (the data is or, and, nand, xor or a CSV file)\n";
        code = BadInput;
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        err << "neurone-cli perceptron: " << name << " is larger than 16 MB\n";
        code = BadInput;
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    auto parsed = neurone::parsePerceptronCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (const auto* error = std::get_if<neurone::DataError>(&parsed)) {
        err << "neurone-cli perceptron: " << name << " " << QString::fromStdString(error->message) << '\n';
        code = BadInput;
        return std::nullopt;
    }
    return std::get<neurone::PerceptronDataset>(std::move(parsed));
}

// Reads the numeric options; on a usage problem writes it and returns the exit code.
std::optional<int> readSettings(const QCommandLineParser& parser, int features,
                                neurone::PerceptronSettings& settings, QTextStream& err)
{
    const auto numberOption = [&](const QString& name, double fallback) -> std::optional<double> {
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok)
            err << "neurone-cli perceptron: --" << name << " expects a number, not '" << parser.value(name) << "'\n";
        return ok ? std::optional(value) : std::nullopt;
    };
    const auto eta = numberOption("eta", 1);
    const auto bias = numberOption("bias", 0);
    const auto epochs = numberOption("max-epochs", 20);
    if (!eta || !bias || !epochs)
        return BadUsage;
    if (*epochs < 1 || *epochs > neurone::maxPerceptronEpochs || *epochs != std::floor(*epochs)) {
        err << "neurone-cli perceptron: --max-epochs must be a whole number from 1 to "
            << neurone::maxPerceptronEpochs << '\n';
        return BadUsage;
    }
    settings.learningRate = *eta;
    settings.initial.bias = *bias;
    settings.maxEpochs = int(*epochs);
    settings.initial.weights = Eigen::VectorXd::Zero(features);
    if (parser.isSet("weights")) {
        const auto weights = neurone::parseNumberList(parser.value("weights").toStdString());
        if (!weights || int(weights->size()) != features) {
            err << "neurone-cli perceptron: --weights expects " << features << (features == 1 ? " number" : " numbers")
                << " (one per feature), e.g. " << (features == 2 ? "1,-1" : "0") << "; got '" << parser.value("weights")
                << "'\n";
            return BadUsage;
        }
        settings.initial.weights = Eigen::Map<const Eigen::VectorXd>(weights->data(), features);
    }
    return std::nullopt;
}

void printTable(const neurone::PerceptronRun& run, int features, QTextStream& out)
{
    QStringList header = {"it"};
    for (int i = 1; i <= features; ++i)
        header << QString("w%1").arg(i);
    header << "b";
    for (int i = 1; i <= features; ++i)
        header << QString("x%1").arg(i);
    header << "d" << "Y" << "fY";
    for (int i = 1; i <= features; ++i)
        header << QString("w%1'").arg(i);
    header << "b'";
    out << header.join('\t') << '\n';
    for (const neurone::PerceptronRow& row : run.rows) {
        out << row.iteration;
        for (const double w : row.before.weights)
            out << '\t' << number(w);
        out << '\t' << number(row.before.bias);
        for (const double x : row.x)
            out << '\t' << number(x);
        out << '\t' << row.desired << '\t' << number(row.sum) << '\t' << row.output;
        for (const double w : row.after.weights)
            out << '\t' << number(w);
        out << '\t' << number(row.after.bias) << '\n';
    }
    out << QString::fromStdString(neurone::describeRun(run)) << '\n';
}

} // namespace

int runPerceptron(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("The perceptron's delta rule, one observation per row.");
    addOptions(parser);
    if (const auto done = parseArguments(parser, arguments, "perceptron", streams))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        streams.err << "neurone-cli perceptron: unexpected argument '" << parser.positionalArguments().first()
                    << "' (see neurone-cli perceptron --help)\n";
        return BadUsage;
    }
    int code = Success;
    const auto data = loadData(parser.isSet("data") ? parser.value("data") : QString("or"), streams.err, code);
    if (!data)
        return code;
    neurone::PerceptronSettings settings;
    if (const auto usage = readSettings(parser, data->featureCount(), settings, streams.err))
        return *usage;
    if (const auto error = neurone::settingsError(*data, settings)) {
        streams.err << "neurone-cli perceptron: " << QString::fromStdString(*error) << '\n';
        return BadInput;
    }
    printTable(neurone::trainPerceptron(*data, settings), data->featureCount(), streams.out);
    return Success;
}

} // namespace cli
