#include "core/DescentCommand.h"

#include "descent/Descent.h"
#include "descent/DescentPresets.h"

#include <QCommandLineParser>

#include <optional>

namespace cli {

namespace {

struct DescentRequest {
    QString function = "(x-0.75)^2";
    double x0 = 0.1;
    std::optional<double> y0;
    neurone::OptimizerSettings optimizer;
    neurone::StoppingRule rule;
};

void addOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {"function", "f(x) or f(x, y) in muparser syntax, e.g. \"(x-0.75)^2\"", "formula"},
        {"x0", "start point x (default 0.1)", "x"},
        {"y0", "start point y, for a function of x and y", "y"},
        {"lr", "learning rate t (default 0.1)", "t"},
        {"eps", "stop when the gradient's infinity norm is at most eps (default 0.1)", "eps"},
        {"momentum", "gamma; implies --optimizer momentum unless another is given", "gamma"},
        {"optimizer", "gd, momentum, nesterov, adagrad, rmsprop or adam (default gd)", "name"},
        {"max-steps", "maximum number of iterations (default 1000)", "N"},
        {"min-loss", "also stop once f(x) is at most this", "L"},
        {"preset", "start from a preset: course, local-minimum, diverging, ill-conditioned, "
                   "rosenbrock, two-minima (other options override it)", "id"},
    });
}

// Reads a number option; on a malformed value writes the usage error and returns nullopt.
std::optional<double> numberOption(const QCommandLineParser& parser, const QString& name,
                                   double fallback, bool& ok, QTextStream& err)
{
    if (!parser.isSet(name))
        return fallback;
    bool converted = false;
    const double value = parser.value(name).toDouble(&converted);
    if (!converted) {
        err << "neurone-cli descent: --" << name << " expects a number, not '" << parser.value(name) << "'\n";
        ok = false;
        return std::nullopt;
    }
    return value;
}

void applyPreset(const neurone::DescentPreset& preset, bool surface, DescentRequest& request)
{
    request.function = QString::fromStdString(preset.formula);
    request.x0 = preset.startX;
    if (surface)
        request.y0 = preset.startY;
    request.optimizer.learningRate = preset.learningRate;
    request.optimizer.momentum = preset.momentum;
    request.rule.minGradient = preset.epsilon;
    request.rule.maxSteps = preset.maxSteps;
}

// Fills the request from the options; returns an exit code on a usage problem.
std::optional<int> readRequest(const QCommandLineParser& parser, DescentRequest& request, QTextStream& err)
{
    request.optimizer.learningRate = 0.1;
    request.optimizer.momentum = 0.5;
    request.rule.minGradient = 0.1;
    if (parser.isSet("preset")) {
        const std::string id = parser.value("preset").toStdString();
        if (const auto* p = neurone::findPreset(neurone::curvePresets(), id))
            applyPreset(*p, false, request);
        else if (const auto* s = neurone::findPreset(neurone::surfacePresets(), id))
            applyPreset(*s, true, request);
        else {
            err << "neurone-cli descent: unknown preset '" << parser.value("preset") << "'\n";
            return BadUsage;
        }
    }
    if (parser.isSet("function"))
        request.function = parser.value("function");
    bool ok = true;
    request.x0 = numberOption(parser, "x0", request.x0, ok, err).value_or(0);
    if (parser.isSet("y0"))
        request.y0 = numberOption(parser, "y0", 0, ok, err);
    request.optimizer.learningRate = numberOption(parser, "lr", request.optimizer.learningRate, ok, err).value_or(0);
    request.rule.minGradient = numberOption(parser, "eps", request.rule.minGradient, ok, err).value_or(0);
    request.rule.maxSteps = int(numberOption(parser, "max-steps", request.rule.maxSteps, ok, err).value_or(0));
    if (parser.isSet("min-loss"))
        request.rule.minLoss = numberOption(parser, "min-loss", 0, ok, err);
    if (parser.isSet("momentum")) {
        request.optimizer.momentum = numberOption(parser, "momentum", 0.5, ok, err).value_or(0);
        request.optimizer.kind = neurone::OptimizerKind::Momentum;
    }
    if (!ok)
        return BadUsage;
    if (parser.isSet("optimizer")) {
        const auto kind = neurone::optimizerKindFromName(parser.value("optimizer").toStdString());
        if (!kind) {
            err << "neurone-cli descent: unknown optimizer '" << parser.value("optimizer")
                << "' (gd, momentum, nesterov, adagrad, rmsprop, adam)\n";
            return BadUsage;
        }
        request.optimizer.kind = *kind;
    }
    if (request.rule.maxSteps < 0) {
        err << "neurone-cli descent: --max-steps must be 0 or more\n";
        return BadUsage;
    }
    return std::nullopt;
}

void printTable(const neurone::DescentTrace& trace, bool surface, QTextStream& out)
{
    out << (surface ? "k\tx\ty\tf\tgrad_x\tgrad_y\tvelocity_x\tvelocity_y\n" : "k\tx\tf\tgrad\tvelocity\n");
    for (const neurone::DescentStep& s : trace.steps) {
        out << s.k;
        for (Eigen::Index i = 0; i < s.point.size(); ++i)
            out << '\t' << number(s.point[i]);
        out << '\t' << number(s.value);
        for (Eigen::Index i = 0; i < s.gradient.size(); ++i)
            out << '\t' << number(s.gradient[i]);
        for (Eigen::Index i = 0; i < s.velocity.size(); ++i)
            out << '\t' << number(s.velocity[i]);
        out << '\n';
    }
    out << QString::fromStdString(neurone::describeOutcome(trace)) << '\n';
}

} // namespace

int runDescent(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Gradient descent on a function of x, or of x and y.");
    addOptions(parser);
    if (const auto done = parseArguments(parser, arguments, "descent", streams))
        return *done;
    DescentRequest request;
    if (const auto usage = readRequest(parser, request, streams.err))
        return *usage;

    const std::string text = request.function.toStdString();
    auto parsed = neurone::Formula::parse(text, {"x"});
    if (std::holds_alternative<std::string>(parsed) || request.y0) {
        auto surface = neurone::Formula::parse(text, {"x", "y"});
        if (std::holds_alternative<neurone::Formula>(surface))
            parsed = std::move(surface);
    }
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        streams.err << "neurone-cli descent: cannot read the function '" << request.function
                    << "': " << QString::fromStdString(*error) << '\n';
        return BadInput;
    }
    const auto& formula = std::get<neurone::Formula>(parsed);
    const bool surface = formula.dimension() == 2;
    Eigen::VectorXd start(formula.dimension());
    start[0] = request.x0;
    if (surface)
        start[1] = request.y0.value_or(0);

    const neurone::Objective objective = neurone::objectiveOf(formula);
    if (const auto error = neurone::learningRateError(request.optimizer.learningRate)) {
        streams.err << "neurone-cli descent: " << QString::fromStdString(*error) << '\n';
        return BadInput;
    }
    if (const auto error = neurone::startError(objective, start)) {
        streams.err << "neurone-cli descent: " << QString::fromStdString(*error) << '\n';
        return BadInput;
    }
    printTable(neurone::descend(objective, start, request.optimizer, request.rule), surface, streams.out);
    return Success;
}

} // namespace cli
