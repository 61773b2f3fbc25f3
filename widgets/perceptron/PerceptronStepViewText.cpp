// The perceptron step page's words: the outcome line, the explain text with the last step's
// arithmetic, messages about the data, and the documented `--state` keys.
#include "perceptron/PerceptronStepView.h"

#include "perceptron/PerceptronDataModel.h"

#include <QLabel>

namespace {

QString number(double value) { return QString::number(value + 0.0, 'g', 6); }
// A factor in a product: negative numbers in parentheses, as written on the board.
QString factor(double value) { return value < 0 ? "(" + number(value) + ")" : number(value); }

// At most this many wᵢ terms are written out; beyond, "…".
constexpr int maxTermsShown = 4;

} // namespace

QString PerceptronStepView::weightsText(const Eigen::VectorXd& weights) const
{
    QStringList parts;
    for (const double w : weights)
        parts << number(w);
    return parts.join(", ");
}

QString PerceptronStepView::describeDataError(const neurone::DataError& e, bool inTable) const
{
    using neurone::DataProblem;
    const QString columnName = e.column > dataModel_->featureCount() ? QStringLiteral("d") : QString("x%1").arg(e.column);
    QString place;
    if (inTable)
        place = e.column > 0 ? tr("Row %1, %2").arg(e.line).arg(columnName) : tr("Row %1").arg(e.line);
    else
        place = e.column > 0 ? tr("line %1, column %2").arg(e.line).arg(e.column) : tr("line %1").arg(e.line);
    const QString cell = QString::fromStdString(e.cell).toHtmlEscaped();
    switch (e.problem) {
    case DataProblem::NoObservations:
        return inTable ? tr("The table has no observation: add a row.") : tr("the file has no observation.");
    case DataProblem::NoFeatures:
        return tr("%1: a row needs at least one feature and the class.").arg(place);
    case DataProblem::Ragged:
        return tr("%1: %2 values where %3 are expected (the features and the class).").arg(place).arg(e.found).arg(e.expected);
    case DataProblem::NotANumber:
        return cell.isEmpty() ? tr("%1: the cell is empty; a number is needed.").arg(place)
                              : tr("%1: '%2' is not a number.").arg(place, cell);
    case DataProblem::TooLarge:
        return tr("%1: %2 is too large (at most 1e9).").arg(place, cell);
    case DataProblem::EmptyClass:
        return tr("%1: the class d is empty.").arg(place);
    case DataProblem::OneClass:
        return (inTable ? tr("Rows %1 to %2") : tr("lines %1 to %2")).arg(e.line).arg(e.lastLine) + ": "
               + tr("every observation is of class '%1'; the perceptron needs examples of two classes.").arg(cell);
    case DataProblem::ThirdClass:
        return tr("%1: a third class '%2'; the perceptron separates two classes.").arg(place, cell);
    case DataProblem::TooManyObservations:
        return tr("more than %1 observations.").arg(neurone::maxObservations);
    case DataProblem::TooManyFeatures:
        return tr("more than %1 features.").arg(neurone::maxFeatures);
    }
    return QString::fromStdString(e.message);
}

void PerceptronStepView::updateOutcome()
{
    const QString xorMessage = tr("No straight line separates XOR: the perceptron cannot converge. A hidden layer is "
                                  "needed — see the Backpropagation tab.");
    const bool inseparable = data_.linearlySeparable == std::optional<bool>(false);
    QString text;
    bool warn = false;
    if (trainer_.converged()) {
        text = tr("Converged after epoch %1: a whole epoch without any correction. w = (%2), b = %3.")
                   .arg(trainer_.convergedAfterEpoch())
                   .arg(weightsText(trainer_.state().weights), number(trainer_.state().bias));
    } else if (trainer_.reachedEpochLimit()) {
        warn = true;
        text = inseparable ? tr("No convergence after %1 epochs.").arg(trainer_.epochsCompleted()) + " " + xorMessage
                           : tr("No convergence after %1 epochs: perhaps no straight line separates these classes, "
                                "or more epochs are needed.")
                                 .arg(trainer_.epochsCompleted());
    } else if (inseparable) {
        warn = true;
        text = xorMessage;
    }
    outcome_->setText(text);
    outcome_->setStyleSheet(warn ? QString("color: %1; font-weight: bold;").arg(style_.warning().name())
                                 : QString("font-weight: bold;"));
}

void PerceptronStepView::updateExplain()
{
    QString html =
        tr("<h3>The perceptron</h3>"
           "<p><b>Y = Σ w<sub>i</sub>x<sub>i</sub> + b</b><br/><b>f(Y) = 1</b> if Y ≥ 0, <b>0</b> otherwise "
           "(Heaviside step).</p>"
           "<h3>Delta rule (Widrow-Hoff)</h3>"
           "<p><b>w<sub>i</sub> ← w<sub>i</sub> + η(d − f(Y))x<sub>i</sub></b><br/>"
           "<b>b ← b + η(d − f(Y))</b></p>"
           "<p>When f(Y) = d nothing changes. Otherwise d − f(Y) = ±1 moves the weights towards the "
           "observation's class. Here η = %1.</p>")
            .arg(number(settings_.learningRate));
    if (!trainer_.rows().empty()) {
        const neurone::PerceptronRow& r = trainer_.rows().back();
        const int p = int(r.x.size());
        QStringList terms;
        for (int i = 0; i < std::min(p, maxTermsShown); ++i)
            terms << factor(r.before.weights[i]) + "×" + factor(r.x[i]);
        if (p > maxTermsShown)
            terms << "…";
        terms << factor(r.before.bias);
        html += tr("<h3>Iteration %1</h3>").arg(r.iteration);
        html += tr("<p>Y = %1 = %2<br/>f(Y) = %3 (Y %4 0), d = %5</p>")
                    .arg(terms.join(" + "), number(r.sum))
                    .arg(r.output)
                    .arg(r.sum >= 0 ? "≥" : "<")
                    .arg(r.desired);
        if (r.corrected()) {
            const int error = r.desired - r.output;
            QStringList updates;
            for (int i = 0; i < std::min(p, maxTermsShown); ++i)
                updates << QString("w<sub>%1</sub> ← %2 + %3·(%4)·%5 = %6")
                               .arg(i + 1)
                               .arg(number(r.before.weights[i]), number(settings_.learningRate))
                               .arg(error)
                               .arg(factor(r.x[i]), number(r.after.weights[i]));
            if (p > maxTermsShown)
                updates << "…";
            updates << QString("b ← %1 + %2·(%3) = %4")
                           .arg(number(r.before.bias), number(settings_.learningRate))
                           .arg(error)
                           .arg(number(r.after.bias));
            html += tr("<p>d − f(Y) = %1: a correction.<br/>%2</p>").arg(error).arg(updates.join("<br/>"));
        } else {
            html += tr("<p>f(Y) = d: no correction, the weights stay.</p>");
        }
    }
    html += tr("<h3>Stopping</h3><p>An epoch presents every observation once, in order. Training stops after an "
               "epoch without any correction (the weights are stable: convergence), or after %1 epochs.</p>")
                .arg(settings_.maxEpochs);
    if (data_.id == "or")
        html += tr("<p><i>Note.</i> On row 9 the course's table prints f(Y) = 0, but Y = 0 there, and f(Y) = 1 "
                   "when Y ≥ 0. The weights that follow (b = −1) confirm f(Y) = 1.</p>");
    if (data_.linearlySeparable == std::optional<bool>(false))
        html += tr("<p><b>XOR</b> puts (0,1) and (1,0) in class 1, (0,0) and (1,1) in class 0: no straight "
                   "line has each pair on its own side, so some observation is always misclassified and the "
                   "weights never stop moving.</p>");
    explain_->setText(html);
}

QString PerceptronStepView::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    if (key == "data") {
        const QString id = value.toLower();
        if (neurone::findBuiltInDataset(id.toStdString()))
            selectDataset(id);
        else if (!loadCsv(value))
            return tr("cannot use data '%1' (or, and, nand, xor or a CSV file): %2").arg(value, errorText());
    } else if (key == "eta" || key == "bias") {
        const double number = value.toDouble(&ok);
        if (ok) {
            neurone::PerceptronSettings s = settings_;
            (key == "eta" ? s.learningRate : s.initial.bias) = number;
            applySettings(s);
        }
    } else if (key == "weights") {
        const auto weights = neurone::parseNumberList(value.toStdString());
        if (!weights)
            return tr("'%1' is not a list of numbers").arg(value);
        neurone::PerceptronSettings s = settings_;
        s.initial.weights = Eigen::Map<const Eigen::VectorXd>(weights->data(), Eigen::Index(weights->size()));
        applySettings(s);
    } else if (key == "epochs") {
        neurone::PerceptronSettings s = settings_;
        s.maxEpochs = value.toInt(&ok);
        if (ok)
            applySettings(s);
    } else if (key == "steps") {
        reset();
        if (value == "all" || value == "converge") {
            runToConvergence();
        } else {
            const int steps = value.toInt(&ok);
            for (int i = 0; ok && i < steps && !trainer_.finished(); ++i)
                trainer_.step();
            showProgress();
        }
    } else {
        return tr("unknown state '%1' (data, eta, weights, bias, epochs, steps)").arg(key);
    }
    return ok ? QString() : tr("'%1' is not a number").arg(value);
}
