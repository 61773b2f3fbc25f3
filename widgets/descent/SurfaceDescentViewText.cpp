// The surface page's words: titles, results, legend names and the "explain" text with the
// update rules in the course's notation (seed 000: t, γ, ω; seed 004: m, v, β₁, β₂).
#include "descent/SurfaceDescentView.h"

#include "descent/SurfacePlotHelpers.h"

#include <QStringList>

#include <algorithm>

using neurone::OptimizerKind;
using descentview::formatNumber;

QString SurfaceDescentView::optimizerTitle(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::GradientDescent: return tr("Gradient descent");
    case OptimizerKind::Momentum: return tr("Momentum");
    case OptimizerKind::Nesterov: return tr("Nesterov");
    case OptimizerKind::Adagrad: return tr("Adagrad");
    case OptimizerKind::RMSprop: return tr("RMSprop");
    case OptimizerKind::Adam: return tr("Adam");
    }
    return {};
}

QString SurfaceDescentView::presetTitle(const QString& id)
{
    if (id == QLatin1String("ill-conditioned"))
        return tr("Ill-conditioned quadratic x² + 10y²");
    if (id == QLatin1String("rosenbrock"))
        return tr("Rosenbrock's banana valley");
    if (id == QLatin1String("two-minima"))
        return tr("Two minima (local and global)");
    return id;
}

QString SurfaceDescentView::outcomeText(const neurone::DescentTrace& trace)
{
    switch (trace.outcome) {
    case neurone::DescentOutcome::Converged: return tr("converged (‖∇f‖ ≤ ε)");
    case neurone::DescentOutcome::ReachedMinLoss: return tr("reached the minimum loss");
    case neurone::DescentOutcome::Diverged: return tr("diverged");
    case neurone::DescentOutcome::Stopped: return tr("stopped at the iteration limit");
    }
    return {};
}

QString SurfaceDescentView::stepsText(int steps)
{
    return steps == 1 ? tr("1 step") : tr("%1 steps").arg(steps);
}

QString SurfaceDescentView::legendName(OptimizerKind kind) const
{
    const auto found = traces_.find(kind);
    if (found == traces_.end() || found->second.outcome != neurone::DescentOutcome::Diverged)
        return optimizerTitle(kind);
    return tr("%1: diverged after %2").arg(optimizerTitle(kind), stepsText(found->second.stepCount()));
}

QString SurfaceDescentView::resultLine(OptimizerKind kind) const
{
    const neurone::DescentTrace& trace = traces_.at(kind);
    const neurone::DescentStep& last = trace.last();
    const QString swatch = QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b>: ")
                               .arg(style_.series(seriesIndexOf(kind)).name(), optimizerTitle(kind));
    if (trace.outcome == neurone::DescentOutcome::Diverged)
        return swatch + QStringLiteral("<span style=\"color:%1\">%2</span>")
                            .arg(style_.warning().name(),
                                 tr("diverged after %1: lower the learning rate t").arg(stepsText(trace.stepCount())));
    return swatch + tr("%1, f = %2 at (%3, %4), %5")
                        .arg(stepsText(trace.stepCount()), formatNumber(last.value),
                             formatNumber(last.point[0]), formatNumber(last.point[1]), outcomeText(trace));
}

QString SurfaceDescentView::updateRule(OptimizerKind kind)
{
    const neurone::OptimizerSettings defaults;
    switch (kind) {
    case OptimizerKind::GradientDescent: return tr("x ← x − t∇f(x)");
    case OptimizerKind::Momentum: return tr("ω ← γω + t∇f(x)<br>x ← x − ω  (ω₀ = 0)");
    case OptimizerKind::Nesterov:
        return tr("ω ← γω + t∇f(x − γω)<br>x ← x − ω<br><i>the gradient is taken where the "
                  "momentum is carrying x</i>");
    case OptimizerKind::Adagrad:
        return tr("G ← G + ∇f(x)²<br>x ← x − t∇f(x) / (√G + %1)").arg(formatNumber(defaults.epsilon));
    case OptimizerKind::RMSprop:
        return tr("E ← ρE + (1 − ρ)∇f(x)²,  ρ = %1<br>x ← x − t∇f(x) / (√E + %2)")
            .arg(formatNumber(defaults.rho), formatNumber(defaults.epsilon));
    case OptimizerKind::Adam:
        return tr("m ← β₁m + (1 − β₁)∇f(x),  v ← β₂v + (1 − β₂)∇f(x)²<br>"
                  "M = m / (1 − β₁ᵏ),  V = v / (1 − β₂ᵏ)  (k: iteration)<br>x ← x − t M / (√V + %1)<br>"
                  "β₁ = %2, β₂ = %3")
            .arg(formatNumber(defaults.epsilon), formatNumber(defaults.beta1), formatNumber(defaults.beta2));
    }
    return {};
}

QString SurfaceDescentView::explanation() const
{
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(tr("How each optimizer moves x = (x, y)"));
    text += QStringLiteral("<p>%1</p>").arg(
        tr("From x₀ = (%1, %2), with learning rate t = %3 and γ = %4. Squares, roots and "
           "divisions act on each coordinate. Every optimizer stops when ‖∇f(x)‖ ≤ ε = %5 "
           "or after %6 iterations.")
            .arg(formatNumber(start_.x()), formatNumber(start_.y()), formatNumber(learningRate_),
                 formatNumber(momentum_), formatNumber(epsilon_))
            .arg(maxSteps()));
    for (const OptimizerKind kind : checkedOptimizers())
        text += QStringLiteral("<p><span style=\"color:%1\">■</span> <b>%2</b><br>%3</p>")
                    .arg(style_.series(seriesIndexOf(kind)).name(), optimizerTitle(kind), updateRule(kind));
    return text;
}

int SurfaceDescentView::seriesIndexOf(OptimizerKind kind)
{
    const auto& kinds = neurone::allOptimizerKinds;
    return int(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
}
