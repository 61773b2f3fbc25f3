#include "core/CliCommand.h"

#include "core/BackpropCommand.h"
#include "core/ConvCommand.h"
#include "core/DescentCommand.h"
#include "core/EvaluateCommand.h"
#include "core/KeywordsCommand.h"
#include "core/PerceptronCommand.h"
#include "core/TrainCommand.h"

namespace cli {

const QList<CommandInfo>& commands()
{
    static const QList<CommandInfo> list = {
        {"descent", "gradient descent on f(x) or f(x, y), printed as a step table", &runDescent},
        {"perceptron", "the perceptron's delta-rule step table (OR, AND, NAND, XOR or a CSV)", &runPerceptron},
        {"backprop", "every forward and backward value of a tiny network, named as in the course", &runBackprop},
        {"conv", "convolution, ReLU and pooling on an image or typed matrices", &runConv},
        {"train", "trains a network on a dataset, one JSON line per epoch", &runTrain},
        {"evaluate", "accuracy, confusion matrix, precision, recall and F1 of a saved model", &runEvaluate},
        {"keywords", "spoken keywords: classify, eval, train, corpus (espeak-ng), listen (microphone)", &runKeywords},
    };
    return list;
}

QString number(double value) { return QString::asprintf("%.6g", value); }

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                                  Streams streams)
{
    if (!parser.parse(arguments)) {
        streams.err << "neurone-cli " << command << ": " << parser.errorText() << '\n';
        return BadUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

namespace {

void printHelp(QTextStream& out)
{
    out << "Usage: neurone-cli COMMAND [options]\n"
           "The headless twin of Neurone's panels.\n\n"
           "Commands:\n";
    for (const CommandInfo& c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << "\n";
    out << "\nOptions:\n"
           "  -h, --help     this help; `neurone-cli COMMAND --help` for a command's options\n"
           "  -v, --version  the version\n";
}

} // namespace

int runCli(const QStringList& arguments, Streams streams)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == "-h" || first == "--help" || first == "help") {
        printHelp(streams.out);
        return first.isEmpty() ? BadUsage : Success;
    }
    if (first == "-v" || first == "--version") {
        streams.out << "neurone-cli " << NEURONE_VERSION << "\n";
        return Success;
    }
    for (const CommandInfo& c : commands())
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1), streams);
    streams.err << "neurone-cli: unknown command '" << first << "' (see neurone-cli --help)\n";
    return BadUsage;
}

} // namespace cli
