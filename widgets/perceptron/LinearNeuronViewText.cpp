// The linear neuron page's words: the outcome, the explain text with the current step's
// numbers, and the documented `--state` keys.
#include "perceptron/LinearNeuronView.h"

#include "common/PlaybackControls.h"

#include <QComboBox>
#include <QLabel>

#include <cmath>

namespace {

QString number(double value) { return QString::number(value + 0.0, 'g', 6); }
QString factor(double value) { return value < 0 ? "(" + number(value) + ")" : number(value); }

} // namespace

void LinearNeuronView::updateOutcome()
{
    const double f = neurone::stepFactor(settings_);
    const QString steps = QString::number(trace_.stepCount());
    const double w = trace_.last().point[0];
    QString text;
    bool warn = false;
    switch (trace_.outcome) {
    case neurone::DescentOutcome::Converged:
    case neurone::DescentOutcome::ReachedMinLoss:
        text = f < 0 ? tr("Converged after %1 steps at w = %2, overshooting w* at every step: each step multiplies "
                          "w − w* by 1 − 2t·x² = %3.")
                           .arg(steps, number(w), number(f))
                     : tr("Converged after %1 steps at w = %2 (|dE/dw| ≤ 0.1).").arg(steps, number(w));
        break;
    case neurone::DescentOutcome::Diverged:
        warn = true;
        text = tr("Diverged after %1 steps: each step multiplies w − w* by 1 − 2t·x² = %2, larger than 1 in size. "
                  "Lower t below 1/x² = %3.")
                   .arg(steps, number(f), number(neurone::divergentLearningRate(settings_.input)));
        break;
    case neurone::DescentOutcome::Stopped:
        text = tr("Stopped after %1 steps at w = %2 (maximum steps).").arg(steps, number(w));
        break;
    }
    outcome_->setText(text);
    outcome_->setStyleSheet(warn ? QString("color: %1; font-weight: bold;").arg(style_.warning().name())
                                 : QString("font-weight: bold;"));
}

void LinearNeuronView::updateExplain(int position)
{
    const neurone::LinearNeuronSettings& s = settings_;
    const double x = s.input;
    QString html = tr("<h3>The linear neuron</h3>"
                      "<p>Output <b>y = w·x</b>, error against the target (cible)<br/>"
                      "<b>E(w) = (w·x − cible)²</b><br/><b>dE/dw = 2(w·x − cible)·x</b></p>"
                      "<h3>Learning</h3><p><b>w ← w − t·dE/dw</b>, until |dE/dw| ≤ %1.</p>"
                      "<p>Here x = %2, cible = %3, w₀ = %4, t = %5.</p>")
                       .arg(number(s.epsilon), number(x), number(s.target), number(s.startWeight), number(s.learningRate));
    if (position < trace_.stepCount()) {
        const neurone::DescentStep& now = trace_.steps[std::size_t(position)];
        const neurone::DescentStep& next = trace_.steps[std::size_t(position) + 1];
        html += tr("<h3>Next step, k = %1</h3><p>dE/dw = 2·(%2·%3 − %4)·%3 = %5<br/>w<sub>%6</sub> = %2 − %7·%8 = %9</p>")
                    .arg(QString::number(position + 1), factor(now.point[0]), factor(x), number(s.target),
                         number(now.gradient[0]), QString::number(position + 1), number(s.learningRate),
                         factor(now.gradient[0]), number(next.point[0]));
    }
    html += tr("<h3>Why t matters</h3>"
               "<p>E is a parabola with E″ = 2x² = %1, so each step multiplies the distance to w* = cible/x by "
               "<b>1 − 2t·x² = %2</b>.</p>"
               "<ul><li>between 0 and 1: slow, from one side (with x = 1, t = 0.1 gives 0.8);</li>"
               "<li>0: one step lands on w* (t = 1/(2x²) = %3);</li>"
               "<li>between −1 and 0: w jumps over w* and back, but converges;</li>"
               "<li>below −1: every jump is larger, the descent diverges (t &gt; 1/x² = %4).</li></ul>")
                .arg(number(2 * x * x), number(neurone::stepFactor(s)), number(neurone::oneStepLearningRate(x)),
                     number(neurone::divergentLearningRate(x)));
    explain_->setText(html);
}

QString LinearNeuronView::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    if (key == "preset") {
        const int index = preset_->findData(value);
        if (index < 0 || value.isEmpty())
            return tr("unknown preset '%1' (slow, good, oscillating, divergent)").arg(value);
        selectPreset(index);
    } else if (key == "lr" || key == "w0" || key == "x" || key == "target") {
        const double v = value.toDouble(&ok);
        if (ok) {
            neurone::LinearNeuronSettings s = settings_;
            (key == "lr" ? s.learningRate : key == "w0" ? s.startWeight : key == "x" ? s.input : s.target) = v;
            preset_->setCurrentIndex(preset_->count() - 1);
            applySettings(s);
        }
    } else if (key == "steps") {
        if (value == "all")
            playback_->showAll();
        else
            playback_->setPosition(value.toInt(&ok));
    } else {
        return tr("unknown state '%1' (preset, lr, w0, x, target, steps)").arg(key);
    }
    return ok ? QString() : tr("'%1' is not a number").arg(value);
}
