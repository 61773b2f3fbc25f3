#include "core/BackpropCommand.h"

#include "backprop/BackpropPresets.h"
#include "backprop/BackpropTrace.h"

#include <QCommandLineParser>

#include <cmath>
#include <optional>

namespace cli {

namespace {

constexpr int maxEpochs = 100000;

void addOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {"preset", "course-bce (seed 004's binary classification activity, the default) or xor "
                   "(seed 000's 2-2-1 network)", "id"},
        {"epochs", "train this many epochs first, each observation in turn (default 0)", "N"},
        {"lr", "learning rate eta (default: the preset's, 0.001 for course-bce, 0.5 for xor)", "eta"},
        {"momentum", "momentum gamma, 0 to below 1 (default: the preset's, 0 or 0.5)", "gamma"},
        {"observation", "which observation to step through, from 1 (default: the preset's, "
                        "3 for course-bce, 1 for xor)", "K"},
    });
}

// A number option within [low, high]; on a problem writes the usage error and returns nullopt.
std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name,
                                   double fallback, double low, double high, QTextStream& err)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high) {
        err << "neurone-cli backprop: --" << name << " expects a number from " << number(low)
            << " to " << number(high) << ", not '" << parser.value(name) << "'\n";
        return std::nullopt;
    }
    return value;
}

std::optional<int> integerOption(const QCommandLineParser& parser, const QString& name,
                                 int fallback, int low, int high, QTextStream& err)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        err << "neurone-cli backprop: --" << name << " expects a whole number from " << low
            << " to " << high << ", not '" << parser.value(name) << "'\n";
        return std::nullopt;
    }
    return value;
}

} // namespace

int runBackprop(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Every forward and backward value of a tiny network, "
                                     "named as in the course.");
    addOptions(parser);
    if (const auto done = parseArguments(parser, arguments, "backprop", streams))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        streams.err << "neurone-cli backprop: unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return BadUsage;
    }
    const QString id = parser.isSet("preset") ? parser.value("preset") : QString("course-bce");
    std::optional<neurone::BackpropPreset> preset = neurone::backpropPreset(id.toStdString());
    if (!preset) {
        streams.err << "neurone-cli backprop: unknown preset '" << id << "' (course-bce, xor)\n";
        return BadUsage;
    }
    neurone::TinyNetwork& network = preset->network;
    const auto epochs = integerOption(parser, "epochs", 0, 0, maxEpochs, streams.err);
    const auto learningRate = numberOption(parser, "lr", network.learningRate, 1e-9, 100, streams.err);
    const auto momentum = numberOption(parser, "momentum", network.momentum, 0, 0.999, streams.err);
    const auto observation = integerOption(parser, "observation", preset->observation + 1, 1,
                                           int(preset->inputs.rows()), streams.err);
    if (!epochs || !learningRate || !momentum || !observation)
        return BadUsage;
    network.learningRate = *learningRate;
    network.momentum = *momentum;

    for (int epoch = 0; epoch < *epochs; ++epoch)
        neurone::trainEpoch(network, preset->inputs, preset->targets);
    const Eigen::Index row = *observation - 1;
    const neurone::BackpropTrace trace =
        neurone::traceObservation(network, preset->inputs.row(row), preset->targets.row(row));
    for (const neurone::NamedValue& value : neurone::namedValues(trace))
        streams.out << QString::fromStdString(value.name) << '\t' << number(value.value) << '\n';
    return Success;
}

} // namespace cli
